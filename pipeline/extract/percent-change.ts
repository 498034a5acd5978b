// A percentage is a change of a count when a change word precedes it in the sentence ("بزيادة قدرها"), the
// nearest count before it is an observation whose indicator has a percent_change indicator, and a year
// follows it in its clause (the base year: "مقارنة مع سنة 2021"). Elliptic follow-ups share the sentence's
// change word and count: "... 24 في المائة مقارنة مع سنة 2021، وبأكثر من 40 في المائة مع سنة 2020".
import type { Indicator, IndicatorCatalogue } from "../types/catalogue-indicators.ts";
import type { NumberMention } from "../types/number-mention.ts";
import { wordMatchesAny } from "./cue-match.ts";
import type { Word } from "./words.ts";

export type Direction = 1 | -1;

export type PercentChangeMatch =
  | { indicator: Indicator; baseYear: NumberMention; direction: Direction }
  | { indicator: null; reason: string };

/** The direction of the nearest change word among `words` (the sentence before the percentage), if any. */
export function changeDirection(words: readonly Word[], changeWords: IndicatorCatalogue["change_words"]): Direction | undefined {
  for (let i = words.length - 1; i >= 0; i--) {
    const word = words[i]!.folded;
    if (wordMatchesAny(word, changeWords.increase)) return 1;
    if (wordMatchesAny(word, changeWords.decrease)) return -1;
  }
  return undefined;
}

export function matchPercentChange(input: {
  direction: Direction | undefined;
  /** Indicator of the nearest count observation before the percentage in its sentence. */
  previousCount: string | undefined;
  /** Year mentions in the percentage's clause after it. */
  yearsAfter: readonly NumberMention[];
  indicators: readonly Indicator[];
}): PercentChangeMatch {
  if (input.direction === undefined) return { indicator: null, reason: "a percentage with no change word (زيادة، ارتفاع، انخفاض …) before it in its sentence" };
  if (input.previousCount === undefined) return { indicator: null, reason: "a percentage change with no counted figure before it in its sentence" };
  const indicator = input.indicators.find((candidate) => candidate.kind === "percent_change" && candidate.change_of === input.previousCount);
  if (!indicator) return { indicator: null, reason: `no percent_change indicator in the catalogue for ${input.previousCount}` };
  const baseYear = input.yearsAfter[0];
  if (!baseYear) return { indicator: null, reason: "a percentage change with no base year after it in its clause" };
  return { indicator, baseYear, direction: input.direction };
}

const mirrored = { gt: "lt", gte: "lte", lt: "gt", lte: "gte", approx: "approx" } as const;

/** A decrease of "more than 40%" is a change of less than −40%. */
export function signedChange(mention: NumberMention, direction: Direction): { value: number; qualifier: NumberMention["qualifier"] } {
  if (direction === 1) return { value: mention.value, qualifier: mention.qualifier };
  return { value: -mention.value, qualifier: mention.qualifier && mirrored[mention.qualifier] };
}
