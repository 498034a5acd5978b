// The workbook's input, from the tables of a version as publish builds them: each table with its titles and
// descriptions in three languages (from its Table Schema), the rows readers see (reader/), and the
// catalogue's dataset texts.
import type { Catalogue } from "../../catalogue/load.ts";
import { typedRows } from "../csv.ts";
import type { VersionStamp } from "../datapackage.ts";
import type { Trilingual } from "../i18n/languages.ts";
import type { ReaderData } from "../reader/data.ts";
import { type TableName, tableNames } from "../table-schemas.ts";
import type { Tables } from "../tables.ts";
import type { WorkbookInput, WorkbookTable } from "../xlsx.ts";
import { hasArabic } from "./cells.ts";
import type { WorkbookRows } from "./rows.ts";

/** A string column reads right to left when most of its cells hold Arabic. */
function isArabicColumn(tables: Tables, name: TableName, field: string): boolean {
  // One pass without intermediate arrays: it runs on the main thread, over every row, before the workbook's worker starts.
  let texts = 0;
  let arabic = 0;
  for (const row of tables[name].rows) {
    const cell = row[field];
    if (typeof cell !== "string") continue;
    texts++;
    if (hasArabic(cell)) arabic++;
  }
  return texts > 0 && arabic * 2 > texts;
}

/** A Table Schema's text in three languages; English stands in for a translation a schema lacks. */
function trilingual(en: string, ar: string | undefined, fr: string | undefined): Trilingual {
  return { en, ar: ar ?? en, fr: fr ?? en };
}

/** The rows of each table as the workbook reads them: by default every table typed in memory. */
export type RowsOf = (name: TableName) => WorkbookRows;

function workbookTables(tables: Tables, rowsOf: RowsOf): WorkbookTable[] {
  return tableNames.map((name) => {
    const { schema } = tables[name];
    return {
      name,
      title: trilingual(schema.title, schema.title_ar, schema.title_fr),
      description: trilingual(schema.description, schema.description_ar, schema.description_fr),
      fields: schema.fields.map((f) => ({
        name: f.name,
        type: f.type,
        title: trilingual(f.title, f.title_ar, f.title_fr),
        description: trilingual(f.description, f.description_ar, f.description_fr),
        rtl: f.type === "string" && isArabicColumn(tables, name, f.name),
      })),
      rows: rowsOf(name),
    };
  });
}

export interface WorkbookSources {
  catalogue: Catalogue;
  stamp: VersionStamp;
  citation: string;
  /** The version's rows as readers see them (readerData of the same tables). */
  data: ReaderData;
  tables: Tables;
  rows?: RowsOf;
}

export function workbookInput({ catalogue, stamp, citation, data, tables, rows = (name) => typedRows(tables[name]) }: WorkbookSources): WorkbookInput {
  const meta = catalogue.dataset;
  return {
    title: meta.title,
    description: meta.description,
    version: stamp.version,
    date: stamp.date,
    licence: meta.licence,
    rights: meta.rights,
    citation,
    limits: meta.limits,
    data,
    tables: workbookTables(tables, rows),
  };
}
