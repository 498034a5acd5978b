import { UserError } from "../lib/errors.ts";
import { LineIndex } from "../lib/text-position.ts";
import type { ExtractedSource } from "../types/extracted.ts";

/**
 * An extracted source whose quotes were checked where it was read, without its text: nothing after validate's
 * quote check reads the text, and at 10,000 sources the texts are a third of what the main thread would hold.
 */
export type QuotedSource = Omit<ExtractedSource, "text"> & { quotesChecked: true };

/** What validate takes: a source with its text (its quotes are checked there) or one already checked. */
export type ReadSource = ExtractedSource | QuotedSource;

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

/** The source with its quotes checked and its text dropped. */
export function checkedWithoutText(source: ExtractedSource): QuotedSource {
  checkQuotes(source);
  const { text: _text, ...rest } = source;
  return { ...rest, quotesChecked: true };
}
