// A publishing run's hold on its output folder: created if missing (and removed again if the run publishes
// nothing into it), locked, and put right after a killed run; then the planned tree is written as one
// publication of the names that changed.
import { mkdirSync, rmdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { onInterrupt } from "../lib/interrupt.ts";
import { acquireLock, type Lock } from "../lib/lock.ts";
import type { FileTree } from "../publish/file-tree.ts";
import { outputChanges } from "./changes.ts";
import { lockFile } from "./layout.ts";
import { checkOwnership, type OwnedOutput, readOwnedOutput } from "./owned-output.ts";
import { Publication, type PublicationHooks, recoverPublication } from "./publication.ts";

export interface OpenOutput {
  /** The real path of the folder. */
  dir: string;
  /** --out as given, for messages. */
  label: string;
  /** What was left of a killed run, and what was done with it. */
  recovered: ReturnType<typeof recoverPublication>;
  /** Releases the lock; removes the folders this run created if they are still empty. */
  close(): void;
}

/** Removes the folders from `dir` up to `created` (the first one mkdir created) while they are empty. */
function removeIfEmpty(dir: string, created: string | undefined): void {
  if (created === undefined) return;
  for (let folder = dir; folder.length >= created.length; folder = dirname(folder)) {
    try {
      rmdirSync(folder);
    } catch {
      return; // not empty (published into, or the user put something there): kept
    }
  }
}

/** Takes hold of the output folder `dir` (a real path, checked by target.ts): creates it, locks it, recovers it. */
export function openOutput(dir: string, label: string): OpenOutput {
  const created = checkOwnership(dir, label) === "missing" ? mkdirSync(dir, { recursive: true }) : undefined;
  const forgetFolders = onInterrupt(() => removeIfEmpty(dir, created));
  let lock: Lock | undefined;
  try {
    lock = acquireLock(join(dir, lockFile));
    const held = lock;
    return {
      dir,
      label,
      recovered: recoverPublication(dir, label),
      close() {
        held.release();
        forgetFolders();
        removeIfEmpty(dir, created);
      },
    };
  } catch (error) {
    lock?.release();
    forgetFolders();
    removeIfEmpty(dir, created);
    throw error;
  }
}

/** Writes what `plan` changes in the folder as one publication; false when nothing changed. */
export async function writeOutput(output: OpenOutput, plan: FileTree, current: OwnedOutput, hooks: PublicationHooks = {}): Promise<boolean> {
  const changes = outputChanges(plan, current, output.label);
  if (changes.steps.length === 0) return false;
  const publication = Publication.begin(output.dir, hooks);
  try {
    for (const [path, bytes] of changes.files) await publication.writeFile(path, bytes);
    await publication.commit(changes.steps);
  } catch (error) {
    publication.abort();
    throw error;
  }
  return true;
}

/** Writes a planned tree into the folder `dir` as the command line does (lock, recovery, ownership), for in-process callers. */
export async function publishTree(dir: string, tree: FileTree, hooks: PublicationHooks = {}): Promise<boolean> {
  const output = openOutput(dir, dir);
  try {
    return await writeOutput(output, tree, await readOwnedOutput(output.dir, dir), hooks);
  } finally {
    output.close();
  }
}
