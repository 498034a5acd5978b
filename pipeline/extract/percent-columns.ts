// A table whose header row names a column in percent ("| نوع القضايا | الحصة (%) |", "| الشريك | النسبة |"): the
// bare numbers of that column's cells in the rows under it are percentages, as if each carried its sign. So are the
// bare values of a list whose heading gives it in percent ("توزيع الملفات حسب نوع القضية (%):⏎- المخدرات: 38").
import type { NumberMention } from "../types/number-mention.ts";
import { listHeadingAbove } from "../text/list-items.ts";
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

/** How many items of a list its heading may stand over. */
const listReach = 20;

/** A list's heading in percent: a percent sign and no number of its own, ending on a colon ("… حسب نوع القضية (%):"). */
const percentHeading = /^[^\p{Nd}]*[%٪][^\p{Nd}]*[:：]\s*$/u;

/** Whether a bare number ends a list item ("- المخدرات: 38") under a heading that gives the list in percent. */
export function inPercentList(text: string, mention: NumberMention): boolean {
  if (mention.kind !== "number" || !/^[^\S\n]*(?:\n|$)/u.test(text.slice(mention.end, mention.end + 8))) return false;
  const heading = listHeadingAbove(text, mention.start, listReach);
  return heading !== undefined && percentHeading.test(text.slice(heading.start, heading.end).trim());
}
