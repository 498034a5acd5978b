import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { describe, expect, it } from "vitest";
import { newFileWritable } from "../../pipeline/output/file-writable.ts";

const folder = () => mkdtempSync(join(tmpdir(), "file-writable-"));

describe("newFileWritable", () => {
  it("writes every chunk in order, whatever their sizes", async () => {
    const path = join(folder(), "out.bin");
    const chunks = [Buffer.from("ab"), Buffer.alloc(200_000, 7), Buffer.from(""), Buffer.from("يز")];
    await pipeline(Readable.from(chunks), newFileWritable(path));
    expect(readFileSync(path).equals(Buffer.concat(chunks))).toBe(true);
  });

  it("writes a large file whole, past the bytes it writes synchronously", async () => {
    const path = join(folder(), "large.csv");
    const chunks = Array.from({ length: 64 }, (_, i) => Buffer.alloc(65_536, i));
    await pipeline(Readable.from(chunks), newFileWritable(path));
    expect(readFileSync(path).equals(Buffer.concat(chunks))).toBe(true);
  });

  it("refuses a file that exists, and leaves it as it was", () => {
    const path = join(folder(), "taken.csv");
    writeFileSync(path, "theirs");
    expect(() => newFileWritable(path)).toThrow(/EEXIST/);
    expect(readFileSync(path, "utf8")).toBe("theirs");
  });

  it("reports the producer's error and closes the file when destroyed", async () => {
    const path = join(folder(), "partial.json");
    const openFiles = () => (existsSync("/proc/self/fd") ? readdirSync("/proc/self/fd").length : 0);
    const before = openFiles();
    const failing = Readable.from((async function* () {
      yield Buffer.from("{");
      throw new Error("producer failed");
    })());
    await expect(pipeline(failing, newFileWritable(path))).rejects.toThrow("producer failed");
    expect(existsSync(path)).toBe(true); // the staging folder that holds it is removed by the publication
    expect(openFiles()).toBe(before);
  });
});
