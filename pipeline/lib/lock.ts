// One run at a time per output folder: a lock file inside it holds the owner's pid. A lock whose process is
// gone (a killed run) is stale and taken over; a run stopped by a signal releases its lock on the way out.
import { closeSync, openSync, readFileSync, rmSync, writeSync } from "node:fs";
import { UserError } from "./errors.ts";
import { onInterrupt } from "./interrupt.ts";

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

/** Takes the lock at `path` (its folder must exist), or stops with a user error while another run holds it. */
export function acquireLock(path: string): Lock {
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
  const release = () => {
    if (held) rmSync(path, { force: true });
    held = false;
  };
  const forget = onInterrupt(release);
  return {
    release() {
      forget();
      release();
    },
  };
}
