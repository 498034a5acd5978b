/**
 * The sheet of indicators by period: the wide view of the page and the data card (reader/figures.ts), rows in
 * the same order, periods newest first. The labels are laid out as bilingual statistical tables in Morocco
 * lay out theirs: the Latin-script labels (English, French) on the left of the figures, the Arabic one on their
 * right, where a right-to-left reader starts the row. The identifiers come last: they join a row to the long
 * tables, and a reader does not need them to read it.
 */
import type { Alignment, Style } from "exceljs";

import { type Lang, type Trilingual } from "../i18n/languages.ts";
import { text } from "../i18n/messages.ts";
import { formatNumber } from "../i18n/numbers.ts";
import { categoryLabel } from "../reader/categories.ts";
import type { ReaderData } from "../reader/data.ts";
import type { WideRow, WideTable } from "../reader/figures.ts";
import { unitKind, unitLabel } from "../reader/values.ts";
import { RTL, WRAPPED, WRAPPED_RTL, checkText, columnLetter, columnWidth, rowHeight, wrappedLines } from "./cells.ts";
import { type FigureCell, figureCell } from "./figure-cell.ts";
import { BY_PERIOD_SHEET, commitRow, ROWS_PER_WAIT, type Sheet } from "./sheet.ts";

/** A label wraps past this width rather than push the figures off the screen. */
const LABEL_WIDTH = 36;

type Value = string | number | null;

interface Column {
  header: string;
  /** The cell of a row (its number format, for a figure). */
  cell(row: SheetRow): { value: Value; numFmt?: string };
  alignment: Partial<Alignment>;
  /** The header cell keeps its column's direction and side, not its wrapping. */
  headerAlignment: Partial<Alignment>;
  /** Label columns wrap at LABEL_WIDTH; the others are as wide as their content. */
  wraps: boolean;
}

/** A row of the wide view with what its cells show. */
interface SheetRow {
  wide: WideRow;
  labels: Trilingual;
  units: Trilingual;
  figures: Map<string, FigureCell>;
}

const TOP: Partial<Alignment> = { vertical: "top" };
const FIGURE: Partial<Alignment> = { horizontal: "right", vertical: "top", wrapText: true };
const HEADER_FONT = { bold: true };

function textAlignment(lang: Lang): Pick<Column, "alignment" | "headerAlignment"> {
  return lang === "ar" ? { alignment: WRAPPED_RTL, headerAlignment: RTL } : { alignment: WRAPPED, headerAlignment: {} };
}

function labelColumn(lang: Lang): Column {
  return { header: text(lang, "table.indicator"), cell: (row) => ({ value: row.labels[lang] }), ...textAlignment(lang), wraps: true };
}

function unitColumn(lang: Lang): Column {
  return { header: text(lang, "table.unit"), cell: (row) => ({ value: row.units[lang] }), ...textAlignment(lang), wraps: false };
}

function periodColumn(period: string): Column {
  return {
    header: period,
    cell: (row) => {
      const figure = row.figures.get(period);
      return figure === undefined ? { value: null } : figure;
    },
    alignment: FIGURE,
    headerAlignment: { horizontal: "right" },
    wraps: false,
  };
}

function idColumn(header: string, id: (row: WideRow) => string | null): Column {
  return { header, cell: (row) => ({ value: id(row.wide) }), alignment: TOP, headerAlignment: {}, wraps: false };
}

function columnsOf(periods: string[]): Column[] {
  return [
    labelColumn("en"),
    unitColumn("en"),
    labelColumn("fr"),
    unitColumn("fr"),
    ...periods.map(periodColumn),
    unitColumn("ar"),
    labelColumn("ar"),
    idColumn("indicator_id", (row) => row.indicator.id),
    idColumn("breakdown", (row) => row.breakdown),
    idColumn("category", (row) => row.category),
  ];
}

