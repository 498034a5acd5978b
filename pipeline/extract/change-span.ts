// A change measured over one or two years that end at its own period: "في سنتين.. ملفات التعاون تقفز بـ20 في
// المائة", "ارتفع بنحو 36 في المائة خلال عامين", "زاد بـ14% في سنة واحدة". The change is against the same period
// that many years earlier. Longer spans
// are counted both ways ("في ظرف تسع سنوات" may run 2016–2024), so a change over one stays held back, as does a
// count over any span: a total over the span is no figure of one period (periods.json several_years).
import type { PeriodPhrases } from "../types/catalogue-periods.ts";
import { wordMatchesAny } from "./cue-match.ts";
import { phraseAt } from "./phrases.ts";
import type { Word } from "./words.ts";

export interface ChangeSpan {
  /** How many years the span covers. */
  years: number;
  start: number;
  end: number;
}

/** The first span of one or two years in the clause `words` ("في سنتين", "خلال عامين", "في سنة واحدة") that a word of years_ago.over opens, if any. */
export function changeSpan(words: readonly Word[], phrases: PeriodPhrases): ChangeSpan | undefined {
  const { over, within, duals, one_year } = phrases.years_ago;
  for (let index = 1; index < words.length; index++) {
    const word = words[index]!;
    if (!wordMatchesAny(words[index - 1]!.folded, over)) continue;
    if (wordMatchesAny(word.folded, duals)) return { years: 2, start: word.start, end: word.end };
    const one = one_year.find((phrase) => phraseAt(words, index, phrase));
    if (one) return { years: 1, start: word.start, end: words[index + one.length - 1]!.end };
    // "في ظرف سنة" (within a year), not "في سنة 2023": a bare year noun only after "ظرف" or "غضون", no year after it.
    const next = words[index + 1];
    if (wordMatchesAny(words[index - 1]!.folded, within) && one_year.some((phrase) => wordMatchesAny(word.folded, phrase[0]!)) && !(next && /^\p{Nd}+$/u.test(next.folded))) {
      return { years: 1, start: word.start, end: word.end };
    }
  }
  return undefined;
}
