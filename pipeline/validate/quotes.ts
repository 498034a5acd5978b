import { UserError } from "../lib/errors.ts";
import { LineIndex } from "../lib/text-position.ts";
import type { ExtractedSource } from "../types/extracted.ts";

/** Every quote (figure and sentence) and mention text must be exactly the raw text at its offsets. */
export function checkQuotes(source: ExtractedSource): void {
  const lines = new LineIndex(source.text);
  const spans = [
    ...source.figures.map(({ observation: o }) => ({ what: `observation ${o.observation_id}`, quote: o.quote, start: o.start, end: o.end })),
    ...source.figures.map(({ observation: o }) => ({ what: `sentence of ${o.observation_id}`, quote: o.sentence.text, start: o.sentence.start, end: o.sentence.end })),
    ...source.mentions.map((m) => ({ what: `number "${m.text}"`, quote: m.text, start: m.start, end: m.end })),
  ];
  for (const span of spans) {
    const found = source.text.slice(span.start, span.end);
    if (found !== span.quote) {
      throw new UserError(source.file, lines.label(span.start), `the ${span.what} quotes "${span.quote}" but the raw text at ${span.start}–${span.end} reads "${found}"`, "the raw file changed after extraction: run the pipeline from ingest again (raw/ must never be edited by hand once published)");
    }
  }
}
