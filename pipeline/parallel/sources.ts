// Ingest and extract, source by source: each is a pure function of one source, the catalogue and the release
// date, so a corpus is spread over worker threads (one per core) and put back in source order; the output is
// the same bytes whichever thread read which source. A small corpus runs on the main thread: starting a worker
// (loading the pipeline, compiling the catalogue's word tables) costs more than it saves below about a megabyte.
import { availableParallelism } from "node:os";
import { performance } from "node:perf_hooks";
import type { Catalogue } from "../catalogue/load.ts";
import type { RawSource } from "../io/raw-sources.ts";
import { validateAgainst } from "../lib/schemas.ts";
import { extract } from "../stages/extract.ts";
import { ingest } from "../stages/ingest.ts";
import { parseSourceMetadata } from "../sources/metadata.ts";
import { checkedWithoutText, type ReadSource } from "../validate/quotes.ts";
import type { ExtractedSource } from "../types/extracted.ts";
import type { IngestedSource } from "../types/ingested.ts";
import { type CopyIdentity, copyWork, readingSources } from "./identical-texts.ts";
import { mapInWorkers, workerModule } from "./pool.ts";
import { stringSharer } from "./shared-strings.ts";

export interface SourceOptions {
  /** The release date: metadata dates may not be later. */
  today: string;
  /** Also extract (else ingest only). */
  extract: boolean;
  /** Return each ingested source too (to write it as an artifact). */
  keepIngested: boolean;
  /** Check each extracted source's quotes where it is read and drop its text (when the artifact is not written). */
  dropText?: boolean;
  /** Names the artifacts in messages when one fails its schema (a bug): the work folder. */
  work: string;
}

export interface SourceWork {
  ingested?: IngestedSource;
  extracted?: ReadSource;
  /** Sentences found by ingest (for the progress line, whether or not the ingested artifact is kept). */
  sentences: number;
  /** Set when this source's text was read as another's (identical-texts.ts): its result is a copy of that reading. */
  copy?: true;
  /** Time spent on each stage, on whichever thread ran it (ms). */
  ms: { ingest: number; extract: number };
}

/** One source through ingest (and extract), each artifact checked against its schema at the stage boundary. */
export function processSource(raw: RawSource, catalogue: Catalogue, options: SourceOptions): SourceWork {
  const fix = "this is a bug: report it with the source that caused it";
  const start = performance.now();
  const ingested = validateAgainst<IngestedSource>("ingested.schema.json", ingest(raw, catalogue, { today: options.today }), `${options.work}/ingested/${raw.id}.json (in memory)`, fix);
  const ingestMs = performance.now() - start;
  const sentences = ingested.sentences.length;
  if (!options.extract) return { ingested, sentences, ms: { ingest: ingestMs, extract: 0 } };
  const checked = validateAgainst<ExtractedSource>("extracted.schema.json", extract(ingested, catalogue), `${options.work}/extracted/${raw.id}.json (in memory)`, fix);
  const extracted = options.dropText ? checkedWithoutText(checked) : checked;
  const ms = { ingest: ingestMs, extract: performance.now() - start - ingestMs };
  return options.keepIngested ? { ingested, extracted, sentences, ms } : { extracted, sentences, ms };
}

/** Text below which the main thread does the work alone. */
export const parallelFromBytes = 1_000_000;

/** How many worker threads a corpus is worth: none (0) when small or on one core, else one per core. */
export function workersFor(raws: readonly RawSource[], cores = availableParallelism()): number {
  const bytes = raws.reduce((n, raw) => n + raw.bytes.length, 0);
  return cores < 2 || bytes < parallelFromBytes ? 0 : Math.min(cores, raws.length);
}


/** Every source read (through ingest, and extract), in order; on `workers` threads, or on this one when 0. */
async function readAll(raws: RawSource[], catalogue: Catalogue, options: SourceOptions, workers: number): Promise<SourceWork[]> {
  if (workers === 0) {
    return raws.map((raw, index) => {
      raws[index] = undefined as unknown as RawSource;
      return processSource(raw, catalogue, options);
    });
  }
  // The bytes move to the worker (transferred, not copied) when they own their whole buffer.
  const transfer = (raw: RawSource) => (raw.bytes.byteOffset === 0 && raw.bytes.byteLength === raw.bytes.buffer.byteLength && raw.bytes.buffer instanceof ArrayBuffer ? [raw.bytes.buffer] : []);
  return mapInWorkers<RawSource, SourceWork>(raws, { script: workerModule("source-worker"), workers, workerData: { catalogue, options } }, transfer, stringSharer());
}

/**
 * Every source through ingest (and extract), in order; each distinct text once (identical-texts.ts), on
 * `workers` threads (by default as many as the distinct texts are worth), or on this one when 0. The list is
 * emptied as the sources are taken, so that their raw bytes go once they are processed. An error is the one a
 * run over the sources one by one reports first: a copy's metadata is checked here, in order, and only the
 * sources before the first copy that fails are read.
 */
export async function processSources(raws: RawSource[], catalogue: Catalogue, options: SourceOptions, workers?: number): Promise<{ work: SourceWork[]; workers: number }> {
  const taken = raws.splice(0);
  const readFrom = readingSources(taken, catalogue);
  const copies = new Map<number, CopyIdentity>();
  let failure: unknown = null;
  let end = taken.length;
  for (let index = 0; index < taken.length && failure === null; index++) {
    if (readFrom[index] === index) continue;
    const raw = taken[index]!;
    try {
      copies.set(index, { id: raw.id, file: raw.textFile, metadata: parseSourceMetadata(raw.metadataText, raw.metadataFile, raw.id, options.today) });
    } catch (error) {
      failure = error;
      end = index;
    }
  }
  const reads: RawSource[] = [];
  for (let index = 0; index < end; index++) if (readFrom[index] === index) reads.push(taken[index]!);
  taken.length = 0;
  const threads = workers ?? workersFor(reads);
  const readWork = await readAll(reads, catalogue, options, threads);
  if (failure !== null) throw failure;
  const work: SourceWork[] = new Array(readFrom.length);
  let next = 0;
  readFrom.forEach((from, index) => {
    work[index] = from === index ? readWork[next++]! : copyWork(work[from]!, copies.get(index)!);
  });
  return { work, workers: threads };
}
