// Where the files of a publication go, one at a time, each hashed while it is written: into the staging folder
// of a publication (pipeline/output/), into memory (tests, small callers), or nowhere but the hash (to compare
// a rebuild with what is published without keeping its bytes). The writers of a version never hold more than
// one file's worth of buffered bytes, whatever the sink.
import { createHash } from "node:crypto";
import { Readable, Transform, Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { Utf8Blocks, utf8Bytes } from "../lib/utf8.ts";
import type { FileTree } from "./file-tree.ts";

/** A written file: its path (relative to where the sink writes), size and SHA-256. */
export interface FileRecord {
  path: string;
  bytes: number;
  sha256: string;
}

/** Writes the whole file into `out` and ends it (writeCsv, writeWorkbook and the JSON writer do). */
export type Produce = (out: Writable) => Promise<void>;

export interface FileSink {
  /** Writes one file produced into a stream, hashing it on the way. */
  stream(path: string, produce: Produce): Promise<FileRecord>;
  /** Writes one file whose bytes are already at hand (small files: a data card, the descriptor). */
  write(path: string, data: string | Uint8Array): Promise<FileRecord>;
}

/** Writers hand over small pieces (csv-stringify a row at a time): they reach the target in blocks of about this size. */
const blockBytes = 1 << 16;

/**
 * Runs `produce` into `target` through a tap that hashes and counts what passes and gathers small pieces into
 * blocks (one write per block, not per row); resolves once `target` is done.
 */
export async function produceHashed(path: string, produce: Produce, target: Writable): Promise<FileRecord> {
  const hash = createHash("sha256");
  let bytes = 0;
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  const tap = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      hash.update(chunk);
      bytes += chunk.length;
      // A block already (the writers' UTF-8 blocks, the workbook's chunks): passed on as it is, not copied.
      if (pendingBytes === 0 && chunk.length >= blockBytes / 2) return done(null, chunk);
      pending.push(chunk);
      pendingBytes += chunk.length;
      if (pendingBytes < blockBytes) return done();
      const block = Buffer.concat(pending, pendingBytes);
      pending = [];
      pendingBytes = 0;
      done(null, block);
    },
    flush(done) {
      done(null, pendingBytes > 0 ? Buffer.concat(pending, pendingBytes) : undefined);
    },
  });
  const flowing = pipeline(tap, target);
  try {
    await produce(tap);
  } catch (error) {
    tap.destroy(error as Error);
    await flowing.catch(() => {});
    throw error;
  }
  await flowing;
  return { path, bytes, sha256: hash.digest("hex") };
}

export function recordOf(path: string, data: string | Uint8Array): { record: FileRecord; bytes: Buffer } {
  const bytes = typeof data === "string" ? utf8Bytes(data) : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  return { record: { path, bytes: bytes.length, sha256: createHash("sha256").update(bytes).digest("hex") }, bytes };
}

/** A sink that keeps nothing but each file's size and hash. */
export function hashingSink(): FileSink {
  const discard = () => new Writable({ write: (_chunk, _encoding, done) => done() });
  return {
    stream: (path, produce) => produceHashed(path, produce, discard()),
    write: async (path, data) => recordOf(path, data).record,
  };
}

/** A sink that keeps every file's bytes in `tree`, by path. */
export function memorySink(tree: FileTree = new Map()): FileSink & { tree: FileTree } {
  return {
    tree,
    async stream(path, produce) {
      const chunks: Buffer[] = [];
      const collect = new Writable({
        write(chunk: Buffer, _encoding, done) {
          chunks.push(chunk);
          done();
        },
      });
      const record = await produceHashed(path, produce, collect);
      tree.set(path, Buffer.concat(chunks));
      return record;
    },
    async write(path, data) {
      const { record, bytes } = recordOf(path, data);
      tree.set(path, bytes);
      return record;
    },
  };
}

/** The same sink, writing under `folder/` (a version's files under "1.2.0/"); records keep the relative paths. */
export function sinkUnder(sink: FileSink, folder: string): FileSink {
  const strip = (record: FileRecord): FileRecord => ({ ...record, path: record.path.slice(folder.length + 1) });
  return {
    stream: async (path, produce) => strip(await sink.stream(`${folder}/${path}`, produce)),
    write: async (path, data) => strip(await sink.write(`${folder}/${path}`, data)),
  };
}

/** Path order, as SHA256SUMS and the file lists have it. */
export const byPath = (a: { path: string }, b: { path: string }) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);

/** The strings as UTF-8 blocks of about `blockBytes` (lib/utf8.ts Utf8Blocks). */
function* asBlocks(chunks: Iterable<string>): Generator<Buffer> {
  const blocks = new Utf8Blocks(blockBytes);
  const full: Buffer[] = [];
  const take = (bytes: Buffer) => void full.push(bytes);
  for (const chunk of chunks) {
    blocks.add(chunk, take);
    while (full.length > 0) yield full.shift()!;
  }
  blocks.flush(take);
  yield* full;
}

/**
 * Pipes the strings of a synchronous generator into `out` as UTF-8, honouring backpressure, and ends it. Give it
 * small pieces (a row at a time): they are encoded into blocks, rather than joined into large strings first.
 */
export async function writeChunks(chunks: Iterable<string>, out: Writable): Promise<void> {
  await pipeline(Readable.from(asBlocks(chunks), { objectMode: false }), out);
}

/**
 * A stream that takes strings (a writer's rows: csv-stringify with a readable side in object mode) and passes
 * them on as UTF-8 blocks of about `blockBytes`, each string encoded once (lib/utf8.ts Utf8Blocks). Bytes
 * (csv-stringify's byte order mark) pass in their place.
 */
export function utf8BlockStream(): Transform {
  const blocks = new Utf8Blocks(blockBytes);
  return new Transform({
    writableObjectMode: true,
    transform(chunk: string | Buffer, _encoding, done) {
      if (typeof chunk === "string") blocks.add(chunk, (bytes) => this.push(bytes));
      else {
        blocks.flush((bytes) => this.push(bytes));
        this.push(chunk);
      }
      done();
    },
    flush(done) {
      blocks.flush((bytes) => this.push(bytes));
      done();
    },
  });
}

/**
 * Where a publication's new files go before they are moved into place (paths relative to the output folder):
 * written through the sink, or copied from a folder already published or staged (latest/ is a copy).
 */
export interface Staging extends FileSink {
  copyFolder(from: string, origin: "published" | "staged", to: string, files: readonly string[]): Promise<void>;
}

/** Staging in memory: the staged files end up in `tree`; `published` is what "published" copies read. */
export function memoryStaging(published: FileTree): Staging & { tree: FileTree } {
  const sink = memorySink();
  return {
    ...sink,
    async copyFolder(from, origin, to, files) {
      for (const path of files) {
        const bytes = (origin === "published" ? published : sink.tree).get(`${from}/${path}`);
        if (!bytes) throw new Error(`copyFolder: ${origin} ${from}/${path} does not exist`);
        sink.tree.set(`${to}/${path}`, bytes);
      }
    },
  };
}

/** Staging that keeps only hashes (--check compares them; nothing is written). */
export function hashingStaging(): Staging {
  return { ...hashingSink(), copyFolder: async () => {} };
}
