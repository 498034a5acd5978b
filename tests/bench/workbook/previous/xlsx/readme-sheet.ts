/** The first sheet: what the dataset is, its version and licence, where the figures come from, and what each column means. */
import type { Cell, Workbook } from "exceljs";

import type { WorkbookInput } from "../xlsx.ts";
import { RTL, columnWidth, hasArabic } from "./cells.ts";
import { README_SHEET } from "./table-sheet.ts";

type Value = string | number | null;
/**
 * title: the two dataset titles; note: a sentence left to overflow into the empty cells on its right;
 * heading: a section name; header: column names of a section; key: key/value line.
 */
type Kind = "title" | "note" | "heading" | "header" | "key" | "plain";
interface Line {
  kind: Kind;
  values: Value[];
}

/** The widest section (the column dictionary) has five columns; titles are merged across them. */
const COLUMNS = 5;
/** The dictionary's description column: the one that gets long, so it wraps instead of growing. */
const DESCRIPTION_COLUMN = 5;

export function addReadmeSheet(workbook: Workbook, input: WorkbookInput): void {
  const lines = readmeLines(input);
  const sheet = workbook.addWorksheet(README_SHEET);

  // Widths from the tabular lines only: titles are merged across all the columns, notes overflow.
  const body = lines.filter((line) => line.kind !== "title" && line.kind !== "note");
  sheet.columns = Array.from({ length: COLUMNS }, (_, index) => ({
    width: columnWidth(body.map((line) => String(line.values[index] ?? ""))),
  }));

  lines.forEach((line, index) => {
    const row = sheet.getRow(index + 1);
    line.values.forEach((value, column) => {
      if (value === null || value === "") return;
      styleCell(row.getCell(column + 1), value, line.kind, column + 1);
    });
    if (line.kind === "title") sheet.mergeCells(index + 1, 1, index + 1, COLUMNS);
  });
}

function styleCell(cell: Cell, value: string | number, kind: Kind, column: number): void {
  const target = typeof value === "string" ? linkTarget(value) : null;
  cell.value = target !== null ? { text: String(value), hyperlink: target } : value;
  // Excel does not style a hyperlink by itself: make it look clickable.
  if (target !== null) cell.font = { color: { argb: "FF0563C1" }, underline: true };
  else if (kind === "title") cell.font = { bold: true, size: 14 };
  else if (kind === "heading") cell.font = { bold: true, size: 12 };
  else if (kind === "header" || (kind === "key" && column === 1)) cell.font = { bold: true };
  // An address stays left to right even when its path is Arabic.
  if (typeof value === "string" && target === null && hasArabic(value)) {
    cell.alignment = { ...RTL, wrapText: column === DESCRIPTION_COLUMN };
  } else if (kind === "plain" && column === DESCRIPTION_COLUMN) {
    cell.alignment = { wrapText: true, vertical: "top" };
  }
}

/**
 * Plain http(s) addresses become clickable; anything else stays text (no other scheme is trusted). The
 * target is the percent-encoded form (WHATWG URL), so an Arabic path survives in the relationship file;
 * the cell keeps the readable form.
 */
function linkTarget(text: string): string | null {
  if (!/^https?:\/\/\S+$/.test(text)) return null;
  try {
    return new URL(text).href;
  } catch {
    return null;
  }
}

function readmeLines(input: WorkbookInput): Line[] {
  const lines: Line[] = [];
  const add = (kind: Kind, ...values: Value[]): void => void lines.push({ kind, values });
  const blank = (): void => add("plain");

  add("title", input.title);
  add("title", input.titleAr);
  add("note", `Sheets: ${[README_SHEET, ...input.tables.map((table) => table.name)].join(", ")}. Row 1 of each table sheet names its columns; the column dictionary below describes them.`);
  blank();
  add("key", "Version", input.version);
  add("key", "Date", input.date ?? "not dated");
  add("key", "Licence", `${input.licence.title} (${input.licence.name})`);
  add("key", "Licence text", input.licence.path);
  for (const [key, value] of input.about) add("key", key, value);

  blank();
  add("heading", "Tables");
  add("header", "sheet", "title", "rows");
  for (const table of input.tables) add("plain", table.name, table.title, table.rows.length);

  blank();
  add("heading", "Sources");
  add("header", "id", "title", "url", "published");
  for (const source of input.sources) add("plain", source.id, source.title, source.url, source.published);

  blank();
  add("heading", "Column dictionary");
  add("header", "table", "column", "type", "title", "description");
  for (const table of input.tables) {
    for (const field of table.fields) {
      const type = field.type === "date" ? "date (text YYYY-MM-DD)" : field.type;
      add("plain", table.name, field.name, type, field.title, field.description);
    }
  }
  return lines;
}
