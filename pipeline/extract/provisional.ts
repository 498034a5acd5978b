// Counts a text gives as provisional beside final ones: "قدم مسؤول … حصيلة مؤقتة … تحدث فيها عن توقيف 86 شخصا",
// then "غير أن الحصيلة النهائية … 92 مبحوثا عنهم". The provisional count stopped before the period ended: where the
// text also gives the final count of the same indicator and period and the two cannot both be true, the provisional
// one is not the period's and yields to it (held back), so that the two are no conflict. A provisional count with no
// final one against it ("حصيلة أولية: 790 ملف"، "نحو 7200 ملف" beside "7215 ملفا") stays the period's figure.
import type { RoundingRules } from "../types/catalogue-rounding.ts";
import type { NumberMention } from "../types/number-mention.ts";
import { intersect, intervalOf } from "../validate/interval.ts";
import type { Span } from "./clauses.ts";
import { wordIsAny } from "./cue-match.ts";
import { grammarWords } from "./grammar-words.ts";
import type { Outcome } from "./reading.ts";
import type { CountFigure } from "./sentence-state.ts";
import { withheld } from "./not-stated.ts";
import { type Word, wordsWithin } from "./words.ts";

/** Whether word `i` is a tally noun with one of `adjectives` right after it ("الحصيلة المؤقتة"، "الرقم النهائي"). */
const tallyAt = (words: readonly Word[], i: number, adjectives: readonly string[]) =>
  words[i + 1] !== undefined && wordIsAny(words[i]!, grammarWords.tally_nouns) && wordIsAny(words[i + 1]!, adjectives);

/** Where each tally of `adjectives` in `words` ends. */
const talliesIn = (words: readonly Word[], adjectives: readonly string[]): number[] => words.flatMap((_, i) => (tallyAt(words, i, adjectives) ? [words[i + 1]!.end] : []));

/**
 * Whether a number of `sentence` is given as provisional: a provisional tally named before it in its sentence
 * ("وكانت الحصيلة المؤقتة تشير إلى 14 شخصا"), and no final one between them ("قبل أن يستقر الرقم النهائي في 15").
 * Such a count yields only to a final count it contradicts (yieldToFinal): after a comparison with a provisional
 * tally ("بزيادة 35 ملفا عن الرقم الأولي، …") a count is marked too, and stands unless the text contradicts it.
 */
export function provisionalCounts(words: readonly Word[], sentence: Span): (mention: NumberMention) => boolean {
  const within = wordsWithin(words, sentence.start, sentence.end);
  const provisional = talliesIn(within, grammarWords.tallies.provisional);
  if (provisional.length === 0) return () => false;
  const final = talliesIn(within, grammarWords.tallies.final);
  return (mention) => {
    const opened = provisional.filter((end) => end <= mention.start).at(-1);
    return opened !== undefined && !final.some((end) => end > opened && end <= mention.start);
  };
}

/**
 * The count a count gives the final figure of ("وكانت الحصيلة المؤقتة تشير إلى 14 شخصا تم تسليمهم …، قبل أن يستقر
 * الرقم النهائي في 15 شخصا"): its words before it name the final tally, after a count of its sentence. The words
 * naming the tally, and that count.
 */
export function finalFigureOf(before: readonly Word[], counts: readonly CountFigure[], start: number): { figure: CountFigure; reference: Span } | undefined {
  const at = before.findIndex((_, i) => tallyAt(before, i, grammarWords.tallies.final));
  const figure = at < 0 ? undefined : counts.filter((c) => c.end <= start && !c.compared).at(-1);
  return figure && { figure, reference: { start: before[at]!.start, end: before[at + 1]!.end } };
}

/**
 * Holds back each provisional figure that a figure of the same indicator and period not given as provisional
 * contradicts (their intervals do not meet, validate/interval.ts): the text's final count replaces it.
 */
export function yieldToFinal(text: string, outcomes: Map<NumberMention, Outcome>, provisional: ReadonlySet<NumberMention>, rounding: RoundingRules): void {
  if (provisional.size === 0) return;
  // "نحو 7200 ملف" (provisional) and "7215 ملفا" (final) agree: the first is a rounding of the second.
  const interval = (m: NumberMention, unit: string) => intervalOf({ value: m.value, qualifier: m.qualifier ?? null, decimals: m.decimals ?? 0, unit }, rounding);
  const contradicts = (a: NumberMention, b: NumberMention, unit: string) => intersect([interval(a, unit), interval(b, unit)]) === null;
  const figures = [...outcomes].flatMap(([mention, outcome]) => ("reading" in outcome && outcome.reading.status === "figure" ? [{ mention, outcome, reading: outcome.reading }] : []));
  for (const figure of figures) {
    if (!provisional.has(figure.mention)) continue;
    const { indicator, period } = figure.reading;
    const final = figures.find((f) => !provisional.has(f.mention) && f.reading.indicator.id === indicator.id && f.reading.period === period && contradicts(f.mention, figure.mention, indicator.unit));
    if (!final) continue;
    const reason = `a provisional count, which the text's final count «${text.slice(final.mention.start, final.mention.end)}» replaces: not the period's figure`;
    outcomes.set(figure.mention, { ...figure.outcome, reading: withheld(figure.reading, reason) });
  }
}
