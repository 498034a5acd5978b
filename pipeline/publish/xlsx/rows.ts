// A table's rows as the workbook reads them: in memory, or in batches from elsewhere (the workbook's worker
// thread asks the main thread for them, so that it never holds a copy of a whole table).
import type { CellValue } from "../xlsx.ts";

export type WorkbookRow = Record<string, CellValue>;

/** Rows in memory, or read in batches. */
export type WorkbookRows = WorkbookRow[] | BatchedRows;

/** Rows read in batches: `batches` may be read more than once, and gives the same rows each time. */
export interface BatchedRows {
  count: number;
  batches: () => AsyncIterable<readonly WorkbookRow[]>;
}

export const rowCount = (rows: WorkbookRows): number => ("batches" in rows ? rows.count : rows.length);

export async function* rowBatches(rows: WorkbookRows): AsyncIterable<readonly WorkbookRow[]> {
  if ("batches" in rows) yield* rows.batches();
  else yield rows;
}
