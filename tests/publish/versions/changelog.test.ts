// CHANGELOG.md reads well: what a first release holds, fields added said once, no doubled words.
import { describe, expect, it } from "vitest";
import { renderChangelog } from "../../../pipeline/publish/versions/changelog.ts";
import type { Version } from "../../../pipeline/types/versions.ts";

const none = { structure: [], added: {}, changed: {}, removed: {}, metadata: [] };
const version = (fields: Partial<Version>): Version => ({ version: "1.0.0", date: "2026-11-29", content_hash: "0".repeat(64), bump: "initial", summary: "", sources: ["s1"], changes: none, ...fields });

describe("renderChangelog", () => {
  it("introduces a first release by what it holds", () => {
    const text = renderChangelog({ package: "p", versions: [version({ summary: "14 observations, 7 derived figures, 1 source" })] });
    expect(text).toContain("## 1.0.0 (2026-11-29)\n\nFirst release: 14 observations, 7 derived figures, 1 source.\n");
  });

  it("does not repeat the kind of release that an older summary already names", () => {
    const text = renderChangelog({ package: "p", versions: [version({ summary: "first release: observations: 14 rows" })] });
    expect(text).toContain("First release: observations: 14 rows.");
    expect(text).not.toMatch(/first release: first release/i);
  });

  it("lists fields added once per table, and the rows by key, observations first", () => {
    const changes = { ...none, structure: ["field observations.label_en added", "field observations.label_fr added", "field derived.label_fr added"], added: { sources: ["s2"], observations: ["s2/x/2023"] } };
    const text = renderChangelog({ package: "p", versions: [version({}), version({ version: "1.1.0", bump: "minor", summary: "3 fields added", changes })] });
    expect(text).toContain("Minor release: 3 fields added.");
    expect(text).toContain("- observations: fields added `label_en`, `label_fr`\n- derived: field added `label_fr`\n- observations: added `s2/x/2023`\n- sources: added `s2`");
    expect(text.indexOf("## 1.1.0")).toBeLessThan(text.indexOf("## 1.0.0"));
  });
});
