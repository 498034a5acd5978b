// Scratch copies for the safety tests: the fixture sources (tests/fixtures/raw) and their publication in a
// temporary folder (or a whole copy of the repository's code with them, for the cases about the current
// directory and the repository root), never the repository's raw/ and output/, which grow; the pipeline
// run on them as a user runs it (node scripts/pipeline.mjs), and snapshots of directory trees to show that a
// refused run changed nothing: every file's bytes and mode, every folder, every symbolic link and its target.
import { spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { expect } from "vitest";
import { fixtureRawDir, fixtureReleaseDate, repoRoot } from "../helpers/pipeline.ts";

const script = (root: string) => join(root, "scripts", "pipeline.mjs");

export interface RunResult {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  cwd?: string;
  env?: Record<string, string | undefined>;
  /** The repository whose scripts/pipeline.mjs runs (default: this one). */
  root?: string;
}

const environment = (env: RunOptions["env"]) => {
  const merged: Record<string, string | undefined> = { ...process.env, SOURCE_DATE_EPOCH: undefined, PIPELINE_TEST_HOOK: undefined, ...env };
  return Object.fromEntries(Object.entries(merged).filter(([, v]) => v !== undefined)) as Record<string, string>;
};

/** Runs the pipeline's command line to the end. */
export function pipeline(args: string[], options: RunOptions = {}): RunResult {
  const result = spawnSync(process.execPath, [script(options.root ?? repoRoot), ...args], { cwd: options.cwd ?? repoRoot, encoding: "utf8", env: environment(options.env) });
  return { status: result.status, signal: result.signal, stdout: result.stdout, stderr: result.stderr };
}

/** Starts the pipeline; `waitFor` resolves once stderr shows the text (a paused run says "paused at ..."). */
export function startPipeline(args: string[], options: RunOptions = {}) {
  const child = spawn(process.execPath, [script(options.root ?? repoRoot), ...args], { cwd: options.cwd ?? repoRoot, env: environment(options.env) });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk) => (stdout += chunk));
  const listeners: Array<() => void> = [];
  child.stderr.on("data", (chunk) => {
    stderr += chunk;
    for (const listener of listeners) listener();
  });
  const done = new Promise<RunResult>((resolve) => child.on("close", (status, signal) => resolve({ status, signal, stdout, stderr })));
  return {
    child,
    done,
    waitFor: (text: string) =>
      new Promise<void>((resolve, reject) => {
        const check = () => stderr.includes(text) && resolve();
        listeners.push(check);
        check();
        void done.then(() => reject(new Error(`the run ended before printing "${text}":\n${stderr}`)));
      }),
  };
}

/** One entry of a snapshot: its kind, mode and content (a file's SHA-256, a link's target). */
export type Snapshot = Record<string, string>;

/** Every entry under `root`, not following symbolic links; `skip` names top-level entries left out. */
export function snapshotTree(root: string, skip: string[] = []): Snapshot {
  const entries: Snapshot = {};
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      const key = relative(root, path);
      if (dir === root && skip.includes(name)) continue;
      const stat = lstatSync(path);
      const mode = (stat.mode & 0o7777).toString(8);
      if (stat.isSymbolicLink()) entries[key] = `link -> ${readlinkSync(path)}`;
      else if (stat.isDirectory()) {
        entries[key] = `folder ${mode}`;
        walk(path);
      } else if (stat.isFile()) entries[key] = `file ${mode} ${createHash("sha256").update(readFileSync(path)).digest("hex")}`;
      else entries[key] = `special ${mode}`;
    }
  };
  walk(root);
  return entries;
}

/** What changed from one snapshot to the next: added, removed and changed entries, sorted. */
export function snapshotDiff(before: Snapshot, after: Snapshot): { added: string[]; removed: string[]; changed: string[] } {
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
  return {
    added: keys.filter((k) => !(k in before)),
    removed: keys.filter((k) => !(k in after)),
    changed: keys.filter((k) => k in before && k in after && before[k] !== after[k]),
  };
}

