// Two numbers that bound a quantity, not two figures: "من 40 إلى 50 شخصا", "ما بين 40 و50 شخصا". Neither end
// is the figure, so both are held back, whatever they count; unless the pair is a change told by its two ends
// ("انتقل من 49 إلى 57 أمرا"), which transition.ts reads (the caller asks it).
import type { NumberMention } from "../types/number-mention.ts";
import { wordIsAny } from "./cue-match.ts";
import { grammarWords } from "./grammar-words.ts";
import { firstWordAt, type Word, wordsWithin } from "./words.ts";

/** Words that may stand between the two ends besides the joining word: a counted noun, a year ("من 40 شخصا سنة 2021 إلى"). */
const gapWords = 3;

const { transitions } = grammarWords;
const betweenWords = ["بين"];
const andWords = ["و"];

function isFigure(mention: NumberMention): boolean {
  return mention.kind === "number" || mention.kind === "percent";
}

/** The joining word of the pair: the last word of the gap, or the و written on the upper end ("و50"). */
function joins(text: string, gap: readonly Word[], upper: NumberMention, joining: readonly string[]): boolean {
  const last = gap.at(-1);
  if (last && last.end <= upper.start && wordIsAny(last, joining)) return true;
  return joining === andWords && text[upper.start - 1] === "و";
}

/** The mentions of a sentence that are the two ends of a pair ("من … إلى …", "بين … و…"), each with the pair's raw span. */
export function pairedEnds(text: string, words: readonly Word[], mentions: readonly NumberMention[]): Map<NumberMention, { start: number; end: number }> {
  const found = new Map<NumberMention, { start: number; end: number }>();
  const figures = mentions.filter(isFigure);
  for (let i = 0; i + 1 < figures.length; i++) {
    const [lower, upper] = [figures[i]!, figures[i + 1]!];
    const opener = words[firstWordAt(words, lower.start) - 1];
    const gap = wordsWithin(words, lower.end, upper.start);
    if (!opener || gap.length > gapWords + 1) continue;
    const fromTo = wordIsAny(opener, transitions.from) && joins(text, gap, upper, transitions.to);
    const between = opener.folded.endsWith("بين") && wordIsAny(opener, betweenWords) && joins(text, gap, upper, andWords);
    if (!fromTo && !between) continue;
    const span = { start: opener.start, end: upper.end };
    found.set(lower, span);
    found.set(upper, span);
  }
  return found;
}
