import { describe, expect, it } from "vitest";
import { checkHistory, compareVersions, parseHistory } from "../../../pipeline/publish/versions/history.ts";
import type { Version, VersionHistory } from "../../../pipeline/types/versions.ts";
import { userErrorOf } from "../../helpers/user-error.ts";

const version = (number: string, date: string | null): Version => ({ version: number, date, content_hash: "0".repeat(64), bump: "patch", summary: "", sources: [], changes: { structure: [], added: {}, changed: {}, removed: {}, metadata: [] } });
const history = (...versions: Version[]): VersionHistory => ({ package: "p", versions });

describe("compareVersions", () => {
  it("orders by number, not by text", () => {
    expect(["1.10.0", "1.9.0", "10.0.0", "2.0.0", "1.9.10", "1.9.2"].sort(compareVersions)).toEqual(["1.9.0", "1.9.2", "1.9.10", "1.10.0", "2.0.0", "10.0.0"]);
  });
});

describe("checkHistory", () => {
  const good = history(version("1.0.0", "2026-01-01"), version("1.1.0", "2026-01-01"), version("2.0.0", "2026-03-01"));

  it("accepts versions listed once, oldest first, matching the folders", () => {
    expect(() => checkHistory(good, ["1.0.0", "1.1.0", "2.0.0"], "output")).not.toThrow();
    expect(() => checkHistory(null, [], "output")).not.toThrow();
  });

  it.each([
    ["a duplicate", history(version("1.0.0", null), version("1.0.0", null)), ["1.0.0"], "/versions/1/version", "version 1.0.0 is listed twice (also at /versions/0)"],
    ["a version listed out of order", history(version("1.1.0", null), version("1.0.0", null)), ["1.0.0", "1.1.0"], "/versions/1/version", "version 1.0.0 is listed after 1.1.0"],
    ["a date going back", history(version("1.0.0", "2026-02-01"), version("1.1.0", "2026-01-01")), ["1.0.0", "1.1.0"], "/versions/1/date", "version 1.1.0 is dated 2026-01-01, before 1.0.0 (2026-02-01)"],
  ])("refuses %s in versions.json, with its JSON pointer", (_, h, folders, position, problem) => {
    expect(userErrorOf(() => checkHistory(h, folders, "output"))).toMatchObject({ file: "output/versions.json", position, problem });
  });

  it("refuses a version folder that versions.json does not list, and never deletes it", () => {
    const error = userErrorOf(() => checkHistory(good, ["1.0.0", "1.1.0", "2.0.0", "3.0.0"], "output"));
    expect(error).toMatchObject({ file: "output/3.0.0", problem: "this version folder is not listed in versions.json" });
    expect(error.fix).toMatch(/never deletes a published version.*git checkout -- output\//);
  });

  it("refuses a listed version whose folder is missing, and versions without versions.json", () => {
    expect(userErrorOf(() => checkHistory(good, ["1.0.0", "2.0.0"], "output"))).toMatchObject({ file: "output/1.1.0", problem: "versions.json lists this version but its folder is missing" });
    expect(userErrorOf(() => checkHistory(null, ["1.0.0"], "output"))).toMatchObject({ file: "output/versions.json", problem: "versions.json is missing but versions are published" });
  });
});

describe("parseHistory", () => {
  it("refuses a key written twice, and says to restore the file", () => {
    const error = userErrorOf(() => parseHistory('{"package": "a", "package": "b", "versions": []}', "output/versions.json"));
    expect(error).toMatchObject({ position: "/package" });
    expect(error.fix).toContain("git checkout -- output/versions.json");
  });
});
