import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { UserError } from "../../pipeline/lib/errors.ts";
import { acquireLock } from "../../pipeline/lib/lock.ts";

const lockPath = () => join(mkdtempSync(join(tmpdir(), "lock-")), "output.lock");

describe("acquireLock", () => {
  it("creates the lock and removes it on release", () => {
    const path = lockPath();
    const lock = acquireLock(path);
    expect(existsSync(path)).toBe(true);
    lock.release();
    expect(existsSync(path)).toBe(false);
  });

  it("stops a second run while the first holds the lock", () => {
    const path = lockPath();
    // The parent of this test process is alive for the whole test: it stands for another run.
    writeFileSync(path, `${process.ppid}\n`);
    expect(() => acquireLock(path)).toThrow(UserError);
    expect(() => acquireLock(path)).toThrow(/another run \(pid \d+\) is working on this output/);
  });

  it("takes over a stale lock left by a killed run", () => {
    const path = lockPath();
    const dead = spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"]).stdout.toString();
    writeFileSync(path, `${dead}\n`);
    const lock = acquireLock(path);
    lock.release();
    expect(existsSync(path)).toBe(false);
  });
});
