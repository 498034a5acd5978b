// A change whose words name no base is read against the same period a year earlier (periods.json implicit_base).
// When the text gives the same change, of the same count and period, against a base it names ("الربع الثالث: 870
// ملفا … وارتفاع بـ5 في المائة" in a headline, "بزيادة نسبتها 5 في المائة مقارنة مع الربع الثاني" in the body), the
// change without a base restates that one: it takes the base the text names.
import type { NumberMention } from "../types/number-mention.ts";
import type { FigureReading, Outcome } from "./reading.ts";

const figureOf = (outcome: Outcome): FigureReading | undefined => ("reading" in outcome && outcome.reading.status === "figure" ? outcome.reading : undefined);

/** The same change: same indicator, period, value and qualifier. */
const sameChange = (a: FigureReading, b: FigureReading) => a.indicator.id === b.indicator.id && a.period === b.period && a.value === b.value && a.qualifier === b.qualifier;

/** Gives each change read against an implicit base the base the text names for the same change elsewhere, if it names one. */
export function namedBasesForImplicit(text: string, outcomes: Map<NumberMention, Outcome>): void {
  const named = [...outcomes.values()].map(figureOf).filter((f): f is FigureReading => f !== undefined && f.indicator.kind === "percent_change" && !f.implicitBase);
  for (const [mention, outcome] of outcomes) {
    const figure = figureOf(outcome);
    if (!figure?.implicitBase) continue;
    const bases = new Set(named.filter((other) => sameChange(figure, other)).map((other) => other.basePeriod));
    if (bases.size !== 1) continue;
    const source = named.find((other) => sameChange(figure, other))!;
    const basePeriod = [...bases][0]!;
    const evidence = `${figure.evidence}; the same change the text gives against a base it names («${text.slice(source.quoteStart, source.quoteEnd)}») → ${basePeriod}`;
    const { implicitBase: _implicit, ...restated } = figure;
    outcomes.set(mention, { ...outcome, reading: { ...restated, basePeriod, evidence } } as Outcome);
  }
}
