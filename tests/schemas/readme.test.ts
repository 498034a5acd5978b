import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { projectPath } from "../../pipeline/lib/paths.ts";
import { withDictionary } from "../../scripts/table-dictionary.ts";

describe("README.md", () => {
  const readme = readFileSync(projectPath("README.md"), "utf8");

  it("documents every published table and column as the Table Schemas define them (npm run docs)", () => {
    expect(readme).toBe(withDictionary(readme));
  });

  it("has the two-command quick start", () => {
    expect(readme).toContain("npm ci && npm run pipeline");
    expect(readme).toContain("npm ci && npm test");
  });
});
