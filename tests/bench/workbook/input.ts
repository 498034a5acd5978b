// The workbook's input as the pipeline builds it (pipeline/publish/xlsx/input.ts), so that the benchmark can
// hand the same tables to both writers, and the input of the previous writer (whose README sheet was English,
// with two titles, a list of sources and a dictionary of English titles and descriptions) made from it.
// tests/bench/workbook.test.ts checks that the streaming writer makes the pipeline's own workbook, byte for
// byte, from this input.
import type { Catalogue } from "../../../pipeline/catalogue/load.ts";
import type { VersionStamp } from "../../../pipeline/publish/datapackage.ts";
import { readerData, readerRows } from "../../../pipeline/publish/reader/data.ts";
import type { Tables } from "../../../pipeline/publish/tables.ts";
import { citationOf } from "../../../pipeline/publish/version-files.ts";
import type { WorkbookInput } from "../../../pipeline/publish/xlsx.ts";
import { workbookInput } from "../../../pipeline/publish/xlsx/input.ts";
import type { WorkbookRow } from "../../../pipeline/publish/xlsx/rows.ts";
import type { WorkbookInput as PreviousWorkbookInput } from "./previous/xlsx.ts";

export function workbookInputOf(tables: Tables, catalogue: Catalogue, stamp: VersionStamp): WorkbookInput {
  const data = readerData(readerRows(tables), catalogue.units.units);
  return workbookInput({ catalogue, stamp, citation: citationOf(catalogue, stamp), data, tables });
}

/** The same tables for the previous writer: its README sheet is in English, so it gets the English texts. */
export function previousInputOf(input: WorkbookInput): PreviousWorkbookInput {
  return {
    title: input.title.en,
    titleAr: input.title.ar,
    version: input.version,
    date: input.date,
    licence: input.licence,
    about: [["How to cite", input.citation], ["Description", input.description.en]],
    sources: input.data.sources.map((s) => ({ id: s.source_id, title: s.title, url: s.url, published: s.published })),
    tables: input.tables.map((table) => ({
      name: table.name,
      title: table.title.en,
      fields: table.fields.map((field) => ({ name: field.name, type: field.type, title: field.title.en, description: field.description.en, rtl: field.rtl })),
      // workbookInput gives the rows in memory.
      rows: table.rows as WorkbookRow[],
    })),
  };
}
