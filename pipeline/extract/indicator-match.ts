// Maps a number to an indicator of the catalogue through its cues (see schemas/catalogue-indicators.schema.json).
import type { Indicator } from "../types/catalogue-indicators.ts";
import type { NumberMention } from "../types/number-mention.ts";
import { fillerWords, wordMatchesAny, wordMatchesCue } from "./cue-match.ts";
import { fold } from "../arabic/normalise.ts";
import type { Word } from "./words.ts";

export interface NumberContext {
  mention: NumberMention;
  /** Words of the number's segment before it and after it (see segments.ts). */
  before: Word[];
  after: Word[];
}

export type Match = { indicator: Indicator; counted: Word | null } | { indicator: null; reason: string };

const countIndicators = (indicators: readonly Indicator[], folded: string) =>
  indicators.filter((i) => i.kind === "count" && i.cues !== undefined && i.cues.counted.some((cue) => wordMatchesCue(folded, cue)));

/**
 * The counted noun and the indicators that count it. Usually the first word after the number, past fillers
 * ("5800 ملف", "5800 من الملفات"); for a dual, the number itself ("عمليتين"); when the word after the number
 * is no indicator's noun, the nearest such noun before it in its clause, for the other word order ("بلغ عدد
 * الملفات المعالجة 5800").
 */
function countedNoun(context: NumberContext, indicators: readonly Indicator[]): { word: Word | null; folded: string; candidates: Indicator[] } | undefined {
  const { mention, after, before } = context;
  if (mention.form === "dual") {
    const folded = fold(mention.text);
    return { word: null, folded, candidates: countIndicators(indicators, folded) };
  }
  const next = after.find((word) => !fillerWords.includes(word.folded));
  const candidates = next ? countIndicators(indicators, next.folded) : [];
  if (next && candidates.length > 0) return { word: next, folded: next.folded, candidates };
  for (let i = before.length - 1; i >= 0; i--) {
    const earlier = countIndicators(indicators, before[i]!.folded);
    if (earlier.length > 0) return { word: null, folded: before[i]!.folded, candidates: earlier };
  }
  return next ? { word: next, folded: next.folded, candidates } : undefined;
}

function contextMatches(indicator: Indicator, words: readonly Word[]): boolean {
  const cues = indicator.cues;
  if (!cues) return false;
  const has = (alternatives: readonly string[]) => words.some((word) => wordMatchesAny(word.folded, alternatives));
  if (!(cues.context ?? []).every(has)) return false;
  return !(cues.exclude && has(cues.exclude));
}

/** The count indicator whose counted noun and context match; none, or several, is a reason to leave it unmapped. */
export function matchCountIndicator(context: NumberContext, indicators: readonly Indicator[]): Match {
  const noun = countedNoun(context, indicators);
  if (!noun) return { indicator: null, reason: "no word follows the number in its clause" };
  const words = [...context.before, ...context.after];
  const { candidates } = noun;
  if (candidates.length === 0) return { indicator: null, reason: `no indicator counts "${noun.folded}"` };
  const matching = candidates.filter((indicator) => contextMatches(indicator, words));
  if (matching.length === 1) return { indicator: matching[0]!, counted: noun.word };
  if (matching.length === 0) {
    return { indicator: null, reason: `"${noun.folded}" is counted by ${candidates.map((c) => c.id).join(", ")}, but the context words of none are in the clause` };
  }
  return { indicator: null, reason: `ambiguous: the cues of ${matching.map((c) => c.id).join(" and ")} all match` };
}
