// A sentence that opens with its period, set off by a comma before any figure ("وفي عام 2017، كانت المديرية قد
// عالجت 3190 ملفا، ونشرت 81 أمرا دوليا بالقبض"; "ومنذ 2015، ..."), gives that period to each of its clauses
// that names none of its own: the comma ends the phrase, not what it governs.
import type { PeriodPhrases } from "../types/catalogue-periods.ts";
import type { NumberMention } from "../types/number-mention.ts";
import { agreedPeriod, type PeriodContext, type PeriodReading, readPeriods } from "./periods.ts";
import { type Word, wordsWithin } from "./words.ts";

/** Longer than this, the words before the first comma are a clause of their own, not an opening phrase. */
const openingWords = 8;

const openingMark = /[،,؛;]/u;

const isFigure = (mention: NumberMention) => mention.kind === "number" || mention.kind === "percent";

/** What the sentence's opening phrase says of the period, or null when it has none. */
export function openingPeriod(
  text: string,
  words: readonly Word[],
  sentence: { start: number; end: number },
  mentions: readonly NumberMention[],
  reference: string,
  phrases: PeriodPhrases,
  context: PeriodContext,
): PeriodReading | null {
  const firstFigure = mentions.find(isFigure);
  const until = firstFigure ? firstFigure.start : sentence.end;
  const mark = text.slice(sentence.start, until).search(openingMark);
  if (mark < 0) return null;
  const span = { start: sentence.start, end: sentence.start + mark };
  const opening = wordsWithin(words, span.start, span.end);
  if (opening.length === 0 || opening.length > openingWords) return null;
  const years = mentions.filter((m) => m.kind === "year" && m.start >= span.start && m.end <= span.end);
  const reading = readPeriods({ words: opening, years }, reference, phrases, context);
  if ("unclear" in reading) return reading;
  const agreed = agreedPeriod(reading.claims);
  return "period" in agreed ? { claims: [agreed.period] } : null;
}
