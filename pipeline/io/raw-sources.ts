// Reads raw/: each source is <id>.txt beside <id>.source.json. raw/ is only ever read, and only its regular
// files: a symbolic link or anything else among them is refused (a link to /etc/passwd would be published).
// Each file is read once; the bytes read are the ones hashed, decoded and published, and a file that changes
// while it is read is read again, so that a published hash is always that of one version of the file.
import { type BigIntStats, closeSync, constants, type Dirent, fstatSync, openSync, readSync } from "node:fs";
import { readdir, readlink } from "node:fs/promises";
import { join } from "node:path";
import { UserError } from "../lib/errors.ts";
import { sha256 } from "../lib/hash.ts";
import { ioUserError, isSystemError } from "../lib/io-errors.ts";

export interface RawSource {
  /** The file name stem shared by both files. */
  id: string;
  textFile: string;
  metadataFile: string;
  bytes: Uint8Array;
  /** The SHA-256 of `bytes` (hex), worked out once as they are read: the fingerprint, identical texts and ingest use it. */
  sha256: string;
  metadataText: string;
}

export interface RawEntry {
  id: string;
  textFile: string;
  metadataFile: string;
}

export const textSuffix = ".txt";
export const metadataSuffix = ".source.json";
export const defaultMaxBytes = 10 * 1024 * 1024;

/** Letters, digits, '.', '_' and '-', starting with a letter or digit: safe as a file name on every system and in a URL. */
const safeId = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;

/**
 * Device names Windows reserves, in any case and with any extension ("con", "NUL.2022", "com1"): a repository
 * holding raw/con.txt cannot be checked out there. COM0 and LPT0 are reserved by recent versions too.
 */
const windowsReserved = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/i;

function stemOf(name: string): { id: string; part: "text" | "metadata" } | undefined {
  if (name.endsWith(metadataSuffix)) return { id: name.slice(0, -metadataSuffix.length), part: "metadata" };
  if (name.endsWith(textSuffix)) return { id: name.slice(0, -textSuffix.length), part: "text" };
  return undefined;
}

const kindOf = (entry: Dirent) => (entry.isDirectory() ? "a folder" : entry.isFIFO() ? "a named pipe" : entry.isSocket() ? "a socket" : entry.isBlockDevice() || entry.isCharacterDevice() ? "a device" : "not a regular file");

/** Refuses anything among the source files that is not a regular file, naming it. */
async function checkRegularFile(entry: Dirent, file: string): Promise<void> {
  if (entry.isSymbolicLink()) {
    const target = await readlink(file).catch(() => "?");
    throw new UserError(file, "", `is a symbolic link (to ${target}); sources are read only from regular files in the raw folder, so that nothing outside it is published`, "replace the link by a copy of the file itself (cp --remove-destination <target> <link>), or remove it");
  }
  if (!entry.isFile()) throw new UserError(file, "", `is ${kindOf(entry)}, not a regular file`, "a source is two regular files, <id>.txt and <id>.source.json: remove or rename this one");
}

function checkId(id: string, file: string): void {
  if (!safeId.test(id)) {
    throw new UserError(file, "", `"${id}" is not a safe source id`, "rename the file: an id is 1 to 100 letters, digits, '.', '_' or '-', starting with a letter or digit (no spaces, slashes or '..')");
  }
  if (id.includes("..")) throw new UserError(file, "", `"${id}" contains ".."`, "rename the file without '..' in its id");
  if (windowsReserved.test(id.split(".")[0]!)) {
    throw new UserError(file, "", `"${id}" starts with a device name that Windows reserves (con, prn, aux, nul, com0-9, lpt0-9): the repository could not be checked out there`, "rename both files of the source, e.g. with a prefix (src-con)");
  }
}

async function listNames(rawDir: string): Promise<Dirent[]> {
  try {
    return await readdir(rawDir, { withFileTypes: true });
  } catch (error) {
    if (isSystemError(error) && error.code === "ENOENT") {
      throw new UserError(rawDir, "", "the raw folder does not exist", "create it and put each source in it as <id>.txt with <id>.source.json, or point --raw at the right folder");
    }
    if (isSystemError(error) && error.code === "ENOTDIR") throw new UserError(rawDir, "", "is a file, not a folder", "point --raw at the folder of the sources");
    if (isSystemError(error)) throw ioUserError(error, { path: rawDir, doing: "listing the sources" });
    throw error;
  }
}

/** Lists the sources of `rawDir` in id order, checking that every text has its metadata and the reverse. */
export async function listRawSources(rawDir: string): Promise<RawEntry[]> {
  const entries = (await listNames(rawDir)).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const parts = new Map<string, Set<string>>();
  for (const entry of entries) {
    const stem = stemOf(entry.name);
    if (!stem) continue;
    const file = join(rawDir, entry.name);
    await checkRegularFile(entry, file);
    checkId(stem.id, file);
    const set = parts.get(stem.id) ?? new Set<string>();
    set.add(stem.part);
    parts.set(stem.id, set);
  }
  const byFoldedId = new Map<string, string>();
  for (const id of parts.keys()) {
    const other = byFoldedId.get(id.toLowerCase());
    if (other !== undefined) {
      throw new UserError(join(rawDir, id + textSuffix), "", `the source id "${id}" duplicates "${other}" (ids differing only in case are the same file on Windows and macOS)`, "rename one of the two sources");
    }
    byFoldedId.set(id.toLowerCase(), id);
  }
  if (parts.size === 0) {
    throw new UserError(rawDir, "", "no sources found", `add a source as <id>${textSuffix} with its metadata <id>${metadataSuffix}`);
  }
  const sources = [];
  for (const [id, set] of parts) {
    const textFile = join(rawDir, id + textSuffix);
    const metadataFile = join(rawDir, id + metadataSuffix);
    if (!set.has("metadata")) throw new UserError(textFile, "", `the text has no metadata file ${id}${metadataSuffix}`, `create ${metadataFile} (see the README, "Adding a source")`);
    if (!set.has("text")) throw new UserError(metadataFile, "", `the metadata has no text file ${id}${textSuffix}`, `add the text as ${textFile}, or remove the metadata file`);
    sources.push({ id, textFile, metadataFile });
  }
  return sources;
}

