// The workbook's input as the pipeline builds it (pipeline/publish/version-files.ts, which keeps it private), so
// that the benchmark can hand the same tables to both writers. tests/bench/workbook.test.ts checks that it
// stays the same: the streaming writer makes the pipeline's own workbook, byte for byte, from it.
import type { Catalogue } from "../../../pipeline/catalogue/load.ts";
import { typedRows } from "../../../pipeline/publish/csv.ts";
import type { VersionStamp } from "../../../pipeline/publish/datapackage.ts";
import { type TableName, tableNames } from "../../../pipeline/publish/table-schemas.ts";
import type { Tables } from "../../../pipeline/publish/tables.ts";
import { citationOf } from "../../../pipeline/publish/version-files.ts";
import type { WorkbookInput } from "../../../pipeline/publish/xlsx.ts";
import { hasArabic } from "../../../pipeline/publish/xlsx/cells.ts";

function isArabicColumn(tables: Tables, name: TableName, field: string): boolean {
  const texts = tables[name].rows.map((r) => r[field]).filter((c): c is string => typeof c === "string");
  return texts.length > 0 && texts.filter(hasArabic).length * 2 > texts.length;
}

export function workbookInputOf(tables: Tables, catalogue: Catalogue, stamp: VersionStamp): WorkbookInput {
  const meta = catalogue.dataset;
  return {
    title: meta.title.en,
    titleAr: meta.title.ar,
    version: stamp.version,
    date: stamp.date,
    licence: meta.licence,
    about: [["How to cite", citationOf(catalogue, stamp)], ["Description", meta.description.en]],
    sources: tables.sources.rows.map((s) => ({ id: String(s.source_id), title: s.title as string | null, url: s.url as string | null, published: s.published as string | null })),
    tables: tableNames.map((name) => ({
      name,
      title: tables[name].schema.title,
      fields: tables[name].schema.fields.map((f) => ({ name: f.name, type: f.type, title: f.title, description: f.description, rtl: f.type === "string" && isArabicColumn(tables, name, f.name) })),
      rows: typedRows(tables[name]),
    })),
  };
}
