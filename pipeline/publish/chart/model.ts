// What the chart draws: series of figures per period, one per indicator (and per category of a breakdown,
// and per kind of comparison for a percentage change), with what each figure says about its own precision.
import { comparePeriods, parsePeriod, partsInYear } from "../../lib/period.ts";
import type { Indicator } from "../../types/catalogue-indicators.ts";
import { formatNumber, QUALIFIER_SIGN, type QualifierCode } from "../format.ts";

export type Qualifier = QualifierCode;

export interface ChartPoint {
  period: string;
  value: number;
  /** "" when the figure is exact as written. */
  qualifier: Qualifier;
  /** For a percentage change, the period it is compared with. */
  basePeriod?: string | null;
  /** The range the figure allows (a percentage rounded as written: 24 → 23.5 to 24.5); absent when exact or unknown. */
  lower?: number | null;
  upper?: number | null;
}

export interface ChartSeries {
  indicatorId: string;
  /** English */
  label: string;
  labelAr: string;
  unit: string;
  /** The indicator's kind (catalogue): a percentage change is drawn signed, around a zero line. */
  kind?: Indicator["kind"];
  /** For one category of a breakdown: panels of the same indicator and breakdown share one scale. */
  breakdown?: string | null;
  category?: string | null;
  /** The category's name, where the catalogue gives one (else the panel shows its code). */
  categoryLabel?: { en: string; ar: string } | null;
  /** What a percentage change compares with, in words ("change on the previous year"). */
  comparison?: string | null;
  points: ChartPoint[];
}

/** How long a period is: it decides the marker, the line style and which points a line may join. */
export type PeriodLength = "year" | "half" | "quarter";

export function periodLength(period: string): PeriodLength {
  const { part } = parsePeriod(period);
  return part === null ? "year" : part.kind === "H" ? "half" : "quarter";
}

/** "more than" / "at least": the true value lies above. */
export const isLowerBound = (q: Qualifier) => q === "gt" || q === "gte";
/** "less than" / "at most": the true value lies below. */
export const isUpperBound = (q: Qualifier) => q === "lt" || q === "lte";

/** The series' points in time order, one per period and base period (the first wins; sources agree). */
export function orderedPoints(series: ChartSeries): ChartPoint[] {
  const seen = new Set<string>();
  return [...series.points]
    // Within a period, the comparison with the nearest base period first.
    .sort((a, b) => comparePeriods(a.period, b.period) || comparePeriods(b.basePeriod ?? "0000", a.basePeriod ?? "0000"))
    .filter((p) => {
      const key = `${p.period}|${p.basePeriod ?? ""}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

/** Every period any series has a figure for, in time order. */
export function periodsOf(series: readonly ChartSeries[]): string[] {
  return [...new Set(series.flatMap((s) => s.points.map((p) => p.period)))].sort(comparePeriods);
}

export function panelTitle(series: ChartSeries): string {
  return series.category ? `${series.label}: ${series.categoryLabel?.en ?? series.category}` : series.label;
}

/** The Arabic label, with the category's Arabic name when there is one. */
export function panelTitleAr(series: ChartSeries): string {
  return series.categoryLabel ? `${series.labelAr}: ${series.categoryLabel.ar}` : series.labelAr;
}

/** Whether the unit reads as a percentage ("24%") rather than a count of things. */
export const isPercent = (series: ChartSeries) => series.unit === "percent";

/** A figure as printed on the chart: qualifier sign, explicit "+" for a rise, "%" for percentages. */
export function formatFigure(series: ChartSeries, point: { value: number; qualifier: Qualifier }): string {
  const plus = series.kind === "percent_change" && point.value > 0 ? "+" : "";
  return `${QUALIFIER_SIGN[point.qualifier]}${plus}${formatNumber(point.value)}${isPercent(series) ? "%" : ""}`;
}

/** The period of the same length that follows `period` (2016 → 2017, 2016-H2 → 2017-H1, 2016-Q4 → 2017-Q1). */
export function nextPeriod(period: string): string {
  const { year, part } = parsePeriod(period);
  if (part === null) return String(year + 1).padStart(4, "0");
  return part.index < partsInYear(part.kind) ? `${String(year).padStart(4, "0")}-${part.kind}${part.index + 1}` : `${String(year + 1).padStart(4, "0")}-${part.kind}1`;
}

/** Every period of the same length from `first` to `last`, both included (`last` must follow `first`). */
export function periodsFromTo(first: string, last: string): string[] {
  const all = [first];
  while (all.at(-1) !== last && comparePeriods(all.at(-1)!, last) < 0) all.push(nextPeriod(all.at(-1)!));
  return all;
}
