// The range of true values a figure as written allows, by the rounding rules of the catalogue
// (pipeline/catalogue/rounding.json): an exact count is itself; "24 في المائة" is 23.5 to 24.5; "حوالي 8 آلاف"
// 7,500 to 8,500; "2,7 ألف طلب" 2,650 to 2,750; "أكثر من 40" above 40, unbounded above.
import type { RoundingRules } from "../types/catalogue-rounding.ts";
import type { Observation } from "../types/observation.ts";

export interface Interval {
  lower: number;
  upper: number;
  lowerOpen: boolean;
  upperOpen: boolean;
}

type Tolerance = RoundingRules["count"]["tolerance"];

/** The place value of the last non-zero digit of a written figure: 8000 → 1000, 150 → 10, 2.5 → 0.1. */
function lastNonZeroUnit(value: number, decimals: number): number {
  if (value === 0) return 10 ** -decimals;
  let unit = 10 ** -decimals;
  const scaled = Math.round(Math.abs(value) / unit);
  let rest = scaled;
  while (rest % 10 === 0) {
    rest /= 10;
    unit *= 10;
  }
  return unit;
}

/** Half a unit of the figure's precision under a tolerance rule. */
export function halfUnit(tolerance: Tolerance, value: number, decimals: number): number {
  switch (tolerance) {
    case "none":
      return 0;
    case "half_unit_of_last_written_digit":
      return 0.5 * 10 ** -decimals;
    case "half_unit_of_last_nonzero_digit":
      return 0.5 * lastNonZeroUnit(value, decimals);
    case "half_rounding_step":
      // "قرابة 175" for 174: a whole number ending in 5 is a multiple of five, not of one.
      return decimals === 0 && Math.abs(value) % 10 === 5 ? 2.5 : 0.5 * lastNonZeroUnit(value, decimals);
  }
}

/** The values a figure as written allows; a round count on the text's headline (`onHeadline`) may be rounded (headline_count). */
export function intervalOf(figure: Pick<Observation, "value" | "qualifier" | "decimals" | "unit">, rules: RoundingRules, onHeadline = false): Interval {
  const { value, qualifier } = figure;
  // A bound on a percentage is a rounded ratio too: "لا تتعدى 2,1 في المائة" holds for 2.105 %.
  const slack = figure.unit === "percent" ? halfUnit(rules.percent.tolerance, value, figure.decimals ?? 0) : 0;
  switch (qualifier) {
    case "gt":
      return { lower: value - slack, upper: Infinity, lowerOpen: slack === 0, upperOpen: true };
    case "gte":
      return { lower: value - slack, upper: Infinity, lowerOpen: false, upperOpen: true };
    case "lt":
      return { lower: -Infinity, upper: value + slack, lowerOpen: true, upperOpen: slack === 0 };
    case "lte":
      return { lower: -Infinity, upper: value + slack, lowerOpen: true, upperOpen: false };
  }
  // A headline's round count ("170", "7 آلاف") may round the body's; one with a last digit of its own is exact.
  const roundOnHeadline = onHeadline && value % 10 === 0;
  const rule = qualifier === "approx" ? rules.approx : figure.unit === "percent" ? rules.percent : (figure.decimals ?? 0) > 0 ? rules.scaled_count : roundOnHeadline ? rules.headline_count : rules.count;
  const half = halfUnit(rule.tolerance, value, figure.decimals ?? 0);
  return { lower: value - half, upper: value + half, lowerOpen: false, upperOpen: false };
}

/** The values every interval allows; null when there is none (the figures cannot all be true). */
export function intersect(intervals: readonly Interval[]): Interval | null {
  let result: Interval = { lower: -Infinity, upper: Infinity, lowerOpen: true, upperOpen: true };
  for (const i of intervals) {
    if (i.lower > result.lower || (i.lower === result.lower && i.lowerOpen)) result = { ...result, lower: i.lower, lowerOpen: i.lowerOpen };
    if (i.upper < result.upper || (i.upper === result.upper && i.upperOpen)) result = { ...result, upper: i.upper, upperOpen: i.upperOpen };
  }
  if (result.lower > result.upper) return null;
  if (result.lower === result.upper && (result.lowerOpen || result.upperOpen)) return null;
  return result;
}

/** How wide an interval is: the smaller, the more precise the figure. */
export const width = (i: Interval) => i.upper - i.lower;

/** "[4658.63, 4696.36]", "> 40", "≤ 12", "5800". */
export function describeInterval(i: Interval): string {
  const n = (x: number) => String(Math.round(x * 100) / 100);
  if (i.lower === i.upper) return n(i.lower);
  if (i.upper === Infinity) return `${i.lowerOpen ? ">" : "≥"} ${n(i.lower)}`;
  if (i.lower === -Infinity) return `${i.upperOpen ? "<" : "≤"} ${n(i.upper)}`;
  return `${i.lowerOpen ? "(" : "["}${n(i.lower)}, ${n(i.upper)}${i.upperOpen ? ")" : "]"}`;
}
