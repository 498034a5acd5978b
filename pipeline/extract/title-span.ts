// A text whose title names a month ("شهر يوليوز بالأرقام: …", "النشرة الشهرية - العدد 38 - نونبر 2023"): its
// reference period can only be a quarter, a half or a year that holds that span, so a count the text gives
// without a period of its own is the span's, not the reference period's, and is held back (period unclear). A
// title naming a part of a year ("حصيلة النصف الثاني من 2024") says the text is about that part.
import type { PeriodPhrases } from "../types/catalogue-periods.ts";
import { wordMatchesAny } from "./cue-match.ts";
import { grammarWords } from "./grammar-words.ts";
import { foldWord } from "../arabic/normalise.ts";
import { allPartPhrases } from "./periods.ts";
import { findPhrases } from "./phrases.ts";
import type { Word } from "./words.ts";

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
 * Whether the title names a part of a year ("النصف الثاني من 2022 الأنشط…", "…خلال سنة 2021، منها 2462 في النصف
 * الثاني"): a text so titled is about the part, whatever whole-year counts it gives on the way.
 */
export function titleNamesPart(title: string | null, phrases: PeriodPhrases): boolean {
  if (title === null) return false;
  const words: Word[] = [...foldWord(title).matchAll(/[\p{L}\p{M}\p{N}]+/gu)].map((m) => ({ folded: m[0], start: m.index, end: m.index + m[0].length }));
  return findPhrases(words, allPartPhrases(phrases)).length > 0;
}
