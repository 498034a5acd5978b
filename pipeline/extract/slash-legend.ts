// A legend naming the period of each value of the lines under it, in order, between slashes: "مؤشرات أخرى
// (النصف الأول / النصف الثاني 2019):" then "- الأوامر الدولية بإلقاء القبض: 39 / 45". Each number of such a line
// takes the period its place names; when a part of the legend names no single period, the lines' numbers are
// held back (their period is unclear) rather than read as the text's.
import type { PeriodPhrases } from "../types/catalogue-periods.ts";
import type { NumberMention } from "../types/number-mention.ts";
import { type PeriodClaim, type PeriodContext, readPeriods } from "./periods.ts";
import { type Word, wordsWithin } from "./words.ts";
import { asciiDigits } from "../arabic/normalise.ts";

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

/**
 * A legend giving each series of a chart its period after "=", in order, the pairs set apart by commas: "[رسم بياني
 * بالأعمدة المزدوجة: العمود الرمادي = النصف الأول ٢٠١٥، العمود الأخضر = النصف الأول ٢٠١٦]". The values of each line
 * under it stand in that order between bars: "الإنابات القضائية الدولية: ٤١ | ٤٥".
 */
const equalsLegendLine = /^(?=[^\n=]*=[^\n=]*=)[^\n=]*=[^\n=]+(?:[،,;؛][^\n=]*=[^\n=]+)+$/gmu;

/**
 * A legend of years between bars after a colon, ending its line: "الحصيلة بالأرقام: 2018 | 2019", over lines of values
 * in that order between bars ("الملفات وطلبات المعلومات المعالجة: 4060 | 4480"). Not a table's header row, which opens
 * on a bar and is read as a table (tables.ts).
 */
const barLegendLine = /^(?![ \t]*\|)[^\n|:：]*[:：][ \t]*((?:(?:19|20)\d\d[ \t]*\|[ \t]*)+(?:19|20)\d\d)[ \t]*$/gmu;

/** The spans of a bar legend's years. */
function barParts(text: string, start: number, end: number): Array<{ start: number; end: number }> {
  return [...text.slice(start, end).matchAll(/\d{4}/gu)].map((m) => ({ start: start + m.index!, end: start + m.index! + 4 }));
}

/** The spans of an equals legend's periods: each from after its "=" to the comma, bracket or line end after it. */
function equalsParts(text: string, start: number, end: number): Array<{ start: number; end: number }> {
  return [...text.slice(start, end).matchAll(/=([^=،,;؛\])]*)/gu)].map((m) => ({ start: start + m.index! + 1, end: start + m.index! + 1 + m[1]!.length }));
}

/** What sets the parts of a legend, and the values of a line under it, apart: a slash, a dash between spaces, or an arrow. */
const separator = /\/|[ \t][–—-][ \t]|[←→]/gu;

/** Whether the text between two values is their separator alone ("162 / 153", "52 – 58", "6312 ← 7215"): the values of one label for two periods. */
export const separatesValues = (between: string): boolean => /^(?:\s*[\/←→]\s*|[^\S\n]+[–—-][^\S\n]+)$/u.test(between);

/** Whether the text between two values is a bar alone ("٤١ | ٤٥"), as under an equals legend. */
export const separatesByBar = (between: string): boolean => /^[^\S\n]*\|[^\S\n]*$/u.test(between);

/** The parts of a legend between its separators (slashes, dashes between spaces, arrows). */
function separatedParts(text: string, inside: { start: number; end: number }): Array<{ start: number; end: number }> {
  const parts: Array<{ start: number; end: number }> = [];
  let from = inside.start;
  for (const mark of text.slice(inside.start, inside.end).matchAll(separator)) {
    parts.push({ start: from, end: inside.start + mark.index! });
    from = inside.start + mark.index! + mark[0].length;
  }
  parts.push({ start: from, end: inside.end });
  return parts;
}

