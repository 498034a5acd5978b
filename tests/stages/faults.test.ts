// Faults: a failure at any write or move, or a killed process, leaves the output folder as it was (files
// the pipeline did not write included); the next run finishes or undoes a killed one without manual
// cleanup; raw/ is only ever read; a BOM and CRLF line ends change nothing but offsets.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { openOutput, publishTree } from "../../pipeline/output/output-folder.ts";
import { readOwnedOutput } from "../../pipeline/output/owned-output.ts";
import { pageFiles } from "../../pipeline/output/layout.ts";
import { compareTrees, type FileTree } from "../../pipeline/publish/file-tree.ts";
import { copyRaw, fixtureRawDir, repoRoot, runPipeline, seedId } from "../helpers/pipeline.ts";

const first = await runPipeline(undefined, { date: "2026-11-29" });
const edited = await runPipeline(copyRaw((text) => text.replace("143 إنابة", "144 إنابة")), { current: first.plan.tree, date: "2027-01-01" });

/** An output folder holding the first publication and two files of the user's. */
async function publishedDir() {
  const parent = mkdtempSync(join(tmpdir(), "faults-"));
  const dir = join(parent, "output");
  await publishTree(dir, first.plan.tree);
  writeFileSync(join(dir, "CNAME"), "data.example.org\n");
  mkdirSync(join(dir, "notes"));
  writeFileSync(join(dir, "notes", "todo.txt"), "mine\n");
  return dir;
}

/** The published files, and the user's files, of an output folder. */
async function contents(dir: string): Promise<{ published: FileTree; others: string[] }> {
  const owned = await readOwnedOutput(dir, "output");
  return { published: owned.files, others: owned.others };
}

const expectPublished = async (dir: string, tree: FileTree) => {
  const { published, others } = await contents(dir);
  expect(compareTrees(tree, published)).toEqual([]);
  expect(others).toEqual(["CNAME", "notes"]);
  expect(readFileSync(join(dir, "notes", "todo.txt"), "utf8")).toBe("mine\n");
  expect(readdirSync(dir).filter((name) => name.startsWith(".pipeline-") && name !== ".pipeline-output")).toEqual([]);
  expect(readdirSync(join(dir, ".."))).toEqual(["output"]);
};

describe("publishing all or nothing", () => {
  it("leaves the output folder as it was when a write or any move of a new version fails", async () => {
    const dir = await publishedDir();
    const points: string[] = [];
    await publishTree(await publishedDir(), edited.plan.tree, { at: (point) => void points.push(point) });
    expect(points.filter((p) => p.startsWith("move:"))).toEqual(["move:1.0.1", "move:latest", "move:CHANGELOG.md", ...pageFiles.map((f) => `move:${f}`), "move:versions.json"]);
    // Every move, and the first, a middle and the last write (the writes all go to the staging folder alike).
    const writes = points.filter((p) => p.startsWith("write:"));
    const sample = new Set([writes[0], writes[writes.length >> 1], writes.at(-1)]);
    for (const point of points.filter((p) => !p.startsWith("write:") || sample.has(p))) {
      const inject = (at: string) => {
        if (at === point) throw new Error(`injected failure at ${point}`);
      };
      await expect(publishTree(dir, edited.plan.tree, { at: inject })).rejects.toThrow(`injected failure at ${point}`);
      await expectPublished(dir, first.plan.tree);
    }
    await publishTree(dir, edited.plan.tree);
    await expectPublished(dir, edited.plan.tree);
  });

  it.each(["write:7", "staged", "move:1.0.1", "move:latest", "move:versions.json", "committed"])(
    "leaves the output folder intact when the process is killed at %s, and the next run finishes or undoes it",
    async (where) => {
      const dir = await publishedDir();
      const treeFile = join(mkdtempSync(join(tmpdir(), "faults-tree-")), "tree.json");
      writeFileSync(treeFile, JSON.stringify(Object.fromEntries([...edited.plan.tree].map(([path, bytes]) => [path, bytes.toString("base64")]))));
      const child = spawnSync(process.execPath, ["--import", "tsx", join(repoRoot, "tests", "fixtures", "publish-and-die.ts"), dir, treeFile, where], { cwd: repoRoot, encoding: "utf8" });
      expect(child.signal, child.stderr).toBe("SIGKILL");
      const next = openOutput(dir, "output");
      next.close();
      // versions.json is the commit point: before its rename the run is undone, after it, finished.
      expect(next.recovered).toBe(where === "committed" ? "completed" : where.startsWith("write:") || where === "staged" ? "discarded" : "rolled back");
      await expectPublished(dir, where === "committed" ? edited.plan.tree : first.plan.tree);
    },
  );
});

describe("raw/", () => {
  const digest = (dir: string) => readdirSync(dir).sort().map((name) => [name, createHash("sha256").update(readFileSync(join(dir, name))).digest("hex")]);

  it("is only ever read", async () => {
    const before = digest(fixtureRawDir);
    await runPipeline();
    expect(digest(fixtureRawDir)).toEqual(before);
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

