/**
 * The spreadsheet edition of the dataset: one workbook with a README sheet in English, French and Arabic
 * (metadata, sources, column dictionary), the indicators by period as the page and the data card show them,
 * and one sheet per table. Built for people who open it in Excel or LibreOffice: numbers are numeric cells
 * (a French locale then shows "5 800"), Arabic text reads right to left, and the bytes depend on the input
 * only, so a rebuild of the same version yields the same file.
 */

import { createWriteStream } from "node:fs";
import { rm } from "node:fs/promises";
import { PassThrough, type Writable } from "node:stream";
import { finished } from "node:stream/promises";
import { isCalendarDate } from "../lib/dates.ts";
import type { Trilingual } from "./i18n/languages.ts";
import type { ReaderData } from "./reader/data.ts";
import { indicatorsByPeriod } from "./reader/figures.ts";
import { byPeriodSheet } from "./xlsx/by-period-sheet.ts";
import { readmeSheet } from "./xlsx/readme-sheet.ts";
import type { Sheet } from "./xlsx/sheet.ts";
import { checkSheetNames, tableSheet } from "./xlsx/table-sheet.ts";
import type { WorkbookRows } from "./xlsx/rows.ts";
import { openWorkbookWriter } from "./xlsx/workbook-writer.ts";

export type CellValue = string | number | boolean | null;

export interface WorkbookField {
  name: string;
  type: "string" | "integer" | "number" | "boolean" | "date" | "year";
  title: Trilingual;
  description: Trilingual;
  /** The column holds Arabic text. */
  rtl?: boolean;
}

export interface WorkbookTable {
  name: string;
  title: Trilingual;
  description: Trilingual;
  fields: WorkbookField[];
  rows: WorkbookRows;
  /**
   * The longest text of each column, when every value was checked and measured elsewhere (xlsx/table-sheet.ts
   * ColumnMeasure): the rows are then read once, as they are written. Awaited before the table's sheet is written.
   */
  measured?: Promise<number[]>;
}

export interface WorkbookInput {
  /** The dataset's title and description (the catalogue's dataset.json). */
  title: Trilingual;
  description: Trilingual;
  /** "1.2.0" */
  version: string;
  /** Version date "YYYY-MM-DD": the only date allowed in the file's metadata. */
  date: string | null;
  licence: { name: string; title: string; path: string };
  /** What the licence covers, and the rights of the quoted text (dataset.rights). */
  rights: Trilingual;
  /** How to cite the version: a bibliographic reference, in English as on the page. */
  citation: string;
  /** Known limits that do not depend on the data (the catalogue's); those that do are generated from `data`. */
  limits: Trilingual[];
  /**
   * The version's rows as readers see them (reader/): the sheet of indicators by period and the README's
   * generated sentences and sources come from the same model as the page and the data card.
   */
  data: ReaderData;
  tables: WorkbookTable[];
}

/** Recorded in docProps/core.xml instead of exceljs's default ("ExcelJS"), and never a person's name. */
const AUTHOR = "dgsn-open-data";

/** Used for the internal timestamps of an undated version: any fixed instant would do, this one is obvious. */
const UNDATED = "2000-01-01";

/**
 * Writes the workbook into `target`, a stream (ended when the workbook is complete) or a file path. Every
 * value is checked first: a refused input throws before anything is written or created. The sheets then go
 * into the zip row by row, so memory does not grow with the output; a failure while writing destroys the
 * stream, or removes the file, and throws.
 */
export async function writeWorkbook(input: WorkbookInput, target: Writable | string): Promise<void> {
  const date = versionInstant(input.date);
  checkSheetNames(input.tables);
  const byPeriod = indicatorsByPeriod(input.data);
  // One function per sheet: each checks and measures its content now, and writes it later.
  const sheets: Sheet[] = [readmeSheet(input, { byPeriodRows: byPeriod.rows.length }), byPeriodSheet(input.data, byPeriod)];
  for (const table of input.tables) sheets.push(await tableSheet(table));

  const stream = typeof target === "string" ? createWriteStream(target) : target;
  try {
    const workbook = await openWorkbookWriter(stream, { date, creator: AUTHOR, title: input.title.en, sheetNames: sheets.map((sheet) => sheet.name) });
    try {
      for (const sheet of sheets) await sheet.write(workbook);
      await workbook.commit();
    } catch (error) {
      workbook.abort(error as Error);
      throw error;
    }
    // A file is complete once its descriptor is closed, not when the zip has handed over its last byte.
    if (typeof target === "string") await finished(stream);
  } catch (error) {
    stream.destroy();
    if (typeof target === "string") await rm(target, { force: true });
    throw error;
  }
}

/** The workbook as bytes, for a caller that plans the whole output in memory. */
export async function buildWorkbook(input: WorkbookInput): Promise<Buffer> {
  const collector = new PassThrough();
  const chunks: Buffer[] = [];
  collector.on("data", (chunk: Buffer) => chunks.push(chunk));
  await writeWorkbook(input, collector);
  return Buffer.concat(chunks);
}

/** The version date at 00:00:00Z, validated: it ends up in core.xml and in every zip entry. */
function versionInstant(date: string | null): Date {
  const text = date ?? UNDATED;
  if (!isCalendarDate(text)) {
    throw new Error(`buildWorkbook: version date ${JSON.stringify(date)} is not a calendar date YYYY-MM-DD`);
  }
  const instant = new Date(`${text}T00:00:00Z`);
  // Zip entry headers store MS-DOS dates, which start in 1980; the zip writer (archiver) clamps them after 2043.
  if (instant.getUTCFullYear() < 1980 || instant.getUTCFullYear() > 2043) {
    throw new Error(`buildWorkbook: version date ${text} is outside the range the zip writer can record (1980-2043)`);
  }
  return instant;
}
