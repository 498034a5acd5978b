// A line that names only a period, over a list of items ("الأمس: سنة 2015⏎- ملفات وطلبات معلومات معالجة: 2780⏎-
// إنابات قضائية دولية: 88⏎⏎اليوم: سنة 2025⏎- …"): each item of the list is of that period, as each sentence of
// a paragraph is after an opening "وفي عام 2015،".
import type { NumberMention } from "../types/number-mention.ts";
import type { Span } from "./clauses.ts";
import type { PeriodReading } from "./periods.ts";

export interface ListHeading {
  reading: PeriodReading;
  /** Where the heading, or its last item read so far, ends. */
  end: number;
}

/** A list item's line: opening on a bullet or a dash. */
const itemLine = /^[^\S\n]*[-–—•▪◦·*][^\S\n]/u;

/** Whether `sentence` is an item on the line right under the heading or its last item (no empty line between). */
function itemUnder(text: string, heading: ListHeading, sentence: Span): boolean {
  return /^[^\S\n]*\n[^\S\n]*$/u.test(text.slice(heading.end, sentence.start)) && itemLine.test(text.slice(sentence.start, sentence.end));
}

/** The period a list heading gives `sentence`, an item right under it, or null. */
export function headingPeriod(text: string, heading: ListHeading | null, sentence: Span): PeriodReading | null {
  return heading && itemUnder(text, heading, sentence) ? heading.reading : null;
}

/**
 * The heading the next sentence may be under: this sentence when it names a period and no figure and ends its
 * line (`opening`: what it says of the period), the same one after an item of its list, else none.
 */
export function nextHeading(text: string, heading: ListHeading | null, sentence: Span, mentions: readonly NumberMention[], opening: PeriodReading | null): ListHeading | null {
  if (heading && itemUnder(text, heading, sentence)) return { ...heading, end: sentence.end };
  const figureless = mentions.every((m) => m.kind !== "number" && m.kind !== "percent");
  return figureless && opening !== null && /^[^\S\n]*\n/u.test(text.slice(sentence.end)) ? { reading: opening, end: sentence.end } : null;
}
