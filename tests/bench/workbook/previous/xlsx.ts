// The workbook writer as it was before streaming (pipeline/publish/xlsx.ts and xlsx/ at commit fdfe550), kept
// unchanged as the baseline the benchmark measures the streaming writer against ("old vs new on the same
// tables"), and that tests/bench/workbook.test.ts compares it with. The pipeline does not use it.
/**
 * The spreadsheet edition of the dataset: one workbook with a README sheet (metadata, sources, column
 * dictionary) and one sheet per table. Built for people who open it in Excel or LibreOffice with a French
 * locale: numbers are numeric cells (the locale then shows "5 800"), Arabic text keeps its direction, and
 * the bytes depend on the input only, so a rebuild of the same version yields the same file.
 */

import { assertNoFormulaLikeText } from "./xlsx/cells.ts";
import { addReadmeSheet } from "./xlsx/readme-sheet.ts";
import { reproducibleZip } from "./xlsx/reproducible-zip.ts";
import { addTableSheet, checkSheetNames } from "./xlsx/table-sheet.ts";

export type CellValue = string | number | boolean | null;

export interface WorkbookField {
  name: string;
  type: "string" | "integer" | "number" | "boolean" | "date" | "year";
  title: string;
  description: string;
  /** The column holds Arabic text. */
  rtl?: boolean;
}

export interface WorkbookTable {
  name: string;
  title: string;
  fields: WorkbookField[];
  rows: Array<Record<string, CellValue>>;
}

export interface WorkbookInput {
  /** Dataset title (English). */
  title: string;
  /** Dataset title (Arabic). */
  titleAr: string;
  /** "1.2.0" */
  version: string;
  /** Version date "YYYY-MM-DD": the only date allowed in the file's metadata. */
  date: string | null;
  licence: { name: string; title: string; path: string };
  /** Extra key/value lines for the README sheet (citation, homepage ...). */
  about: Array<[string, string]>;
  sources: Array<{ id: string; title: string | null; url: string | null; published: string | null }>;
  tables: WorkbookTable[];
}

/** Recorded in docProps/core.xml instead of exceljs's default ("Unknown"), and never a person's name. */
const AUTHOR = "dgsn-open-data";

/** Used for the internal timestamps of an undated version: any fixed instant would do, this one is obvious. */
const UNDATED = "2000-01-01";

export async function buildWorkbook(input: WorkbookInput): Promise<Buffer> {
  const timestamp = versionInstant(input.date);
  checkSheetNames(input.tables);

  // Loaded on first use: exceljs takes longer to load than the rest of the pipeline takes to run.
  const { default: ExcelJS } = await import("exceljs");
  const workbook = new ExcelJS.Workbook();
  // exceljs stamps `new Date()` into docProps/core.xml unless these are set.
  workbook.creator = AUTHOR;
  workbook.lastModifiedBy = AUTHOR;
  workbook.created = timestamp;
  workbook.modified = timestamp;
  workbook.title = input.title;

  addReadmeSheet(workbook, input);
  for (const table of input.tables) addTableSheet(workbook, table);

  assertNoFormulaLikeText(workbook);

  // exceljs's own zip carries the wall-clock time in every entry header; re-pack it with fixed dates.
  const raw = await workbook.xlsx.writeBuffer();
  return reproducibleZip(new Uint8Array(raw), timestamp);
}

/** The version date at 00:00:00Z, validated: it ends up in core.xml and in every zip entry. */
function versionInstant(date: string | null): Date {
  const text = date ?? UNDATED;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const instant = new Date(`${text}T00:00:00Z`);
  // The round trip rejects "2024-02-30", which Date would silently roll over into March.
  if (!match || Number.isNaN(instant.getTime()) || instant.toISOString().slice(0, 10) !== text) {
    throw new Error(`buildWorkbook: version date ${JSON.stringify(date)} is not a calendar date YYYY-MM-DD`);
  }
  // Zip entry headers store MS-DOS dates, which start in 1980.
  if (instant.getUTCFullYear() < 1980 || instant.getUTCFullYear() > 2107) {
    throw new Error(`buildWorkbook: version date ${text} is outside the range a zip file can record (1980-2107)`);
  }
  return instant;
}
