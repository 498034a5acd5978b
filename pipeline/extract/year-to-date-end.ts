// "منذ بداية السنة إلى غاية متم يونيو", "منذ فاتح يناير وحتى 30 شتنبر": a count from January that says where it
// stops is the part of the year it covers (the first half, the first quarter, the year), whatever period the
// source is about; one that stops elsewhere (the end of September, the 15th of June) covers no period.
import type { PeriodPhrases } from "../types/catalogue-periods.ts";
import { wordIsAny } from "./cue-match.ts";
import { dayNumber, dayOf } from "./day-number.ts";
import type { PhraseMatch } from "./phrases.ts";
import type { Word } from "./words.ts";

/** Where a count from January stops: a month (0-based), with the day when one is written before it. */
export interface YearToDateEnd {
  month: number;
  day: number | null;
  start: number;
  end: number;
}

/** How many words may stand between the phrase of the start and the month ("إلى غاية متم شهر يونيو"). */
const reach = 5;

/** The month a count from January (`since`, a year_to_date phrase) runs to, when the words after it say. */
export function yearToDateEnd(words: readonly Word[], since: PhraseMatch, phrases: PeriodPhrases): YearToDateEnd | undefined {
  const { months, to, end_of: endOf } = phrases.month_ranges;
  const first = words.findIndex((w) => w.start >= since.end);
  if (first < 0) return undefined;
  for (let i = first; i < Math.min(words.length, first + reach + 1); i++) {
    const month = months.findIndex((names) => wordIsAny(words[i]!, names));
    if (month < 0) continue;
    const between = words.slice(first, i);
    if (!between.some((w) => wordIsAny(w, to) || wordIsAny(w, endOf))) return undefined;
    const before = words[i - 1];
    const day = before && i - 1 >= first && dayNumber.test(before.folded) ? dayOf(before.folded) : null;
    return { month, day, start: words[first]!.start, end: words[i]!.end };
  }
  return undefined;
}

/** The last day of each month; February's may be the 28th or the 29th. */
const lastDays = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Whether the count stops at the end of its month: no day written, or the month's last. */
export function endsWithMonth(end: YearToDateEnd): boolean {
  return end.day === null || end.day === lastDays[end.month] || (end.month === 1 && end.day === 28);
}