function sheetRow(data: ReaderData, periods: string[], wide: WideRow): SheetRow {
  const label = (lang: Lang) => wide.indicator.label[lang] + (wide.category === null ? "" : ` (${categoryLabel(lang, data, wide.breakdown, wide.category)})`);
  const unit = (lang: Lang) => unitLabel(lang, data.units, wide.indicator.unit);
  const figures = new Map<string, FigureCell>();
  for (const period of periods) {
    const observed = wide.cells.get(period);
    if (observed) figures.set(period, figureCell(observed, (name) => unitKind(data.units, name)));
  }
  return { wide, labels: { en: label("en"), fr: label("fr"), ar: label("ar") }, units: { en: unit("en"), fr: unit("fr"), ar: unit("ar") }, figures };
}

/** Roughly what a cell shows, for its column's width (a number with its thousands grouped). */
function shownText(value: Value): string {
  if (value === null) return "";
  return typeof value === "number" ? formatNumber("en", value) : value;
}

/** The sheet of `view` (indicatorsByPeriod of `data`), its text checked and its columns measured before anything is written. */
export function byPeriodSheet(data: ReaderData, view: WideTable): Sheet {
  const columns = columnsOf(view.periods);
  const rows = view.rows.map((wide) => sheetRow(data, view.periods, wide));
  const cells = rows.map((row) => columns.map((column) => column.cell(row)));

  columns.forEach((column, index) => checkText(BY_PERIOD_SHEET, 1, index + 1, column.header));
  cells.forEach((values, row) =>
    values.forEach(({ value }, column) => {
      if (typeof value === "string") checkText(BY_PERIOD_SHEET, row + 2, column + 1, value);
    }),
  );
  const widths = columns.map((column, index) => {
    const width = columnWidth([column.header, ...cells.map((values) => shownText(values[index]!.value))]);
    return column.wraps ? Math.min(width, LABEL_WIDTH) : width;
  });
  const heights = cells.map((values) => rowHeight(Math.max(1, ...values.map(({ value }, index) => (typeof value === "string" ? wrappedLines(value, widths[index]!) : 1)))));

  // One style object per column and number format: exceljs looks a style up by its object.
  const styles = new Map<string, Partial<Style>>();
  const styleOf = (index: number, numFmt: string | undefined): Partial<Style> => {
    const key = `${index}|${numFmt ?? ""}`;
    let style = styles.get(key);
    if (!style) styles.set(key, (style = numFmt === undefined ? { alignment: columns[index]!.alignment } : { alignment: columns[index]!.alignment, numFmt }));
    return style;
  };

  return {
    name: BY_PERIOD_SHEET,
    async write(workbook) {
      const sheet = workbook.addWorksheet(BY_PERIOD_SHEET, {
        views: [{ state: "frozen", xSplit: 0, ySplit: 1, topLeftCell: "A2", activeCell: "A2" }],
      });
      sheet.columns = widths.map((width) => ({ width }));
      sheet.autoFilter = `A1:${columnLetter(columns.length)}${rows.length + 1}`;

      const header = sheet.getRow(1);
      columns.forEach((column, index) => {
        const cell = header.getCell(index + 1);
        cell.value = column.header;
        cell.style = { font: HEADER_FONT, alignment: column.headerAlignment };
      });
      header.commit();

      for (let index = 0; index < rows.length; index++) {
        const row = sheet.getRow(index + 2);
        cells[index]!.forEach(({ value, numFmt }, column) => {
          if (value === null) return; // a period without a figure: an empty cell, as in the CSV
          const cell = row.getCell(column + 1);
          cell.value = value;
          cell.style = styleOf(column, numFmt);
        });
        const height = heights[index];
        if (height !== undefined) row.height = height;
        commitRow(row);
        if (index % ROWS_PER_WAIT === ROWS_PER_WAIT - 1) await workbook.drained(sheet);
      }
      sheet.commit();
    },
  };
}
