// Periods and dates as readers write them: "2016-H1" → "H1 2016" / "S1 2016" / "النصف الأول 2016";
// "2026-12-02" → "2 December 2026" / "2 décembre 2026" / "2 دجنبر 2026" (Moroccan month names). Years keep
// their four digits, never grouped.
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

const dateLocale: Record<Lang, string> = { en: "en-GB", fr: "fr", ar: "ar-MA" };
const dateFormats = new Map<Lang, Intl.DateTimeFormat>();

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
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const instant = new Date(`${date}T12:00:00Z`);
  if (!match || Number.isNaN(instant.getTime()) || instant.toISOString().slice(0, 10) !== date) throw new Error(`dateLabel: ${JSON.stringify(date)} is not a date YYYY-MM-DD`);
  let format = dateFormats.get(lang);
  if (!format) {
    format = new Intl.DateTimeFormat(dateLocale[lang], { day: "numeric", month: "long", year: "numeric", timeZone: "UTC", numberingSystem: "latn" });
    dateFormats.set(lang, format);
  }
  return format.format(instant);
}
