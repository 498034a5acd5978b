// A table whose header row names a column in percent ("| نوع القضايا | الحصة (%) |", "| الشريك | النسبة |"): the
// bare numbers of that column's cells in the rows under it are percentages, as if each carried its sign.
import type { NumberMention } from "../types/number-mention.ts";
import type { Span } from "./clauses.ts";

/** A header cell of a column in percent: a percent sign, or "share" / "rate" ("النسبة", "الحصة", "نسبة"). */
const percentHeader = /[%٪]|(?:^|\s)(?:ال)?(?:نسب|حص)[ةه](?:\s|$|\()/u;

/** The indexes of a header row's cells that name a column in percent, or null when none does. */
export function percentColumnsOf(text: string, cells: readonly Span[]): ReadonlySet<number> | null {
  const columns = new Set<number>();
  cells.forEach((cell, index) => {
    if (index > 0 && percentHeader.test(text.slice(cell.start, cell.end).trim())) columns.add(index);
  });
  return columns.size > 0 ? columns : null;
}

/** Whether a bare number stands alone in a cell of a column in percent. */
export function inPercentColumn(text: string, cells: readonly Span[], columns: ReadonlySet<number> | undefined, mention: NumberMention): boolean {
  if (!columns || mention.kind !== "number") return false;
  const index = cells.findIndex((cell) => cell.start <= mention.start && mention.end <= cell.end);
  return columns.has(index) && text.slice(cells[index]!.start, cells[index]!.end).trim() === text.slice(mention.start, mention.end);
}
