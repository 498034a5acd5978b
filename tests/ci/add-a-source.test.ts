// Adding a source is itself tested, end to end, the way the README's "Adding a source" says, in a copy of the
// repository (its files as `git ls-files` lists them, node_modules linked, a git repository of its own): the
// invented article of tests/fixtures/new-source is saved in raw/ with its metadata retrieved today, `explain`
// accounts for every number, `npm run pipeline -- --strict` publishes a new minor version, and the result is
// committed. Then the commands CI runs must pass there: the tests of the real data (`npm run test:data`; not
// `npm test`, which would run this test again), and the workflow's other commands that can run offline.
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { filesUnder, type PublishedVersion, sha256Hex } from "../data/real-data.ts";
import { addNewSource, newSourceId, unmentionedYear } from "../helpers/new-source.ts";
import { repoRoot } from "../helpers/pipeline.ts";
import { parseWorkflow, runCommands } from "./workflow.ts";

// A copy that is not a git checkout (a downloaded archive) cannot list its files as git does: skipped there.
const isGitCheckout = spawnSync("git", ["rev-parse", "--is-inside-work-tree"], { cwd: repoRoot, encoding: "utf8" }).stdout.trim() === "true";

// A clean environment: nothing of this test run (vitest's variables, SOURCE_DATE_EPOCH, npm's config) leaks
// into the commands, and git needs no configuration of the machine's.
const env: Record<string, string> = {
  PATH: process.env.PATH ?? "/usr/bin:/bin",
  HOME: process.env.HOME ?? tmpdir(),
  ...(process.env.CHROMIUM_PATH ? { CHROMIUM_PATH: process.env.CHROMIUM_PATH } : {}),
  GIT_CONFIG_GLOBAL: "/dev/null",
  GIT_CONFIG_NOSYSTEM: "1",
  GIT_AUTHOR_NAME: "A contributor",
  GIT_AUTHOR_EMAIL: "contributor@example.org",
  GIT_COMMITTER_NAME: "A contributor",
  GIT_COMMITTER_EMAIL: "contributor@example.org",
};

