// A line written as a row of a table: cells between pipes ("| الإنابات | 118 | 126 |"), cells set apart by runs
// of spaces or tabs, as a table copied from a PDF or a spreadsheet reads ("الإنابات       118      126"), by
// dashes between spaces when a cell of the row or of the one below is a number ("الإنابات — 78 — 71"), or by the
// semicolons of a spreadsheet's export ("2025-T1;1785;40;;8").
import { lineAbove, lineAt, lineBelow, type LineSpan } from "./lines.ts";

const cellGap = /\|| {2,}|\t+/gu;

/** A time of day before a ticker's update ("12:31 | …"). */
const timeOfDay = /^[0-9٠-٩]{1,2}[:：][0-9٠-٩]{2}$/u;

/** The cells of a line written as a table row, as raw spans trimmed of white space; null for any other line. */
export function tableCells(text: string, line: LineSpan): LineSpan[] | null {
  const content = text.slice(line.start, line.end);
  if (content.includes("\n") || isYearRow(content) || labelledYearRowStart(content) >= 0) return null;
  const pipes = content.split("|").length - 1;
  const dashed = pipes < 2 && isDashedRow(content) && (hasNumberCell(content) || hasNumberCell(textBelow(text, line)));
  if (pipes < 2 && !dashed && semicolonRow(text, line, content)) return semicolonCells(line, content);
  const trimmed = cellsSplitAt(text, line, pipes >= 2 ? /\|/gu : dashed ? dashGap : cellGap);
  // A header indented over the labels' column ("                 2022        2023" above "الأشخاص المسلمون   22   27"):
  // its corner cell is empty.
  if (pipes === 0 && !dashed && trimmed.length >= 2 && indented(text, line, content) && trimmed.every((cell) => /[0-9٠-٩]/u.test(text.slice(cell.start, cell.end)))) {
    return [{ start: line.start, end: line.start }, ...trimmed];
  }
  // Between pipes, a label and its value are a row ("| الملفات المعالجة | 7146 |"); set apart by spaces, three cells at least;
  // two cells split by one pipe, when the line above or below is split so too (a card's "وطنيا | عربيا⏎3815 | 402").
  if (trimmed.length >= 3 || (pipes >= 2 && trimmed.length === 2)) return trimmed;
  // "12:31 | الحصيلة السنوية …": a live ticker's time before its update, not a card's two cells.
  if (pipes === 1 && trimmed.length > 0 && timeOfDay.test(text.slice(trimmed[0]!.start, trimmed[0]!.end))) return null;
  return pipes === 1 && trimmed.length === 2 && besideOnePipeLine(text, line) ? trimmed : null;
}

/** A line's cells between the matches of `gaps` (a global pattern), trimmed of white space, empty ones left out. */
export function cellsSplitAt(text: string, line: LineSpan, gaps: RegExp): LineSpan[] {
  const content = text.slice(line.start, line.end);
  const cells: LineSpan[] = [];
  let start = 0;
  for (const gap of content.matchAll(gaps)) {
    cells.push({ start, end: gap.index });
    start = gap.index + gap[0].length;
  }
  cells.push({ start, end: content.length });
  return cells
    .map(({ start: s, end: e }) => {
      while (s < e && /\s/u.test(content[s]!)) s++;
      while (e > s && /\s/u.test(content[e - 1]!)) e--;
      return { start: line.start + s, end: line.start + e };
    })
    .filter((cell) => cell.end > cell.start);
}

/** How many semicolons set a line's cells apart (the Latin ";" a spreadsheet exports with, not the Arabic "؛" of prose). */
const semicolons = (line: string) => line.split(";").length - 1;

/**
 * A row of a spreadsheet exported with semicolons ("2025-T1;1785;40;29;35;21;8;4"): two semicolons at least, as many
 * as on the line above or below.
 */
function semicolonRow(text: string, line: LineSpan, content: string): boolean {
  const count = semicolons(content);
  if (count < 2) return false;
  const above = textOf(text, lineAbove(text, lineAt(text, line.start).start));
  return semicolons(above) === count || semicolons(textBelow(text, line)) === count;
}

/** The cells of a semicolon row, an empty one kept where the export left it empty ("36;;8": no value published). */
function semicolonCells(line: LineSpan, content: string): LineSpan[] {
  const cells: LineSpan[] = [];
  let start = 0;
  for (const cell of content.split(";")) {
    const s = start + (cell.length - cell.trimStart().length);
    const e = start + cell.trimEnd().length;
    cells.push({ start: line.start + s, end: line.start + Math.max(s, e) });
    start += cell.length + 1;
  }
  return cells;
}

