// The chart's series, built from the published observations: one per indicator, per category of a
// breakdown, and, for a percentage change, per kind of comparison (on the previous year, on two years
// earlier …), so that every line in a panel compares like with like.
import { parsePeriod, previousYearPeriod } from "../../lib/period.ts";
import type { Indicator } from "../../types/catalogue-indicators.ts";
import type { ChartPoint, ChartSeries, Qualifier } from "./model.ts";

/**
 * What a percentage change compares with, as a key (to group) and in words (for the panel). A change on the
 * same period a year earlier is one kind, whether the periods are years or parts of years.
 */
function comparison(period: string, base: string): { key: string; words: string } {
  if (base === previousYearPeriod(period)) return { key: "y1", words: "change on the same period a year earlier" };
  const a = parsePeriod(period);
  const b = parsePeriod(base);
  const sameKind = (a.part?.kind ?? "") === (b.part?.kind ?? "") && (a.part?.index ?? 0) === (b.part?.index ?? 0);
  if (sameKind) return { key: `y${a.year - b.year}`, words: `change on ${a.year - b.year} years earlier` };
  return { key: `vs${base}`, words: `change on ${base}` };
}

/** The fields of an observation the chart reads: a row of the observations table, or the artifact itself. */
export type ObservationFields = Partial<Record<"indicator_id" | "period" | "base_period" | "value" | "qualifier" | "breakdown" | "category", unknown>>;

/** A category's name in English and Arabic, from the catalogue's code lists; undefined shows the code. */
export type CategoryLabels = (breakdown: string, category: string) => { en: string; ar: string } | undefined;

/**
 * The range of true values a figure allows, when it is bounded on both sides and wider than a point (a
 * percentage rounded to its last digit, "about 8,000"): the catalogue's rounding rules, as validate judges them.
 */
export type RangeOf = (figure: { value: number; qualifier: Qualifier; unit: string }) => Pick<ChartPoint, "lower" | "upper">;

export interface SeriesOptions {
  categoryLabels?: CategoryLabels;
  rangeOf?: RangeOf;
}

export function seriesFromObservations(indicators: readonly Indicator[], observations: readonly ObservationFields[], options: SeriesOptions = {}): ChartSeries[] {
  const categoryLabels = options.categoryLabels ?? (() => undefined);
  const rangeOf = options.rangeOf ?? (() => ({}));
  const out: ChartSeries[] = [];
  for (const indicator of indicators) {
    const groups = new Map<string, ChartSeries>();
    for (const o of observations) {
      if (o.indicator_id !== indicator.id) continue;
      const period = String(o.period);
      const base = typeof o.base_period === "string" ? o.base_period : null;
      const category = typeof o.category === "string" ? o.category : null;
      const relation = base ? comparison(period, base) : null;
      const key = `${category ?? ""}|${relation?.key ?? ""}`;
      let series = groups.get(key);
      if (!series) {
        series = {
          indicatorId: indicator.id,
          label: indicator.label.en,
          labelAr: indicator.label.ar,
          unit: indicator.unit,
          kind: indicator.kind,
          breakdown: typeof o.breakdown === "string" ? o.breakdown : null,
          category,
          categoryLabel: typeof o.breakdown === "string" && category ? (categoryLabels(o.breakdown, category) ?? null) : null,
          comparison: relation?.words ?? null,
          points: [],
        };
        groups.set(key, series);
      }
      const qualifier = (o.qualifier ?? "") as Qualifier;
      const value = o.value as number;
      // Sources agree on a figure (validate checked it): one point per period, however many sources state it.
      if (series.points.some((p) => p.period === period && (p.basePeriod ?? null) === base)) continue;
      series.points.push({ period, value, qualifier, basePeriod: base, ...rangeOf({ value, qualifier, unit: indicator.unit }) });
    }
    for (const series of groups.values()) {
      if (series.comparison && series.points.every((p) => parsePeriod(p.period).part === null && p.basePeriod === previousYearPeriod(p.period))) {
        series.comparison = "change on the previous year";
      }
    }
    // Categories in code order, comparisons from the nearest base period.
    out.push(...[...groups.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, series]) => series));
  }
  return out;
}