let copy = "";
const sh = (command: string) => {
  const run = spawnSync("bash", ["-c", command], { cwd: copy, env, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  return { status: run.status, output: `$ ${command}\n${run.stdout}${run.stderr}` };
};
const mustRun = (command: string) => {
  const run = sh(command);
  if (run.status !== 0) throw new Error(run.output);
  return run.output;
};

/** The repository's files as git lists them (tracked, and new files not ignored), copied with their modes. */
function copyRepository(to: string): void {
  // The list outgrew spawnSync's default 1 MiB buffer as the fixtures grew (16,000 files): a cut list copied a
  // repository without its test helpers. A larger buffer, and a failed or cut listing stops the test.
  const listed = spawnSync("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], { cwd: repoRoot, encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
  if (listed.error || listed.status !== 0) throw new Error(`git ls-files failed: ${listed.error?.message ?? listed.stderr}`);
  for (const path of listed.stdout.split("\0").filter(Boolean)) {
    const from = join(repoRoot, path);
    if (!existsSync(from) || lstatSync(from).isDirectory()) continue; // deleted but not yet committed; a submodule
    mkdirSync(dirname(join(to, path)), { recursive: true });
    copyFileSync(from, join(to, path));
  }
  symlinkSync(join(repoRoot, "node_modules"), join(to, "node_modules"));
}

const versionsOf = (): PublishedVersion[] => JSON.parse(readFileSync(join(copy, "output", "versions.json"), "utf8")).versions;
/** The SHA-256 of every file of every version folder of the copy's output/. */
const versionFolders = (versions: readonly PublishedVersion[]) =>
  Object.fromEntries(versions.flatMap((v) => filesUnder(join(copy, "output", v.version)).map((p) => [`${v.version}/${p}`, sha256Hex(readFileSync(join(copy, "output", v.version, p)))])));

const today = new Date().toISOString().slice(0, 10);
let year = "";
let before: PublishedVersion[] = [];
let publishedBefore: Record<string, string> = {};
let explained = "";
let published = "";

describe.skipIf(!isGitCheckout)("adding a source as the README says, in a copy of the repository", () => {
  beforeAll(() => {
    copy = join(mkdtempSync(join(tmpdir(), "add-a-source-")), "repo");
    copyRepository(copy);
    mustRun("git init -q && echo node_modules >> .git/info/exclude && git add -A && git commit -q -m 'The repository as cloned'");
    before = versionsOf();
    publishedBefore = versionFolders(before);

    // Step 1 and 2: the text as retrieved, and its metadata, retrieved today (a year no source of raw/ mentions).
    year = unmentionedYear(join(copy, "raw"));
    addNewSource(join(copy, "raw"), { year, retrieved: today });
    // Step 3: what the run makes of each number, then the strict run that publishes.
    explained = mustRun(`npm run -s pipeline -- explain ${newSourceId}`);
    published = mustRun("npm run -s pipeline -- --strict");
    // Step 4: commit raw/ and the new version.
    mustRun(`git add raw output && git commit -q -m 'Add ${newSourceId}'`);
  }, 300_000);

  afterAll(() => {
    if (copy) rmSync(dirname(copy), { recursive: true, force: true });
  });

  it("explain accounts for every number of the new article: a figure of its year, or a year", () => {
    const verdicts = [...explained.matchAll(/:\d+:\d+ {2}«[^»]*» {2}(.*)$/gm)].map((m) => m[1]!);
    expect(verdicts.length, explained).toBeGreaterThan(0);
    const unexplained = verdicts.filter((v) => !(/^published: /.test(v) && v.endsWith(`/${year}`)) && v !== "year (not a figure)");
    expect(unexplained, explained).toEqual([]);
  });

  it("publishes a new minor version, dated today, that adds the new source", () => {
    const after = versionsOf();
    const [major, minor] = before.at(-1)!.version.split(".").map(Number);
    expect(after.slice(0, -1)).toEqual(before);
    expect(after.at(-1), published).toMatchObject({ version: `${major}.${minor! + 1}.0`, bump: "minor", date: today, sources: [newSourceId] });
  });

  it("leaves every earlier version folder byte-identical", () => {
    expect(versionFolders(before)).toEqual(publishedBefore);
  });

  it("commits a clean tree: the run wrote nothing outside output/ that git would track", () => {
    expect(mustRun("git status --porcelain")).toBe("$ git status --porcelain\n");
  });

  it("passes the tests of the real data there (npm run test:data)", () => {
    const run = sh("npm run test:data");
    expect(run.status, run.output).toBe(0);
  }, 300_000);

  it("passes there every command of the workflow's test job that can run offline", () => {
    const { workflow } = parseWorkflow(readFileSync(join(copy, ".github", "workflows", "pipeline.yml"), "utf8"));
    // Not run here: the runner's setup (a newer npm; the browser, with apt-get as root), `npm ci` (the network,
    // and the copy's node_modules is the original's), and `npm test`, whose data-dependent part is test:data above.
    const notHere = new Set(["npm install -g npm@11", "npm ci", "bash .ci/install-browser.sh", "npm test"]);
    const commands = runCommands(workflow.jobs.test!).filter((command) => !notHere.has(command));
    expect(commands).toContain("npm run pipeline -- --strict --check");
    for (const command of commands) {
      const run = sh(command);
      expect(run.status, run.output).toBe(0);
    }
  }, 300_000);

  it("then finds nothing more to publish with the publish job's command on main, and leaves the versions as they were", () => {
    const { workflow } = parseWorkflow(readFileSync(join(copy, ".github", "workflows", "pipeline.yml"), "utf8"));
    const publish = runCommands(workflow.jobs.publish!).find((command) => command.includes("npm run pipeline"))!;
    const run = sh(publish);
    expect(run.status, run.output).toBe(0);
    expect(run.output).toMatch(/^publish +unchanged/m);
    // The workflow commits only when git sees a change in output/.
    expect(mustRun("git status --porcelain output/")).toBe("$ git status --porcelain output/\n");
    expect(versionFolders(before)).toEqual(publishedBefore);
  }, 300_000);
});
