// "الفصل الأول … الفصل الثاني" in a yearly report: a text that names two or more of the year's quarters by their
// ordinal after "الفصل" tells its year quarter by quarter ("ففي الفصل الأول، عالجت المصالح 960 ملفا، قبل أن يرتفع
// العدد إلى ألف وعشرة ملفات في الفصل الثاني"), so those phrases are quarters there too. One "الفصل الأول" alone in a
// yearly report may be a chapter (periods.json quarterly_report_quarters), and stays no period.
import type { PeriodPhrases } from "../types/catalogue-periods.ts";
import { wordIsAny } from "./cue-match.ts";
import { grammarWords } from "./grammar-words.ts";
import { findPhrases, type Phrase, type PhraseMatch } from "./phrases.ts";
import type { Word } from "./words.ts";

/**
 * Whether a part's phrase names a chapter of a writing, not a period: "في الفصل الثالث من الدراسة" (grammar-words
 * writings and documents after "من").
 */
export function chapterOfWriting(words: readonly Word[], match: PhraseMatch): boolean {
  let last = match.index;
  while (last < words.length - 1 && words[last]!.end < match.end) last++;
  // The phrase may end on "من" itself ("الفصل الثالث من" before a year).
  const of = words[last]!.folded === "من" ? last : last + 1;
  const writing = words[of + 1];
  return words[of]?.folded === "من" && writing !== undefined && (wordIsAny(writing, grammarWords.writings) || wordIsAny(writing, grammarWords.documents));
}

/** The matches of a part's phrases that are periods, not a writing's chapters. */
export function periodPhrases(words: readonly Word[], list: readonly Phrase[]): PhraseMatch[] {
  return findPhrases(words, list).filter((m) => !chapterOfWriting(words, m));
}

const quarters = ["Q1", "Q2", "Q3", "Q4"] as const;

/** Whether the text names at least two different quarters as "الفصل" and an ordinal. */
export function namesQuartersByOrdinal(words: readonly Word[], phrases: PeriodPhrases): boolean {
  let named = 0;
  for (const quarter of quarters) {
    if (periodPhrases(words, phrases.quarterly_report_quarters[quarter]).length > 0) named++;
    if (named >= 2) return true;
  }
  return false;
}
