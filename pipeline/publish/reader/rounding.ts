// How a derived figure is shown to readers. The data keeps full precision (derived.csv); people see it
// rounded to what its inputs allow:
//   - a count (a derived number of files, persons …) as a whole number: there are no fractions of files;
//   - a percentage or a ratio to 3 significant digits (59.6639 → 59.7, 1.1226 → 1.12, 0.6452 → 0.645), never
//     rounding its whole part (1000.5 → 1001);
//   - never more precision than its interval supports: at most one digit finer than the interval's width
//     (an interval 37.7 wide shows whole numbers; one 0.5 wide, two decimals at most);
//   - a one-sided figure ("less than 4142.857") is rounded away from its bound so the statement stays true
//     ("< 4 143"); the bounds of an interval are rounded to the nearest, like the value.
// "≈" marks a value that is not exact: its qualifier says "about", or its inputs leave an interval.
import type { QualifierCode } from "../format.ts";

export type UnitKind = "count" | "percent" | "ratio";

export interface Shown {
  qualifier: QualifierCode;
  value: number;
  /** Both bounds, rounded, when the inputs leave an interval that shows at this precision; null otherwise. */
  interval: { lower: number; upper: number } | null;
  decimals: number;
  approx: boolean;
}

const SIGNIFICANT = 3;

function roundTo(value: number, decimals: number, direction: "nearest" | "up" | "down"): number {
  const scale = 10 ** decimals;
  const scaled = value * scale;
  // A relative epsilon keeps 4.35 from rounding like 4.3499999 (binary fractions).
  const nudged = direction === "nearest" ? Math.round(scaled + Math.sign(scaled) * 1e-9) : direction === "up" ? Math.ceil(scaled - 1e-9) : Math.floor(scaled + 1e-9);
  const rounded = nudged / scale;
  return Object.is(rounded, -0) ? 0 : rounded;
}

/** Decimals for `significant` digits of `value` (59.66 → 1, 1.12 → 2, 4677 → 0). */
function decimalsFor(value: number, significant: number): number {
  if (value === 0) return 0;
  return Math.max(0, significant - 1 - Math.floor(Math.log10(Math.abs(value))));
}

export function roundDerived(value: number, qualifier: QualifierCode, lower: number | null, upper: number | null, unitKind: UnitKind): Shown {
  const width = lower !== null && upper !== null && upper > lower ? upper - lower : null;
  let decimals = unitKind === "count" ? 0 : decimalsFor(value, SIGNIFICANT);
  if (width !== null) decimals = Math.min(decimals, Math.max(0, 1 - Math.floor(Math.log10(width))));
  const direction = qualifier === "lt" || qualifier === "lte" ? "up" : qualifier === "gt" || qualifier === "gte" ? "down" : "nearest";
  const shown = roundTo(value, decimals, direction);
  let interval: Shown["interval"] = null;
  if (width !== null && lower !== null && upper !== null) {
    const low = roundTo(lower, decimals, "nearest");
    const high = roundTo(upper, decimals, "nearest");
    if (low !== high) interval = { lower: low, upper: high };
  }
  return { qualifier, value: shown, interval, decimals, approx: qualifier === "approx" || interval !== null };
}
