// A list of figures in parentheses after a period ("وواصلت الأرقام صعودها سنة 2023 (6380 ملفا، 158 إنابة، 118
// أمرا)") details that period: each figure whose own clause names no period takes the one the words before the
// parenthesis name, from the last comma before it.
import type { PeriodPhrases } from "../types/catalogue-periods.ts";
import type { NumberMention } from "../types/number-mention.ts";
import { agreedPeriod, type PeriodContext, type PeriodReading, readPeriods } from "./periods.ts";
import { type Word, wordsWithin } from "./words.ts";

/** The raw offset of the "(" of the parenthesis the offset stands in within the span, or undefined. */
function openingBracket(text: string, span: { start: number; end: number }, offset: number): number | undefined {
  const open = text.lastIndexOf("(", offset);
  if (open < span.start || text.slice(open, offset).includes(")")) return undefined;
  const close = text.indexOf(")", offset);
  return close >= 0 && close < span.end ? open : undefined;
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
