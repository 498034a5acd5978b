import { existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fs from "fs-extra";
import { beforeEach, describe, expect, it } from "vitest";
import { recoverDirectory, replaceDirectory } from "../../pipeline/lib/atomic-dir.ts";
import { readTree } from "../../pipeline/publish/file-tree.ts";

const tree = (entries: Record<string, string>) => new Map(Object.entries(entries).map(([p, t]) => [p, Buffer.from(t)]));

let parent: string;
let dir: string;
const before = tree({ "a.txt": "old a", "v/b.txt": "old b" });
const after = tree({ "a.txt": "new a", "v/c.txt": "new c", "w/d.txt": "new d" });

beforeEach(async () => {
  parent = mkdtempSync(join(tmpdir(), "atomic-"));
  dir = join(parent, "output");
  await replaceDirectory(dir, before);
});

const snapshot = async () => [...(await readTree(dir))].map(([p, b]) => [p, b.toString()]);

describe("replaceDirectory", () => {
  it("replaces the whole tree, removing files the new tree lacks", async () => {
    await replaceDirectory(dir, after);
    expect(await snapshot()).toEqual([["a.txt", "new a"], ["v/c.txt", "new c"], ["w/d.txt", "new d"]]);
    expect(readdirSync(parent)).toEqual(["output"]);
  });

  it.each([0, 1, 2])("leaves the old tree intact when writing file %i fails", async (failAt) => {
    const expected = await snapshot();
    let writes = 0;
    const inject = () => {
      if (writes++ === failAt) throw new Error("disk full");
    };
    await expect(replaceDirectory(dir, after, { beforeWrite: inject })).rejects.toThrow("disk full");
    expect(await snapshot()).toEqual(expected);
    expect(readdirSync(parent)).toEqual(["output"]);
  });

  it.each(["retire-old", "move-new"] as const)("leaves the old tree intact when the swap fails at %s", async (step) => {
    const expected = await snapshot();
    const inject = (at: string) => {
      if (at === step) throw new Error("interrupted");
    };
    await expect(replaceDirectory(dir, after, { beforeSwap: inject })).rejects.toThrow("interrupted");
    expect(await snapshot()).toEqual(expected);
    expect(readdirSync(parent)).toEqual(["output"]);
  });
});

describe("recoverDirectory", () => {
  it("puts the old tree back after a run killed between the two renames", async () => {
    const expected = await snapshot();
    renameSync(dir, `${dir}.old`);
    mkdirSync(`${dir}.tmp-999999`);
    recoverDirectory(dir);
    expect(await snapshot()).toEqual(expected);
    expect(readdirSync(parent)).toEqual(["output"]);
  });

  it("drops the retired tree when the new one was already in place", async () => {
    fs.copySync(dir, `${dir}.old`);
    recoverDirectory(dir);
    expect(existsSync(`${dir}.old`)).toBe(false);
  });
});
