// The views of the data that readers look at first: the latest period's key figures with their change on
// earlier periods, and the indicators by period (rows: indicator and category; columns: periods, newest
// first). Pure functions of the published rows.
import { periodMonths, previousYearPeriod } from "../../lib/period.ts";
import type { QualifierCode } from "../format.ts";
import type { ReaderData, ReaderDerived, ReaderIndicator, ReaderObservation } from "./data.ts";

/** Newest first: the period that ends last, and of two that end together the longer (2022 before 2022-H2, then 2022-H1). */
export function byPeriodNewestFirst(a: string, b: string): number {
  const [aFirst, aLast] = periodMonths(a);
  const [bFirst, bLast] = periodMonths(b);
  return bLast - aLast || aFirst - bFirst;
}

/** Every period an observation describes, newest first (base periods of changes are not columns of their own). */
export function observedPeriods(data: ReaderData): string[] {
  return [...new Set(data.observations.map((o) => o.period))].sort(byPeriodNewestFirst);
}

export function latestPeriod(data: ReaderData): string | null {
  return observedPeriods(data)[0] ?? null;
}

/**
 * The distinct figures among observations of the same thing: sources agree on a value (validate checks it),
 * so several sources give one figure; an exact figure comes before a rounded one.
 */
export function distinctFigures(observations: ReaderObservation[]): ReaderObservation[] {
  const seen = new Set<string>();
  const distinct = observations.filter((o) => {
    const key = `${o.base_period ?? ""}|${o.value}|${o.qualifier}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const rank = (o: ReaderObservation) => (o.qualifier === "" ? 0 : 1);
  return distinct.sort((a, b) => (a.base_period !== b.base_period ? byPeriodNewestFirst(a.base_period ?? "0000", b.base_period ?? "0000") : rank(a) - rank(b)));
}

export interface Change {
  base_period: string;
  value: number;
  qualifier: QualifierCode;
  /** true: a source states it (a percent_change indicator); false: computed here from two exact figures. */
  stated: boolean;
}

export interface KeyFigure {
  indicator: ReaderIndicator;
  period: string;
  /** The figure shown (the exact one when a source also gives it rounded). */
  figure: ReaderObservation;
  /** Newest base period first. */
  changes: Change[];
}

const sameThing = (o: ReaderObservation, indicatorId: string, category: string | null) => o.indicator_id === indicatorId && o.category === category;

/** The change of a count on the same period a year earlier, from two exact figures, when no source states one. */
function computedChange(data: ReaderData, figure: ReaderObservation): Change | null {
  if (figure.qualifier !== "") return null;
  const base = previousYearPeriod(figure.period);
  const previous = data.observations.filter((o) => sameThing(o, figure.indicator_id, figure.category) && o.period === base && o.qualifier === "");
  const value = previous[0]?.value;
  if (value === undefined || value === 0) return null;
  return { base_period: base, value: ((figure.value - value) / value) * 100, qualifier: "", stated: false };
}

/**
 * The latest period's figures, one per indicator in catalogue order: counts and shares (not the changes,
 * which go with their count), without the categories of a breakdown (those are in the table by period).
 */
export function keyFigures(data: ReaderData): KeyFigure[] {
  const period = latestPeriod(data);
  if (period === null) return [];
  const figures: KeyFigure[] = [];
  for (const indicator of data.indicators) {
    if (indicator.kind === "percent_change") continue;
    const [figure] = distinctFigures(data.observations.filter((o) => sameThing(o, indicator.id, null) && o.period === period && o.base_period === null));
    if (!figure) continue;
    const changeIndicators = new Set(data.indicators.filter((i) => i.kind === "percent_change" && i.change_of === indicator.id).map((i) => i.id));
    const stated = distinctFigures(data.observations.filter((o) => changeIndicators.has(o.indicator_id) && o.category === null && o.period === period && o.base_period !== null));
    const changes: Change[] = stated.map((o) => ({ base_period: o.base_period!, value: o.value, qualifier: o.qualifier, stated: true }));
    const previousYear = previousYearPeriod(period);
    if (!changes.some((c) => c.base_period === previousYear)) {
      const computed = computedChange(data, figure);
      if (computed) changes.unshift(computed);
    }
    figures.push({ indicator, period, figure, changes });
  }
  return figures;
}

export interface WideRow {
  indicator: ReaderIndicator;
  breakdown: string | null;
  category: string | null;
  /** By period: the distinct figures (a change may have several base periods). */
  cells: Map<string, ReaderObservation[]>;
}

export interface WideTable {
  /** Newest first. */
  periods: string[];
  rows: WideRow[];
}

/** Indicators by period: one row per indicator (and per category of a breakdown), in catalogue order. */
export function indicatorsByPeriod(data: ReaderData): WideTable {
  const periods = observedPeriods(data);
  const rows: WideRow[] = [];
  for (const indicator of data.indicators) {
    const observations = data.observations.filter((o) => o.indicator_id === indicator.id);
    const categories = [...new Map(observations.map((o) => [o.category ?? "", { breakdown: o.breakdown, category: o.category }])).values()].sort((a, b) =>
      (a.category ?? "") < (b.category ?? "") ? -1 : (a.category ?? "") > (b.category ?? "") ? 1 : 0,
    );
    for (const { breakdown, category } of categories) {
      const cells = new Map<string, ReaderObservation[]>();
      for (const period of periods) {
        const figures = distinctFigures(observations.filter((o) => o.category === category && o.period === period));
        if (figures.length) cells.set(period, figures);
      }
      rows.push({ indicator, breakdown, category, cells });
    }
  }
  return { periods, rows };
}

export interface DerivedRow {
  derived_id: string;
  label: ReaderDerived["label"];
  unit: string;
  cells: Map<string, ReaderDerived>;
}

/** Derived figures by period, in published order, periods newest first. */
export function derivedByPeriod(data: ReaderData): { periods: string[]; rows: DerivedRow[] } {
  const periods = [...new Set(data.derived.map((d) => d.period))].sort(byPeriodNewestFirst);
  const rows = new Map<string, DerivedRow>();
  for (const d of data.derived) {
    let row = rows.get(d.derived_id);
    if (!row) {
      row = { derived_id: d.derived_id, label: d.label, unit: d.unit, cells: new Map() };
      rows.set(d.derived_id, row);
    }
    row.cells.set(d.period, d);
  }
  return { periods, rows: [...rows.values()] };
}
