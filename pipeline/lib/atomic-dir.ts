// Replaces a directory by a new tree of files, all or nothing. The tree is written into a sibling
// directory, then swapped in with two renames; a run killed at any point leaves either the old or the new
// directory, and recoverDirectory() puts things right on the next run without manual cleanup.
import { existsSync, readdirSync, renameSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import fs from "fs-extra";

export interface WriteHooks {
  /** Called before each file is written (tests inject failures here). */
  beforeWrite?: (path: string) => void;
  /** Called before each rename of the swap. */
  beforeSwap?: (step: "retire-old" | "move-new") => void;
}

const retired = (dir: string) => `${dir}.old`;
const staging = (dir: string) => `${dir}.tmp-${process.pid}`;

/** Finishes or undoes an interrupted swap and removes stale staging directories. Call with the lock held. */
export function recoverDirectory(dir: string): void {
  if (!existsSync(dir) && existsSync(retired(dir))) renameSync(retired(dir), dir);
  fs.removeSync(retired(dir));
  const parent = dirname(dir);
  if (!existsSync(parent)) return;
  for (const name of readdirSync(parent)) {
    if (name.startsWith(`${basename(dir)}.tmp-`)) fs.removeSync(join(parent, name));
  }
}

export async function replaceDirectory(dir: string, tree: Map<string, Buffer>, hooks: WriteHooks = {}): Promise<void> {
  recoverDirectory(dir);
  const stage = staging(dir);
  try {
    for (const [path, bytes] of tree) {
      hooks.beforeWrite?.(path);
      await fs.outputFile(join(stage, path), bytes);
    }
    if (existsSync(dir)) {
      hooks.beforeSwap?.("retire-old");
      renameSync(dir, retired(dir));
    }
    hooks.beforeSwap?.("move-new");
    renameSync(stage, dir);
  } catch (error) {
    // Puts the old directory back if it was retired, and removes the staging directory.
    recoverDirectory(dir);
    throw error;
  }
  fs.removeSync(retired(dir));
}
