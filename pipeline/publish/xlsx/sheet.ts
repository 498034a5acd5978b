/** What every sheet of the workbook is: checked and measured when it is made, then written row by row. */
import type { Row, Style } from "exceljs";
import type { StreamingWorkbook } from "./workbook-writer.ts";

export interface Sheet {
  name: string;
  /** Writes the sheet into the workbook, committing each row as it goes. */
  write(workbook: StreamingWorkbook): Promise<void>;
}

/** The sheets for readers, before the table sheets; no table may take their names. */
export const README_SHEET = "README";
export const BY_PERIOD_SHEET = "Indicators by period";

/**
 * One empty style object for every row. exceljs gives each row a fresh `{}` and, as the row is committed, looks
 * its style up by that object's identity: a miss every time, which renders the style's XML to find its id (0,
 * the same for every row) and grows a WeakMap by one key per row. The shared object gives the same id.
 */
const ROW_STYLE: Partial<Style> = {};

/** Commits `row` with the shared row style (see ROW_STYLE). */
export function commitRow(row: Row): void {
  (row as Row & { style: Partial<Style> }).style = ROW_STYLE;
  row.commit();
}

/** Rows committed between two waits for the zip to take them (backpressure). */
export const ROWS_PER_WAIT = 256;

/**
 * One style object per column and cell type, shared by the cells: exceljs caches a cell's style id by the
 * identity of its style object (a WeakMap), so a fresh object per cell cost a full style lookup each, and
 * V8's WeakMap slows down past a couple of million keys. Each object holds what exceljs would have copied from
 * the column (number format, alignment), and is keyed by cell type too, since exceljs derives the id from both.
 */
export class SharedStyles {
  private readonly styles = new Map<string, Partial<Style>>();

  constructor(private readonly columnStyles: ReadonlyArray<Partial<Style>>) {}

  /** Gives every cell of `row` its shared style. */
  apply(row: Row): void {
    this.columnStyles.forEach((columnStyle, index) => {
      const cell = row.getCell(index + 1);
      const key = `${index}:${cell.type}`;
      let style = this.styles.get(key);
      if (!style) this.styles.set(key, (style = { ...columnStyle }));
      cell.style = style;
    });
  }
}
