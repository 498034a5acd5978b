// A count whose clause gives only part of what an indicator's cues ask, right after the text read that indicator
// with the rest: "97 شخصا مبحوثا عنهم … وكانت حصيلة 2018 قد سجلت توقيف 89 شخصا" (who is arrested was said in the
// sentence before). Journalists do not repeat the whole name of a thing they have just named.
import type { Indicator, Pattern } from "../types/catalogue-indicators.ts";
import type { CountedNoun } from "./counted-noun.ts";
import { sameStem } from "./cue-match.ts";
import { decide, matchPattern, type PatternInput, type PatternMatch, rankIndicators } from "./patterns.ts";
import type { SentenceSoFar } from "./sentence-state.ts";
import type { Word } from "./words.ts";

/**
 * An adjective of origin ("المغربي", "العربي", "الدولية"): it places a thing, it does not name what is counted, so
 * it recalls nothing on its own ("الجالية المغربية … أزيد من خمسة ملايين مغربي"; a masthead "الخبر المغربي — ص ٦").
 */
const adjectiveOfOrigin = /يه?$/u;

/** How many of its sentence's counts before it a count may recall (as many as of the paragraph's, read-source.ts). */
const recalledCounts = 16;

/**
 * The indicator a count recalls: read with the clause of a recent figure (sentence-state.ts `recent`, the
 * paragraph's or the sentence before's), the cues must give that figure's own indicator, and the count's own
 * clause must hold one of the cue's context words other than an adjective of origin (a noun alone recalls
 * nothing: "19 شخصا"). Every recent figure that gives a decision must give the same one.
 */
export function recalledIndicator(soFar: SentenceSoFar, indicators: readonly Indicator[], input: PatternInput): PatternMatch | undefined {
  const ownWord = (w: Word) => input.clause.includes(w) && w !== input.qualifier && !adjectiveOfOrigin.test(w.folded);
  let recalled: PatternMatch | undefined;
  // The sentence's latest counts only: a sentence that never ends is not read back whole for each of its counts.
  for (const figure of [...soFar.recent, ...soFar.counts.slice(-recalledCounts)]) {
    const decision = decide(rankIndicators(indicators, { ...input, clause: [...input.clause, ...figure.clause] }));
    if (!("match" in decision) || decision.match.indicator.id !== figure.indicator.id || !decision.match.evidence.some(ownWord)) continue;
    if (recalled && recalled.indicator.id !== decision.match.indicator.id) return undefined;
    recalled ??= decision.match;
  }
  return recalled;
}

/**
 * The indicator of a part a count "of them" is ("148 مبحوثا عنهم دوليا، منهم 88 مغربيا خارج المملكة"): the figure
 * before it in its sentence is the whole, which says what the part's cue asks of its context (who was arrested),
 * and the part's own noun after it, not the whole's, and its adjective fit one indicator of a part of that whole.
 */
export function partOfFigureBefore(soFar: SentenceSoFar, indicators: readonly Indicator[], input: PatternInput, counted: CountedNoun | null): Indicator | undefined {
  const whole = soFar.lastCount;
  // Its own noun after it, another than the whole's: "منها 49 إلى حدود 30 يونيو" and "من بينها 180 ملفا" say no kind.
  if (!whole || whole.compared || counted?.how !== "after" || (whole.counted && sameStem(counted.folded, whole.counted.folded))) return undefined;
  const ownWords = (pattern: Pattern): Pattern => ({ ...pattern, context: undefined, topic: undefined, earlier: undefined });
  const fits = indicators.filter((i) => i.part_of === whole.indicator.id && i.cues?.some((p) => p.counted && matchPattern(ownWords(p), input)));
  return fits.length === 1 ? fits[0] : undefined;
}
