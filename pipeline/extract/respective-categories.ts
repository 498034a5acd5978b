// "على التوالي" (respectively) also pairs coordinated shares with the coordinated categories named before them, in
// order: "إسبانيا وفرنسا … استأثرتا على التوالي بـ27 و21 في المائة" is 27 % for Spain and 21 % for France, the
// percent sign written once for both. So does a parenthesis holding only the shares ("(31% و22% و8%)"). Only a run of categories of one breakdown as long as the run of figures is
// paired; anything else is left to respectively.ts, which holds such figures back.
import type { BreakdownCatalogue } from "../types/catalogue-breakdowns.ts";
import type { NumberMention } from "../types/number-mention.ts";
import { type CategoryMatch, categoriesIn } from "./categories.ts";
import { wordIsAny } from "./cue-match.ts";
import { grammarWords } from "./grammar-words.ts";
import { coordinated, runEndingAt } from "./respectively.ts";
import { type Word, wordsWithin } from "./words.ts";

/** How many words may stand between "على التوالي" and the figures it pairs ("على التوالي بـ27"; "27 و21 في المائة على التوالي"). */
const markerReach = 2;

const isFigure = (m: NumberMention) => m.kind === "number" || m.kind === "percent";

/** The run of coordinated figures right after the marker, or right before it. */
function figureRun(text: string, words: readonly Word[], figures: readonly NumberMention[], marker: Word): NumberMention[] {
  const after = figures.findIndex((m) => m.start >= marker.end);
  if (after >= 0 && wordsWithin(words, marker.end, figures[after]!.start).length <= markerReach) {
    const run = [figures[after]!];
    for (let i = after + 1; i < figures.length && coordinated(text, words, run.at(-1)!, figures[i]!); i++) run.push(figures[i]!);
    return run;
  }
  let before = figures.length - 1;
  while (before >= 0 && figures[before]!.end > marker.start) before--;
  if (before >= 0 && wordsWithin(words, figures[before]!.end, marker.start).length <= markerReach + 3) return runEndingAt(text, words, figures, before);
  return [];
}

/** Whether only "و", commas or "ثم" stand between two categories: "إسبانيا وفرنسا"، "إسبانيا، فرنسا وبلجيكا". */
function listed(text: string, words: readonly Word[], a: CategoryMatch, b: CategoryMatch): boolean {
  const gap = wordsWithin(words, a.end, b.start);
  return gap.every((w) => w.folded === "و" || w.folded === "ثم") && !/[.؛;:]/u.test(text.slice(a.end, b.start));
}

/** A share's category from the pairing, and the pairing's span (the list of categories to the last figure), its quote. */
export interface RespectiveCategory {
  category: CategoryMatch;
  span: { start: number; end: number };
}

/**
 * The category each share of the sentence's "على التوالي" run stands for, or of a parenthesis holding only shares
 * after a list of categories ("إسبانيا وفرنسا وبلجيكا: أهم شركاء المغرب (31% و22% و8%)"); empty when they cannot be
 * paired.
 */
export function respectiveCategories(text: string, words: readonly Word[], sentence: { start: number; end: number }, mentions: readonly NumberMention[], catalogue: BreakdownCatalogue): Map<NumberMention, RespectiveCategory> {
  const figures = mentions.filter(isFigure);
  const marker = wordsWithin(words, sentence.start, sentence.end).find((w) => wordIsAny(w, grammarWords.respectively));
  const runs = marker ? [figureRun(text, words, figures, marker)] : parenthesisedRuns(text, words, sentence, figures);
  const paired = new Map<NumberMention, RespectiveCategory>();
  for (const run of runs) for (const [figure, category] of pairedRun(text, words, sentence, run, catalogue)) paired.set(figure, category);
  return paired;
}

/** The runs of two or more figures that fill a parenthesis of the sentence alone, joined by "و" or commas: "(31% و22% و8%)". */
function parenthesisedRuns(text: string, words: readonly Word[], sentence: { start: number; end: number }, figures: readonly NumberMention[]): NumberMention[][] {
  const runs: NumberMention[][] = [];
  for (const open of text.slice(sentence.start, sentence.end).matchAll(/\(([^()\n]*)\)/gu)) {
    const start = sentence.start + open.index + 1;
    const end = start + open[1]!.length;
    const run = figures.filter((m) => m.start >= start && m.end <= end);
    const others = wordsWithin(words, start, end).filter((w) => !run.some((m) => w.start >= m.start && w.end <= m.end));
    if (run.length >= 2 && others.every((w) => w.folded === "و")) runs.push(run);
  }
  return runs;
}

/** The run's figures paired with the list of categories before them, in order, when the list is as long as the run. */
function pairedRun(text: string, words: readonly Word[], sentence: { start: number; end: number }, run: readonly NumberMention[], catalogue: BreakdownCatalogue): Map<NumberMention, RespectiveCategory> {
  const paired = new Map<NumberMention, RespectiveCategory>();
  if (run.length < 2 || run.at(-1)!.kind !== "percent") return paired;
  const named = categoriesIn(wordsWithin(words, sentence.start, run[0]!.start), catalogue);
  // The last list of categories before the figures, each joined to the next.
  const list = named.slice(-1);
  for (let i = named.length - 2; i >= 0 && list.length < run.length && listed(text, words, named[i]!, list[0]!); i--) list.unshift(named[i]!);
  // The whole list, not its tail: "إسبانيا وفرنسا وبلجيكا" against two shares pairs nothing.
  const before = named[named.length - list.length - 1];
  const whole = before === undefined || !listed(text, words, before, list[0]!);
  if (!whole || list.length !== run.length || list.some((c) => c.breakdown !== list[0]!.breakdown)) return paired;
  const span = { start: list[0]!.start, end: run.at(-1)!.end };
  run.forEach((figure, i) => paired.set(figure, { category: list[i]!, span }));
  return paired;
}
