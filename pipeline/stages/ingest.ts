// Stage 1, ingest: raw bytes + metadata → decoded, hashed, normalised text with its cruft and sentences.
import { maskMarkup } from "../arabic/markup.ts";
import { normaliseCompact } from "../arabic/normalise.ts";
import type { Catalogue } from "../catalogue/load.ts";
import type { RawSource } from "../io/raw-sources.ts";
import { parseSourceMetadata } from "../sources/metadata.ts";
import { refuseBidiOverrides } from "../text/bidi.ts";
import { compileCruftRules, findCruft } from "../text/cruft.ts";
import { decodeRawText } from "../text/decode.ts";
import { splitLines } from "../text/lines.ts";
import { splitSentences } from "../text/sentences.ts";
import type { IngestedSource } from "../types/ingested.ts";
import { oncePer } from "../lib/once-per.ts";

export interface IngestOptions {
  /** Today's date (YYYY-MM-DD): metadata dates may not be later. */
  today: string;
}

/** The catalogue's cruft rules, compiled once per catalogue (normalising each rule's lines), not once per source. */
const compiledCruftOf = oncePer(compileCruftRules);
const cruftRulesOf = (catalogue: Catalogue) => compiledCruftOf(catalogue.cruft);

export function ingest(raw: RawSource, catalogue: Catalogue, options: IngestOptions): IngestedSource {
  const metadata = parseSourceMetadata(raw.metadataText, raw.metadataFile, raw.id, options.today);
  const text = decodeRawText(raw.bytes, raw.textFile);
  refuseBidiOverrides(text, raw.textFile);
  const normalised = normaliseCompact(text);
  const lines = splitLines(text);
  const cruft = findCruft(text, lines, cruftRulesOf(catalogue), normalised);
  const cruftStarts = new Set(cruft.map((line) => line.start));
  const articleLines = lines.filter((line) => !cruftStarts.has(line.start));
  return {
    id: raw.id,
    file: raw.textFile,
    metadata,
    sha256: raw.sha256,
    bytes: raw.bytes.length,
    text,
    normalised: normalised.text,
    offset_map: normalised.runs,
    cruft,
    // Markup a page kept is read as spaces ("<tr><td>الإنابات</td><td>118</td>" is a table's row), offsets unchanged.
    sentences: splitSentences(maskMarkup(text), articleLines),
  };
}
