// The chart in words: what a screen reader reads, what a search engine indexes, and what the page can use
// as the image's text alternative. One sentence per panel, one entry per period, as a table would list them.
import { comparePeriods } from "../../lib/period.ts";
import { formatNumber, qualifierPrefix } from "../format.ts";
import { type ChartPoint, type ChartSeries, formatFigure, orderedPoints, panelTitle, panelTitleAr, periodLength, periodsFromTo } from "./model.ts";

function figureWords(series: ChartSeries, point: ChartPoint): string {
  const figure = `${qualifierPrefix(point.qualifier)}${formatFigure(series, { value: point.value, qualifier: "" })}`;
  const range = typeof point.lower === "number" && typeof point.upper === "number" && point.lower !== point.upper ? ` (${formatNumber(point.lower)} to ${formatNumber(point.upper)})` : "";
  const base = point.basePeriod ? ` on ${point.basePeriod}` : "";
  return `${figure}${range}${base}`;
}

/** Each period from a series' first to its last figure (per period length), the missing ones said as such. */
function entries(series: ChartSeries): string[] {
  const points = orderedPoints(series);
  const periods = new Set<string>();
  for (const length of new Set(points.map((p) => periodLength(p.period)))) {
    const own = points.filter((p) => periodLength(p.period) === length);
    for (const period of periodsFromTo(own[0]!.period, own.at(-1)!.period)) periods.add(period);
  }
  return [...periods].sort(comparePeriods).map((period) => {
    const here = points.filter((p) => p.period === period);
    return `${period}: ${here.length ? here.map((p) => figureWords(series, p)).join(", ") : "no figure"}`;
  });
}

export function unitWords(series: ChartSeries): string {
  return [series.unit === "percent" ? "percent" : series.unit, series.comparison].filter(Boolean).join(", ");
}

export function describeSeries(series: ChartSeries): string {
  const heading = `${panelTitle(series)} (${panelTitleAr(series)}; ${unitWords(series)})`;
  return series.points.length ? `${heading}: ${entries(series).join("; ")}.` : `${heading}: no figure.`;
}

export function describeSmallMultiples(series: readonly ChartSeries[], firstYear: number, lastYear: number): string {
  const span = firstYear === lastYear ? String(firstYear) : `${firstYear} to ${lastYear}`;
  return [
    `Small multiples: one panel per indicator, each with its own scale, on a shared time axis from ${span}; half-years and quarters are placed within their year, and a missing period is a gap, not interpolated.`,
    ...series.map(describeSeries),
  ].join("\n");
}