export interface ReadHooks {
  /** Called once a file is open and measured, before its bytes are read (tests change the file here). */
  afterOpen?: (file: string, attempt: number) => void | Promise<void>;
}

/** How many times a file that changes while it is read is read again before the run gives up. */
const readAttempts = 3;

/** O_NOFOLLOW: a file replaced by a link since it was listed is not followed (not available on Windows). */
const openFlags = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);

// The files are read with synchronous calls: a source is a few kilobytes, and the six calls of each (open, stat,
// read to the end, stat, close) cost microseconds, where each promise of fs/promises costs a round trip through
// libuv's thread pool (10,000 sources: 0.6-1.2 s against 6-9 s, and 0.75 s of CPU against 7 s). Nothing else
// runs on the main thread while the sources are read.

function readOnce(fd: number, file: string, maxBytes: number, before: BigIntStats): Uint8Array | null {
  if (!before.isFile()) throw new UserError(file, "", "is not a regular file", "a source is two regular files, <id>.txt and <id>.source.json: remove or rename this one");
  if (before.size > BigInt(maxBytes)) {
    throw new UserError(file, "", `the file is ${before.size} bytes, more than the limit of ${maxBytes} bytes`, "check that it is the article's text and not a whole web page or archive; raise the limit with --max-bytes if it really is");
  }
  // One byte more than the size said, to see a file that grew; capped, so that a growing file cannot fill memory.
  const buffer = Buffer.alloc(Number(before.size) + 1);
  let length = 0;
  for (;;) {
    const bytesRead = readSync(fd, buffer, length, buffer.length - length, length);
    if (bytesRead === 0) break;
    length += bytesRead;
    if (length === buffer.length) break;
  }
  const after = fstatSync(fd, { bigint: true });
  const unchanged = length === Number(before.size) && after.size === before.size && after.mtimeNs === before.mtimeNs && after.ctimeNs === before.ctimeNs;
  return unchanged ? new Uint8Array(buffer.buffer, buffer.byteOffset, length) : null;
}

function openSource(file: string): number {
  try {
    return openSync(file, openFlags);
  } catch (error) {
    if (isSystemError(error) && error.code === "ELOOP") throw new UserError(file, "", "is a symbolic link; sources are read only from regular files in the raw folder", "replace the link by a copy of the file itself, or remove it");
    if (isSystemError(error)) throw ioUserError(error, { path: file, doing: "reading a source" });
    throw error;
  }
}

/** The bytes of one file, read once and checked not to have changed meanwhile (else read again). */
export async function readStableFile(file: string, maxBytes: number, hooks: ReadHooks = {}): Promise<Uint8Array> {
  for (let attempt = 1; attempt <= readAttempts; attempt++) {
    const fd = openSource(file);
    try {
      const before = fstatSync(fd, { bigint: true });
      if (hooks.afterOpen && before.isFile() && before.size <= BigInt(maxBytes)) await hooks.afterOpen(file, attempt);
      const bytes = readOnce(fd, file, maxBytes, before);
      if (bytes) return bytes;
    } catch (error) {
      if (isSystemError(error)) throw ioUserError(error, { path: file, doing: "reading a source" });
      throw error;
    } finally {
      closeSync(fd);
    }
  }
  throw new UserError(file, "", `the file kept changing while it was read (${readAttempts} times)`, "stop whatever is writing it (a download, a sync tool, an editor), then run again");
}

/** Reads one source's two files, refusing a text larger than `maxBytes` before reading it. */
export async function readRawSource(entry: RawEntry, maxBytes = defaultMaxBytes, hooks: ReadHooks = {}): Promise<RawSource> {
  const bytes = await readStableFile(entry.textFile, maxBytes, hooks);
  const metadata = await readStableFile(entry.metadataFile, maxBytes, hooks);
  return rawSourceOf(entry, bytes, Buffer.from(metadata.buffer, metadata.byteOffset, metadata.byteLength).toString("utf8"));
}

/** A source from its files' contents (as read, or made up by a test), its text hashed once here. */
export function rawSourceOf(entry: RawEntry, bytes: Uint8Array, metadataText: string): RawSource {
  return { ...entry, bytes, sha256: sha256(bytes), metadataText };
}

/** Reads every listed source, in order. */
export async function readRawSources(entries: RawEntry[], maxBytes = defaultMaxBytes, hooks: ReadHooks = {}): Promise<RawSource[]> {
  const sources: RawSource[] = new Array(entries.length);
  for (let index = 0; index < entries.length; index++) sources[index] = await readRawSource(entries[index]!, maxBytes, hooks);
  return sources;
}
