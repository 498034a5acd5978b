// Every version in output/ is what versions.json says was published: its files match its SHA256SUMS, whose hash
// is the version's content hash; the folders are exactly the versions listed, oldest first, each number
// following from the previous one by its bump, dates never going back; latest/ is a copy of the newest.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { filesUnder, publishedVersions, repoOutput, sha256Hex } from "./real-data.ts";

const versions = publishedVersions();
const numbers = (version: string) => version.split(".").map(Number) as [number, number, number];
const nextVersion = (previous: string, bump: string) => {
  const [major, minor, patch] = numbers(previous);
  return bump === "major" ? `${major + 1}.0.0` : bump === "minor" ? `${major}.${minor + 1}.0` : bump === "patch" ? `${major}.${minor}.${patch + 1}` : "?";
};

describe("output/versions.json", () => {
  it("lists at least one version, the first one initial", () => {
    expect(versions.length).toBeGreaterThan(0);
    expect(versions[0]).toMatchObject({ bump: "initial" });
  });

  it("lists exactly the version folders of output/", () => {
    const folders = readdirSync(repoOutput).filter((name) => /^\d+\.\d+\.\d+$/.test(name));
    expect(folders.sort()).toEqual(versions.map((v) => v.version).sort());
  });

  it("numbers each version from the previous one by its bump, with dates that never go back", () => {
    for (const [i, v] of versions.entries()) {
      if (i === 0) continue;
      expect(v.version, `the bump of ${v.version}`).toBe(nextVersion(versions[i - 1]!.version, v.bump));
      expect(v.date >= versions[i - 1]!.date, `${v.version} is dated before ${versions[i - 1]!.version}`).toBe(true);
    }
  });
});

describe.each(versions.map((v) => [v.version, v] as const))("output/%s", (version, record) => {
  const dir = join(repoOutput, version);

  it("matches its SHA256SUMS, which lists every other file of the version", () => {
    const sums = readFileSync(join(dir, "SHA256SUMS"), "utf8");
    const listed = sums.trimEnd().split("\n").map((line) => /^([0-9a-f]{64}) {2}(.+)$/.exec(line)!);
    expect(listed.every(Boolean), sums).toBe(true);
    expect(listed.map(([, , path]) => path).sort()).toEqual(filesUnder(dir).filter((p) => p !== "SHA256SUMS"));
    for (const [, hash, path] of listed) expect(sha256Hex(readFileSync(join(dir, path!))), path).toBe(hash);
  });

  it("has the content hash versions.json records (the SHA-256 of its SHA256SUMS)", () => {
    expect(sha256Hex(readFileSync(join(dir, "SHA256SUMS")))).toBe(record.content_hash);
  });

  it("describes itself as this version", () => {
    expect(JSON.parse(readFileSync(join(dir, "datapackage.json"), "utf8")).version).toBe(version);
  });
});

describe("output/latest", () => {
  it("is a byte-identical copy of the newest version", () => {
    const newest = join(repoOutput, versions.at(-1)!.version);
    const latest = join(repoOutput, "latest");
    expect(filesUnder(latest)).toEqual(filesUnder(newest));
    for (const path of filesUnder(newest)) expect(sha256Hex(readFileSync(join(latest, path))), path).toBe(sha256Hex(readFileSync(join(newest, path))));
  });
});
