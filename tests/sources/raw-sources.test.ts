import { createHash } from "node:crypto";
import { appendFileSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { listRawSources, readRawSource, readStableFile } from "../../pipeline/io/raw-sources.ts";
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

describe("ids reserved on Windows", () => {
  it.each(["con", "CON", "Nul", "aux.2022", "prn", "com1", "COM9", "lpt1", "lpt9.x", "com0"])("rejects %j", async (id) => {
    const dir = dirWith({ [`${id}.txt`]: "x", [`${id}.source.json`]: "{}" });
    expect((await errorOf(listRawSources(dir))).problem).toMatch(/starts with a device name that Windows reserves/);
  });

  it.each(["console", "nullity", "com10", "lpt", "a.con", "aux_2022"])("accepts %j", async (id) => {
    const dir = dirWith({ [`${id}.txt`]: "x", [`${id}.source.json`]: "{}" });
    expect((await listRawSources(dir)).map((s) => s.id)).toEqual([id]);
  });
});

describe("only regular files", () => {
  it.each([
    ["a text that is a link", (dir: string) => (writeFileSync(join(dir, "a.source.json"), "{}"), symlinkSync("/etc/hostname", join(dir, "a.txt"))), "a.txt", /is a symbolic link \(to \/etc\/hostname\)/],
    ["metadata that is a link", (dir: string) => (writeFileSync(join(dir, "a.txt"), "x"), symlinkSync(join(dir, "..", "elsewhere.json"), join(dir, "a.source.json"))), "a.source.json", /is a symbolic link/],
    ["a text that is a folder", (dir: string) => (writeFileSync(join(dir, "a.source.json"), "{}"), mkdirSync(join(dir, "a.txt"))), "a.txt", /is a folder, not a regular file/],
  ])("refuses %s, naming it", async (_, make, name, problem) => {
    const dir = dirWith({});
    make(dir);
    const error = await errorOf(listRawSources(dir));
    expect(error.file).toBe(join(dir, name));
    expect(error.problem).toMatch(problem);
  });
});

describe("reading a file that changes meanwhile", () => {
  const sha = (text: string) => createHash("sha256").update(text).digest("hex");

  it("gives the bytes of one version of it, never a mix, and those are what is hashed", async () => {
    const dir = dirWith({ "a.txt": "first version\n" });
    const file = join(dir, "a.txt");
    const bytes = await readStableFile(file, 1000, {
      afterOpen: (_, attempt) => {
        if (attempt === 1) appendFileSync(file, "appended while the run read it\n");
      },
    });
    const text = Buffer.from(bytes).toString("utf8");
    expect(text).toBe("first version\nappended while the run read it\n");
    expect([sha("first version\n"), sha("first version\nappended while the run read it\n")]).toContain(createHash("sha256").update(bytes).digest("hex"));
  });

  it("stops with a clear error when it keeps changing", async () => {
    const dir = dirWith({ "a.txt": "x" });
    const file = join(dir, "a.txt");
    const error = await errorOf(readStableFile(file, 1000, { afterOpen: () => appendFileSync(file, "more") }));
    expect(error.problem).toBe("the file kept changing while it was read (3 times)");
  });
});
