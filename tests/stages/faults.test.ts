// Faults: a failure at any write, or a killed process, leaves output/ as it was; the next run recovers
// without manual cleanup; raw/ is only ever read; a BOM and CRLF line ends change nothing but offsets.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { recoverDirectory, replaceDirectory } from "../../pipeline/lib/atomic-dir.ts";
import { compareTrees, readTree } from "../../pipeline/publish/file-tree.ts";
import { copyRaw, rawDir, repoRoot, runPipeline, seedId } from "../helpers/pipeline.ts";

const first = await runPipeline(undefined, { date: "2026-11-29" });
const edited = await runPipeline(copyRaw((text) => text.replace("143 إنابة", "144 إنابة")), { current: first.plan.tree, date: "2027-01-01" });

async function publishedDir() {
  const dir = join(mkdtempSync(join(tmpdir(), "faults-")), "output");
  await replaceDirectory(dir, first.plan.tree);
  return dir;
}

describe("publishing atomically", () => {
  it(`leaves output/ byte-identical when any one of the ${edited.plan.tree.size} writes of a new version fails`, async () => {
    const dir = await publishedDir();
    for (let failAt = 0; failAt < edited.plan.tree.size; failAt++) {
      let writes = 0;
      const inject = () => {
        if (writes++ === failAt) throw new Error(`injected failure at write ${failAt}`);
      };
      await expect(replaceDirectory(dir, edited.plan.tree, { beforeWrite: inject })).rejects.toThrow("injected failure");
      expect(compareTrees(first.plan.tree, await readTree(dir))).toEqual([]);
    }
    await replaceDirectory(dir, edited.plan.tree);
    expect(compareTrees(edited.plan.tree, await readTree(dir))).toEqual([]);
  });

  it.each(["write-0", "write-7", "write-19", "retire-old", "move-new"])("leaves output/ intact when the process is killed at %s, and the next run recovers", async (where) => {
    const dir = await publishedDir();
    const child = spawnSync(process.execPath, ["--import", "tsx", join(repoRoot, "tests", "fixtures", "publish-and-die.ts"), dir, where], { cwd: repoRoot, encoding: "utf8" });
    expect(child.signal).toBe("SIGKILL");
    recoverDirectory(dir);
    expect(compareTrees(first.plan.tree, await readTree(dir))).toEqual([]);
    expect(readdirSync(join(dir, ".."))).toEqual(["output"]);
  });
});

describe("raw/", () => {
  const digest = (dir: string) => readdirSync(dir).sort().map((name) => [name, createHash("sha256").update(readFileSync(join(dir, name))).digest("hex")]);

  it("is only ever read", async () => {
    const before = digest(rawDir);
    await runPipeline();
    expect(digest(rawDir)).toEqual(before);
  });
});

describe("a byte-order mark and CRLF line ends", () => {
  it("give the same figures, with offsets into the text as stored", async () => {
    const raw = copyRaw((text) => `\uFEFF${text.replace(/\n/g, "\r\n")}`);
    const run = await runPipeline(raw);
    const text = readFileSync(join(raw, `${seedId}.txt`), "utf8");
    expect(run.validated.observations.map((o) => [o.indicator_id, o.value])).toEqual(first.validated.observations.map((o) => [o.indicator_id, o.value]));
    for (const o of run.validated.observations) expect(text.slice(o.start, o.end)).toBe(o.quote);
    const files = run.validated.observations.find((o) => o.indicator_id === "files_processed")!;
    expect(files.start).toBe(first.validated.observations.find((o) => o.indicator_id === "files_processed")!.start + 1 + 4);
    expect([files.line, files.column]).toEqual([5, 131]);
  });
});

