// The command line as a user meets it: exit status, one clear error without a stack trace, each stage alone,
// --check, --help. Each case starts a process, so only what the in-process tests cannot show is here.
import { spawnSync } from "node:child_process";
import { appendFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { copyRaw, fixtureRawDir, repoRoot, seedId } from "../helpers/pipeline.ts";

function pipeline(args: string[], input?: string) {
  const env: NodeJS.ProcessEnv = { ...process.env, SOURCE_DATE_EPOCH: "1796083200" };
  delete env.PIPELINE_TEST_HOOK;
  const result = spawnSync(process.execPath, [join(repoRoot, "scripts", "pipeline.mjs"), ...args], { cwd: repoRoot, encoding: "utf8", input, env });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const scratch = () => mkdtempSync(join(tmpdir(), "cli-"));
const usageLine = "  usage: npm run pipeline -- [command] [options]\n";

describe("npm run pipeline", () => {
  it("lists the stages, options, environment variables and exit codes with --help", () => {
    const run = pipeline(["--help"]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Usage: npm run pipeline -- \[command\] \[options\]/);
    for (const stage of ["ingest", "extract", "coverage", "validate", "derive", "publish", "numbers"]) expect(run.stdout).toMatch(new RegExp(`^ {2}${stage} `, "m"));
    for (const option of ["--raw", "--out", "--work", "--catalogue", "--strict", "--check", "--date", "--max-bytes", "--debug", "--help"]) expect(run.stdout).toContain(`  ${option}`);
    expect(run.stdout).toMatch(/^Environment:\n {2}SOURCE_DATE_EPOCH .*\n {2}CHROMIUM_PATH /m);
    expect(run.stdout).toMatch(/^Exit status:\n {2}0 .*\n {2}1 .*\n {2}128\+n .*SIGTERM/m);
  });

  it.each([
    [["publsh"], "error: publsh: is not a command\n", "  fix: did you mean publish? See --help for the others\n"],
    [["--nope"], "error: --nope: is not an option\n", "  fix: see --help for the options\n"],
    [["--strictt"], "error: --strictt: is not an option\n", "  fix: did you mean --strict? See --help for the others\n"],
    [["--out"], "error: --out: needs a value\n", "  fix: e.g. --out output\n"],
    [["--out", "--strict"], "error: --out: needs a value (it was followed by the option --strict)\n", "  fix: e.g. --out output\n"],
    [["--strict=yes"], "error: --strict=yes: --strict takes no value\n", "  fix: write --strict alone\n"],
    [["--raw", "a", "--raw", "b"], "error: --raw: is given twice\n", "  fix: give --raw once\n"],
    [["ingest", "extract"], "error: extract: is one argument too many\n", '  fix: give one command at most (here "ingest")\n'],
    [["coverage", "--check"], "error: --check: does not apply to the coverage command\n", "  fix: use --check alone (every stage, then the comparison) or with publish\n"],
    [["--date", "2026-02-30"], "error: --date 2026-02-30: is not a day of the calendar\n", "  fix: give a day that exists, e.g. --date 2026-02-28\n"],
    [["--date", "0000-01-01"], "error: --date 0000-01-01: is before 1970-01-01\n", "  fix: give a release date from 1970-01-01 to 9999-12-31\n"],
    [["--date", "1e20"], "error: --date 1e20: is not a date written YYYY-MM-DD\n", "  fix: write it as YYYY-MM-DD, e.g. --date 2026-11-29\n"],
    [["--max-bytes", "-1"], "error: --max-bytes -1: is not a positive whole number\n", "  fix: give a number of bytes, e.g. --max-bytes 20000000\n"],
  ])("names the bad argument of %j and shows the usage line, once, without a stack trace", (args, error, fix) => {
    const run = pipeline(args);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).toBe(`${error}${usageLine}${fix}`);
  });

  it("says what is wrong with an out-of-range SOURCE_DATE_EPOCH, not 'Invalid time value'", () => {
    const run = spawnSync(process.execPath, [join(repoRoot, "scripts", "pipeline.mjs"), "ingest"], { cwd: repoRoot, encoding: "utf8", env: { ...process.env, SOURCE_DATE_EPOCH: "1".padEnd(21, "0") } });
    expect(run.status).toBe(1);
    expect(run.stderr).toBe("error: SOURCE_DATE_EPOCH: 10000000000000000000… seconds is after 9999-12-31\n  fix: set it to a Unix time in seconds (not milliseconds), e.g. $(git log -1 --format=%ct), or unset it\n");
  });

  it("names the file and JSON pointer of bad metadata, exit status 1, no stack trace", () => {
    const raw = copyRaw();
    const file = join(raw, `${seedId}.source.json`);
    writeFileSync(file, readFileSync(file, "utf8").replace('"published": null', '"published": "2022-02-30"'));
    const dir = scratch();
    const run = pipeline(["--raw", raw, "--out", join(dir, "out"), "--work", join(dir, "work")]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`error: ${file}:/published: must match format "date"`);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it("publishes, then --check passes, and fails on a hand-edited CSV or stale output", () => {
    const dir = scratch();
    const out = join(dir, "out");
    const first = pipeline(["--strict", "--raw", fixtureRawDir, "--out", out, "--work", join(dir, "work")]);
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/^ingest {4}\d+ sources?, \d+ bytes/m);
    expect(first.stdout).toMatch(/^publish +published 1\.0\.0 \(initial\)/m);
    expect(JSON.parse(readFileSync(join(out, "versions.json"), "utf8")).versions[0].date).toBe("2026-12-01");

    expect(pipeline(["--check", "--raw", fixtureRawDir, "--out", out]).status).toBe(0);

    const raw = copyRaw((text) => text.replace("380 إعلان", "381 إعلان"));
    const stale = pipeline(["--check", "--raw", raw, "--out", out]);
    expect(stale.status).toBe(1);
    expect(stale.stderr).toMatch(/missing: 1\.0\.1\/observations\.csv/);
    expect(stale.stderr).toMatch(/it would publish version 1\.0\.1: \d+ observations? changed/);

    appendFileSync(join(out, "latest", "observations.csv"), "tampered\r\n");
    const edited = pipeline(["--check", "--raw", fixtureRawDir, "--out", out]);
    expect(edited.status).toBe(1);
    expect(edited.stderr).toContain("differs: latest/observations.csv");
  });

  it("goes on and publishes when the reader of its progress goes away (`npm run pipeline | true`), no stack trace", () => {
    const dir = scratch();
    const out = join(dir, "out");
    // `true` exits without reading: every progress line meets a closed pipe (EPIPE).
    const run = spawnSync("bash", ["-c", '"$0" "$@" | true; exit "${PIPESTATUS[0]}"', process.execPath, join(repoRoot, "scripts", "pipeline.mjs"), "--raw", fixtureRawDir, "--out", out, "--work", join(dir, "work")], {
      cwd: repoRoot,
      encoding: "utf8",
      env: { ...process.env, SOURCE_DATE_EPOCH: "1796083200" },
    });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(JSON.parse(readFileSync(join(out, "versions.json"), "utf8")).versions).toHaveLength(1);
  });

  it("recognises numbers line by line with the numbers command", () => {
    const run = pipeline(["numbers"], '{"id":"a","text":"عالج 5 آلاف و800 ملف"}\nnot json\n');
    expect(run.status).toBe(0);
    const [first, second] = run.stdout.trim().split("\n").map((line) => JSON.parse(line));
    expect(first).toEqual({ id: "a", mentions: [{ text: "5 آلاف و800", value: 5800, kind: "number", start: 5, end: 16 }] });
    expect(second).toMatchObject({ id: null, line: 2 });
  });
});

describe("each stage run alone", () => {
  it("writes its artifact and prints its progress line, --strict or not", () => {
    const dir = scratch();
    const work = join(dir, "work");
    const steps: Array<[string[], string]> = [
      [["ingest"], "ingested"],
      [["extract"], "extracted"],
      [["coverage"], "coverage.json"],
      [["coverage", "--strict"], "coverage.json"],
      [["validate", "--strict"], "validated.json"],
      [["derive"], "derived.json"],
    ];
    for (const [args, artifact] of steps) {
      const run = pipeline([...args, "--raw", fixtureRawDir, "--work", work]);
      expect(run.status, `${args.join(" ")}: ${run.stderr}`).toBe(0);
      expect(run.stdout).toMatch(new RegExp(`^${args[0]} +\\S.* \\d+ ms\\n$`));
      expect(existsSync(join(work, artifact))).toBe(true);
    }
    const publish = pipeline(["publish", "--raw", fixtureRawDir, "--work", work, "--out", join(dir, "out")]);
    expect(publish.status, publish.stderr).toBe(0);
    expect(publish.stdout).toMatch(/^publish +published 1\.0\.0 \(initial\)/);
  });
});

describe("an unaccounted number", () => {
  // A number no indicator counts, in a sentence of its own after a lone CR (a line break, as editors show it).
  const raw = () => copyRaw((text) => `${text}\r\rوقد عالجت المصالح 77 طلبا غريبا.\n`);

  it("is one warning without --strict, and the run publishes", () => {
    const dir = scratch();
    const run = pipeline(["--raw", raw(), "--out", join(dir, "out"), "--work", join(dir, "work")]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr.match(/the number "77"/g)).toHaveLength(1);
    expect(run.stderr).toMatch(/^warning: \S+\.txt:\d+:\d+: the number "77" \(77\) is not accounted for/m);
  });

  it("is one error with --strict, printed once, and nothing is published", () => {
    const dir = scratch();
    const run = pipeline(["--strict", "--raw", raw(), "--out", join(dir, "out"), "--work", join(dir, "work")]);
    expect(run.status).toBe(1);
    expect(run.stderr.match(/the number "77"/g)).toHaveLength(1);
    expect(run.stderr.match(/^error: /gm)).toHaveLength(1);
    expect(run.stdout).toMatch(/^coverage .*1 unaccounted/m);
    expect(run.stdout).not.toMatch(/^publish/m);
    expect(existsSync(join(dir, "work", "coverage.json"))).toBe(true);
    expect(existsSync(join(dir, "out"))).toBe(false);
  });
});
