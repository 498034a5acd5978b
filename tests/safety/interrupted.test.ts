// Runs that stop before they finish: stopped by a signal (SIGTERM from `timeout`, SIGINT, SIGHUP), killed
// outright, or failing on the file system midway (a full disk, permission denied). The output folder is left
// as it was, the lock is released or taken over, and the next run finishes or undoes what a killed one began.
// Faults and pauses are injected through PIPELINE_TEST_HOOK (pipeline/output/test-hooks.ts).
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { seedId } from "../helpers/pipeline.ts";
import { expectOneError, latestDate, makeSandbox, pipeline, type Sandbox, snapshotDiff, startPipeline } from "./sandbox.ts";

/** A sandbox whose next run publishes a new version (one figure of the seed changed). */
function sandboxWithChange(): Sandbox & { date: string } {
  const sandbox = makeSandbox();
  const file = join(sandbox.raw, `${seedId}.txt`);
  writeFileSync(file, readFileSync(file, "utf8").replace("143 إنابة", "144 إنابة"));
  return { ...sandbox, date: latestDate(sandbox.out) };
}

/** The snapshot without the work folder (the stages write it before the publish step). */
const withoutWork = (snapshot: Record<string, string>) => Object.fromEntries(Object.entries(snapshot).filter(([path]) => !path.startsWith("work")));

describe("a run stopped by a signal while publishing", () => {
  it.each([
    ["SIGTERM", 143],
    ["SIGINT", 130],
    ["SIGHUP", 129],
  ] as const)("%s: exits %i, releases the lock and leaves the output as it was", async (signal, status) => {
    const sandbox = sandboxWithChange();
    const before = withoutWork(sandbox.snapshot());
    const run = startPipeline([...sandbox.args, "--date", sandbox.date], { env: { PIPELINE_TEST_HOOK: "pause@staged" } });
    await run.waitFor("paused at staged");
    expect(existsSync(join(sandbox.out, ".pipeline-lock"))).toBe(true);
    run.child.kill(signal);
    const result = await run.done;
    expect(result.status).toBe(status);
    expect(withoutWork(sandbox.snapshot())).toEqual(before);
  });
});

describe("a run killed while publishing", () => {
  it.each(["move:latest", "committed"])("at %s: the next run recovers on its own, and publishes exactly what a clean run does", (where) => {
    const sandbox = sandboxWithChange();
    const clean = sandboxWithChange();
    expect(pipeline([...clean.args, "--date", clean.date]).status).toBe(0);

    const killed = pipeline([...sandbox.args, "--date", sandbox.date], { env: { PIPELINE_TEST_HOOK: `kill@${where}` } });
    expect(killed.signal).toBe("SIGKILL");
    expect(existsSync(join(sandbox.out, ".pipeline-publishing", "journal.json"))).toBe(true);
    // The lock of the killed run is stale: its process is gone.
    expect(existsSync(join(sandbox.out, ".pipeline-lock"))).toBe(true);

    const next = pipeline([...sandbox.args, "--date", sandbox.date]);
    expect(next.status, next.stderr).toBe(0);
    expect(next.stderr).toContain(where === "committed" ? "an interrupted run had committed its publication" : "an interrupted run's publication was undone");
    expect(next.stdout).toMatch(where === "committed" ? /^publish +unchanged: latest is /m : /^publish +published /m);
    const published = (s: Sandbox) => Object.fromEntries(Object.entries(withoutWork(s.snapshot())).filter(([p]) => p.startsWith("output")));
    expect(published(sandbox)).toEqual(published(clean));
  });
});

describe("a run that fails on the file system while publishing", () => {
  it.each([
    ["permission denied on a move", "fail:EACCES@move:versions.json", "permission denied"],
    ["a full disk on a write", "fail:ENOSPC@write:9", "no space left on the disk"],
  ])("%s: one error naming the path, the output as it was", (_, hook, problem) => {
    const sandbox = sandboxWithChange();
    const before = withoutWork(sandbox.snapshot());
    const run = pipeline([...sandbox.args, "--date", sandbox.date], { env: { PIPELINE_TEST_HOOK: hook } });
    expectOneError(run, `${problem} `, sandbox.out);
    expect(snapshotDiff(before, withoutWork(sandbox.snapshot()))).toEqual({ added: [], removed: [], changed: [] });
  });

  it.skipIf(process.getuid?.() === 0)("a read-only output folder: permission denied, nothing changed", () => {
    const sandbox = sandboxWithChange();
    spawnSync("chmod", ["-R", "a-w", sandbox.out]);
    const before = withoutWork(sandbox.snapshot());
    expectOneError(pipeline([...sandbox.args, "--date", sandbox.date]), "permission denied");
    expect(withoutWork(sandbox.snapshot())).toEqual(before);
    spawnSync("chmod", ["-R", "u+w", sandbox.out]);
  });
});

describe("the lock", () => {
  it("stops a second run while a live process holds it, naming the lock", () => {
    const sandbox = makeSandbox();
    writeFileSync(join(sandbox.out, ".pipeline-lock"), `${process.pid}\n`);
    const run = pipeline([...sandbox.args, "--date", latestDate(sandbox.out)]);
    expectOneError(run, `${sandbox.out}/.pipeline-lock: another run (pid ${process.pid}) is working on this output`);
  });
});
