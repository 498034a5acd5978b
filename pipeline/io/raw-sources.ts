// Reads raw/: each source is <id>.txt beside <id>.source.json. raw/ is only ever read.
import { readdir, readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import { UserError } from "../lib/errors.ts";

export interface RawSource {
  /** The file name stem shared by both files. */
  id: string;
  textFile: string;
  metadataFile: string;
  bytes: Uint8Array;
  metadataText: string;
}

export const textSuffix = ".txt";
export const metadataSuffix = ".source.json";
export const defaultMaxBytes = 10 * 1024 * 1024;

/** Letters, digits, '.', '_' and '-', starting with a letter or digit: safe as a file name on every system and in a URL. */
const safeId = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;

function stemOf(name: string): { id: string; part: "text" | "metadata" } | undefined {
  if (name.endsWith(metadataSuffix)) return { id: name.slice(0, -metadataSuffix.length), part: "metadata" };
  if (name.endsWith(textSuffix)) return { id: name.slice(0, -textSuffix.length), part: "text" };
  return undefined;
}

/** Lists the sources of `rawDir` in id order, checking that every text has its metadata and the reverse. */
export async function listRawSources(rawDir: string): Promise<Array<{ id: string; textFile: string; metadataFile: string }>> {
  let names: string[];
  try {
    names = await readdir(rawDir);
  } catch {
    throw new UserError(rawDir, "", "the raw directory does not exist or cannot be read", "create it and put each source in it as <id>.txt with <id>.source.json, or point --raw at the right directory");
  }
  const parts = new Map<string, Set<string>>();
  for (const name of names.sort()) {
    const stem = stemOf(name);
    if (!stem) continue;
    if (!safeId.test(stem.id)) {
      throw new UserError(join(rawDir, name), "", `"${stem.id}" is not a safe source id`, "rename the file: an id is 1 to 100 letters, digits, '.', '_' or '-', starting with a letter or digit (no spaces, slashes or '..')");
    }
    if (stem.id.includes("..")) {
      throw new UserError(join(rawDir, name), "", `"${stem.id}" contains ".."`, "rename the file without '..' in its id");
    }
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

/** Reads one source's two files, refusing a text larger than `maxBytes` before reading it. */
export async function readRawSource(
  entry: { id: string; textFile: string; metadataFile: string },
  maxBytes = defaultMaxBytes,
): Promise<RawSource> {
  const size = (await stat(entry.textFile)).size;
  if (size > maxBytes) {
    throw new UserError(entry.textFile, "", `the file is ${size} bytes, more than the limit of ${maxBytes} bytes`, "check that it is the article's text and not a whole web page or archive; raise the limit with --max-bytes if it really is");
  }
  const [bytes, metadataText] = await Promise.all([readFile(entry.textFile), readFile(entry.metadataFile, "utf8")]);
  return { ...entry, bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), metadataText };
}

/** How many sources are read at once: enough to overlap I/O, few enough to stay far below the open-file limit. */
const readConcurrency = 32;

/** Reads every listed source, in order, a bounded number at a time. */
export async function readRawSources(entries: Array<{ id: string; textFile: string; metadataFile: string }>, maxBytes = defaultMaxBytes): Promise<RawSource[]> {
  const sources: RawSource[] = new Array(entries.length);
  let next = 0;
  const worker = async () => {
    while (next < entries.length) {
      const index = next++;
      sources[index] = await readRawSource(entries[index]!, maxBytes);
    }
  };
  await Promise.all(Array.from({ length: Math.min(readConcurrency, entries.length) }, worker));
  return sources;
}
