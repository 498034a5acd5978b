// Which output folders the pipeline may write into, and what in them it owns. A folder is the pipeline's when
// it has a valid versions.json or the marker file; an empty or missing folder becomes its own. Inside, it owns
// only the names of layout.ts: every other file or folder is the user's, kept and never read.
import { type Dirent, readdirSync, readFileSync } from "node:fs";
import { lstat, readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { UserError } from "../lib/errors.ts";
import { isSystemError } from "../lib/io-errors.ts";
import { parseJson } from "../lib/json.ts";
import { validateAgainst } from "../lib/schemas.ts";
import { type FileTree, sortedTree } from "../publish/file-tree.ts";
import { checkHistory, parseHistory } from "../publish/versions/history.ts";
import { isFolderName, isPublishedName, isTransientName, isVersionName, markerFile, publishingDir, versionsFile } from "./layout.ts";

export type OutputState = "missing" | "empty" | "owned";

function entriesOf(dir: string): Dirent[] | null {
  try {
    return readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  } catch (error) {
    if (isSystemError(error) && error.code === "ENOENT") return null;
    throw error;
  }
}

/** Why versions.json does not prove ownership (unreadable, not JSON, not a version history), or null when it does. */
function versionsProblem(dir: string): string | null {
  const file = join(dir, versionsFile);
  try {
    validateAgainst("versions.schema.json", parseJson(readFileSync(file, "utf8"), file), file);
    return null;
  } catch (error) {
    if (error instanceof UserError) return error.problem;
    throw error;
  }
}

/**
 * Whether the pipeline may publish into `dir` (a real path): missing, empty (but for a lock or a staging
 * folder of its own) or owned. Any other folder is refused, naming what is in it. `label` is --out as given.
 */
export function checkOwnership(dir: string, label: string): OutputState {
  const entries = entriesOf(dir);
  if (entries === null) return "missing";
  const present = entries.filter((e) => !isTransientName(e.name));
  if (present.length === 0) return "empty";
  if (present.some((e) => e.name === markerFile && e.isFile())) return "owned";
  const hasVersions = present.some((e) => e.name === versionsFile && e.isFile());
  const problem = hasVersions ? versionsProblem(dir) : null;
  if (hasVersions && problem === null) return "owned";
  const names = present.slice(0, 5).map((e) => `${e.name}${e.isDirectory() ? "/" : ""}`);
  const more = present.length > names.length ? ` and ${present.length - names.length} more` : "";
  const why = hasVersions ? `its ${versionsFile} is not a version history (${problem})` : `it has neither ${versionsFile} nor ${markerFile}`;
  throw new UserError(
    `--out ${label}`,
    "",
    `the folder is not empty and is not the pipeline's: ${why}; it holds ${names.join(", ")}${more}`,
    `give an empty or new folder, or the output folder of an earlier run. If this is one whose ${versionsFile} was lost or edited, restore it (git checkout -- ${label}/${versionsFile}). To publish into this folder on purpose, keeping its files, create an empty file ${label}/${markerFile}`,
  );
}

/** What the pipeline owns in an output folder, listed (not read): names at the root and the files of each folder. */
export interface OwnedListing {
  /** The published names present at the root (version folders, even empty, latest/, root files, the marker). */
  present: Set<string>;
  /** The version folders among them. */
  versionFolders: string[];
  hasMarker: boolean;
  /** Names at the root that the pipeline did not write: kept as they are, never read. */
  others: string[];
  /** A publication left by a run that was killed (its staging folder is there). */
  interrupted: boolean;
  /** The files of each published folder (versions and latest/), by path relative to it, in path order, with their sizes. */
  folders: Map<string, Array<{ path: string; bytes: number }>>;
  /** The published root files present (not the marker). */
  rootFiles: string[];
}

export interface OwnedOutput extends OwnedListing {
  /** The published files, by relative POSIX path: version folders, latest/, the root files (not the marker). */
  files: FileTree;
}

const kindOf = (entry: Dirent) => (entry.isSymbolicLink() ? "a symbolic link" : entry.isDirectory() ? "a folder" : entry.isFile() ? "a file" : "a special file (a device, a pipe or a socket)");

/** A published path that is not what the pipeline wrote: a link (never followed), a special file, a file for a folder. */
function refuseEntry(label: string, path: string, entry: Dirent, expected: "a file" | "a folder"): never {
  throw new UserError(`${label}/${path}`, "", `is ${kindOf(entry)}, where the pipeline publishes ${expected}`, `restore the published folder from version control (git checkout -- ${label}/); the pipeline never follows links inside its output`);
}

const byName = (a: Dirent, b: Dirent) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/** The files under `relative` (a published folder), depth first in name order, as paths relative to that folder. */
async function listFolder(dir: string, label: string, folder: string, relative: string, files: Array<{ path: string; bytes: number }>): Promise<void> {
  const entries = (await readdir(join(dir, folder, relative), { withFileTypes: true })).sort(byName);
  for (const entry of entries) {
    const path = relative ? `${relative}/${entry.name}` : entry.name;
    if (entry.isDirectory()) await listFolder(dir, label, folder, path, files);
    else if (entry.isFile()) files.push({ path, bytes: (await lstat(join(dir, folder, path))).size });
    else refuseEntry(label, `${folder}/${path}`, entry, "a file");
  }
}

/** Path order (a plain comparison of the strings), which depth-first name order does not always give. */
const byPath = (a: { path: string }, b: { path: string }) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);

