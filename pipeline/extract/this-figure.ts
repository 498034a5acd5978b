// What "this figure" with a change refers to (percent-reading.ts changeSubject), when the figure before it cannot be it:
// the recent count whose own base gives the change.
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