/** The periods each part of the legend names; a part without a year takes the legend's only year ("النصف الأول / النصف الثاني 2019"). */
function legendPlaces(text: string, words: readonly Word[], years: readonly NumberMention[], inside: { start: number; end: number }, parts: ReadonlyArray<{ start: number; end: number }>, reference: string, phrases: PeriodPhrases, context: PeriodContext): Place[] {
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

/** The arrows between a value and its later one: "6312 ← 7215", "3104 ⟵ 3420", "3104 ➜ 3420". */
const arrowCharacters = "←→⟵⟶➜➔";
const arrows = new RegExp(`[${arrowCharacters}]`, "u");
const arrowAlone = new RegExp(`^[^\\S\\n]*[${arrowCharacters}][^\\S\\n]*$`, "u");

/** The numbers of the lines under each slash legend, with the period each takes (see above). */
export function slashLegendPeriods(text: string, words: readonly Word[], mentions: readonly NumberMention[], reference: string, phrases: PeriodPhrases, context: PeriodContext): SlashPeriods {
  const periods: SlashPeriods = new Map();
  if (!text.includes("/") && !text.includes("=") && !text.includes("|") && !/[ \t][–—-][ \t]/u.test(text) && !arrows.test(text)) return periods;
  const years = mentions.filter((m) => m.kind === "year");
  const legends = [
    ...[...text.matchAll(legendLine)].map((match) => ({ match, start: match.index! + match[0].indexOf("(") + 1, end: match.index! + match[0].indexOf("(") + 1 + match[1]!.length, kind: "slashes" as const })),
    ...[...text.matchAll(arrowLegendLine)].map((match) => ({ match, start: match.index! + match[0].lastIndexOf(match[1]!), end: match.index! + match[0].lastIndexOf(match[1]!) + match[1]!.length, kind: "arrows" as const })),
    ...[...text.matchAll(equalsLegendLine)].map((match) => ({ match, start: match.index!, end: match.index! + match[0].length, kind: "equals" as const })),
    ...[...text.matchAll(barLegendLine)].map((match) => ({ match, start: match.index! + match[0].lastIndexOf(match[1]!), end: match.index! + match[0].lastIndexOf(match[1]!) + match[1]!.length, kind: "bars" as const })),
  ];
  for (const { match, start, end, kind } of legends) {
    const inside = { start, end };
    // Between arrows, each part is a year of its own: "2019 ← 2020" ends its line, where the last may not read as a year.
    const legendYears = kind !== "slashes" ? mentions.filter((m) => m.start >= inside.start && m.end <= inside.end && (m.kind === "year" || /^(?:19[5-9]|20\d)\d$/u.test(asciiDigits(m.text)))) : years;
    const parts = kind === "equals" ? equalsParts(text, start, end) : kind === "bars" ? barParts(text, start, end) : separatedParts(text, inside);
    const places = legendPlaces(text, words, legendYears, inside, parts, reference, phrases, context);
    if (kind !== "slashes" && places.some((place) => "unclear" in place)) continue;
    const separates = kind === "equals" || kind === "bars" ? separatesByBar : separatesValues;
    let lineStart = text.indexOf("\n", match.index!) + 1;
    // The mentions are in text order: one index walks them along the lines.
    let next = mentions.findIndex((m) => m.start >= lineStart);
    while (lineStart > 0 && lineStart < text.length && next >= 0) {
      const lineEnd = text.indexOf("\n", lineStart) < 0 ? text.length : text.indexOf("\n", lineStart);
      // A bar legend heads its whole block of rows, its sections' headings and blank lines between them; the others their lines.
      const blank = text.slice(lineStart, lineEnd).trim() === "";
      if (blank && kind !== "bars") break;
      const numbers: NumberMention[] = [];
      for (; next < mentions.length && mentions[next]!.start < lineEnd; next++) if (mentions[next]!.kind !== "year" && mentions[next]!.end <= lineEnd) numbers.push(mentions[next]!);
      // The values between slashes, maybe then their change in parentheses: "162 / 153 (+5,9 %)".
      const values = numbers.slice(0, places.length);
      const changeAfter = numbers.slice(places.length).every((m) => m.kind === "percent" && /^\s*\(\s*[+\-−]?\s*$/u.test(text.slice(values.at(-1)!.end, m.start)));
      const slashed = values.length === places.length && changeAfter && values.every((m, i) => i === 0 || separates(text.slice(values[i - 1]!.end, m.start)));
      if (slashed) values.forEach((m, i) => periods.set(m, places[i]!));
      // Under a bar legend, a line of numbers not in its order ends the block (the prose after the rows).
      if (kind === "bars" && !slashed && numbers.length > 0) break;
      lineStart = lineEnd + 1;
    }
  }
  earlierArrowValues(text, mentions, periods);
  return periods;
}

/**
 * "الملفات: 6312 ← 7215" under no legend (or "3104 ⟵ 3420", "3104 ➜ 3420"): values in succession, the last the latest;
 * each before it is of an earlier period the text does not name, held back (not the text's own).
 */
function earlierArrowValues(text: string, mentions: readonly NumberMention[], periods: SlashPeriods): void {
  const values = mentions.filter((m) => m.kind === "number" || m.kind === "percent");
  values.forEach((m, i) => {
    const next = values[i + 1];
    if (!next || periods.has(m) || periods.has(next)) return;
    const between = text.slice(m.end, next.start);
    if (!arrowAlone.test(between)) return;
    periods.set(m, { unclear: `it comes before «${text.slice(next.start, next.end)}» after an arrow, a value of an earlier period the text does not name` });
  });
}
