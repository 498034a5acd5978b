// Whether a change that names no base compares with the same period a year earlier (periods.json implicit_base),
// and the words that say it does not: a span of several years ("من 2019 إلى 2024"), an earlier level.
import type { PeriodPhrases } from "../types/catalogue-periods.ts";
import { wordIsAny } from "./cue-match.ts";
import { findPhrases } from "./phrases.ts";
import type { Word } from "./words.ts";

/**
 * Whether a change that names no base compares with the same period a year earlier (periods.json
 * implicit_base): not in a sentence naming a span of several years ("في ظرف تسع سنوات", "من 2019 إلى 2024").
 */
export function impliesPreviousYear(words: readonly Word[], phrases: PeriodPhrases): boolean {
  return phrases.implicit_base.previous_year && !words.some((w) => wordIsAny(w, phrases.implicit_base.not_with)) && !namesSpanOfYears(words, phrases);
}

/** Whether words name an earlier level without its period ("تجاوز مستواه السابق": periods.json implicit_base earlier_levels). */
export const namesEarlierLevel = (words: readonly Word[], phrases: PeriodPhrases): boolean => findPhrases(words, phrases.implicit_base.earlier_levels).length > 0;

const fourDigitYear = /^(19|20)\d\d$/u;

/** "من 2019 إلى 2024", "بين 2019 و2024": two years joined as the ends of a span (periods.json month_ranges' from and to words). */
export function namesSpanOfYears(words: readonly Word[], phrases: PeriodPhrases): boolean {
  const { from, to } = phrases.month_ranges;
  return words.some((w, i) => {
    const [first, joiner, last] = [words[i + 1], words[i + 2], words[i + 3]];
    if (!first || !joiner || !fourDigitYear.test(first.folded) || !wordIsAny(w, from)) return false;
    // "و2024" is one word with its conjunction.
    if (fourDigitYear.test(joiner.folded.replace(/^و/u, "")) && joiner.folded.startsWith("و")) return Number(joiner.folded.slice(1)) > Number(first.folded);
    return last !== undefined && wordIsAny(joiner, to) && fourDigitYear.test(last.folded) && Number(last.folded) > Number(first.folded);
  });
}
