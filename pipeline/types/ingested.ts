/* Generated from schemas/ by `npm run types`. Do not edit: change the schema and regenerate. */
import type {SourceMetadata} from "./source.ts";

/**
 * The ingest stage's artifact for one source (work/ingested/<id>.json): the raw text as decoded, its hash, the normalised text with a map back to raw offsets, the page cruft set aside and the sentences. All offsets are JavaScript string indices into `text`.
 */
export interface IngestedSource {
  id: string;
  /**
   * The raw text file as the user named it.
   */
  file: string;
  metadata: SourceMetadata;
  /**
   * SHA-256 of the raw bytes.
   */
  sha256: string;
  bytes: number;
  /**
   * The raw bytes decoded as strict UTF-8, a byte-order mark kept as U+FEFF so that offsets count every stored character.
   */
  text: string;
  /**
   * NFC, no tatweel, diacritics, bidi or zero-width marks, ASCII quotes and digits.
   */
  normalised: string;
  /**
   * Breakpoints as a flat list [n0, r0, n1, r1, …] (see arabic/normalise.ts, rawOffset): a normalised index i maps to raw r + (i − n) for the last pair with n ≤ i.
   */
  offset_map: number[];
  /**
   * Lines set aside as page cruft, by rule.
   */
  cruft: {
    start: number;
    end: number;
    rule: string;
  }[];
  /**
   * Sentences of the article (cruft excluded), as raw spans.
   */
  sentences: {
    start: number;
    end: number;
  }[];
}
