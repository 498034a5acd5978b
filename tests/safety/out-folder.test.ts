// Where the pipeline may write: --out and --work that would make it write over the user's files are refused
// before anything is read or written, with one message naming the option and the path, exit status 1, and
// every file of the repository (or of the scratch folder around raw/ and output/) byte-identical afterwards.
import { spawnSync } from "node:child_process";
import { mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { fixtureReleaseDate } from "../helpers/pipeline.ts";
import { expectOneError, makeRepositoryCopy, makeSandbox, pipeline } from "./sandbox.ts";

describe("in a copy of the repository, --out", () => {
  let repo: ReturnType<typeof makeRepositoryCopy>;
  beforeAll(() => {
    repo = makeRepositoryCopy();
  });

  it.each([
    ["an empty string (an unset variable)", [""], "", '--out "": the path is empty'],
    ["the current directory", ["."], "", "--out .: is the current directory"],
    ["the repository root, from a subfolder", [".."], "pipeline", "--out ..: is the root of the repository"],
    ["raw/", ["raw"], "", "--out raw: is the raw folder (--raw)"],
    ["a folder inside raw/", ["raw/published"], "", "--out raw/published: is inside the raw folder"],
    ["the folder above the repository", [".."], "", "--out ..: contains the raw folder"],
    ["a file", ["package.json"], "", "--out package.json: is a file, not a folder"],
    ["a path through a file", ["package.json/output"], "", "--out package.json/output: a part of the path"],
    ["a folder of the repository's code", ["pipeline"], "", "--out pipeline: the folder is not empty and is not the pipeline's"],
  ])("refuses %s and changes nothing", (_, [out], cwd, message) => {
    const before = repo.snapshot();
    const run = pipeline(["--out", out!], { root: repo.root, cwd: join(repo.root, cwd) });
    expect(run.stdout).toBe("");
    expectOneError(run, message);
    expect(repo.snapshot()).toEqual(before);
  });

  it("refuses --work at the current directory, raw/ or the output folder", () => {
    const before = repo.snapshot();
    expectOneError(pipeline(["--work", "."], { root: repo.root, cwd: repo.root }), "--work .: is the current directory");
    expectOneError(pipeline(["--work", ""], { root: repo.root, cwd: repo.root }), '--work "": the path is empty');
    expectOneError(pipeline(["--work", "raw"], { root: repo.root, cwd: repo.root }), "--work raw: is the raw folder");
    expectOneError(pipeline(["--work", "output/work"], { root: repo.root, cwd: repo.root }), "--work output/work: is the output folder (--out) or inside it");
    expect(repo.snapshot()).toEqual(before);
  });
});

describe("in a scratch folder, --out", () => {
  it.each([
    ["the folder that holds raw/", (root: string) => root, "contains the raw folder"],
    ["a folder with a .git folder", (root: string) => (mkdirSync(join(root, "site", ".git"), { recursive: true }), join(root, "site")), "contains a .git folder"],
    ["a non-empty folder the pipeline does not own", (root: string) => (mkdirSync(join(root, "output.old")), writeFileSync(join(root, "output.old", "mine.txt"), "x"), join(root, "output.old")), "it holds mine.txt"],
    ["a folder whose versions.json is not a version history", (root: string) => (mkdirSync(join(root, "site")), writeFileSync(join(root, "site", "versions.json"), "[]"), join(root, "site")), "its versions.json is not a version history"],
    ["a symbolic link to nothing", (root: string) => (symlinkSync(join(root, "nowhere"), join(root, "dangling")), join(root, "dangling")), "is a symbolic link that leads nowhere"],
    ["a symbolic link to raw/", (root: string) => (symlinkSync(join(root, "raw"), join(root, "to-raw")), join(root, "to-raw")), "(a symbolic link to"],
    ["a named pipe", (root: string) => (spawnSync("mkfifo", [join(root, "pipe")]), join(root, "pipe")), "is a file, not a folder"],
  ])("refuses %s and changes nothing", (_, make, message) => {
    const sandbox = makeSandbox();
    const out = make(sandbox.root);
    const before = sandbox.snapshot();
    const run = pipeline(["--raw", sandbox.raw, "--out", out, "--work", sandbox.work]);
    expectOneError(run, `--out ${out}`, message);
    expect(sandbox.snapshot()).toEqual(before);
  });
});

describe("the escape hatch", () => {
  it("an empty .pipeline-output file makes a folder with the user's files the pipeline's: it publishes beside them", () => {
    const sandbox = makeSandbox({ output: false });
    const site = join(sandbox.root, "site");
    mkdirSync(site);
    writeFileSync(join(site, "CNAME"), "data.example.org\n");
    writeFileSync(join(site, ".pipeline-output"), "");
    const run = pipeline(["--raw", sandbox.raw, "--out", site, "--work", sandbox.work, "--date", fixtureReleaseDate]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^publish +published 1\.0\.0 \(initial\).*kept 1 file it did not write/m);
  });
});
