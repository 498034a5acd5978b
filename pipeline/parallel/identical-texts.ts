// Identical texts are read once per run. Real corpora hold the same agency dispatch republished verbatim by
// many outlets (and the benchmark reads thousands of copies of raw/). Ingest and extract are pure functions of
// the catalogue and of what they read of one source: its bytes, and of its metadata only the reference period,
// the published date and the title (a period it names, the headline it repeats: extract/read-source.ts,
// stages/extract.ts); the source's id appears in the result only as each
// number's and figure's source_id and at the head of each observation id, and it selects the source's
// corrections. So sources with the same bytes, reference period, published date and title, and no correction of
// their own, share one reading: the first of them in source order is read, and every other gets a copy of its
// result under its own id, file and metadata (its metadata checked by itself, as ingest checks it).
import type { Catalogue } from "../catalogue/load.ts";
import type { RawSource } from "../io/raw-sources.ts";
import type { SourceMetadata } from "../types/source.ts";
import type { ReadSource } from "../validate/quotes.ts";
import type { SourceWork } from "./sources.ts";

/**
 * Everything a source's reading depends on besides the catalogue, as one string: the hash of its bytes, its
 * reference period, its published date and its title. Null when its metadata is not JSON: it is read alone, and ingest
 * reports what is wrong with it.
 */
export function readingKey(raw: RawSource): string | null {
  let metadata: unknown;
  try {
    metadata = JSON.parse(raw.metadataText);
  } catch {
    return null;
  }
  if (typeof metadata !== "object" || metadata === null) return null;
  const { reference_period: period, published, title } = metadata as Record<string, unknown>;
  return JSON.stringify([raw.sha256, period ?? null, published ?? null, title ?? null]);
}

/**
 * For each source, the index of the source whose reading it copies: the first with the same reading key, or
 * its own index when it is read (the first of its key, or a source that a correction names).
 */
export function readingSources(raws: readonly RawSource[], catalogue: Catalogue): number[] {
  const corrected = new Set(catalogue.corrections.corrections.map((correction) => correction.source_id));
  const first = new Map<string, number>();
  return raws.map((raw, index) => {
    const key = corrected.has(raw.id) ? null : readingKey(raw);
    if (key === null) return index;
    const seen = first.get(key);
    if (seen !== undefined) return seen;
    first.set(key, index);
    return index;
  });
}

/** Who a copy is: its own id, file and checked metadata. */
export interface CopyIdentity {
  id: string;
  file: string;
  metadata: SourceMetadata;
}

const bug = (what: string) => new Error(`${what}: this is a bug, report it with the sources that caused it`);

/** An extracted source as the copy's own: every source_id and the head of every observation id are its id. */
function relabel<S extends ReadSource>(source: S, own: CopyIdentity): S {
  const head = `${source.id}/`;
  const renamed = new Map<string, string>();
  const observationId = (id: string) => {
    let copy = renamed.get(id);
    if (copy === undefined) {
      if (!id.startsWith(head)) throw bug(`the observation id ${id} does not start with its source's id ${source.id}`);
      copy = `${own.id}/${id.slice(head.length)}`;
      renamed.set(id, copy);
    }
    return copy;
  };
  return {
    ...source,
    ...own,
    mentions: source.mentions.map((m) => ({ ...m, source_id: own.id, observation_id: m.observation_id === null ? null : observationId(m.observation_id) })),
    figures: source.figures.map((figure) => ({
      ...figure,
      observation: { ...figure.observation, observation_id: observationId(figure.observation.observation_id), source_id: own.id, sentence: { ...figure.observation.sentence } },
    })),
  };
}

/** The work of a source whose text was read as another's: that reading, under the copy's own id, file and metadata. */
export function copyWork(read: SourceWork, own: CopyIdentity): SourceWork {
  const { ingested, extracted } = read;
  const metadata = (ingested ?? extracted)!.metadata;
  if (own.metadata.reference_period !== metadata.reference_period || own.metadata.published !== metadata.published || own.metadata.title !== metadata.title) {
    throw bug(`${own.file} was read as a copy of a source with another reference period, published date or title`);
  }
  return {
    ...(ingested ? { ingested: { ...ingested, ...own } } : {}),
    ...(extracted ? { extracted: relabel(extracted, own) } : {}),
    sentences: read.sentences,
    copy: true,
    ms: { ingest: 0, extract: 0 },
  };
}
