/**
 * The first sheet: the README in English, French and Arabic side by side, one column per language (Arabic the
 * rightmost, right to left), so that every reader finds the whole text in their language in one column and
 * the three say the same thing row by row. Columns A and B hold the identifiers a row is about (a sheet, a
 * source, a column name) and a detail (rows, date, type). What the lines say is in ./readme-content.ts.
 */
import type { Alignment, Cell, CellRichTextValue, Font } from "exceljs";

import { type Lang, languageName, languages } from "../i18n/languages.ts";
import type { WorkbookInput } from "../xlsx.ts";
import { RTL, WRAPPED, WRAPPED_RTL, checkText, columnWidth, rowHeight, wrappedLines } from "./cells.ts";
import { type Labelled, type ReadmeLine, readmeLines } from "./readme-content.ts";
import { commitRow, README_SHEET, ROWS_PER_WAIT, type Sheet } from "./sheet.ts";

const KEY_COLUMN = 1;
const DETAIL_COLUMN = 2;
const languageColumn: Record<Lang, number> = { en: 3, fr: 4, ar: 5 };
const COLUMNS = 5;
/** The language columns: wide enough to read a paragraph, narrow enough for the three to fit a laptop's screen. */
const LANGUAGE_WIDTH = 45;

/** exceljs's default font, spelled out: a run of rich text without a font name may be shown in another one. */
const BASE_FONT: Partial<Font> = { name: "Calibri", size: 11, family: 2 };
const BOLD: Partial<Font> = { ...BASE_FONT, bold: true };
const HEADING: Partial<Font> = { ...BOLD, size: 12 };
const TITLE: Partial<Font> = { ...BOLD, size: 14 };
/** Excel does not style a hyperlink by itself: make it look clickable. */
const LINK: Partial<Font> = { ...BASE_FONT, color: { argb: "FF0563C1" }, underline: true };
const TOP: Partial<Alignment> = { vertical: "top" };

/** The text a cell shows of a labelled text: the label on its own line, then the text. */
function joined(labelled: Labelled): string {
  return [labelled.label, labelled.text].filter((part) => part !== undefined && part !== "").join("\n");
}

/**
 * Labelled texts as rich text, the label in bold (or in `labelFont`). One object per distinct text: the shared
 * string table keeps a value once by its identity, and the same text recurs (a title the same in two languages).
 */
class RichTexts {
  private readonly byFont = new Map<Partial<Font>, Map<string, CellRichTextValue>>();

