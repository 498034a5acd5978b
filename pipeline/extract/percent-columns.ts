// A table whose header row names a column in percent ("| نوع القضايا | الحصة (%) |", "| الشريك | النسبة |"): the
// bare numbers of that column's cells in the rows under it are percentages, as if each carried its sign. So are the
// bare values of a list whose heading gives it in percent ("توزيع الملفات حسب نوع القضية (%):⏎- المخدرات: 38"), and
// of a block of label–value lines under such a heading, bullets or not ("التوزيع حسب البلد الشريك (%)⏎إسبانيا 27").
import type { NumberMention } from "../types/number-mention.ts";
import { listHeadingAbove } from "../text/list-items.ts";
import { lineAbove, shortLineAt } from "../text/lines.ts";
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

/** A line of a label and its bare value, and nothing else: "إسبانيا 27", "- فرنسا: 22", "| بلجيكا | 9 |". */
const labelValueLine = /^[^\S\n]*(?:[-–•▪◦*·|][^\S\n]*)?\p{L}[\p{L}\p{M}'’ ]*?[^\S\n]*[:：|–-]?[^\S\n]*[0-9٠-٩]+(?:[.,٫][0-9٠-٩]+)?[^\S\n]*\|?[^\S\n]*$/u;

/**
 * A heading in percent: a percent sign no number carries ("(%)", "… حسب البلد ٪"), or "in percent" in words in
 * parentheses ("(بالنسبة المئوية)", "(بالمائة)", misspelt "المائوية" too); not "بنسبة 20%".
 */
const percentSignAlone = /(?:^|[^\p{Nd}\s])[^\S\n]*[%٪]|\([^\S\n]*(?:[%٪]|(?:ب?ال)?نسب[ةه][^\S\n]+ال?م[ئا]{1,2}و?ي[ةه]|(?:ب|في[^\S\n]+)?ال?م[ئا]{1,2}[ةه])[^\S\n]*\)/u;

/** How long a block's line may be: longer, it is prose. */
const longestLine = 60;

/**
 * Whether a bare number ends a label–value line of a block whose heading, the first line above that is no such
 * line, gives the block in percent ("جدول 14.8: توزيع المبادلات حسب البلد الشريك، سنة 2018 (%)⏎إسبانيا | 27").
 */
export function inPercentBlock(text: string, mention: NumberMention): boolean {
  const line = shortLineAt(text, mention.start, longestLine);
  if (mention.kind !== "number" || !line || mention.end < line.end - 2 || !labelValueLine.test(text.slice(line.start, line.end))) return false;
  let above = lineAbove(text, line.start);
  for (let k = 0; above && k < listReach; k++, above = lineAbove(text, above.start)) {
    const content = text.slice(above.start, above.end);
    if (content.length <= longestLine && labelValueLine.test(content)) continue;
    return percentSignAlone.test(content);
  }
  return false;
}
