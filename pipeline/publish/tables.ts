// The published tables, built from the derive stage's artifact and the catalogue: rows of plain cells,
// ordered for stable output.
import type { Catalogue } from "../catalogue/load.ts";
import type { DerivedDataset } from "../types/derived.ts";
import { loadTableSchema, type TableName, tableNames, type TableSchemaFile } from "./table-schemas.ts";

export type Cell = string | number | boolean | null;
export type Row = Record<string, Cell>;

export interface Table {
  schema: TableSchemaFile;
  rows: Row[];
}

export type Tables = Record<TableName, Table>;

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** unit_ar, unit_en, unit_fr of a unit (the catalogue check guarantees every unit has them). */
function unitColumns(catalogue: Catalogue, unit: string): Row {
  const label = catalogue.units.units[unit]?.label;
  return { unit_ar: label?.ar ?? null, unit_en: label?.en ?? null, unit_fr: label?.fr ?? null };
}

function rowsOf(name: TableName, dataset: DerivedDataset, catalogue: Catalogue): Row[] {
  const { validated } = dataset;
  switch (name) {
    case "observations": {
      const labels = new Map(catalogue.indicators.indicators.map((i) => [i.id, i.label]));
      return validated.observations.map((o) => ({
        observation_id: o.observation_id,
        source_id: o.source_id,
        indicator_id: o.indicator_id,
        label_ar: labels.get(o.indicator_id)?.ar ?? null,
        label_en: labels.get(o.indicator_id)?.en ?? null,
        label_fr: labels.get(o.indicator_id)?.fr ?? null,
        breakdown: o.breakdown,
        category: o.category,
        period: o.period,
        base_period: o.base_period,
        value: o.value,
        qualifier: o.qualifier,
        unit: o.unit,
        ...unitColumns(catalogue, o.unit),
        quote: o.quote,
        start: o.start,
        end: o.end,
        line: o.line,
        column: o.column,
        sentence: o.sentence.text,
        sentence_start: o.sentence.start,
        sentence_end: o.sentence.end,
        corrected: o.correction !== null,
        correction_reason: o.correction ? `${o.correction.reason} (the source gave ${JSON.stringify(o.correction.original)})` : null,
      }));
    }
    case "derived": {
      const labels = new Map(catalogue.derivations.derivations.map((d) => [d.id, d.label]));
      return dataset.derived.map((d) => ({
        derived_id: d.derived_id,
        period: d.period,
        label_en: labels.get(d.derived_id)?.en ?? null,
        label_ar: labels.get(d.derived_id)?.ar ?? null,
        label_fr: labels.get(d.derived_id)?.fr ?? null,
        value: d.value,
        qualifier: d.qualifier,
        lower: d.lower,
        upper: d.upper,
        unit: d.unit,
        ...unitColumns(catalogue, d.unit),
        method: d.method,
        inputs: d.inputs.join(" "),
        reason: d.reason,
      }));
    }
    case "indicators":
      return catalogue.indicators.indicators.map((i) => ({
        indicator_id: i.id,
        label_ar: i.label.ar,
        label_en: i.label.en,
        label_fr: i.label.fr,
        description: i.description,
        unit: i.unit,
        kind: i.kind,
        change_of: i.change_of ?? null,
        part_of: i.part_of ?? null,
        breakdown: i.breakdown ?? null,
      }));
    case "categories":
      return catalogue.breakdowns.breakdowns.flatMap((b) =>
        b.categories.map((c) => ({ breakdown: b.id, category: c.code, label_ar: c.label.ar, label_en: c.label.en, label_fr: c.label.fr, code_list: b.code_list })),
      );
    case "sources":
      return validated.sources.map(({ metadata: m, sha256, bytes }) => ({
        source_id: m.id,
        title: m.title,
        language: m.language,
        publisher: m.publisher,
        author: m.author,
        institution: m.institution,
        url: m.url,
        published: m.published,
        retrieved: m.retrieved,
        reference_period: m.reference_period,
        licence: m.licence,
        notes: m.notes,
        sha256,
        bytes,
      }));
    case "mentions":
      return [...validated.mentions]
        .sort((a, b) => compare(a.source_id, b.source_id) || a.start - b.start)
        .map((m) => ({
          source_id: m.source_id,
          text: m.text,
          value: m.value,
          kind: m.kind,
          qualifier: m.qualifier ?? null,
          form: m.form,
          start: m.start,
          end: m.end,
          line: m.line,
          column: m.column,
          status: m.status,
          indicator_id: m.indicator_id,
          period: m.period,
          observation_id: m.observation_id,
          evidence: m.evidence,
          reason: m.reason,
        }));
  }
}

export function buildTables(dataset: DerivedDataset, catalogue: Catalogue): Tables {
  const entries = tableNames.map((name) => {
    const schema = loadTableSchema(name);
    const rows = rowsOf(name, dataset, catalogue);
    // Rows carry exactly the schema's fields, in its order.
    const ordered = rows.map((row) => Object.fromEntries(schema.fields.map((f) => [f.name, row[f.name] ?? null])));
    return [name, { schema, rows: ordered }] as const;
  });
  return Object.fromEntries(entries) as Tables;
}