  of(labelled: Required<Labelled>, labelFont: Partial<Font>): CellRichTextValue {
    let values = this.byFont.get(labelFont);
    if (!values) this.byFont.set(labelFont, (values = new Map()));
    const key = JSON.stringify([labelled.label, labelled.text]);
    let value = values.get(key);
    if (!value) values.set(key, (value = { richText: [{ font: labelFont, text: labelled.label }, { font: BASE_FONT, text: `\n${labelled.text}` }] }));
    return value;
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

/** Every text a line puts in a cell, by column (1-based), for the formula guard. */
function cellTexts(line: ReadmeLine): Array<[number, string]> {
  switch (line.kind) {
    case "title":
      return [[KEY_COLUMN, line.text]];
    case "languages":
      return languages.map((lang) => [languageColumn[lang], languageName[lang]]);
    case "link":
      return [[languageColumn.en, line.url]];
    case "blank":
      return [];
    default:
      return [
        ...(line.key === null ? [] : [[KEY_COLUMN, line.key] as [number, string]]),
        ...(typeof line.detail === "string" ? [[DETAIL_COLUMN, line.detail] as [number, string]] : []),
        ...languages.map((lang): [number, string] => [languageColumn[lang], joined(line.texts[lang])]),
      ];
  }
}

function linesOf(line: ReadmeLine): number {
  if (line.kind !== "item" && line.kind !== "heading" && line.kind !== "table") return 1;
  return Math.max(...languages.map((lang) => wrappedLines(joined(line.texts[lang]), LANGUAGE_WIDTH)));
}

function writeLine(sheet: { getRow(index: number): { getCell(column: number): Cell } }, index: number, line: ReadmeLine, richTexts: RichTexts): void {
  const row = sheet.getRow(index);
  const set = (column: number, value: Cell["value"], font?: Partial<Font>, alignment?: Partial<Alignment>) => {
    const cell = row.getCell(column);
    cell.value = value;
    if (font) cell.font = font;
    if (alignment) cell.alignment = alignment;
  };
  switch (line.kind) {
    case "title":
      set(KEY_COLUMN, line.text, TITLE, line.lang === "ar" ? RTL : undefined);
      return;
    case "languages":
      for (const lang of languages) set(languageColumn[lang], languageName[lang], HEADING, lang === "ar" ? RTL : undefined);
      return;
    case "link": {
      const target = linkTarget(line.url);
      // An address stays left to right, whatever the language of its column's neighbours.
      if (target === null) set(languageColumn.en, line.url);
      else set(languageColumn.en, { text: line.url, hyperlink: target }, LINK);
      return;
    }
    case "blank":
      return;
    default: {
      const heading = line.kind === "heading" || line.kind === "table";
      if (line.key !== null) set(KEY_COLUMN, line.key, heading ? BOLD : undefined, TOP);
      if (line.detail !== null) set(DETAIL_COLUMN, line.detail, heading ? BOLD : undefined, TOP);
      for (const lang of languages) {
        const labelled = line.texts[lang];
        const alignment = lang === "ar" ? WRAPPED_RTL : WRAPPED;
        // A cell that is only a label (a table's title) is bold as a whole; a labelled text bolds its label.
        if (labelled.label === undefined || labelled.text === undefined) set(languageColumn[lang], joined(labelled), labelled.text === undefined ? BOLD : undefined, alignment);
        else set(languageColumn[lang], richTexts.of({ label: labelled.label, text: labelled.text }, line.kind === "heading" ? HEADING : BOLD), undefined, alignment);
      }
    }
  }
}

/** The README sheet of `input`, its text checked (formula guard) and measured before anything is written. */
export function readmeSheet(input: WorkbookInput, counts: { byPeriodRows: number }): Sheet {
  const lines = readmeLines(input, counts.byPeriodRows);
  lines.forEach((line, index) => {
    for (const [column, text] of cellTexts(line)) checkText(README_SHEET, index + 1, column, text);
  });
  const identifiers = (pick: (line: ReadmeLine) => string | number | null) => lines.map((line) => (line.kind === "item" || line.kind === "heading" || line.kind === "table" ? String(pick(line) ?? "") : ""));
  const widths = [
    columnWidth(identifiers((line) => ("key" in line ? line.key : null))),
    columnWidth(identifiers((line) => ("detail" in line ? line.detail : null))),
    LANGUAGE_WIDTH,
    LANGUAGE_WIDTH,
    LANGUAGE_WIDTH,
  ];

  return {
    name: README_SHEET,
    async write(workbook) {
      const sheet = workbook.addWorksheet(README_SHEET);
      sheet.columns = widths.map((width) => ({ width }));
      const richTexts = new RichTexts();
      for (let index = 0; index < lines.length; index++) {
        const line = lines[index]!;
        writeLine(sheet, index + 1, line, richTexts);
        // A title is one line across the sheet, and an Arabic title ends at its right edge, over the Arabic column.
        if (line.kind === "title") sheet.mergeCells(index + 1, 1, index + 1, COLUMNS);
        const row = sheet.getRow(index + 1);
        const height = rowHeight(linesOf(line));
        if (height !== undefined) row.height = height;
        commitRow(row);
        if (index % ROWS_PER_WAIT === ROWS_PER_WAIT - 1) await workbook.drained(sheet);
      }
      sheet.commit();
    },
  };
}
