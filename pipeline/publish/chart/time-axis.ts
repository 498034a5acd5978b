// The period axis every panel shares: one band per calendar year, a year's figure at the middle of its
// band, a half-year or a quarter at the middle of the months it covers (so 2016-H1 sits between 2015 and
// 2016, 2016-H2 between 2016 and 2017, on the scale of the same axis).
import { periodMidpoint, periodYear } from "../../lib/period.ts";
import { textWidth } from "./svg.ts";

export interface TimeAxis {
  firstYear: number;
  lastYear: number;
  left: number;
  width: number;
  /** Horizontal position of a period's figure. */
  x(period: string): number;
  /** The years whose band gets a label: every k-th year when bands are too narrow for all. */
  labelledYears: number[];
  bandWidth: number;
}

export const AXIS_FONT = 11;

export function timeAxis(periods: readonly string[], left: number, width: number): TimeAxis {
  const years = periods.map(periodYear);
  const firstYear = Math.min(...years);
  const lastYear = Math.max(...years);
  const bandWidth = width / (lastYear - firstYear + 1);
  const every = Math.max(1, Math.ceil((textWidth("0000", AXIS_FONT) + 6) / bandWidth));
  const labelledYears: number[] = [];
  // Count back from the last year so the most recent one always has its label.
  for (let year = lastYear; year >= firstYear; year -= every) labelledYears.unshift(year);
  return {
    firstYear,
    lastYear,
    left,
    width,
    bandWidth,
    labelledYears,
    x: (period) => left + (periodMidpoint(period) - firstYear) * bandWidth,
  };
}
