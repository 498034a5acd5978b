/** One sheet per table: a bold, frozen, filterable header row of field names and one typed cell per value. */
import type { Style } from "exceljs";

import type { CellValue, WorkbookField, WorkbookTable } from "../xlsx.ts";
import { rowBatches, rowCount, type WorkbookRow } from "./rows.ts";
import { RTL, checkText, clampWidth, columnLetter, textLength } from "./cells.ts";
import { BY_PERIOD_SHEET, commitRow, README_SHEET, ROWS_PER_WAIT, SharedStyles, type Sheet } from "./sheet.ts";

/**
 * Excel's rules for sheet names, checked up front: exceljs would silently truncate a long name (possibly into
 * a duplicate of another), and Excel compares names case-insensitively.
 */
export function checkSheetNames(tables: WorkbookTable[]): void {
  const seen = new Set<string>([README_SHEET.toLowerCase(), BY_PERIOD_SHEET.toLowerCase()]);
  for (const table of tables) {
    const { name } = table;
    const problem =
      name === "" ? "is empty"
      : name.length > 31 ? "is longer than 31 characters"
      : /[*?:/\\[\]]/.test(name) ? "contains one of * ? : / \\ [ ]"
      : /^'|'$/.test(name) ? "starts or ends with an apostrophe"
      : name.toLowerCase() === "history" ? "is reserved by Excel"
      : seen.has(name.toLowerCase()) ? `is used twice (sheet names ignore case) or clashes with ${README_SHEET} or ${BY_PERIOD_SHEET}`
      : null;
    if (problem) throw new Error(`xlsx: table name ${JSON.stringify(name)} cannot be a sheet name: it ${problem}`);
    seen.add(name.toLowerCase());
    if (table.fields.length === 0) throw new Error(`xlsx: table "${name}" has no fields`);
    const names = new Set(table.fields.map((field) => field.name));
    if (names.size !== table.fields.length) throw new Error(`xlsx: table "${name}" has two fields with the same name`);
  }
}

/**
 * Display formats. Integers get a grouping separator that Excel renders per locale (a space in French);
 * years must not ("2 022"). Decimals keep Excel's General format, which shows the locale's decimal comma.
 */
const NUMBER_FORMAT: Partial<Record<WorkbookField["type"], string>> = { integer: "#,##0", year: "0" };

/** A header cell would otherwise inherit its column's rtl alignment and number format. */
const HEADER_STYLE: Partial<Style> = { font: { bold: true } };

/**
 * Checks every value of a table (type, formula guard) and measures its columns (widths), a batch of rows at a
 * time: a bad value throws, naming its cell.
 */
export class ColumnMeasure {
  private readonly widths: number[];
  private index = 0;

  constructor(private readonly table: Pick<WorkbookTable, "name" | "fields">) {
    this.widths = table.fields.map((field, column) => {
      checkText(table.name, 1, column + 1, field.name);
      return textLength(field.name);
    });
  }

  add(rows: readonly WorkbookRow[]): void {
    const { name, fields } = this.table;
    // Loops rather than forEach: this runs for every cell of every table.
    for (const row of rows) {
      for (let column = 0; column < fields.length; column++) {
        const field = fields[column]!;
        const value = cellValue(name, field, row[field.name], this.index + 2, column + 1);
        if (typeof value === "string") checkText(name, this.index + 2, column + 1, value);
        this.widths[column] = Math.max(this.widths[column]!, textLength(displayText(field, value)));
      }
      this.index++;
    }
  }

  /** The longest text of each column, in characters. */
  result(): number[] {
    return this.widths;
  }
}

/**
 * The sheet of `table`. Every value is checked and measured before the sheet is written: here, before anything
 * is written (a bad value stops the build before the first byte of the workbook), reading the rows twice, once
 * here and once as they are written; or elsewhere, when the table comes `measured` (the workbook's worker
 * thread: the main thread, which holds the rows, measures them while the worker writes the sheets before).
 */
export async function tableSheet(table: WorkbookTable): Promise<Sheet> {
  let measured: number[] | undefined;
  if (!table.measured) {
    const measure = new ColumnMeasure(table);
    for await (const batch of rowBatches(table.rows)) measure.add(batch);
    measured = measure.result();
  }
  const columnStyles = table.fields.map((field): Partial<Style> => {
    const style: Partial<Style> = {};
    const numFmt = NUMBER_FORMAT[field.type];
    if (numFmt) style.numFmt = numFmt;
    if (field.rtl) style.alignment = RTL;
    return style;
  });

  return {
    name: table.name,
    async write(workbook) {
      const widths = measured ?? (await table.measured!);
      const sheet = workbook.addWorksheet(table.name, {
        views: [{ state: "frozen", xSplit: 0, ySplit: 1, topLeftCell: "A2", activeCell: "A2" }],
      });
      // Column styles are set before any row exists, so that a spreadsheet gives them to cells typed in later.
      sheet.columns = table.fields.map((field, column) => ({ key: field.name, width: clampWidth(widths[column]!), style: columnStyles[column]! }));
      sheet.autoFilter = `A1:${columnLetter(table.fields.length)}${Math.max(1, rowCount(table.rows) + 1)}`;

      const header = sheet.addRow(table.fields.map((field) => field.name));
      header.eachCell((cell) => (cell.style = HEADER_STYLE));
      header.commit();

      const styles = new SharedStyles(columnStyles);
      let index = 0;
      for await (const batch of rowBatches(table.rows)) {
        for (const values of batch) {
          const row = sheet.addRow(table.fields.map((field) => values[field.name] ?? null));
          styles.apply(row);
          commitRow(row);
          if (index % ROWS_PER_WAIT === ROWS_PER_WAIT - 1) await workbook.drained(sheet);
          index++;
        }
      }
      sheet.commit();
    },
  };
}

/**
 * The value as the cell will hold it. A value of the wrong type is a bug upstream, so it throws rather
 * than writing a number as text (which would sort and sum wrongly in Excel) or vice versa.
 */
function cellValue(sheet: string, field: WorkbookField, value: CellValue | undefined, row: number, column: number): CellValue {
  if (value === null || value === undefined) return null; // empty cell, as in the CSV
  const ok =
    field.type === "string" ? typeof value === "string"
    : field.type === "number" ? typeof value === "number" && Number.isFinite(value)
    : field.type === "integer" || field.type === "year" ? Number.isInteger(value)
    : field.type === "boolean" ? typeof value === "boolean"
    : // Dates stay text "YYYY-MM-DD": an Excel date is a serial number that exceljs converts from a JS Date,
      // i.e. an instant, so the day can shift with the time zone of whoever builds or reads it; the text is
      // what the CSV and JSON carry, sorts correctly and cannot move.
      typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value);
  if (!ok) {
    throw new Error(
      `xlsx: sheet "${sheet}" cell ${columnLetter(column)}${row}: ${JSON.stringify(value)} is not a valid ` +
        `${field.type} for field "${field.name}"`,
    );
  }
  return value;
}

/** Roughly what the cell shows, for the column width. */
function displayText(field: WorkbookField, value: CellValue): string {
  if (value === null) return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE"; // "VRAI"/"FAUX" in French: same width class
  if (typeof value === "number" && field.type === "integer") {
    return String(Math.abs(value)).replace(/\B(?=(\d{3})+$)/g, " ") + (value < 0 ? "-" : "");
  }
  return String(value);
}
