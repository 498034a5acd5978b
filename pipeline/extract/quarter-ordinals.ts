// "الفصل الأول … الفصل الثاني" in a yearly report: a text that names two or more of the year's quarters by their
// ordinal after "الفصل" tells its year quarter by quarter ("ففي الفصل الأول، عالجت المصالح 960 ملفا، قبل أن يرتفع
// العدد إلى ألف وعشرة ملفات في الفصل الثاني"), so those phrases are quarters there too. One "الفصل الأول" alone in a
// yearly report may be a chapter (periods.json quarterly_report_quarters), and stays no period.
import type { PeriodPhrases } from "../types/catalogue-periods.ts";
import { findPhrases } from "./phrases.ts";
import type { Word } from "./words.ts";

const quarters = ["Q1", "Q2", "Q3", "Q4"] as const;

/** Whether the text names at least two different quarters as "الفصل" and an ordinal. */
export function namesQuartersByOrdinal(words: readonly Word[], phrases: PeriodPhrases): boolean {
  let named = 0;
  for (const quarter of quarters) {
    if (findPhrases(words, phrases.quarterly_report_quarters[quarter]).length > 0) named++;
    if (named >= 2) return true;
  }
  return false;
}
