// A table copied one cell per line: its header's periods each on a line of their own ("المؤشر⏎2020⏎2021⏎التطور",
// "النصف الأول 2022⏎النصف الأول 2023"), then each row's label and its values, one a line. A row whose label is
// followed by exactly as many values as the header has columns gives each value its column's period (the values of
// a change column stay held back); a row that
// has more or fewer values, or a header that names something else, leaves its values held back: which column each
// stands in is then not known (reading them as the text's period gave the 2017 column and the change column to the
// wrong years and indicators).
import { asciiDigits } from "../arabic/normalise.ts";
import { type LineSpan, splitLines } from "../text/lines.ts";
import type { PeriodPhrases } from "../types/catalogue-periods.ts";
import type { NumberMention } from "../types/number-mention.ts";
import type { PeriodClaim } from "./periods.ts";
import { isChangeHeader, periodInWords } from "./tables.ts";

/** A line holding only a year: a header cell. */
const yearLine = /^[^\S\n]*(?:19|20|١٩|٢٠)[0-9٠-٩]{2}[^\S\n]*$/u;

/** A line holding only a value: a number or a percentage, maybe signed ("+20%", "−12٪"). */
const valueLine = /^[^\S\n]*[+\-−–]?[^\S\n]*[0-9٠-٩][0-9٠-٩.,٬٫ ]*[^\S\n]*[%٪]?[^\S\n]*$/u;

/** A line this long is prose: the table has ended. */
const proseLength = 80;

export interface StackedTable {
  /** The values whose column is not known: held back (layout-doubts.ts). */
  cells: ReadonlySet<NumberMention>;
  /** The values of a year's column, with that year (the header's line). */
  periods: ReadonlyMap<NumberMention, PeriodClaim>;
  /** The row label of each value of a year's column: what it counts (not the next row's label under it). */
  labels: ReadonlyMap<NumberMention, LineSpan>;
}

/** What a line of a stacked table is. */
interface Cell {
  line: LineSpan;
  value: boolean;
}

/** One table: its year columns (each with its header line), whether a change column follows them, and its cells after the header. */
interface Table {
  years: Array<{ year: string; line: LineSpan }>;
  changeColumn: boolean;
  cells: Cell[];
}

/** How long a header line naming a period in words may be: "النصف الأول 2022". */
const periodHeaderLength = 40;

/** The period a header line names: a year alone ("2021"), or a part of one in words ("النصف الأول 2022"); else null. */
function headerPeriod(line: string, parts: PeriodPhrases["parts"]): string | null {
  if (yearLine.test(line)) return asciiDigits(line.trim());
  return line.length <= periodHeaderLength && /[0-9٠-٩]{4}/u.test(line) ? periodInWords(line.trim(), parts) : null;
}

/** The stacked tables of a text: two or more period lines, maybe a change header, then short lines up to an empty one or prose. */
function tablesOf(text: string, parts: PeriodPhrases["parts"]): Table[] {
  const lines = splitLines(text);
  const content = (line: LineSpan) => text.slice(line.start, line.end);
  const tables: Table[] = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    // Most lines are no header: a cheap test of the first before the period reader.
    if (!/[0-9٠-٩]{4}/u.test(content(lines[i]!)) || headerPeriod(content(lines[i]!), parts) === null || headerPeriod(content(lines[i + 1]!), parts) === null) continue;
    const years: Table["years"] = [];
    let j = i;
    for (; j < lines.length; j++) {
      const period = headerPeriod(content(lines[j]!), parts);
      if (period === null) break;
      years.push({ year: period, line: lines[j]! });
    }
    const changeColumn = j < lines.length && !valueLine.test(content(lines[j]!)) && isChangeHeader(content(lines[j]!).trim());
    if (changeColumn) j++;
    const cells: Cell[] = [];
    for (; j < lines.length && content(lines[j]!).trim() !== "" && lines[j]!.end - lines[j]!.start < proseLength; j++) cells.push({ line: lines[j]!, value: valueLine.test(content(lines[j]!)) });
    tables.push({ years, changeColumn, cells });
    i = j;
  }
  return tables;
}

/** A value line, its column's year if known, and its row's label line. */
interface Placed {
  line: LineSpan;
  year: Table["years"][number] | null;
  label: LineSpan | null;
}

/** Each value line of a table with its column's year, when its row (a label, then one value per column) fits the header; null when it does not. */
function columnsOf(table: Table): Placed[] {
  const columns = table.years.length + (table.changeColumn ? 1 : 0);
  const placed: Placed[] = [];
  for (let k = 0; k < table.cells.length; ) {
    if (table.cells[k]!.value) {
      placed.push({ line: table.cells[k]!.line, year: null, label: null });
      k++;
      continue;
    }
    let end = k + 1;
    while (end < table.cells.length && table.cells[end]!.value) end++;
    const values = table.cells.slice(k + 1, end);
    const label = table.cells[k]!.line;
    values.forEach((cell, index) => placed.push({ line: cell.line, year: values.length === columns ? (table.years[index] ?? null) : null, label }));
    k = end;
  }
  return placed;
}

/** The values of the text's tables laid out one cell per line: those whose column is known, with its year; the others. */
export function stackedTableCells(text: string, mentions: readonly NumberMention[], parts: PeriodPhrases["parts"]): StackedTable {
  const placed = tablesOf(text, parts).flatMap(columnsOf);
  // Both in text order: one pass (a long text with a long table stays linear).
  const cells = new Set<NumberMention>();
  const periods = new Map<NumberMention, PeriodClaim>();
  const labels = new Map<NumberMention, LineSpan>();
  let at = 0;
  for (const mention of mentions) {
    while (at < placed.length && placed[at]!.line.end < mention.start) at++;
    const value = placed[at];
    if (!value || mention.start < value.line.start || mention.end > value.line.end) continue;
    if (value.year && value.label) {
      periods.set(mention, { period: value.year.year, start: value.year.line.start, end: value.year.line.end });
      labels.set(mention, value.label);
    } else cells.add(mention);
  }
  return { cells, periods, labels };
}
