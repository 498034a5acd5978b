import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { listRawSources, readRawSource } from "../../pipeline/io/raw-sources.ts";
import { userErrorOfAsync as errorOf } from "../helpers/user-error.ts";

function dirWith(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(join(tmpdir(), "raw-"));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

describe("listRawSources", () => {
  it("pairs each text with its metadata, in id order", async () => {
    const dir = dirWith({ "b.txt": "ب", "b.source.json": "{}", "a.txt": "أ", "a.source.json": "{}", "README.md": "ignored" });
    expect((await listRawSources(dir)).map((s) => s.id)).toEqual(["a", "b"]);
  });

  it("names a text without its metadata", async () => {
    const dir = dirWith({ "a.txt": "أ" });
    const error = await errorOf(listRawSources(dir));
    expect(error.file).toBe(join(dir, "a.txt"));
    expect(error.problem).toMatch(/no metadata file a\.source\.json/);
  });

  it("names metadata without its text", async () => {
    const dir = dirWith({ "a.source.json": "{}" });
    expect((await errorOf(listRawSources(dir))).problem).toMatch(/no text file a\.txt/);
  });

  it.each(["a b", "-a", "a\u0001b", "é"])("rejects the unsafe id %j", async (id) => {
    const dir = dirWith({ [`${id}.txt`]: "x", [`${id}.source.json`]: "{}" });
    expect((await errorOf(listRawSources(dir))).problem).toMatch(/not a safe source id/);
  });

  it("rejects '..' in an id", async () => {
    const dir = dirWith({ "a..b.txt": "x", "a..b.source.json": "{}" });
    expect((await errorOf(listRawSources(dir))).problem).toMatch(/contains "\.\."/);
  });

  it("says when there is no source at all", async () => {
    expect((await errorOf(listRawSources(dirWith({})))).problem).toBe("no sources found");
  });

  it("refuses a text larger than the limit before reading it", async () => {
    const dir = dirWith({ "a.txt": "x".repeat(2000), "a.source.json": "{}" });
    const [entry] = await listRawSources(dir);
    const error = await errorOf(readRawSource(entry!, 1000));
    expect(error.problem).toMatch(/2000 bytes, more than the limit of 1000 bytes/);
  });
});

describe("duplicate source ids", () => {
  it("rejects two ids that differ only in case", async () => {
    const dir = dirWith({ "seed.txt": "x", "seed.source.json": "{}", "Seed.txt": "x", "Seed.source.json": "{}" });
    expect((await errorOf(listRawSources(dir))).problem).toBe('the source id "seed" duplicates "Seed" (ids differing only in case are the same file on Windows and macOS)');
  });
});
