// A legend that says which period the numbers in parentheses are of: "وفي ما يلي أبرز ما جاء فيها، مع أرقام
// النصف الأول من 2024 بين قوسين:" then "الإنابات القضائية الدولية: 84 (78)". A number opening a parenthesis
// right after a figure is that figure's indicator (count-continuation.ts) in the legend's period.
import type { Span } from "./clauses.ts";
import type { PeriodPhrases } from "../types/catalogue-periods.ts";
import type { NumberMention } from "../types/number-mention.ts";
import { type PeriodClaim, type PeriodContext, readPeriods } from "./periods.ts";
import { findPhrases } from "./phrases.ts";
import { type Word, wordsWithin } from "./words.ts";

export interface ParenthesisLegend {
  /** The period the legend gives the numbers in parentheses, with the span of the words naming it. */
  claim: PeriodClaim;
  /** Where the legend ends: only numbers after it follow it. */
  end: number;
}

/**
 * The first sentence that says "بين قوسين" (periods.json in_parentheses) and names one period other than the
 * reference: the period of the numbers in parentheses after it. None when it names several, or only the
 * reference.
 */
export function parenthesisLegend(sentences: readonly Span[], words: readonly Word[], years: readonly NumberMention[], reference: string, phrases: PeriodPhrases, context: PeriodContext): ParenthesisLegend | null {
  for (const sentence of sentences) {
    const sentenceWords = wordsWithin(words, sentence.start, sentence.end);
    if (findPhrases(sentenceWords, phrases.in_parentheses).length === 0) continue;
    const reading = readPeriods({ words: sentenceWords, years: years.filter((y) => y.start >= sentence.start && y.end <= sentence.end) }, reference, phrases, context);
    if ("unclear" in reading) return null;
    const others = reading.claims.filter((c) => c.period !== reference);
    const periods = new Set(others.map((c) => c.period));
    return periods.size === 1 ? { claim: others[0]!, end: sentence.end } : null;
  }
  return null;
}
