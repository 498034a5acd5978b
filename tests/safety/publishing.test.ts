// Publishing into a folder the pipeline owns: only a new version is added (with latest/ and the root files
// that list it), files and folders the pipeline did not write are kept, nothing beside the folder is
// created or deleted, a symbolic link is followed and stays a link, and --check compares only what the
// pipeline owns.
import { mkdirSync, readFileSync, readlinkSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { markerFile, rootFiles } from "../../pipeline/output/layout.ts";
import { fixtureReleaseDate, seedId } from "../helpers/pipeline.ts";
import { latestDate, makeSandbox, pipeline, snapshotDiff, snapshotTree } from "./sandbox.ts";

/** Changes one figure of the seed, so that the next run publishes a new version. */
function editFigure(raw: string) {
  const file = join(raw, `${seedId}.txt`);
  writeFileSync(file, readFileSync(file, "utf8").replace("143 إنابة", "144 إنابة"));
}

const newest = (out: string) => (JSON.parse(readFileSync(join(out, "versions.json"), "utf8")) as { versions: Array<{ version: string }> }).versions.at(-1)!.version;

/** The paths a publication of `version` may add or change in the output folder. */
const isPublicationPath = (version: string) => (path: string) =>
  path === version || path.startsWith(`${version}/`) || path.startsWith("latest/") || rootFiles.includes(path) || path === markerFile;

describe("a run that publishes a new version", () => {
  it("adds only the new version, keeps the user's files in the folder and beside it, and --check ignores them", () => {
    const sandbox = makeSandbox();
    writeFileSync(join(sandbox.out, "CNAME"), "data.example.org\n");
    writeFileSync(join(sandbox.out, ".nojekyll"), "");
    mkdirSync(join(sandbox.out, "notes"));
    writeFileSync(join(sandbox.out, "notes", "todo.md"), "mine\n");
    mkdirSync(join(sandbox.root, "output.old"));
    writeFileSync(join(sandbox.root, "output.old", "keep.txt"), "a sibling of the user's\n");
    editFigure(sandbox.raw);
    const previous = newest(sandbox.out);
    const before = sandbox.snapshot();

    const run = pipeline([...sandbox.args, "--date", latestDate(sandbox.out)]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^publish +published \d+\.\d+\.\d+ \(patch\).*; kept 3 files it did not write/m);
    const version = newest(sandbox.out);
    expect(version).not.toBe(previous);

    const diff = snapshotDiff(before, sandbox.snapshot());
    const outside = (path: string) => !path.startsWith("output/");
    const inOutput = (paths: string[]) => paths.filter((p) => p.startsWith("output/")).map((p) => p.slice("output/".length));
    // Beside the output folder only the work artifacts change; inside it, only the publication's own paths.
    expect([...diff.added, ...diff.removed, ...diff.changed].filter(outside).every((p) => p.startsWith("work/"))).toBe(true);
    // latest/ is a copy of the newest version: the only place where a file may go (the older workbook's name).
    expect(diff.removed.filter((p) => !p.startsWith("work/") && !p.startsWith("output/latest/"))).toEqual([]);
    expect(inOutput(diff.added).every(isPublicationPath(version))).toBe(true);
    expect(inOutput(diff.changed).every(isPublicationPath(version))).toBe(true);
    expect(inOutput(diff.changed).filter((p) => /^\d+\.\d+\.\d+\//.test(p))).toEqual([]);
    expect(inOutput(diff.added)).toContain(`${version}/SHA256SUMS`);

    const check = pipeline(["--check", "--raw", sandbox.raw, "--out", sandbox.out]);
    expect(check.status, check.stderr).toBe(0);
    expect(check.stdout).toMatch(/^check +.* is what the pipeline publishes \(\d+ files; 3 other files ignored: \.nojekyll, CNAME, notes\)/m);
  });

  it("follows --out through a symbolic link, says so, and leaves the link a link", () => {
    const sandbox = makeSandbox();
    const link = join(sandbox.root, "site");
    symlinkSync(sandbox.out, link);
    editFigure(sandbox.raw);
    const run = pipeline(["--raw", sandbox.raw, "--out", link, "--work", sandbox.work, "--date", latestDate(sandbox.out)]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain(`publish   into ${link}/ (a symbolic link, followed to ${sandbox.out}): published`);
    expect(readlinkSync(link)).toBe(sandbox.out);
    expect(snapshotTree(sandbox.root)["site"]).toBe(`link -> ${sandbox.out}`);
  });
});

describe("a new output folder", () => {
  it("is created, with the folders above it, for a first publication", () => {
    const sandbox = makeSandbox({ output: false });
    const out = join(sandbox.root, "new", "deep", "output");
    const run = pipeline(["--raw", sandbox.raw, "--out", out, "--work", sandbox.work, "--date", fixtureReleaseDate]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^publish +published 1\.0\.0 \(initial\)/m);
    expect(readFileSync(join(out, ".pipeline-output"), "utf8")).toMatch(/published by the dgsn-open-data pipeline/);
  });

  it("is not left behind by a run that fails while publishing (a full disk)", () => {
    const sandbox = makeSandbox({ output: false });
    const before = sandbox.snapshot();
    const run = pipeline(["--raw", sandbox.raw, "--out", join(sandbox.root, "new", "output"), "--work", sandbox.work, "--date", fixtureReleaseDate], { env: { PIPELINE_TEST_HOOK: "fail:ENOSPC@write:3" } });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^error: \S+\/new\/output\/\.pipeline-publishing\/new\/\S+: no space left on the disk .*\n {2}fix: free some space/m);
    expect(snapshotDiff(before, sandbox.snapshot()).added.filter((p) => !p.startsWith("work/"))).toEqual([]);
  });
});
