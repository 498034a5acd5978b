// CSV and JSON renderings of a table. The canonical CSV is RFC 4180 (comma, CRLF, UTF-8 without BOM) for
// machines; the Excel variant (BOM, ';', decimal comma) opens right in a French-locale spreadsheet, as
// used in Morocco, where a plain CSV shows Arabic as garbage and does not split on commas.
import { stringify } from "csv-stringify/sync";
import type { TableField } from "./table-schemas.ts";
import type { Cell, Row, Table } from "./tables.ts";

export const csvDialect = { delimiter: ",", lineTerminator: "\r\n", quoteChar: '"', doubleQuote: true, header: true } as const;

function render(table: Table, options: { delimiter: string; bom: boolean; number: (n: number) => string }): string {
  return stringify(table.rows, {
    bom: options.bom,
    header: true,
    delimiter: options.delimiter,
    record_delimiter: "\r\n",
    columns: table.schema.fields.map((f) => f.name),
    cast: { number: options.number, boolean: (b) => (b ? "true" : "false") },
  });
}

export const toCsv = (table: Table) => render(table, { delimiter: ",", bom: false, number: String });

export const toExcelCsv = (table: Table) => render(table, { delimiter: ";", bom: true, number: (n) => String(n).replace(".", ",") });

/** A cell as a typed value (JSON, spreadsheets): years become numbers, everything else keeps its type. */
function typed(field: TableField, cell: Cell): Cell {
  return field.type === "year" && typeof cell === "string" ? Number(cell) : cell;
}

export function typedRows(table: Table): Row[] {
  return table.rows.map((row) => Object.fromEntries(table.schema.fields.map((f) => [f.name, typed(f, row[f.name] ?? null)])));
}

export function toJson(table: Table): string {
  return `${JSON.stringify(typedRows(table), null, 2)}\n`;
}
