// A line that names only a period, over a list of items ("الأمس: سنة 2015⏎- ملفات وطلبات معلومات معالجة: 2780⏎-
// إنابات قضائية دولية: 88⏎⏎اليوم: سنة 2025⏎- …", "حصيلة النصف الأول من السنة:⏎- …"): each item of the list is of
// that period, as each sentence of a paragraph is after an opening "وفي عام 2015،"; a span it cannot read ("حتى
// نهاية شتنبر") leaves their period unclear.
import type { PeriodPhrases } from "../types/catalogue-periods.ts";
import type { NumberMention } from "../types/number-mention.ts";
import type { Span } from "./clauses.ts";
import { type PeriodContext, type PeriodReading, periodScopeOf, readPeriods } from "./periods.ts";
import { findPhrases } from "./phrases.ts";
import { type Word, wordsWithin } from "./words.ts";

export interface ListHeading {
  reading: PeriodReading;
  /** Where the heading, or its last item read so far, ends. */
  end: number;
  /** When the heading is itself an item ("▪ 2017: …" over "   - 3380 ملفا"), how far its bullet is indented: only items indented further are its. */
  itemIndent?: number;
}

/** How long a heading's line may be. */
const headingLength = 80;

/** A list item's line: opening on a bullet or a dash. */
const itemLine = /^[^\S\n]*[-–—•▪◦·*][^\S\n]/u;

/** How far an item's bullet is indented (the line's blanks before it; the sentence starts at the line's start or at the bullet). */
function indentOf(text: string, sentence: Span): number {
  const lineStart = text.lastIndexOf("\n", sentence.start - 1) + 1;
  return /^[^\S\n]*/u.exec(text.slice(lineStart, sentence.end))![0].length;
}

/** Whether `sentence` is an item on the line right under the heading or its last item (no empty line between). */
function itemUnder(text: string, heading: ListHeading, sentence: Span): boolean {
  if (!/^[^\S\n]*\n[^\S\n]*$/u.test(text.slice(heading.end, sentence.start)) || !itemLine.test(text.slice(sentence.start, sentence.end))) return false;
  return heading.itemIndent === undefined || indentOf(text, sentence) > heading.itemIndent;
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
  if (!figureless || opening === null || !/^[^\S\n]*\n/u.test(text.slice(sentence.end))) return null;
  // An item naming its period ("▪ 1957: انضمام المغرب إلى أنتربول") heads only the items nested under it, not the
  // next items of its own list, each of its own date.
  return itemLine.test(text.slice(sentence.start, sentence.end)) ? { reading: opening, end: sentence.end, itemIndent: indentOf(text, sentence) } : { reading: opening, end: sentence.end };
}

/**
 * A line with no figure that names a period, right over the items of a list ("حصيلة النصف الأول من السنة:⏎-
 * الإنابات القضائية: 84", "■ تحديث 7 يوليوز: حتى نهاية يونيو"): the heading of its items, as a line naming a year
 * is. Null for any other line.
 */
export function figurelessHeading(text: string, words: readonly Word[], sentence: Span, reference: string, phrases: PeriodPhrases, context: PeriodContext, numberless: boolean): ListHeading | null {
  // A heading: a short line of its own that is no item itself, right over an item.
  const below = /^[^\S\n]*\n([^\n]*)/u.exec(text.slice(sentence.end));
  const own = text.slice(sentence.start, sentence.end);
  if (!below || !itemLine.test(below[1]!) || itemLine.test(own) || own.length > headingLength || !/(?:^|\n)[^\S\n]*$/u.test(text.slice(Math.max(0, sentence.start - 4), sentence.start))) return null;
  // The whole line says the period (a span it cannot read, "حتى نهاية شتنبر", leaves its items' period unclear); not
  // a line naming the base its items are compared with ("التطور مقارنة بالنصف الأول من 2019:").
  const line = wordsWithin(words, sentence.start, sentence.end);
  if (findPhrases(line, phrases.comparisons).length > 0) return null;
  const reading = readPeriods(periodScopeOf(line), reference, phrases, context);
  // A span of months its items cannot be of leaves their period unclear; not a heading naming years ("ترتيب المؤشرات
  // حسب نسبة التغير بين 2021 و2022:" over "من 104 إلى 119 (+14%)"), whose items say their own.
  if ("unclear" in reading) return numberless ? { reading, end: sentence.end } : null;
  return reading.claims.length > 0 ? { reading, end: sentence.end } : null;
}
