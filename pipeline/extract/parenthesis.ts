// A list of figures in parentheses after a period ("وواصلت الأرقام صعودها سنة 2023 (6380 ملفا، 158 إنابة، 118
// أمرا)") details that period: each figure whose own clause names no period takes the one the words before the
// parenthesis name, from the last comma before it. So does an aside between dashes ("مقارنة مع سنة 2019 – 4480 ملفا –").
import type { PeriodPhrases } from "../types/catalogue-periods.ts";
import type { NumberMention } from "../types/number-mention.ts";
import { agreedPeriod, type PeriodClaim, type PeriodContext, type PeriodReading, readPeriods } from "./periods.ts";
import { type Word, wordsWithin } from "./words.ts";

/**
 * The raw offset of the "(" of the parenthesis the offset stands in within the span, or of the first dash of an
 * aside set off by dashes ("مقارنة مع سنة 2019 – 4480 ملفا –"), or undefined.
 */
function openingBracket(text: string, span: { start: number; end: number }, offset: number): number | undefined {
  const open = text.lastIndexOf("(", offset);
  if (open >= span.start && !text.slice(open, offset).includes(")")) {
    const close = text.indexOf(")", offset);
    if (close >= 0 && close < span.end) return open;
  }
  return dashedAside(text, span, offset);
}

/** How far an aside set off by dashes may run on either side of its number. */
const asideReach = 40;

function dashedAside(text: string, span: { start: number; end: number }, offset: number): number | undefined {
  // On one line: a table's or a card's dashes between a value and its label ("22 — أمرا دوليا") are no aside.
  const from = Math.max(span.start, offset - asideReach, text.lastIndexOf("\n", offset) + 1);
  const before = /\s[–—]\s+(?=[^–—]*$)/u.exec(text.slice(from, offset));
  if (!before) return undefined;
  const after = /^[^–—\n]*?\s[–—](?:\s|$)/u.exec(text.slice(offset, Math.min(span.end, offset + asideReach)));
  return after ? from + before.index + 1 : undefined;
}

/** How far before a number the label "(2018: " may start, or the parenthesis of a later label ("(2022: 5800 - 2019: "). */
const yearLabelReach = 40;

/**
 * A year and a colon right before a number, opening its parenthesis ("4480 (2018: 4060)") or after a separator in it,
 * the next label ("6312 (2022: 5800 - 2019: 4480)").
 */
const yearLabel = /\((?:[^()\n]{0,24}[\-–—،,؛;|/])?[^\S\n]*[0-9٠-٩]{4}[^\S\n]*[:：][^\S\n]*$/u;

/** Whether a year and a colon opening the number's parenthesis label it ("(2018: 4060)"). */
export const labelledByYear = (text: string, mention: NumberMention): boolean => yearLabel.test(text.slice(Math.max(0, mention.start - yearLabelReach), mention.start));

/** The year that labels a number in its parenthesis ("4480 (2018: 4060)"), as a period. */
export function yearLabelInParenthesis(text: string, mention: NumberMention, years: readonly NumberMention[]): PeriodReading | null {
  // The year inside the label, when the recognizer took its digits for a year.
  const year = labelledByYear(text, mention) ? years.find((y) => y.end <= mention.start && y.start >= mention.start - yearLabelReach) : undefined;
  return year ? { claims: [{ period: String(year.value), start: year.start, end: year.end }] } : null;
}

/**
 * A year and a colon right before a number, opening its line or list item, or after an arrow: "- 2016: 2950 ملفا ←
 * 2022: 5800". The line may name other years; this one labels the number.
 */
const itemYearLabel = /(?:\n[^\S\n]*(?:[-–—•▪●*][^\S\n]*)?|[←→][^\S\n]*)[0-9٠-٩]{4}[^\S\n]*[:：][^\S\n]*$/u;

/** The year that labels a number opening its line or item, or after an arrow ("- 2016: 2950 ملفا"), as a period. */
export function yearLabelOfItem(text: string, mention: NumberMention, years: readonly NumberMention[]): PeriodClaim | null {
  const sliceStart = Math.max(0, mention.start - yearLabelReach);
  // A line break stands for the text's start; the slice's own start may be inside a line.
  const lineBreak = sliceStart === 0 ? "\n" : "";
  const label = itemYearLabel.exec(lineBreak + text.slice(sliceStart, mention.start));
  if (!label) return null;
  const from = sliceStart + label.index - lineBreak.length;
  const year = years.find((y) => y.start >= from && y.end <= mention.start);
  return year ? { period: String(year.value), start: year.start, end: year.end } : null;
}

/** The period the words before a number's parenthesis name, or null when it is in none or they name none (or several). */
export function parenthesisPeriod(
  text: string,
  words: readonly Word[],
  sentence: { start: number; end: number },
  mention: NumberMention,
  years: readonly NumberMention[],
  reference: string,
  phrases: PeriodPhrases,
  context: PeriodContext,
): PeriodReading | null {
  const open = openingBracket(text, sentence, mention.start);
  if (open === undefined) return null;
  const from = Math.max(sentence.start, ...[..."،,؛;"].map((mark) => text.lastIndexOf(mark, open) + 1));
  const lead = wordsWithin(words, from, open);
  const reading = readPeriods({ words: lead, years: years.filter((y) => y.start >= from && y.end <= open) }, reference, phrases, context);
  if ("unclear" in reading) return null;
  const agreed = agreedPeriod(reading.claims);
  return "period" in agreed ? { claims: [agreed.period] } : null;
}