/** Lists what the pipeline owns in `dir` (a real path; a missing folder lists as empty). `label` is --out as given. */
export async function scanOwnedOutput(dir: string, label: string): Promise<OwnedListing> {
  const owned: OwnedListing = { present: new Set(), versionFolders: [], hasMarker: false, others: [], interrupted: false, folders: new Map(), rootFiles: [] };
  for (const entry of entriesOf(dir) ?? []) {
    const name = entry.name;
    if (name === publishingDir) owned.interrupted = true;
    if (isTransientName(name)) continue;
    if (!isPublishedName(name)) {
      owned.others.push(name);
      continue;
    }
    const folder = isFolderName(name);
    if (folder ? !entry.isDirectory() : !entry.isFile()) refuseEntry(label, name, entry, folder ? "a folder" : "a file");
    owned.present.add(name);
    if (name === markerFile) owned.hasMarker = true;
    else if (folder) {
      if (isVersionName(name)) owned.versionFolders.push(name);
      const files: Array<{ path: string; bytes: number }> = [];
      await listFolder(dir, label, name, "", files);
      owned.folders.set(name, files.sort(byPath));
    } else owned.rootFiles.push(name);
  }
  return owned;
}

/** Reads what the pipeline owns in `dir` into memory (small folders: tests, publishTree). `label` is --out as given. */
export async function readOwnedOutput(dir: string, label: string): Promise<OwnedOutput> {
  const listing = await scanOwnedOutput(dir, label);
  const files: FileTree = new Map();
  for (const name of [...listing.folders.keys(), ...listing.rootFiles].sort()) {
    const inFolder = listing.folders.get(name);
    if (inFolder) for (const file of inFolder) files.set(`${name}/${file.path}`, await readFile(join(dir, name, file.path)));
    else files.set(name, await readFile(join(dir, name)));
  }
  return { ...listing, files: sortedTree(files) };
}

/**
 * Checks, before any stage runs, that versions.json and the version folders agree (no entry removed,
 * duplicated or moved by hand): the same check the publish step makes, early, so that a damaged output
 * folder is reported at once. The files' checksums are verified when the publish step reads them; an
 * unfinished publication is left to it.
 */
export function checkPublishedHistory(dir: string, label: string): void {
  const entries = entriesOf(dir) ?? [];
  // A killed run's moves are not the user's edits: the publish step undoes or finishes them first, under the lock.
  if (entries.some((e) => e.name === publishingDir)) return;
  const folders = entries.filter((e) => e.isDirectory() && isVersionName(e.name)).map((e) => e.name);
  const hasHistory = entries.some((e) => e.name === versionsFile && e.isFile());
  const history = hasHistory ? parseHistory(readFileSync(join(dir, versionsFile), "utf8"), `${label}/${versionsFile}`) : null;
  checkHistory(history, folders, label);
}
