// What "this figure" with a change refers to (percent-reading.ts changeSubject), when the figure before it cannot be it:
// the recent count whose own base gives the change.
import type { Indicator } from "../types/catalogue-indicators.ts";
import { wordIsAny } from "./cue-match.ts";
import { grammarWords } from "./grammar-words.ts";
import type { NumberScope } from "./scope.ts";
import type { CountFigure, SentenceSoFar } from "./sentence-state.ts";

/** How far a change worked out from a count and its base may be from the percentage that restates it, in points ("بنحو"). */
const agreementPoints = 1;

/**
 * What "this figure" with a change refers to, when the figure it would take (the previous sentence's last) has no base
 * of its own and exactly one recent count has one from which the percentage follows: "عرفت تسليم 19 شخصا …، مقابل 14
 * شخصا …، فيما سلم المغرب 9 رعايا … . واعتبر أن هذا الرقم، رغم ارتفاعه بنحو 36 في المائة": 19 against 14 is +36 %.
 */
export function agreeingReferent(scope: NumberScope, soFar: SentenceSoFar, referred: CountFigure): CountFigure {
  const changeOf = (count: CountFigure) => {
    const base = soFar.recent.find((b) => b.compared && b.indicator.id === count.indicator.id && b.period !== count.period && b.value > 0);
    return base && (100 * (count.value - base.value)) / base.value;
  };
  if (changeOf(referred) !== undefined) return referred;
  const agreeing = soFar.recent.filter((count) => {
    const change = count.compared || count.startsTransition ? undefined : changeOf(count);
    return change !== undefined && Math.abs(Math.abs(change) - Math.abs(scope.mention.value)) <= agreementPoints;
  });
  return agreeing.length === 1 ? agreeing[0]! : referred;
}

/**
 * "… عن «40 مواطنا مغربيا فقط» قال إنهم أوقفوا بالخارج، فأوضح ممثل المديرية أن هذا الرقم يخص سنة 2020 التي سجلت
 * 41 موقوفا": a count after "this figure" in its sentence restates the figure it refers to, for its own period; when
 * its noun names the whole that figure's indicator is a part of, it is the part it counts.
 */
export function restatedPart(scope: NumberScope, soFar: SentenceSoFar, indicator: Indicator): { figure: CountFigure; reference: { start: number; end: number } } | undefined {
  // Read for every count: look for "this figure" only when the sentence counted a part of this indicator before.
  if (!soFar.counts.some((c) => c.indicator.part_of === indicator.id)) return undefined;
  const words = [...scope.earlier, ...scope.before];
  for (let i = words.length - 1; i > 0; i--) {
    if (!wordIsAny(words[i]!, grammarWords.count_back_references) || !wordIsAny(words[i - 1]!, grammarWords.demonstratives)) continue;
    const figure = soFar.counts.filter((c) => c.end <= words[i - 1]!.start).at(-1);
    return figure?.indicator.part_of === indicator.id ? { figure, reference: { start: words[i - 1]!.start, end: words[i]!.end } } : undefined;
  }
  return undefined;
}
