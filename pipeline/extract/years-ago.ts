// A year counted back from the reference year: "مقابل 3362 مذكرة قبل ثلاث سنوات" in the 2025 results is 2022,
// "قبل سنتين" two years back (periods.json years_ago; ignore.json time_back keeps the dual from being a figure). Such a phrase names one year, not a span of several
// (which several_years holds back).
import type { PeriodPhrases } from "../types/catalogue-periods.ts";
import { wordIsAny } from "./cue-match.ts";
import { phraseAt } from "./phrases.ts";
import type { Word } from "./words.ts";

export interface YearsAgo {
  /** How many years back. */
  years: number;
  /** The index of the phrase's first and last word, and its raw span. */
  index: number;
  last: number;
  start: number;
  end: number;
}

/** The count of years a word says ("ثلاث", "3"), if it is one of them. */
export function countOf(word: Word | undefined, numbers: Record<string, number>): number | undefined {
  if (!word) return undefined;
  if (/^\d{1,2}$/u.test(word.folded)) return Number(word.folded);
  return numbers[word.folded];
}

/**
 * Every "قبل ثلاث سنوات", "قبل سنتين" and "قبل سنة واحدة" of `words`; with `after` (periods.json after_words),
 * every "بعد سنة واحدة", "بعد ثلاث سنوات": so many years later.
 */
export function yearsAgo(words: readonly Word[], phrases: PeriodPhrases, direction: "ago" | "later" = "ago"): YearsAgo[] {
  const { units, duals, numbers } = phrases.years_ago;
  const before = direction === "ago" ? phrases.years_ago.before : phrases.after_words;
  const found: YearsAgo[] = [];
  words.forEach((word, index) => {
    if (!wordIsAny(word, before)) return;
    const next = words[index + 1];
    if (next && wordIsAny(next, duals)) {
      found.push({ years: 2, index, last: index + 1, start: word.start, end: next.end });
      return;
    }
    // "قبل سنة واحدة", "قبل عام": a year back; not "قبل سنة 2020" (before the year 2020).
    const one = phrases.years_ago.one_year.find((phrase) => phraseAt(words, index + 1, phrase));
    if (one) {
      found.push({ years: 1, index, last: index + one.length, start: word.start, end: words[index + one.length]!.end });
      return;
    }
    const count = countOf(next, numbers);
    const unit = words[index + 2];
    if (count !== undefined && count >= 2 && unit && wordIsAny(unit, units)) found.push({ years: count, index, last: index + 2, start: word.start, end: unit.end });
  });
  return found;
}
