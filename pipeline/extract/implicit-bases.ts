// A change whose words name no base is read against the same period a year earlier (periods.json implicit_base).
// When the text gives the same change, of the same count and period, against a base it names ("الربع الثالث: 870
// ملفا … وارتفاع بـ5 في المائة" in a headline, "بزيادة نسبتها 5 في المائة مقارنة مع الربع الثاني" in the body), the
// change without a base restates that one: it takes the base the text names. When the text gives no count for the
// implicit base but does for one other period, and the change is the one from that count to its own, that period
// is the base the writer computed it against. A change against an earlier level the text does not date ("تجاوز
// مستواه السابق بنحو 29 في المائة") is dated only that way, whatever counts the text gives, else held back.
import { comparePeriods } from "../lib/period.ts";
import type { NumberMention } from "../types/number-mention.ts";
import { type FigureReading, heldBack, type Outcome } from "./reading.ts";

const figureOf = (outcome: Outcome): FigureReading | undefined => ("reading" in outcome && outcome.reading.status === "figure" ? outcome.reading : undefined);

/** The same change: same indicator, period, value and qualifier. */
const sameChange = (a: FigureReading, b: FigureReading) => a.indicator.id === b.indicator.id && a.period === b.period && a.value === b.value && a.qualifier === b.qualifier;

/**
 * Gives each change read against an implicit base the base the text names for the same change elsewhere, if it
 * names one; else the period of the text's other count the change is computed from ("وهذه الملفات أكثر من ملفات
 * الأشهر الستة الأولى … (2165) … وهذا يعني زيادة تقارب ستة عشر في المائة": 2512 against 2165), when the text gives no
 * count for the implicit base and exactly one other count fits.
 */
export function namedBasesForImplicit(text: string, outcomes: Map<NumberMention, Outcome>): void {
  const figures = [...outcomes.values()].map(figureOf).filter((f): f is FigureReading => f !== undefined);
  const named = figures.filter((f) => f.indicator.kind === "percent_change" && !f.implicitBase);
  for (const [mention, outcome] of outcomes) {
    const figure = figureOf(outcome);
    if (!figure?.implicitBase) continue;
    const same = named.filter((other) => sameChange(figure, other));
    const source = new Set(same.map((other) => other.basePeriod)).size === 1 ? same[0] : undefined;
    const earlierLevel = figure.implicitBase === "earlier_level";
    const computed = source ? undefined : computedFrom(figure, figures, earlierLevel);
    const basePeriod = source?.basePeriod ?? computed?.period;
    if (!basePeriod && earlierLevel) {
      const reason = "it is compared with an earlier level the text does not date, and no one count of the text gives that level";
      outcomes.set(mention, { ...outcome, reading: { ...heldBack(reason, null, figure.indicator.id, figure.period, { missing: "base_period" }), evidence: figure.evidence } } as Outcome);
      continue;
    }
    if (!basePeriod) continue;
    const how = source ? `the same change the text gives against a base it names («${text.slice(source.quoteStart, source.quoteEnd)}»)` : `the change from the text's count of ${computed!.period} («${text.slice(computed!.quoteStart, computed!.quoteEnd)}») to its own`;
    const { implicitBase: _implicit, ...restated } = figure;
    outcomes.set(mention, { ...outcome, reading: { ...restated, basePeriod, evidence: `${figure.evidence}; ${how} → ${basePeriod}` } } as Outcome);
  }
}

/**
 * The one count of another period the change is computed from, when the text gives none for its implicit base (or,
 * for a change against an earlier level, whatever counts it gives).
 */
function computedFrom(change: FigureReading, figures: readonly FigureReading[], earlierLevel: boolean): FigureReading | undefined {
  const countOf = change.indicator.change_of;
  const counts = figures.filter((f) => f.indicator.id === countOf && f.qualifier === undefined && f.category === null);
  const own = counts.find((f) => f.period === change.period);
  if (!own || (!earlierLevel && counts.some((f) => f.period === change.basePeriod))) return undefined;
  // The rounding of the written change: half its last digit, or a whole point for "about".
  const tolerance = change.qualifier === "approx" ? 1 : Number.isInteger(change.value) ? 0.5 : 0.05;
  const fits = counts.filter((f) => comparePeriods(f.period, change.period) < 0 && f.value > 0 && Math.abs(((own.value - f.value) / f.value) * 100 - change.value) <= tolerance);
  return new Set(fits.map((f) => f.period)).size === 1 ? fits[0] : undefined;
}
