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
 * reference, or that holds a parenthesis comparing with one ("(مقابل النصف الأول)"): the period of the numbers
 * in parentheses after it. None when it names several, or only the reference.
 */
export function parenthesisLegend(sentences: readonly Span[], words: readonly Word[], years: readonly NumberMention[], reference: string, phrases: PeriodPhrases, context: PeriodContext): ParenthesisLegend | null {
  for (const sentence of sentences) {
    const sentenceWords = wordsWithin(words, sentence.start, sentence.end);
    const compared = comparedInParentheses(context.text, sentence, sentenceWords, phrases);
    if (compared) {
      const inside = { words: compared, years: years.filter((y) => y.start >= compared[0]!.start && y.end <= compared.at(-1)!.end) };
      const reading = readPeriods(inside, reference, phrases, { ...context, comparison: true });
      const claims = "claims" in reading ? reading.claims.filter((c) => c.period !== reference) : [];
      // The list may start on the heading's own line: the legend ends with its parenthesis.
      if (claims.length > 0 && new Set(claims.map((c) => c.period)).size === 1) return { claim: claims[0]!, end: compared.at(-1)!.end + 1 };
      continue;
    }
    if (findPhrases(sentenceWords, phrases.in_parentheses).length === 0) continue;
    const reading = readPeriods({ words: sentenceWords, years: years.filter((y) => y.start >= sentence.start && y.end <= sentence.end) }, reference, phrases, context);
    if ("unclear" in reading) return null;
    const others = reading.claims.filter((c) => c.period !== reference);
    const periods = new Set(others.map((c) => c.period));
    return periods.size === 1 ? { claim: others[0]!, end: sentence.end } : null;
  }
  return null;
}

/**
 * The words of a parenthesis that opens on a comparison and holds no number but a year: a heading's legend
 * ("بالأرقام: النصف الثاني من 2020 (مقابل النصف الأول)") for the numbers in parentheses under it.
 */
function comparedInParentheses(text: string, sentence: Span, sentenceWords: readonly Word[], phrases: PeriodPhrases): Word[] | undefined {
  for (const match of text.slice(sentence.start, sentence.end).matchAll(/\(([^()\n]*)\)/gu)) {
    const start = sentence.start + match.index + 1;
    const inside = sentenceWords.filter((w) => w.start >= start && w.end <= start + match[1]!.length);
    const onlyYears = inside.every((w) => !/\p{N}/u.test(w.folded) || /^\p{Nd}{4}$/u.test(w.folded));
    if (inside.length > 1 && onlyYears && findPhrases(inside, phrases.comparisons).some((m) => m.index === 0)) return inside;
  }
  return undefined;
}