/** Whether the line opens with a run of spaces or a tab (before the span, which may start at its first word). */
function indented(text: string, line: LineSpan, content: string): boolean {
  return /^(?: {2,}|\t)/u.test(text.slice(lineAt(text, line.start).start, line.start) + content);
}

/** A dash between spaces, as a table copied as text sets its cells apart: "الإنابات القضائية الدولية — 78 — 71". */
const dashGap = / [—–] /gu;

/** Three cells or more set apart by dashes between spaces. */
const isDashedRow = (line: string) => (line.match(dashGap)?.length ?? 0) >= 2;

/** Whether a dashed row has a cell that is only a number ("3 420"): a table's row, not prose with two asides. */
const hasNumberCell = (line: string) => isDashedRow(line) && line.split(dashGap).some((cell) => /^\s*[0-9٠-٩][0-9٠-٩ .,٬]*\s*$/u.test(cell));

/** The text of a line, or "" for none. */
const textOf = (text: string, line: LineSpan | undefined) => (line === undefined ? "" : text.slice(line.start, line.end));

/** The text of the line right below `line`, or "". */
const textBelow = (text: string, line: LineSpan) => textOf(text, lineBelow(text, text.indexOf("\n", line.end)));

/** Two non-empty sides of one pipe: "وطنيا | عربيا", "3815 | 402". */
const onePipeLine = /^[^|\n]*\S[^|\n]*\|[^|\n]*\S[^|\n]*$/u;

/** Whether the line right above or right below `line` is two cells split by one pipe. */
function besideOnePipeLine(text: string, line: LineSpan): boolean {
  const above = textOf(text, lineAbove(text, lineAt(text, line.start).start));
  return onePipeLine.test(above.trim()) || onePipeLine.test(textBelow(text, line).trim());
}

/** The mark between a year and its value: a colon, a dash, "=", an arrow ("2021 ← 131"). */
export const yearValueMark = "[:：=–—\\-←→⟵⟶⇐⇒]";

/** A year then its value ("2017: 3380", "2019 – 4480", a bar described in words: "2021 ← 131", "2022 = 106"). */
const yearCell = new RegExp(`^[^\\S\\n]*[0-9٠-٩]{4}[^\\S\\n]*${yearValueMark}[^\\S\\n]*[0-9٠-٩][0-9٠-٩.,  ]*[^\\S\\n]*$`, "u");

/** What sets the cells of a list of years apart on one line: a bar, an Arabic comma or semicolon, a comma before a space. */
const yearRowGap = /[|،؛;]|,(?=\s)/u;

/** The cells of a line read as a list of years (split at yearRowGap). */
export const yearRowCells = (line: string) => line.split(yearRowGap);

/** Where the cell of a list of years that holds `offset` opens, in a line opening at `lineStart`. */
export function yearCellStart(text: string, lineStart: number, offset: number): number {
  const gaps = [...text.slice(lineStart, offset).matchAll(new RegExp(yearRowGap.source, "gu"))];
  const last = gaps.at(-1);
  return last === undefined ? lineStart : lineStart + last.index + last[0].length;
}

/**
 * A line of a list of years, as a chart's data copied as text: a year then its value ("2017: 3380"), or several
 * on one line between bars or commas ("2020: 92 | 2021: 101 | 2022: 106", "2019 ← 125، 2020 ← 118"). No table
 * row: each value's year is its cell's.
 */
export const isYearRow = (line: string) => yearRowCells(line).every((cell) => yearCell.test(cell));

/**
 * A list of years after its label on one line ("الأوامر: 2020 ← 63، 2021 ← 98"): where the list opens, after the
 * label's colon, or -1.
 */
export function labelledYearRowStart(line: string): number {
  if (!line.includes(":") && !line.includes("：")) return -1;
  const colon = labelColon.exec(line);
  if (colon === null || !yearOpensList.test(line.slice(colon[0].length, colon[0].length + 16))) return -1;
  return /\p{L}/u.test(colon[0]) && isYearRow(line.slice(colon[0].length)) ? colon[0].length : -1;
}

/** A label without digits up to its colon. */
const labelColon = /^[^\p{N}\n:：|]*[:：]/u;

/** A year and the mark before its value, opening a list of years: looked at before the whole list is read. */
const yearOpensList = new RegExp(`^[^\\S\\n]*[0-9٠-٩]{4}[^\\S\\n]*${yearValueMark}`, "u");
