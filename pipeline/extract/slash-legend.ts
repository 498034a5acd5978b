// A legend naming the period of each value of the lines under it, in order, between slashes: "مؤشرات أخرى
// (النصف الأول / النصف الثاني 2019):" then "- الأوامر الدولية بإلقاء القبض: 39 / 45". Each number of such a line
// takes the period its place names; when a part of the legend names no single period, the lines' numbers are
// held back (their period is unclear) rather than read as the text's.
import type { PeriodPhrases } from "../types/catalogue-periods.ts";
import type { NumberMention } from "../types/number-mention.ts";
import { type PeriodClaim, type PeriodContext, readPeriods } from "./periods.ts";
import { type Word, wordsWithin } from "./words.ts";

/** What a place of the legend names: a period, or why it cannot be told. */
type Place = PeriodClaim | { unclear: string };

/** Each number of a line under a slash legend: what its place names. */
export type SlashPeriods = Map<NumberMention, Place>;

/**
 * A parenthesis of parts between slashes, or dashes set off by spaces, ending its line, maybe before a colon:
 * "(النصف الأول / النصف الثاني 2019):", "بالأرقام (2013 – 2014 – 2015)".
 */
const legendLine = /\(([^()\n]*(?:\/|[ \t][–—-][ \t])[^()\n]*)\)[ \t]*[:：]?[ \t]*$/gmu;

/**
 * A legend of periods in order between arrows ending its line, after a bar, a colon or the line's start: "المؤشر |
 * 2023 ← 2024". Taken as a legend only when each of its parts names a period (a line of values, "6312 ← 7215",
 * is no legend).
 */
const arrowLegendLine = /(?:^|[|:：])[ \t]*((?:[^\n|()←→:：]+[←→])+[^\n|()←→:：]+?)[ \t]*$/gmu;

/** What sets the parts of a legend, and the values of a line under it, apart: a slash, a dash between spaces, or an arrow. */
const separator = /\/|[ \t][–—-][ \t]|[←→]/gu;

/** Whether the text between two values is their separator alone ("162 / 153", "52 – 58", "6312 ← 7215"): the values of one label for two periods. */
export const separatesValues = (between: string): boolean => /^(?:\s*[\/←→]\s*|[^\S\n]+[–—-][^\S\n]+)$/u.test(between);

/** The periods each part of the legend names; a part without a year takes the legend's only year ("النصف الأول / النصف الثاني 2019"). */
function legendPlaces(text: string, words: readonly Word[], years: readonly NumberMention[], inside: { start: number; end: number }, reference: string, phrases: PeriodPhrases, context: PeriodContext): Place[] {
  const parts: Array<{ start: number; end: number }> = [];
  let from = inside.start;
  for (const mark of text.slice(inside.start, inside.end).matchAll(separator)) {
    parts.push({ start: from, end: inside.start + mark.index! });
    from = inside.start + mark.index! + mark[0].length;
  }
  parts.push({ start: from, end: inside.end });
  const legendYears = years.filter((y) => y.start >= inside.start && y.end <= inside.end);
  const label = text.slice(inside.start, inside.end).trim();
  return parts.map((part) => {
    const ownYears = legendYears.filter((y) => y.start >= part.start && y.end <= part.end);
    const shared = ownYears.length === 0 && legendYears.length === 1 ? legendYears : [];
    const partWords = [...wordsWithin(words, part.start, part.end), ...shared.flatMap((y) => wordsWithin(words, y.start, y.end))];
    const reading = readPeriods({ words: partWords, years: [...ownYears, ...shared] }, reference, phrases, context);
    const periods = "claims" in reading ? new Set(reading.claims.map((c) => c.period)) : new Set<string>();
    if (!("claims" in reading) || periods.size !== 1) return { unclear: `the legend «(${label})» does not name one period for each value of the line` };
    return { period: reading.claims[0]!.period, start: inside.start, end: inside.end };
  });
}

/** The numbers of the lines under each slash legend, with the period each takes (see above). */
export function slashLegendPeriods(text: string, words: readonly Word[], mentions: readonly NumberMention[], reference: string, phrases: PeriodPhrases, context: PeriodContext): SlashPeriods {
  const periods: SlashPeriods = new Map();
  if (!text.includes("/") && !/[ \t][–—-][ \t]|[←→]/u.test(text)) return periods;
  const years = mentions.filter((m) => m.kind === "year");
  const legends = [
    ...[...text.matchAll(legendLine)].map((match) => ({ match, start: match.index! + match[0].indexOf("(") + 1, arrows: false })),
    ...[...text.matchAll(arrowLegendLine)].map((match) => ({ match, start: match.index! + match[0].lastIndexOf(match[1]!), arrows: true })),
  ];
  for (const { match, start, arrows } of legends) {
    const inside = { start, end: start + match[1]!.length };
    // Between arrows, each part is a year of its own: "2019 ← 2020" ends its line, where the last may not read as a year.
    const legendYears = arrows ? mentions.filter((m) => m.start >= inside.start && m.end <= inside.end && (m.kind === "year" || /^(?:19[5-9]|20\d)\d$/u.test(m.text))) : years;
    const places = legendPlaces(text, words, legendYears, inside, reference, phrases, context);
    if (arrows && places.some((place) => "unclear" in place)) continue;
    let lineStart = text.indexOf("\n", match.index!) + 1;
    // The mentions are in text order: one index walks them along the lines.
    let next = mentions.findIndex((m) => m.start >= lineStart);
    while (lineStart > 0 && lineStart < text.length && next >= 0) {
      const lineEnd = text.indexOf("\n", lineStart) < 0 ? text.length : text.indexOf("\n", lineStart);
      if (text.slice(lineStart, lineEnd).trim() === "") break;
      const numbers: NumberMention[] = [];
      for (; next < mentions.length && mentions[next]!.start < lineEnd; next++) if (mentions[next]!.kind !== "year" && mentions[next]!.end <= lineEnd) numbers.push(mentions[next]!);
      // The values between slashes, maybe then their change in parentheses: "162 / 153 (+5,9 %)".
      const values = numbers.slice(0, places.length);
      const changeAfter = numbers.slice(places.length).every((m) => m.kind === "percent" && /^\s*\(\s*[+\-−]?\s*$/u.test(text.slice(values.at(-1)!.end, m.start)));
      const slashed = values.length === places.length && changeAfter && values.every((m, i) => i === 0 || separatesValues(text.slice(values[i - 1]!.end, m.start)));
      if (slashed) values.forEach((m, i) => periods.set(m, places[i]!));
      lineStart = lineEnd + 1;
    }
  }
  earlierArrowValues(text, mentions, periods);
  return periods;
}

/**
 * "الملفات: 6312 ← 7215" under no legend: values in succession, the last the latest; each before it is of an earlier
 * period the text does not name, held back (not the text's own).
 */
function earlierArrowValues(text: string, mentions: readonly NumberMention[], periods: SlashPeriods): void {
  const values = mentions.filter((m) => m.kind === "number" || m.kind === "percent");
  values.forEach((m, i) => {
    const next = values[i + 1];
    if (!next || periods.has(m) || periods.has(next)) return;
    const between = text.slice(m.end, next.start);
    if (!/^[^\S\n]*[←→][^\S\n]*$/u.test(between)) return;
    periods.set(m, { unclear: `it comes before «${text.slice(next.start, next.end)}» after an arrow, a value of an earlier period the text does not name` });
  });
}
