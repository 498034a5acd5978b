// The direction of a percentage change and its sign: "بزيادة" makes +24, "بانخفاض بأكثر من 10" makes a change
// of less than −10.
import type { IndicatorCatalogue } from "../types/catalogue-indicators.ts";
import type { NumberMention } from "../types/number-mention.ts";
import { wordIsAny, wordMatchesAny } from "./cue-match.ts";
import { grammarWords } from "./grammar-words.ts";
import type { Word } from "./words.ts";

export type Direction = 1 | -1;

/**
 * The direction of the nearest change word among `words` (the clause before the percentage), if any. A verb of
 * exceeding after a negation bounds the number, it tells no change: "لا يتجاوز نصيب قضايا الإرهاب 3 في المائة" is at
 * most 3 % (verb-qualifier.ts).
 */
export function changeDirection(words: readonly Word[], changeWords: IndicatorCatalogue["change_words"]): Direction | undefined {
  for (let i = words.length - 1; i >= 0; i--) {
    if (i > 0 && wordIsAny(words[i - 1]!, grammarWords.negations) && wordIsAny(words[i]!, grammarWords.qualifier_verbs.gt)) continue;
    const word = words[i]!.folded;
    if (wordMatchesAny(word, changeWords.increase)) return 1;
    if (wordMatchesAny(word, changeWords.decrease)) return -1;
  }
  return undefined;
}

const mirrored = { gt: "lt", gte: "lte", lt: "gt", lte: "gte", approx: "approx" } as const;

/** A decrease of "more than 40%" is a change of less than −40%. */
export function signedChange(mention: NumberMention, direction: Direction): { value: number; qualifier: NumberMention["qualifier"] } {
  if (direction === 1) return { value: mention.value, qualifier: mention.qualifier };
  return { value: -mention.value, qualifier: mention.qualifier && mirrored[mention.qualifier] };
}
