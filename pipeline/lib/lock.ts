// One run at a time per output directory: a lock file beside it holds the owner's pid. A lock whose process
// is gone (a killed run) is stale and taken over.
import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from "node:fs";
import { dirname } from "node:path";
import { UserError } from "./errors.ts";

export interface Lock {
  release(): void;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function tryCreate(path: string): boolean {
  try {
    const fd = openSync(path, "wx");
    writeSync(fd, `${process.pid}\n`);
    closeSync(fd);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw error;
  }
}

export function acquireLock(path: string): Lock {
  // The output's parent may not exist yet (--out new/dir/output): the lock lives there.
  mkdirSync(dirname(path), { recursive: true });
  if (!tryCreate(path)) {
    let owner = Number.NaN;
    try {
      owner = Number.parseInt(readFileSync(path, "utf8"), 10);
    } catch {
      // Vanished between our attempt and this read: its owner just finished.
    }
    if (Number.isInteger(owner) && owner !== process.pid && isAlive(owner)) {
      throw new UserError(path, "", `another run (pid ${owner}) is working on this output`, `wait for it to finish; if no such process exists, delete ${path}`);
    }
    rmSync(path, { force: true });
    if (!tryCreate(path)) throw new UserError(path, "", "another run took the lock at the same moment", "wait for it to finish, then run again");
  }
  let held = true;
  return {
    release() {
      if (held) rmSync(path, { force: true });
      held = false;
    },
  };
}
