// What is published, as the planner reads it: the names at the root, the files of each folder with their
// sizes, and each file's bytes on demand, streamed. Two kinds: an output folder on disk (what the command line
// publishes into), and a tree in memory (tests, and the callers that plan a whole small output in memory).
import { createReadStream } from "node:fs";
import { createHash } from "node:crypto";
import { open, readFile } from "node:fs/promises";
import { join } from "node:path";
import { Readable } from "node:stream";
import { type FileTree, subtree } from "../publish/file-tree.ts";
import { isFolderName, isPublishedName, isVersionName } from "./layout.ts";
import type { OwnedListing } from "./owned-output.ts";

export interface PublishedFile {
  /** Relative to its folder. */
  path: string;
  bytes: number;
}

export interface PublishedOutput {
  /** --out as given, for messages. */
  label: string;
  /** The published names present at the root (the marker included). */
  present: ReadonlySet<string>;
  versionFolders: readonly string[];
  hasMarker: boolean;
  /** The files of a published folder (a version or latest/), in path order; null when it is not there. */
  folder(name: string): readonly PublishedFile[] | null;
  /** A published file's bytes, by its path in the output folder (root files, SHA256SUMS, a descriptor). */
  read(path: string): Promise<Buffer>;
  /** A published file's bytes as a stream, for the large ones. */
  open(path: string): Readable;
  /** A published file's SHA-256, read a chunk at a time. */
  hash(path: string): Promise<string>;
  /** How many files the pipeline published there (the marker aside). */
  fileCount: number;
}

/** Large reads: fewer, bigger chunks to hash. */
const chunkBytes = 1 << 20;

/** Buffers free for hashing: hashing a large output reuses them instead of allocating (and collecting) every chunk. */
const hashBuffers: Buffer[] = [];

/** The SHA-256 of a file, read a chunk at a time into a reused buffer. */
export async function hashFile(file: string): Promise<string> {
  const buffer = hashBuffers.pop() ?? Buffer.allocUnsafe(chunkBytes);
  const hash = createHash("sha256");
  const handle = await open(file, "r").catch((error: unknown) => {
    hashBuffers.push(buffer);
    throw error;
  });
  try {
    for (;;) {
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
      if (bytesRead === 0) break;
      hash.update(buffer.subarray(0, bytesRead));
    }
  } finally {
    await handle.close();
    hashBuffers.push(buffer);
  }
  return hash.digest("hex");
}

/** The output folder `dir` (a real path) as listed by scanOwnedOutput. */
export function folderOutput(dir: string, label: string, listing: OwnedListing): PublishedOutput {
  return {
    label,
    present: listing.present,
    versionFolders: listing.versionFolders,
    hasMarker: listing.hasMarker,
    folder: (name) => listing.folders.get(name) ?? null,
    read: (path) => readFile(join(dir, path)),
    open: (path) => createReadStream(join(dir, path), { highWaterMark: chunkBytes }),
    hash: (path) => hashFile(join(dir, path)),
    fileCount: listing.rootFiles.length + [...listing.folders.values()].reduce((n, files) => n + files.length, 0),
  };
}

/**
 * A planned or published tree in memory. It holds only published files, so it has no marker (the marker is
 * written when a tree is published into a folder); `versionFolders` adds empty version folders, which a tree
 * cannot hold.
 */
export function treeOutput(tree: FileTree, label: string, versionFolders?: readonly string[]): PublishedOutput {
  const names = new Set([...tree.keys()].map((path) => path.split("/")[0]!).filter(isPublishedName));
  for (const name of versionFolders ?? []) names.add(name);
  const folders = new Map<string, PublishedFile[]>();
  for (const name of names) {
    if (isFolderName(name)) folders.set(name, [...subtree(tree, name)].map(([path, bytes]) => ({ path, bytes: bytes.length })).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)));
  }
  const bytesOf = (path: string) => {
    const bytes = tree.get(path);
    if (!bytes) throw Object.assign(new Error(`ENOENT: no such file, open '${path}'`), { code: "ENOENT", syscall: "open", path });
    return bytes;
  };
  return {
    label,
    present: names,
    versionFolders: versionFolders ?? [...names].filter(isVersionName),
    hasMarker: true,
    folder: (name) => folders.get(name) ?? null,
    read: async (path) => bytesOf(path),
    open: (path) => Readable.from([bytesOf(path)]),
    hash: async (path) => createHash("sha256").update(bytesOf(path)).digest("hex"),
    fileCount: tree.size,
  };
}
