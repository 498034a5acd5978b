// Checks that the chosen figures can all be true together: a change against an earlier period; a part
// not larger than its whole; the shares of one breakdown adding up to at most 100 (allowing for rounding); a
// percentage change agreeing with the counts it links ("+24 % against 2021" and 5,800 in 2022 imply 4,658.6 to
// 4,696.4 in 2021, which "ما يناهز 4.900" would contradict). The figures of a failed check are held back.
import type { Catalogue } from "../catalogue/load.ts";
import { periodBefore } from "../lib/period.ts";
import { withinPlausibleRange } from "../lib/plausible-range.ts";
import type { Indicator } from "../types/catalogue-indicators.ts";
import { type Candidate, described } from "./candidates.ts";
import { describeInterval, type Interval, intersect } from "./interval.ts";

export interface Problem {
  figures: Candidate[];
  reason: (figure: Candidate) => string;
}

const others = (figures: readonly Candidate[], c: Candidate) => figures.filter((f) => f !== c).map(described).join(" and ");

/** A change is against an earlier period: "2021 against 2021" (a correction may set it so) cannot be published. */
function baseNotBefore(chosen: readonly Candidate[]): Problem[] {
  return chosen.flatMap((c) => {
    const { base_period: base, period } = c.observation;
    if (base === null || periodBefore(base, period)) return [];
    return [{ figures: [c], reason: () => `a change of ${period} against ${base}, which is not an earlier period` }];
  });
}

/**
 * Why a figure is outside its indicator's plausible range, or null: such a figure is set aside before it is compared
 * with the others of its indicator and period (reconcile.ts), so that a count of the whole year's arrests read as the
 * wanted persons arrested ("421 ألف شخص موقوف") holds back itself only, not the count it would contradict.
 */
export function outOfRangeReason(c: Candidate, indicator: Indicator | undefined): string | null {
  const { value } = c.observation;
  if (withinPlausibleRange(indicator, value)) return null;
  const range = indicator!.range!;
  return `${c.observation.indicator_id} = ${value} is outside its plausible range ${range.min ?? "-∞"} … ${range.max ?? "∞"}`;
}

/** Whether every value `a` allows is larger than every value `b` allows. */
function surelyLarger(a: Interval, b: Interval): boolean {
  return a.lower > b.upper || (a.lower === b.upper && (a.lowerOpen || b.upperOpen));
}

function partsLargerThanWholes(chosen: readonly Candidate[], indicators: readonly Indicator[], find: Finder): Problem[] {
  return indicators.flatMap((indicator) => {
    if (indicator.part_of === undefined) return [];
    return chosen.flatMap((part) => {
      const o = part.observation;
      if (o.indicator_id !== indicator.id || o.base_period !== null) return [];
      const whole = find(indicator.part_of!, o.period, o.category);
      if (!whole || !surelyLarger(part.interval, whole.interval)) return [];
      const figures = [part, whole];
      return [{ figures, reason: (c: Candidate) => `${c === part ? "a part larger than its whole" : "a whole smaller than its part"}: ${described(c)}, but ${others(figures, c)}` }];
    });
  });
}

function sharesOver100(chosen: readonly Candidate[], indicators: readonly Indicator[]): Problem[] {
  return indicators.flatMap((indicator) => {
    if (indicator.kind !== "share" || indicator.breakdown === undefined) return [];
    const byPeriod = new Map<string, Candidate[]>();
    for (const c of chosen) {
      if (c.observation.indicator_id !== indicator.id) continue;
      byPeriod.set(c.observation.period, [...(byPeriod.get(c.observation.period) ?? []), c]);
    }
    return [...byPeriod.values()].flatMap((figures) => {
      const total = figures.reduce((sum, c) => sum + Math.max(0, c.interval.lower), 0);
      if (total <= 100) return [];
      return [{ figures, reason: () => `the shares of ${indicator.id} for ${figures[0]!.observation.period} add up to at least ${Math.round(total * 10) / 10} %: ${figures.map(described).join(", ")}` }];
    });
  });
}

/** The base-period values a change allows, from the period's value: t / (1 + p/100). */
function impliedBase(count: Interval, change: Interval): Interval {
  const factor = (p: number) => 1 + p / 100;
  const lower = change.upper === Infinity ? 0 : count.lower / factor(change.upper);
  const upper = change.lower <= -100 || count.upper === Infinity ? Infinity : count.upper / factor(change.lower);
  return { lower, upper, lowerOpen: false, upperOpen: false };
}

function changesContradictingCounts(chosen: readonly Candidate[], indicators: readonly Indicator[], find: Finder): Problem[] {
  const changeOf = new Map(indicators.filter((i) => i.kind === "percent_change").map((i) => [i.id, i.change_of!]));
  return chosen.flatMap((change) => {
    const o = change.observation;
    const counted = changeOf.get(o.indicator_id);
    if (counted === undefined || o.base_period === null || !periodBefore(o.base_period, o.period)) return [];
    const current = find(counted, o.period, o.category);
    const base = find(counted, o.base_period, o.category);
    if (!current || !base) return [];
    const implied = impliedBase(current.interval, change.interval);
    if (intersect([implied, base.interval]) !== null) return [];
    const figures = [change, current, base];
    return [{ figures, reason: (c: Candidate) => `${described(c)}, but together ${others(figures, c)} imply ${o.base_period} ∈ ${describeInterval(implied)}` }];
  });
}

type Finder = (indicatorId: string, period: string, category: string | null) => Candidate | undefined;

export function consistencyProblems(chosen: readonly Candidate[], catalogue: Catalogue): Problem[] {
  const indicators = catalogue.indicators.indicators;
  const index = new Map(chosen.filter((c) => c.observation.base_period === null).map((c) => [`${c.observation.indicator_id}|${c.observation.period}|${c.observation.category ?? ""}`, c]));
  const find: Finder = (id, period, category) => index.get(`${id}|${period}|${category ?? ""}`);
  return [
    ...baseNotBefore(chosen),
    ...partsLargerThanWholes(chosen, indicators, find),
    ...sharesOver100(chosen, indicators),
    ...changesContradictingCounts(chosen, indicators, find),
  ];
}
