// The command line as a user meets it: exit status, one clear error without a stack trace, --check.
// Each case starts a process, so only what the in-process tests cannot show is here.
import { spawnSync } from "node:child_process";
import { appendFileSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { copyRaw, repoRoot, seedId } from "../helpers/pipeline.ts";

function pipeline(args: string[], input?: string) {
  const result = spawnSync(process.execPath, [join(repoRoot, "scripts", "pipeline.mjs"), ...args], { cwd: repoRoot, encoding: "utf8", input, env: { ...process.env, SOURCE_DATE_EPOCH: "1796083200" } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const scratch = () => mkdtempSync(join(tmpdir(), "cli-"));

describe("npm run pipeline", () => {
  it("prints its usage with --help", () => {
    const run = pipeline(["--help"]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Usage: npm run pipeline -- \[command\] \[options\]/);
  });

  it("rejects an unknown command with one line and no stack trace", () => {
    const run = pipeline(["publsh"]);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('error: command line: unknown command "publsh"\n  fix: use one of: all, ingest, extract, coverage, validate, derive, publish, numbers\n');
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
    const first = pipeline(["--strict", "--out", out, "--work", join(dir, "work")]);
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/^ingest {4}1 source, 5175 bytes/m);
    expect(first.stdout).toMatch(/^publish +published 1\.0\.0 \(initial\)/m);
    expect(JSON.parse(readFileSync(join(out, "versions.json"), "utf8")).versions[0].date).toBe("2026-12-01");

    expect(pipeline(["--check", "--out", out]).status).toBe(0);

    const raw = copyRaw((text) => text.replace("380 إعلان", "381 إعلان"));
    const stale = pipeline(["--check", "--raw", raw, "--out", out]);
    expect(stale.status).toBe(1);
    expect(stale.stderr).toMatch(/missing: 1\.0\.1\/observations\.csv/);
    expect(stale.stderr).toMatch(/it would publish version 1\.0\.1: \d+ observations? changed/);

    appendFileSync(join(out, "latest", "observations.csv"), "tampered\r\n");
    const edited = pipeline(["--check", "--out", out]);
    expect(edited.status).toBe(1);
    expect(edited.stderr).toContain("differs: latest/observations.csv");
  });

  it("stops a second run while another holds the output's lock", () => {
    const dir = scratch();
    writeFileSync(join(dir, "out.lock"), `${process.pid}\n`);
    const run = pipeline(["--out", join(dir, "out"), "--work", join(dir, "work")]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/another run \(pid \d+\) is working on this output/);
  });

  it("recognises numbers line by line with the numbers command", () => {
    const run = pipeline(["numbers"], '{"id":"a","text":"عالج 5 آلاف و800 ملف"}\nnot json\n');
    expect(run.status).toBe(0);
    const [first, second] = run.stdout.trim().split("\n").map((line) => JSON.parse(line));
    expect(first).toEqual({ id: "a", mentions: [{ text: "5 آلاف و800", value: 5800, kind: "number", start: 5, end: 16 }] });
    expect(second).toMatchObject({ id: null, line: 2 });
  });
});
