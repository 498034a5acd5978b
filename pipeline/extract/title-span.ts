// What a text's title says of the period its counts without one of their own are of. A title naming a month ("شهر
// يوليوز بالأرقام: …", "النشرة الشهرية - العدد 38 - نونبر 2023"): the reference period can only be a quarter, a half
// or a year that holds that span, so such a count is the span's, and is held back (period unclear). A part-year
// report's title naming the year alone ("… خلال سنة 2023"): such a count is the year's (titleWholeYear).
import type { PeriodPhrases } from "../types/catalogue-periods.ts";
import { wordMatchesAny } from "./cue-match.ts";
import { grammarWords } from "./grammar-words.ts";
import { foldWord, normaliseCompact } from "../arabic/normalise.ts";
import { parsePeriod } from "../lib/period.ts";
import { findPhrases } from "./phrases.ts";
import { findWords, type Word } from "./words.ts";
import { allPartPhrases } from "./year-parts.ts";

/** A title normalised as a text is (every digit ASCII), and its words, for the readers of titles. */
export function titleWords(title: string): { normalised: string; words: Word[] } {
  const normalised = normaliseCompact(title);
  return { normalised: normalised.text, words: findWords(normalised.text, normalised.runs) };
}

/** The month the title names ("شهر يوليوز"), or its word for a monthly ("الشهرية"), if any. */
export function titleSpan(title: string | null, phrases: PeriodPhrases): string | null {
  if (title === null) return null;
  const months = phrases.month_ranges.months.flat();
  const words = foldWord(title).split(/[^\p{L}\p{M}]+/u).filter((w) => w !== "");
  // "شهر يوليوز" (a month named as such; a month alone may be a date or a half's range), "النشرة الشهرية". Not "الأسبوع":
  // "ملف الأسبوع", "أرقام الأسبوع" name a programme or a column about the year.
  const month = words.findIndex((w, i) => grammarWords.month_noun.includes(w) && words[i + 1] !== undefined && wordMatchesAny(words[i + 1]!, months));
  if (month >= 0) return `${words[month]} ${words[month + 1]}`;
  return words.find((w) => grammarWords.month_titles.includes(w)) ?? null;
}

/**
 * The year a part-year report's title names alone, with no part of it ("المديرية العامة للأمن الوطني تعالج 6312 ملفا
 * … خلال سنة 2023" for a report on 2023-H2): the text is about the whole year, so once it gives the year's counts
 * with the report's part as their parts, a count naming no period is the year's (count-reading.ts). Null for a title
 * naming a part ("… خلال سنة 2021، منها 2462 في النصف الثاني"), another year or none, and in a report on a whole year.
 */
export function titleWholeYear(title: string | null, reference: string, phrases: PeriodPhrases): string | null {
  const { year, part } = parsePeriod(reference);
  if (title === null || part === null) return null;
  const { normalised, words } = titleWords(title);
  // Years only (normalised, every digit is ASCII): a count in the title ("6312 ملفا") is no year.
  const years = new Set([...normalised.matchAll(/(?<![0-9])(?:19|20)[0-9]{2}(?![0-9])/gu)].map((match) => Number(match[0])));
  if (years.size !== 1 || !years.has(year) || findPhrases(words, allPartPhrases(phrases)).length > 0) return null;
  return String(year);
}
