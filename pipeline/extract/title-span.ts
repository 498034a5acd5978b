// A text whose title names a month ("شهر يوليوز بالأرقام: …", "النشرة الشهرية - العدد 38 - نونبر 2023"): its
// reference period can only be a quarter, a half or a year that holds that span, so a count the text gives
// without a period of its own is the span's, not the reference period's, and is held back (period unclear).
import type { PeriodPhrases } from "../types/catalogue-periods.ts";
import { wordMatchesAny } from "./cue-match.ts";
import { grammarWords } from "./grammar-words.ts";
import { foldWord } from "../arabic/normalise.ts";

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
