// A chart's caption names what its values count and their years as a span, the values following it in order:
// in parentheses right after the span ("الإنابات القضائية الدولية المتابعة، 2021-2023 (134، 143، 151)") or alone
// on the line under the caption ("[رسم بياني: عدد المبحوثين عنهم دوليا الذين أوقفوا، 2016-2018 …]⏎86 – 93 –
// 101"). When there are as many values as years, each is its year's and counts what the caption's words before
// the span name; in a report on a part of a year, whether those years are whole years or that part is unclear.
import { asciiDigits } from "../arabic/normalise.ts";
import { lineAbove } from "../text/lines.ts";
import { parsePeriod } from "../lib/period.ts";
import type { PeriodPhrases } from "../types/catalogue-periods.ts";
import type { NumberMention } from "../types/number-mention.ts";
import { partOfEachYear } from "./each-year.ts";
import { samePart } from "./year-parts.ts";
import { type Word, wordsWithin } from "./words.ts";

/** What a caption says of one of its values: what it counts, and its year (or why that is unclear). */
export interface CaptionCell {
  label: Word[];
  period: string | null;
  unclear?: string;
}

/** A span of years "2016-2018", "2021–2023". */
const yearSpan = /([0-9٠-٩]{4})\s*[-–—]\s*([0-9٠-٩]{4})/gu;
/** A value of a series: digits, maybe grouped ("5.800", "5 800" is read as two and fails the count). */
const value = /[0-9٠-٩]+(?:[.,][0-9٠-٩]{3})*/gu;
/** Values and the marks between them, nothing else. */
const valuesOnly = /^[\s0-9٠-٩.,،–—\-|]+$/u;

/** The longest span of years a caption's series may cover. */
const longestSeries = 12;

const digitsOf = (s: string) => Number(asciiDigits(s));

interface Series {
  /** Where the values stand, and where the caption's words end (at the span). */
  values: { start: number; end: number };
  caption: { start: number; end: number };
  first: number;
  last: number;
}

/** The series whose values are in parentheses right after a span of years on the mention's line. */
function parenthesisSeries(text: string, mention: NumberMention, lineStart: number, lineEnd: number): Series | undefined {
  const windowStart = Math.max(lineStart, mention.start - seriesReach);
  const open = text.slice(windowStart, mention.start).lastIndexOf("(");
  const close = text.slice(mention.end, Math.min(lineEnd, mention.end + seriesReach)).indexOf(")");
  if (open < 0 || close < 0) return undefined;
  const values = { start: windowStart + open + 1, end: mention.end + close };
  if (!valuesOnly.test(text.slice(values.start, values.end))) return undefined;
  const captionStart = Math.max(lineStart, values.start - seriesReach);
  const span = [...text.slice(captionStart, values.start - 1).matchAll(yearSpan)].at(-1);
  if (!span || text.slice(captionStart + span.index + span[0].length, values.start - 1).trim() !== "") return undefined;
  return { values, caption: { start: captionStart, end: captionStart + span.index }, first: digitsOf(span[1]!), last: digitsOf(span[2]!) };
}

/** The series whose values make the mention's line, under a caption line naming one span of years. */
function lineSeries(text: string, lineStart: number, lineEnd: number): Series | undefined {
  if (lineEnd - lineStart > seriesReach || !valuesOnly.test(text.slice(lineStart, lineEnd))) return undefined;
  const above = lineAbove(text, lineStart);
  if (!above) return undefined;
  const spans = [...text.slice(above.start, above.end).matchAll(yearSpan)];
  if (spans.length !== 1) return undefined;
  const span = spans[0]!;
  return { values: { start: lineStart, end: lineEnd }, caption: { start: above.start, end: above.start + span.index }, first: digitsOf(span[1]!), last: digitsOf(span[2]!) };
}

/**
 * How far around a value its series and the caption's span may stand, in characters: a series is short, and each
 * number of a long line looks no further (linear in the text's length).
 */
const seriesReach = 160;

/** What the caption of the series a mention stands in says of it, or undefined when it stands in none. */
export function captionCell(text: string, words: readonly Word[], mention: NumberMention, reference: string, phrases: PeriodPhrases): CaptionCell | undefined {
  if (mention.kind !== "number" || mention.form !== "digits") return undefined;
  const before = text.slice(Math.max(0, mention.start - seriesReach), mention.start);
  const lineStart = mention.start - before.length + before.lastIndexOf("\n") + 1;
  const newline = text.slice(mention.end, mention.end + seriesReach).indexOf("\n");
  const lineEnd = newline < 0 ? Math.min(text.length, mention.end + seriesReach) : mention.end + newline;
  const series = parenthesisSeries(text, mention, lineStart, lineEnd) ?? lineSeries(text, lineStart, lineEnd);
  if (!series || series.last <= series.first || series.last - series.first >= longestSeries) return undefined;
  const values = [...text.slice(series.values.start, series.values.end).matchAll(value)].map((m) => series.values.start + m.index);
  const place = values.indexOf(mention.start);
  if (place < 0 || values.length !== series.last - series.first + 1) return undefined;
  const label = wordsWithin(words, series.caption.start, series.caption.end);
  const year = series.first + place;
  // "الملفات المعالجة في النصف الثاني من كل سنة، 2019-2022 (2330، 2160، 2437، 3040)": the same part of each year.
  const part = parsePeriod(reference).part;
  if (part !== null && partOfEachYear(label, phrases) === `${part.kind}${part.index}`) return { label, period: samePart(year, reference) };
  if (part !== null) return { label, period: null, unclear: `the caption names a span of years («${series.first}-${series.last}»): whole years, or the same part of each as ${reference}?` };
  return { label, period: String(year) };
}
