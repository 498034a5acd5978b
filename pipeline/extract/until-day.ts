// "وحتى 30 أبريل، كان العدد التراكمي للمبحوث عنهم الموقوفين … قد بلغ 36 شخصا": a count up to a day of the year,
// no start named, is the year's running total on that day, no period's figure; unless that day ends the period the
// text reports on ("إلى غاية متم دجنبر" in a yearly report) or ends a period counted from January ("حتى نهاية يونيو",
// the first half), which the period readers name.
import type { PeriodPhrases } from "../types/catalogue-periods.ts";
import { periodMonths } from "../lib/period.ts";
import { wordIsAny } from "./cue-match.ts";
import { dayNumber, dayOf } from "./day-number.ts";
import { allMonthNames } from "./month-ranges.ts";
import { findPhrases, type PhraseMatch } from "./phrases.ts";
import { endsWithMonth } from "./year-to-date-end.ts";
import { isYearWord, wordValue } from "./years.ts";
import type { Word } from "./words.ts";

/** The months (0-based) that end a period counted from January: March (the first quarter), June (the first half), December (the year). */
const periodEndsFromJanuary = [2, 5, 11];

/** How many words may stand between "until" and the month: "حتى متم شهر", "إلى غاية يوم 30". */
const reach = 3;

/** A word written in digits. */
const isNumberWord = (word: Word) => /\p{Nd}/u.test(word.folded);

/**
 * Where words count up to a day that does not end `reference` ("حتى 30 أبريل" in the 2022 results), or undefined:
 * "until", then a month's end or a day, then the month, with no other year than the reference's after it. With
 * `beforeNumbers` (the words of a sentence before a count's clause), only with no number before or after it there:
 * "وحتى 30 أبريل، كان العدد … 36"، "وكانت المديرية قد عالجت، إلى غاية نهاية شتنبر، 3480 ملفا"; not "… قد بلغ 49 مذكرة
 * حتى نهاية ماي، وأسفرت المذكرات عن توقيف 74 شخصا", where it is the 49's.
 */
function untilDayWithin(words: readonly Word[], reference: string, phrases: PeriodPhrases, beforeNumbers = false): PhraseMatch | undefined {
  const { months, end_of: endOf } = phrases.month_ranges;
  const [firstMonth, lastMonth] = periodMonths(reference);
  const year = Math.floor(firstMonth / 12);
  for (const until of findPhrases(words, phrases.until_day)) {
    if (beforeNumbers && words.slice(0, until.index).some(isNumberWord)) break;
    const after = words.findIndex((w) => w.start >= until.end);
    if (after < 0) continue;
    for (let i = after; i < Math.min(words.length, after + reach + 1); i++) {
      const month = months.findIndex((names) => wordIsAny(words[i]!, names));
      if (month < 0) continue;
      const next = words[i + 1];
      if (next && isYearWord(next) && wordValue(next) !== year) break;
      const before = words[i - 1]!;
      const day = dayNumber.test(before.folded) ? dayOf(before.folded) : null;
      if (day === null && !wordIsAny(before, endOf)) break;
      // To the end of March, June or December: from January, a quarter, a half or the year, which the period readers name.
      const endsMonth = endsWithMonth({ month, day, start: until.start, end: words[i]!.end });
      if (endsMonth && (year * 12 + month === lastMonth || periodEndsFromJanuary.includes(month))) return undefined;
      if (beforeNumbers && words.slice(i + 1).some(isNumberWord)) break;
      return { ...until, end: words[i]!.end };
    }
  }
  return undefined;
}

/**
 * The day a clause's count runs up to, when it ends no period (see above): named in the clause, or before it in its
 * sentence for a clause that names no month of its own ("… 36 أمرا عند نهاية يونيو" after "وإلى غاية متم أبريل، …").
 */
export function runningTotalDay(words: readonly Word[], earlier: readonly Word[], reference: string, phrases: PeriodPhrases): PhraseMatch | undefined {
  const own = untilDayWithin(words, reference, phrases);
  if (own || earlier.length === 0) return own;
  const months = allMonthNames(phrases.month_ranges.months);
  return words.some((w) => wordIsAny(w, months)) ? undefined : untilDayWithin(earlier, reference, phrases, true);
}