export interface Sandbox {
  /** The temporary folder holding raw/, output/ and work/ (and whatever a test adds beside them). */
  root: string;
  raw: string;
  out: string;
  work: string;
  /** The usual arguments: --raw, --out and --work inside the sandbox. */
  args: string[];
  snapshot(): Snapshot;
}

let fixtureOutput: string | undefined;

/** The fixture sources published once, as 1.0.0 on the fixed release date, by the command line (built once per test file). */
export function fixtureOutputDir(): string {
  if (fixtureOutput) return fixtureOutput;
  const root = mkdtempSync(join(tmpdir(), "safety-fixture-output-"));
  const out = join(root, "output");
  const run = pipeline(["--raw", fixtureRawDir, "--out", out, "--work", join(root, "work"), "--date", fixtureReleaseDate]);
  if (run.status !== 0) throw new Error(`publishing the fixture sources failed:\n${run.stdout}${run.stderr}`);
  fixtureOutput = out;
  return out;
}

/**
 * A temporary folder with copies of the fixture sources as raw/ and of their publication as output/ (or of the
 * raw/ and output/ of another sandbox, `from`), and a work/ folder.
 */
export function makeSandbox(options: { output?: boolean; from?: Sandbox } = {}): Sandbox {
  const root = mkdtempSync(join(tmpdir(), "safety-"));
  const raw = join(root, "raw");
  const out = join(root, "output");
  const work = join(root, "work");
  cpSync(options.from?.raw ?? fixtureRawDir, raw, { recursive: true });
  if (options.output ?? true) cpSync(options.from?.out ?? fixtureOutputDir(), out, { recursive: true });
  mkdirSync(work);
  return { root, raw, out, work, args: ["--raw", raw, "--out", out, "--work", work], snapshot: () => snapshotTree(root) };
}

/** The date of the latest published version in an output folder: a release date no run may go back from. */
export function latestDate(out: string): string {
  const history = JSON.parse(readFileSync(join(out, "versions.json"), "utf8")) as { versions: Array<{ date: string | null }> };
  return history.versions.at(-1)?.date ?? "1970-01-01";
}

/**
 * A copy of the repository with its own .git folder, to run its pipeline with the copy as the current
 * directory: the code, the bundle (timestamps kept, so it is not rebuilt), node_modules linked, and the
 * fixture sources and their publication as raw/ and output/.
 */
export function makeRepositoryCopy(): { root: string; snapshot(): Snapshot } {
  pipeline(["--help"]); // builds dist/cli.mjs if a source is newer
  const root = join(mkdtempSync(join(tmpdir(), "safety-repo-")), "repo");
  for (const part of ["package.json", "scripts", "pipeline", "schemas", "dist"]) {
    cpSync(join(repoRoot, part), join(root, part), { recursive: true, preserveTimestamps: true });
  }
  cpSync(fixtureRawDir, join(root, "raw"), { recursive: true });
  cpSync(fixtureOutputDir(), join(root, "output"), { recursive: true });
  symlinkSync(join(repoRoot, "node_modules"), join(root, "node_modules"));
  mkdirSync(join(root, ".git"));
  writeFileSync(join(root, ".git", "HEAD"), "ref: refs/heads/main\n");
  return { root, snapshot: () => snapshotTree(root, ["dist"]) };
}

/** A refused run: exit status 1, nothing on stdout, one error with its fix and no stack trace, naming each fragment. */
export function expectOneError(run: RunResult, ...fragments: string[]): void {
  expect(run.status, run.stdout + run.stderr).toBe(1);
  expect(run.stderr.match(/^error: /gm)).toHaveLength(1);
  expect(run.stderr).toMatch(/\n {2}fix: \S/);
  expect(run.stderr).not.toMatch(/\n\s+at |internal error/);
  for (const fragment of fragments) expect(run.stderr).toContain(fragment);
}
