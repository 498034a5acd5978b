// The ranges the chart draws: the catalogue's rounding rules (pipeline/catalogue/rounding.json), as validate
// applies them, on the published value.
import type { RoundingRules } from "../../types/catalogue-rounding.ts";
import { intervalOf } from "../../validate/interval.ts";
import type { RangeOf } from "./series.ts";

/** Digits after the decimal point of a published value (a trailing zero of the source is not in the table: a wider range, never a narrower one). */
const decimalsOf = (value: number) => (String(value).split(".")[1] ?? "").length;

/** A range for a figure bounded on both sides and wider than a point: "24 %" → 23.5 to 24.5, "about 8,000" → 7,500 to 8,500. */
export function roundingRanges(rules: RoundingRules): RangeOf {
  return ({ value, qualifier, unit }) => {
    const interval = intervalOf({ value, qualifier: qualifier === "" ? null : qualifier, unit, decimals: decimalsOf(value) }, rules);
    return Number.isFinite(interval.lower) && Number.isFinite(interval.upper) && interval.upper > interval.lower ? { lower: interval.lower, upper: interval.upper } : {};
  };
}
