// Writes a publication into an output folder the pipeline owns, all or nothing, without touching anything
// else in it. New files are staged one at a time in <out>/.pipeline-publishing/new/ (a writer can stream
// them); then a journal lists the moves, and each published name is moved into place by one rename (a new
// version folder), set aside and swapped (latest/), or replaced (a root file), versions.json last: its rename
// commits the publication. A run killed at any point is finished or undone by the next one (recover()),
// which tells its own leftovers from a user's files by the journal. Nothing outside the folder is touched.
import { constants, copyFileSync, lstatSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { UserError } from "../lib/errors.ts";
import { sha256 } from "../lib/hash.ts";
import { onInterrupt } from "../lib/interrupt.ts";
import { parseJson, stringifyJson } from "../lib/json.ts";
import { validateAgainst } from "../lib/schemas.ts";
import { type FileRecord, type Produce, produceHashed, recordOf, type Staging } from "../publish/file-sink.ts";
import { sumsFile } from "../publish/versions/integrity.ts";
import type { PublicationJournal, Step } from "../types/publication-journal.ts";
import { newFileWritable } from "./file-writable.ts";
import { isPublishedName, isVersionName, publishingDir } from "./layout.ts";

export type { Step };

export interface PublicationHooks {
  /**
   * Called at each point of a publication (tests inject faults and pauses here): "write:<n>" before the n-th
   * staged file and "staged" before the journal, where a returned promise is awaited; "move:<name>" before
   * each move and "committed" after the last, inside the synchronous moves. `path` is the file or folder
   * concerned (the output folder for "staged" and "committed").
   */
  at?(point: string, path: string): void | Promise<void>;
}

const stagingRoot = (dir: string) => join(dir, publishingDir);
const freshPath = (dir: string, name: string) => join(dir, publishingDir, "new", name);
const retiredPath = (dir: string, name: string) => join(dir, publishingDir, "old", name);
const journalPath = (dir: string) => join(dir, publishingDir, "journal.json");

const exists = (path: string) => lstatSync(path, { throwIfNoEntry: false }) !== undefined;

function checkName(name: string): void {
  if (!isPublishedName(name)) throw new Error(`a publication may only write the pipeline's own names, not "${name}"`);
}

/** The version folder at `path` is the one the journal staged (its SHA256SUMS has the recorded hash). */
function isStagedVersion(path: string, sums: string): boolean {
  try {
    return sha256(readFileSync(join(path, sumsFile))) === sums;
  } catch {
    return false;
  }
}

/** Undoes the moves a journal lists, newest first, from whatever point they reached. Idempotent. */
function rollBack(dir: string, journal: PublicationJournal): void {
  for (const step of [...journal.steps].reverse()) {
    const live = join(dir, step.name);
    const fresh = freshPath(dir, step.name);
    const retired = retiredPath(dir, step.name);
    const moved = !exists(fresh);
    // A new version folder goes back only if it is the one staged: a folder of the same name that is not is
    // left for the integrity check to report, never removed.
    if (moved && exists(live) && (step.replaces || step.sums_sha256 === null || isStagedVersion(live, step.sums_sha256))) renameSync(live, fresh);
    if (step.replaces && exists(retired)) renameSync(retired, live);
  }
  discard(dir);
}

/** Removes the staging folder: the journal first, so that a run killed meanwhile leaves nothing to replay. */
function discard(dir: string): void {
  rmSync(journalPath(dir), { force: true });
  rmSync(stagingRoot(dir), { recursive: true, force: true });
}

function readJournal(dir: string, label: string): PublicationJournal {
  const file = journalPath(dir);
  const shown = `${label}/${publishingDir}/journal.json`;
  const fix = `no run can be working now (the lock is held): delete the folder ${label}/${publishingDir}, then check ${label}/ against version control (git status -- ${label}/)`;
  let journal: PublicationJournal;
  try {
    journal = validateAgainst<PublicationJournal>("publication-journal.schema.json", parseJson(readFileSync(file, "utf8"), shown), shown, fix);
  } catch (error) {
    if (error instanceof UserError) throw new UserError(shown, error.position, `the journal of an interrupted publication is damaged (${error.problem})`, fix);
    throw error;
  }
  for (const step of journal.steps) {
    if (!isPublishedName(step.name)) throw new UserError(shown, "", `the journal names "${step.name}", which the pipeline never publishes`, fix);
  }
  return journal;
}

/**
 * Finishes or undoes a publication that a killed run left in `dir` (call with the lock held). Committed
 * (the last step's staged name is gone): the leftovers are removed. Otherwise every move is undone.
 */
export function recoverPublication(dir: string, label: string): "none" | "discarded" | "completed" | "rolled back" {
  if (!exists(stagingRoot(dir))) return "none";
  if (!exists(journalPath(dir))) {
    discard(dir);
    return "discarded";
  }
  const journal = readJournal(dir, label);
  if (!exists(freshPath(dir, journal.steps.at(-1)!.name))) {
    discard(dir);
    return "completed";
  }
  rollBack(dir, journal);
  return "rolled back";
}

/**
 * One publication into an output folder; begin() with the lock held and after recoverPublication(). It is a
 * Staging (publish/file-sink.ts): the planner streams each new file into the staging folder, hashed as it is
 * written. The staging folder is created with the first file, so a run that stages nothing leaves no trace.
 */
export class Publication implements Staging {
  private writes = 0;
  private staged = false;
  /** The staging folders made so far. */
  private readonly folders = new Set<string>();
  private journal: PublicationJournal | null = null;
  private finished = false;
  private readonly forget: () => void;

  private constructor(
    readonly dir: string,
    private readonly hooks: PublicationHooks,
  ) {
    // A run stopped by a signal before the commit leaves the folder as it was.
    this.forget = onInterrupt(() => this.abort());
  }

  static begin(dir: string, hooks: PublicationHooks = {}): Publication {
    if (exists(stagingRoot(dir))) throw new Error(`${stagingRoot(dir)} exists: recoverPublication() must run first`);
    return new Publication(dir, hooks);
  }

  /** Where a published path is staged: a streaming writer may write there directly. */
  stagingPath(path: string): string {
    const parts = path.split("/");
    if (parts.some((p) => p === "" || p === "." || p === "..")) throw new Error(`not a relative path: "${path}"`);
    const name = parts[0]!;
    checkName(name);
    if (isVersionName(name) && exists(join(this.dir, name))) {
      throw new UserError(join(this.dir, name), "", "this run would rewrite a published version", `published versions are never rewritten: restore the output folder from version control (git checkout -- ${this.dir}/)`);
    }
    return freshPath(this.dir, path);
  }

  /** The staging path of a new file, its folder created; the test hooks see every file before it is written. */
  private async prepare(path: string): Promise<string> {
    const target = this.stagingPath(path);
    if (this.finished) throw new Error("the publication is finished: nothing more can be staged");
    await this.hooks.at?.(`write:${this.writes++}`, target);
    if (!this.staged) {
      mkdirSync(join(stagingRoot(this.dir), "new"), { recursive: true });
      mkdirSync(join(stagingRoot(this.dir), "old"), { recursive: true });
      this.staged = true;
    }
    // Synchronous calls, each folder once: a publication stages some hundred small files, and each promise of
    // fs/promises is a round trip through libuv's thread pool (a tenth of a cold run's publish on the seed).
    const folder = dirname(target);
    if (!this.folders.has(folder)) {
      mkdirSync(folder, { recursive: true });
      this.folders.add(folder);
    }
    return target;
  }

  /** Stages one file of the publication, by its path in the output folder ("1.1.0/observations.csv"): its bytes are at hand, written at once. */
  async writeFile(path: string, bytes: Uint8Array): Promise<void> {
    writeFileSync(await this.prepare(path), bytes, { flag: "wx" });
  }

  async write(path: string, data: string | Uint8Array): Promise<FileRecord> {
    const { record, bytes } = recordOf(path, data);
    await this.writeFile(path, bytes);
    return record;
  }

  async stream(path: string, produce: Produce): Promise<FileRecord> {
    const target = await this.prepare(path);
    return produceHashed(path, produce, newFileWritable(target));
  }

  /**
   * Copies files into the staged folder `to`, from a published folder or one staged by this run. A copy, not a
   * link: an edit of latest/ in place can then never reach a published version. The file system clones the
   * file where it can (copy-on-write), else copies it in the kernel.
   */
  async copyFolder(from: string, origin: "published" | "staged", to: string, files: readonly string[]): Promise<void> {
    for (const path of files) {
      const source = origin === "published" ? join(this.dir, from, path) : freshPath(this.dir, `${from}/${path}`);
      copyFileSync(source, await this.prepare(`${to}/${path}`), constants.COPYFILE_EXCL | constants.COPYFILE_FICLONE);
    }
  }

  /**
   * Moves every staged name into place, in the order of `steps` (versions.json last). On any failure the
   * moves made so far are undone and the error is rethrown.
   */
  async commit(steps: Step[]): Promise<void> {
    if (steps.length === 0) throw new Error("a publication commits at least one step");
    if (this.finished) throw new Error("the publication is finished");
    for (const step of steps) {
      checkName(step.name);
      if (!exists(freshPath(this.dir, step.name))) throw new Error(`step "${step.name}" was not staged`);
    }
    try {
      await this.hooks.at?.("staged", this.dir);
      const journal: PublicationJournal = { steps: steps as PublicationJournal["steps"] };
      writeFileSync(`${journalPath(this.dir)}.partial`, stringifyJson(journal));
      renameSync(`${journalPath(this.dir)}.partial`, journalPath(this.dir));
      this.journal = journal;
      // From here to the end, synchronous: a signal is handled before or after the moves, never between two.
      for (const step of steps) {
        void this.hooks.at?.(`move:${step.name}`, join(this.dir, step.name));
        this.move(step);
      }
      void this.hooks.at?.("committed", this.dir);
    } catch (error) {
      this.abort();
      throw error;
    }
    this.finished = true;
    this.forget();
    discard(this.dir);
  }

  private move(step: Step): void {
    const live = join(this.dir, step.name);
    const retired = retiredPath(this.dir, step.name);
    if (step.replaces) {
      if (step.kind === "folder") renameSync(live, retired);
      else {
        // A root file is replaced by one rename (readers never see it missing); a copy of the old one is kept aside.
        copyFileSync(live, `${retired}.partial`);
        renameSync(`${retired}.partial`, retired);
      }
    } else if (exists(live)) {
      throw new UserError(live, "", "appeared while the run was publishing", "check what created it, then run again");
    }
    renameSync(freshPath(this.dir, step.name), live);
  }

  /** Undoes everything this publication did (nothing, before the journal); safe to call more than once. */
  abort(): void {
    if (this.finished) return;
    this.finished = true;
    this.forget();
    if (this.journal) rollBack(this.dir, this.journal);
    else discard(this.dir);
  }
}
