/** One sheet per table: a bold, frozen, filterable header row of field names and one typed cell per value. */
import type { Column, Style, Workbook } from "exceljs";

import type { CellValue, WorkbookField, WorkbookTable } from "../xlsx.ts";
import { RTL, columnLetter, columnWidth } from "./cells.ts";

/** Name of the first sheet, reserved. */
export const README_SHEET = "README";

/**
 * Excel's rules for sheet names, checked up front: exceljs would silently truncate a long name (possibly into
 * a duplicate of another), and Excel compares names case-insensitively.
 */
export function checkSheetNames(tables: WorkbookTable[]): void {
  const seen = new Set<string>([README_SHEET.toLowerCase()]);
  for (const table of tables) {
    const { name } = table;
    const problem =
      name === "" ? "is empty"
      : name.length > 31 ? "is longer than 31 characters"
      : /[*?:/\\[\]]/.test(name) ? "contains one of * ? : / \\ [ ]"
      : /^'|'$/.test(name) ? "starts or ends with an apostrophe"
      : name.toLowerCase() === "history" ? "is reserved by Excel"
      : seen.has(name.toLowerCase()) ? "is used twice (sheet names ignore case) or clashes with README"
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

export function addTableSheet(workbook: Workbook, table: WorkbookTable): void {
  const sheet = workbook.addWorksheet(table.name, {
    views: [{ state: "frozen", xSplit: 0, ySplit: 1, topLeftCell: "A2", activeCell: "A2" }],
  });

  // Validate and convert every value first: widths are computed from the converted values.
  const rows = table.rows.map((row, index) =>
    table.fields.map((field, column) => cellValue(table.name, field, row[field.name], index + 2, column + 1)),
  );

  // Column styles are set before any row exists, so every data cell inherits them.
  sheet.columns = table.fields.map((field, column): Partial<Column> => {
    const style: Partial<Style> = {};
    const numFmt = NUMBER_FORMAT[field.type];
    if (numFmt) style.numFmt = numFmt;
    if (field.rtl) style.alignment = RTL;
    const texts = [field.name, ...rows.map((row) => displayText(field, row[column] ?? null))];
    return { key: field.name, width: columnWidth(texts), style };
  });

  const header = sheet.addRow(table.fields.map((field) => field.name));
  // A header cell would otherwise inherit its column's rtl alignment and number format.
  header.eachCell((cell) => (cell.style = { font: { bold: true } }));
  for (const values of rows) sheet.addRow(values);

  const lastColumn = columnLetter(table.fields.length);
  sheet.autoFilter = `A1:${lastColumn}${Math.max(1, rows.length + 1)}`;
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
