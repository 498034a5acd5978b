// Key figures laid out side by side, as a brochure's page comes out of a text extractor: a line of values set apart by
// runs of spaces, and under it a line of as many labels set apart the same way:
//   2 169                                      347
//   إشعارا بإيقاف البحث الدولي                 إشعارا بإيقاف البحث العربي
// Each value is labelled by the cell under it, not by the first words of the line below, which would give the second
// value the first label's indicator.
import { type LineSpan, splitLines } from "../text/lines.ts";
import { cellsSplitAt } from "../text/table-rows.ts";
import type { NumberMention } from "../types/number-mention.ts";

/** A run of three spaces or more, or a tab: the gap between two tiles. */
const tileGap = /(?: {3,}|\t[ \t]*)/gu;

/** A cell holding only a value: a number or a percentage. */
const valueCell = /^[+\-−]?[0-9٠-٩][0-9٠-٩.,٬٫ ]*[%٪]?$|^[%٪][0-9٠-٩][0-9٠-٩.,٬٫]*$/u;

/** The label under each value of a line of tiles: the cell in the same place on the line below. */
export function tileLabels(text: string, mentions: readonly NumberMention[]): Map<NumberMention, LineSpan> {
  const labels = new Map<NumberMention, LineSpan>();
  // Most texts have no run of spaces at all: no need to split them into lines.
  if (!text.includes("   ") && !text.includes("\t")) return labels;
  const lines = splitLines(text);
  for (let k = 0; k + 1 < lines.length; k++) {
    const line = text.slice(lines[k]!.start, lines[k]!.end);
    if (!line.includes("   ") && !line.includes("\t")) continue;
    const values = cellsSplitAt(text, lines[k]!, tileGap);
    if (values.length < 2 || !values.every((cell) => valueCell.test(text.slice(cell.start, cell.end)))) continue;
    const under = cellsSplitAt(text, lines[k + 1]!, tileGap);
    if (under.length !== values.length || !under.every((cell) => /^\p{L}/u.test(text.slice(cell.start, cell.end)) && !/\p{Nd}/u.test(text.slice(cell.start, cell.end)))) continue;
    values.forEach((cell, i) => {
      const mention = mentions.find((m) => m.start >= cell.start && m.end <= cell.end);
      if (mention) labels.set(mention, under[i]!);
    });
  }
  return labels;
}
