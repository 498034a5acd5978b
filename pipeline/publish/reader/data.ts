// What the reader-facing files (page, data card) show, read from the published table rows of one version, so
// that they show exactly what users download. One typed view for both: the page reads the version's JSON
// files, the data card the tables in memory; both are the same rows.
import type { UnitCatalogue } from "../../types/catalogue-units.ts";
import type { QualifierCode } from "../format.ts";
import type { Trilingual } from "../i18n/languages.ts";

type Cell = string | number | boolean | null;
type Row = Record<string, Cell>;

export interface ReaderIndicator {
  id: string;
  label: Trilingual;
  unit: string;
  kind: string;
  /** For a percent_change, the count whose change it is. */
  change_of: string | null;
}

export interface ReaderObservation {
  observation_id: string;
  source_id: string;
  indicator_id: string;
  breakdown: string | null;
  category: string | null;
  period: string;
  base_period: string | null;
  value: number;
  qualifier: QualifierCode;
  unit: string;
  quote: string;
  start: number;
  end: number;
  line: number;
  column: number;
  sentence: string;
  sentence_start: number;
  sentence_end: number;
}

export interface ReaderDerived {
  derived_id: string;
  period: string;
  label: Trilingual;
  value: number | null;
  qualifier: QualifierCode;
  lower: number | null;
  upper: number | null;
  unit: string;
  method: string;
  reason: string | null;
}

export interface ReaderSource {
  source_id: string;
  title: string | null;
  publisher: string | null;
  author: string | null;
  url: string | null;
  published: string | null;
  retrieved: string | null;
  reference_period: string;
  licence: string | null;
  notes: string | null;
}

/** A category of a breakdown with its labels (the categories table, where the version publishes one). */
export interface ReaderCategory {
  breakdown: string;
  category: string;
  label: Trilingual;
}

export interface ReaderData {
  /** In catalogue order. */
  indicators: ReaderIndicator[];
  categories: ReaderCategory[];
  /** In published order. */
  observations: ReaderObservation[];
  derived: ReaderDerived[];
  sources: ReaderSource[];
  units: UnitCatalogue["units"];
}

export interface PublishedRows {
  observations: Row[];
  /** Absent from versions that publish no categories table. */
  categories?: Row[];
  derived: Row[];
  indicators: Row[];
  sources: Row[];
}

const str = (cell: Cell | undefined) => (cell === null || cell === undefined ? null : String(cell));
const num = (cell: Cell | undefined) => (cell === null || cell === undefined ? null : Number(cell));
const qualifier = (cell: Cell | undefined) => (str(cell) ?? "") as QualifierCode;
/** Label columns of a row; English stands in for a language an older version did not publish. */
const labels = (row: Row): Trilingual => ({ en: String(row.label_en), fr: str(row.label_fr) ?? String(row.label_en), ar: str(row.label_ar) ?? String(row.label_en) });

export function readerData(rows: PublishedRows, units: UnitCatalogue["units"]): ReaderData {
  return {
    indicators: rows.indicators.map((i) => ({ id: String(i.indicator_id), label: labels(i), unit: String(i.unit), kind: String(i.kind), change_of: str(i.change_of) })),
    categories: (rows.categories ?? []).map((c) => ({ breakdown: String(c.breakdown), category: String(c.category), label: labels(c) })),
    observations: rows.observations.map((o) => ({
      observation_id: String(o.observation_id),
      source_id: String(o.source_id),
      indicator_id: String(o.indicator_id),
      breakdown: str(o.breakdown),
      category: str(o.category),
      period: String(o.period),
      base_period: str(o.base_period),
      value: Number(o.value),
      qualifier: qualifier(o.qualifier),
      unit: String(o.unit),
      quote: String(o.quote),
      start: Number(o.start),
      end: Number(o.end),
      line: Number(o.line),
      column: Number(o.column),
      sentence: str(o.sentence) ?? String(o.quote),
      sentence_start: num(o.sentence_start) ?? Number(o.start),
      sentence_end: num(o.sentence_end) ?? Number(o.end),
    })),
    derived: rows.derived.map((d) => ({
      derived_id: String(d.derived_id),
      period: String(d.period),
      label: labels(d),
      value: num(d.value),
      qualifier: qualifier(d.qualifier),
      lower: num(d.lower),
      upper: num(d.upper),
      unit: String(d.unit),
      method: String(d.method),
      reason: str(d.reason),
    })),
    sources: rows.sources.map((s) => ({
      source_id: String(s.source_id),
      title: str(s.title),
      publisher: str(s.publisher),
      author: str(s.author),
      url: str(s.url),
      published: str(s.published),
      retrieved: str(s.retrieved),
      reference_period: String(s.reference_period),
      licence: str(s.licence),
      notes: str(s.notes),
    })),
    units,
  };
}

/** The rows of the tables the readers' files use, from the tables of a version in memory. */
export function readerRows(tables: Partial<Record<string, { rows: Row[] }>>): PublishedRows {
  const rows = (name: string) => tables[name]?.rows ?? [];
  return { observations: rows("observations"), derived: rows("derived"), indicators: rows("indicators"), sources: rows("sources"), categories: rows("categories") };
}
