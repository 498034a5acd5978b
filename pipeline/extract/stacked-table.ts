// A table copied one cell per line: its header's years each on a line of their own ("المؤشر⏎2017⏎2018⏎التطور"),
// then each row's label and its values, one a line. Which column a value stands in is the count of lines since
// its row's label, which the reading does not follow: such a value is held back, not given to the text's period
// (it gave the 2017 column and the change column to the wrong years and indicators).
import { type LineSpan, splitLines } from "../text/lines.ts";
import type { NumberMention } from "../types/number-mention.ts";

/** A line holding only a year: a header cell. */
const yearLine = /^[^\S\n]*(?:19|20|١٩|٢٠)[0-9٠-٩]{2}[^\S\n]*$/u;

/** A line holding only a value: a number or a percentage, maybe signed ("+20%", "−12٪"). */
const valueLine = /^[^\S\n]*[+\-−–]?[^\S\n]*[0-9٠-٩][0-9٠-٩.,٬٫ ]*[^\S\n]*[%٪]?[^\S\n]*$/u;

/** A line this long is prose: the table has ended. */
const proseLength = 80;

/** The mentions alone on their line in a table laid out one cell per line under a header of two or more year lines. */
export function stackedTableCells(text: string, mentions: readonly NumberMention[]): ReadonlySet<NumberMention> {
  const lines = splitLines(text);
  const content = (line: LineSpan) => text.slice(line.start, line.end);
  const valueLines: LineSpan[] = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    if (!yearLine.test(content(lines[i]!)) || !yearLine.test(content(lines[i + 1]!))) continue;
    let j = i + 2;
    for (; j < lines.length && content(lines[j]!).trim() !== "" && lines[j]!.end - lines[j]!.start < proseLength; j++) {
      if (valueLine.test(content(lines[j]!))) valueLines.push(lines[j]!);
    }
    i = j;
  }
  // Both in text order: one pass (a long text with a long table stays linear).
  const cells = new Set<NumberMention>();
  let at = 0;
  for (const mention of mentions) {
    while (at < valueLines.length && valueLines[at]!.end < mention.start) at++;
    const line = valueLines[at];
    if (line && mention.start >= line.start && mention.end <= line.end) cells.add(mention);
  }
  return cells;
}
