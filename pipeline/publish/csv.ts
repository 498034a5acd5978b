// CSV and JSON renderings of a table. The canonical CSV is RFC 4180 (comma, CRLF, UTF-8 without BOM) for
// machines; the Excel variant (BOM, ';', decimal comma) opens right in a French-locale spreadsheet, as
// used in Morocco, where a plain CSV shows Arabic as garbage and does not split on commas.
import { createWriteStream } from "node:fs";
import { rm } from "node:fs/promises";
import { PassThrough, Readable, type Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { type Options, stringify } from "csv-stringify";
import { utf8BlockStream } from "./file-sink.ts";
import type { TableField } from "./table-schemas.ts";
import type { Cell, Row, Table } from "./tables.ts";

export const csvDialect = { delimiter: ",", lineTerminator: "\r\n", quoteChar: '"', doubleQuote: true, header: true } as const;

/** "canonical": RFC 4180 for machines; "excel": for a spreadsheet in a French locale. */
export type CsvVariant = "canonical" | "excel";

function options(table: Table, variant: CsvVariant): Options {
  const excel = variant === "excel";
  return {
    bom: excel,
    header: true,
    delimiter: excel ? ";" : ",",
    record_delimiter: "\r\n",
    columns: table.schema.fields.map((f) => f.name),
    cast: { number: excel ? (n) => String(n).replace(".", ",") : String, boolean: (b) => (b ? "true" : "false") },
  };
}

/**
 * Each row as its cells in the columns' order: csv-stringify takes a list as it is, where it would look up
 * each column of an object by its key as a path (a fifth of its time on the mentions table).
 */
function* cellLists(table: Table): Generator<Array<Cell | undefined>> {
  const names = table.schema.fields.map((f) => f.name);
  for (const row of table.rows) {
    const cells = new Array<Cell | undefined>(names.length);
    for (let index = 0; index < names.length; index++) cells[index] = row[names[index]!];
    yield cells;
  }
}

/**
 * Writes `table` as CSV into `target`, a stream (ended when the table is written) or a file path, row by row
 * through csv-stringify's streaming API. On failure a file is removed and the error thrown.
 */
export async function writeCsv(table: Table, variant: CsvVariant, target: Writable | string): Promise<void> {
  const stream = typeof target === "string" ? createWriteStream(target) : target;
  try {
    // csv-stringify hands each row over as a string (its readable side in object mode), encoded into blocks as
    // it comes: otherwise the stream turns each row into a Buffer of its own, then the sink joins them.
    await pipeline(Readable.from(cellLists(table)), stringify({ ...options(table, variant), readableObjectMode: true }), utf8BlockStream(), stream);
  } catch (error) {
    if (typeof target === "string") await rm(target, { force: true });
    throw error;
  }
}

/** The CSV as bytes, for a caller that plans the whole output in memory. */
export async function csvBytes(table: Table, variant: CsvVariant): Promise<Buffer> {
  const collector = new PassThrough();
  const chunks: Buffer[] = [];
  collector.on("data", (chunk: Buffer) => chunks.push(chunk));
  await writeCsv(table, variant, collector);
  return Buffer.concat(chunks);
}

/** A cell as a typed value (JSON, spreadsheets): years become numbers, everything else keeps its type. */
function typed(field: TableField, cell: Cell): Cell {
  return field.type === "year" && typeof cell === "string" ? Number(cell) : cell;
}

/** One row as JSON and the spreadsheets have it: the schema's fields in order, each typed. */
export function typedRow(table: Table, row: Row): Row {
  // A loop, not Object.fromEntries over a mapped array: this runs for every row of every table, three times.
  const result: Row = {};
  for (const field of table.schema.fields) result[field.name] = typed(field, row[field.name] ?? null);
  return result;
}

export function typedRows(table: Table): Row[] {
  return table.rows.map((row) => typedRow(table, row));
}

export function toJson(table: Table): string {
  return `${JSON.stringify(typedRows(table), null, 2)}\n`;
}
