// "The same year" and "the following year" ("خلال السنة ذاتها", "وفي السنة الموالية") refer to the year the
// text was last talking about: the last year it named outside a comparison. "ففي 2019، عالجت المصالح 4480
// ملفا. وفي السنة ذاتها ..." is 2019; after "... 119 شخصا، مقابل 96 شخصا سنة 2021" the same year is still the
// article's own, since 2021 was only the base of a comparison.
import type { PeriodPhrases } from "../types/catalogue-periods.ts";
import type { NumberMention } from "../types/number-mention.ts";
import { findPhrases } from "./phrases.ts";
import { type Word, wordsWithin } from "./words.ts";

/** How far back before a year a comparison word makes it the base of a comparison. */
const comparisonReach = 6;

const clauseMark = /[،,؛;.!?؟\n]/gu;

/** The start of the clause a position lies in: just after the last clause mark before it. */
function clauseStart(text: string, offset: number): number {
  let start = 0;
  for (const match of text.slice(Math.max(0, offset - 400), offset).matchAll(clauseMark)) start = Math.max(0, offset - 400) + match.index + 1;
  return start;
}

/**
 * The years of a text that a statement is about, in text order: every year outside a comparison, a comparison
 * being a comparison word before the year in its clause, or a percentage before it ("وبانخفاض قدره 10 في المئة عن
 * سنة 2023": the base of a change).
 */
export function topicYears(text: string, words: readonly Word[], mentions: readonly NumberMention[], phrases: PeriodPhrases): NumberMention[] {
  let lastPercentEnd = -1;
  return mentions.filter((m) => {
    if (m.kind === "percent") lastPercentEnd = m.end;
    if (m.kind !== "year") return false;
    const start = clauseStart(text, m.start);
    if (lastPercentEnd > start) return false;
    const before = wordsWithin(words, start, m.start).slice(-comparisonReach);
    return findPhrases(before, phrases.comparisons).length === 0;
  });
}

/** The value of the last of `years` ending before `offset`, or null. */
export function yearBefore(years: readonly NumberMention[], offset: number): number | null {
  let low = 0;
  let high = years.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (years[middle]!.end <= offset) low = middle + 1;
    else high = middle;
  }
  return low > 0 ? years[low - 1]!.value : null;
}
