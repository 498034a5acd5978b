// "الإنابات القضائية الدولية: 143 − 66 = 77": a calculation written out. Its result, after "=", is the figure the
// writer states; the terms before it are the writer's inputs, whose periods the calculation does not say: they
// are held back, never read as figures of the text's period. One case says them by arithmetic: in a half-year
// report, "A − B = C" with C the report's half and A − B exactly C is the year less its other half (a year is
// its two halves), so A is the year's and B the other half's count of what the line counts.
import { parsePeriod } from "../lib/period.ts";
import type { NumberMention } from "../types/number-mention.ts";
import { type FigureReading, type Outcome, heldBack } from "./reading.ts";

/** A number, an operator and a number, as many times as written, then "=" (an operator between spaces, so that "2011-2017" is not one). */
const calculation = /\p{Nd}[\p{Nd}.,٬٫]*\s*[%٪]?(?:\s*[−+×÷*]\s*|\s+[-/]\s+)\p{Nd}(?:[^=\n]*?)\s*=\s*[+\-−]?\p{Nd}[\p{Nd}.,٬٫]*/gu;

/** One calculation: its terms in order, the operators between them, its result and what is written. */
export interface Calculation {
  terms: NumberMention[];
  operators: string[];
  result: NumberMention | undefined;
  written: string;
}

/** Every calculation written out in `text`, with its mentions. */
export function calculationsIn(text: string, mentions: readonly NumberMention[]): Calculation[] {
  if (!text.includes("=")) return [];
  const found: Calculation[] = [];
  for (const match of text.matchAll(calculation)) {
    const end = match.index + match[0].length;
    const equals = match.index + match[0].lastIndexOf("=");
    const terms = mentions.filter((m) => m.start >= match.index && m.end <= equals);
    const result = mentions.find((m) => m.start > equals && m.start < end);
    const operators = terms.slice(1).map((term, i) => text.slice(terms[i]!.end, term.start).trim());
    found.push({ terms, operators, result, written: match[0].trim() });
  }
  return found;
}

/** The reason to hold back a term of a calculation. */
const termReason = (calc: Calculation) => `a term of a calculation written out («${calc.written}»): the text does not say what period it is of`;

/** The terms held back while the text is read: every term but a subtraction's first, read for what it counts (readHalfYearSubtractions). */
export function calculationTerms(calculations: readonly Calculation[]): Map<NumberMention, string> {
  const terms = new Map<NumberMention, string>();
  for (const calc of calculations) {
    calc.terms.forEach((term, i) => {
      if (i > 0 || !exactSubtraction(calc)) terms.set(term, termReason(calc));
    });
  }
  return terms;
}

/** Whether a calculation is "A − B = C", exactly. */
function exactSubtraction(calc: Calculation): calc is Calculation & { result: NumberMention } {
  const [a, b] = calc.terms;
  if (calc.terms.length !== 2 || !calc.result || !/^[−-]$/u.test(calc.operators[0] ?? "") || !a || !b) return false;
  return [a, b, calc.result].every((m) => Number.isInteger(m.value) && m.value > 0) && a.value - b.value === calc.result.value;
}

/**
 * After the text is read: in a half-year report, "A − B = C" is the year less its other half, all three counts of
 * what C (or, when C names nothing, A's line) counts: A the year's, B the other half's, C the report's half. In any
 * other report, or when neither says what it counts, the first term is held back too.
 */
export function readHalfYearSubtractions(calculations: readonly Calculation[], outcomes: Map<NumberMention, Outcome>, reference: string): void {
  const { year, part } = parsePeriod(reference);
  for (const calc of calculations) {
    if (!exactSubtraction(calc)) continue;
    const [a, b] = calc.terms as [NumberMention, NumberMention];
    const first = outcomes.get(a);
    const result = outcomes.get(calc.result);
    const figureOf = (o: Outcome | undefined) => (o && "reading" in o && o.reading.status === "figure" ? o.reading : undefined);
    const read = figureOf(result) ?? figureOf(first);
    const sentence = result && "sentence" in result ? result.sentence : first && "sentence" in first ? first.sentence : undefined;
    if (part?.kind !== "H" || !read || !sentence || (figureOf(result) && figureOf(result)!.period !== reference)) {
      if (first && "reading" in first) outcomes.set(a, { ...first, reading: heldBack(termReason(calc), null) });
      continue;
    }
    const as = (mention: NumberMention, period: string): FigureReading => ({
      ...read,
      period,
      value: mention.value,
      qualifier: undefined,
      quoteStart: mention.start,
      quoteEnd: mention.end,
      evidence: `${read.evidence ? `${read.evidence}; ` : ""}«${calc.written}»: the year less its other half → ${period}`,
    });
    outcomes.set(a, { reading: as(a, String(year)), sentence });
    outcomes.set(b, { reading: as(b, `${year}-H${part.index === 1 ? 2 : 1}`), sentence });
    outcomes.set(calc.result, { reading: as(calc.result, reference), sentence });
  }
}
