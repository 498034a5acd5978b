// "The first six months of each year" ("عدد الملفات في الأشهر الستة الأولى من كل سنة انتقل من 2240 ملفا سنة 2021
// إلى 2760 سنة 2022"): in such a sentence a bare year is that part of it, as in the report's own period, not the
// whole year.
import type { PeriodPhrases } from "../types/catalogue-periods.ts";
import { findPhrases } from "./phrases.ts";
import type { Word } from "./words.ts";

/** How many words may stand between the part's phrase and "كل سنة": "من". */
const reach = 2;

/** The part of the year ("H1", "Q3") a sentence says it gives for each year, if it does. */
export function partOfEachYear(words: readonly Word[], phrases: PeriodPhrases): string | null {
  const each = findPhrases(words, phrases.each_year);
  if (each.length === 0) return null;
  for (const [part, list] of Object.entries(phrases.parts)) {
    const named = findPhrases(words, list);
    if (named.some((p) => each.some((e) => e.index > p.index && words.filter((w) => w.start >= p.end && w.end <= e.start).length <= reach))) return part;
  }
  return null;
}
