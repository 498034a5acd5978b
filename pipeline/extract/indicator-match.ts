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

/** The counted noun: the first word after the number, past fillers ("من"); for a dual, the number itself. */
function countedNoun(context: NumberContext): { word: Word | null; folded: string } | undefined {
  const { mention, after } = context;
  if (mention.form === "dual") return { word: null, folded: fold(mention.text) };
  const noun = after.find((word) => !fillerWords.includes(word.folded));
  return noun ? { word: noun, folded: noun.folded } : undefined;
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
  const noun = countedNoun(context);
  if (!noun) return { indicator: null, reason: "no word follows the number in its clause" };
  const words = [...context.before, ...context.after];
  const candidates = indicators.filter(
    (indicator) => indicator.kind === "count" && indicator.cues !== undefined && indicator.cues.counted.some((cue) => wordMatchesCue(noun.folded, cue)),
  );
  if (candidates.length === 0) return { indicator: null, reason: `no indicator counts "${noun.folded}"` };
  const matching = candidates.filter((indicator) => contextMatches(indicator, words));
  if (matching.length === 1) return { indicator: matching[0]!, counted: noun.word };
  if (matching.length === 0) {
    return { indicator: null, reason: `"${noun.folded}" is counted by ${candidates.map((c) => c.id).join(", ")}, but the context words of none are in the clause` };
  }
  return { indicator: null, reason: `ambiguous: the cues of ${matching.map((c) => c.id).join(" and ")} all match` };
}
