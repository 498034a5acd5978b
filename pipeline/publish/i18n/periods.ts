// Periods and dates as readers write them: "2016-H1" → "H1 2016" / "S1 2016" / "النصف الأول 2016";
// "2026-12-02" → "2 December 2026" / "2 décembre 2026" / "2 دجنبر 2026" (Moroccan month names). Years keep
// their four digits, never grouped.
import { isCalendarDate } from "../../lib/dates.ts";
import { parsePeriod } from "../../lib/period.ts";
import type { Lang } from "./languages.ts";
import { type MessageKey, text } from "./messages.ts";

const partKey = { H: ["period.h1", "period.h2"], Q: ["period.q1", "period.q2", "period.q3", "period.q4"] } as const satisfies Record<string, readonly MessageKey[]>;

export function periodLabel(lang: Lang, period: string): string {
  const { year, part } = parsePeriod(period);
  const yearText = String(year).padStart(4, "0");
  if (part === null) return yearText;
  const key = partKey[part.kind][part.index - 1];
  if (key === undefined) throw new Error(`no label for the period ${period}`);
  return text(lang, key, { year: yearText });
}

/**
 * The months in calendar order. A date is written from the message table (month names and "{day} {month} {year}"),
 * as CLDR writes it (en-GB, fr, ar-MA: a test compares every day of a leap year with Intl.DateTimeFormat): the
 * first Intl.DateTimeFormat of a process took about 35 ms of ICU's start-up, for twelve words per language.
 */
const monthKey = [
  "month.january",
  "month.february",
  "month.march",
  "month.april",
  "month.may",
  "month.june",
  "month.july",
  "month.august",
  "month.september",
  "month.october",
  "month.november",
  "month.december",
] as const satisfies readonly MessageKey[];

/** Each date's label by language and date, once checked: at 10,000 sources the same few hundred dates recur. */
const dateLabels = new Map<string, string>();

/** A calendar date (YYYY-MM-DD) in words, read in UTC so the machine's time zone cannot move it a day. */
export function dateLabel(lang: Lang, date: string): string {
  const key = `${lang} ${date}`;
  const known = dateLabels.get(key);
  if (known !== undefined) return known;
  const label = formatDate(lang, date);
  dateLabels.set(key, label);
  return label;
}

function formatDate(lang: Lang, date: string): string {
  if (!isCalendarDate(date)) throw new Error(`dateLabel: ${JSON.stringify(date)} is not a date YYYY-MM-DD`);
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  // The year of the era, as CLDR writes a year without its era: the year 0 of the calendar is 1 BC.
  const yearOfEra = year === 0 ? 1 : year;
  return text(lang, "date.day_month_year", { day: String(day), month: text(lang, monthKey[month - 1]!), year: String(yearOfEra) });
}
