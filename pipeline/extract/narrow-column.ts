// A newspaper page scanned or copied to text keeps its narrow columns: a paragraph comes as lines of about the same
// width (25 to 40 characters), most of them ending inside a clause ("عالج قسم التعاون الأمني الدو-" ⏎ "لي بالمديرية
// العامة للأمن الوطني،" ⏎ "خلال سنة 2018، ما مجموعه 4 060" ⏎ "ملفا وطلبا للمعلومات، مقابل 3380"). Their line
// ends are the column's, not the writer's: they cut no clause, however short the lines (clauses.ts).
import { splitLines } from "../text/lines.ts";

/** The fewest lines (besides the paragraph's last) that show a column's width. */
const fewestLines = 4;

/** The narrowest column: a list of short items is no column. */
const narrowestWidth = 16;

/** How far from the paragraph's usual width a column's line may be, as a fraction of it. */
const widthTolerance = 0.25;

/** The share of the lines that must keep to the width, and of those that must end inside a clause. */
const evenShare = 0.8;
const runningOnShare = 0.4;

/** The share of the lines that may open on a list's mark or label a value: a column's lines start and end where the words fall. */
const itemOpeningShare = 0.3;

/** The share of the lines that may open on a number: a column's often do, where a count's noun follows it, but not all. */
const numberOpeningShare = 0.5;

/** A label's mark: a colon, or a dash between spaces ("المرتبة الرابعة: هولندا – 8 في المائة", a list's item). */
const labelMark = /[:：]|[^\S\n][-–—][^\S\n]/u;

/** A line ending inside a clause: on a letter, or on a hyphen a wrap put inside a word. */
const endsInsideClause = /[\p{L}-][^\S\n]*$/u;

/** A line opening on a bullet, a pictogram or a dash: a list's item. */
const itemOpening = /^[^\S\n]*(?:\p{Extended_Pictographic}|[•▪◦●■◆►▸*]|[-–—][^\S\n])/u;

const numberOpening = /^[^\S\n]*\p{Nd}/u;

interface Line {
  start: number;
  end: number;
  width: number;
}

/** Line-break offsets that end a line of a narrow column, for the last text asked about (a text is read mention by mention). */
let cached: { text: string; breaks: Set<number> } | null = null;

/** Whether the line break at `at` ends a line of a paragraph set in a narrow column. */
export function endsColumnLine(text: string, at: number): boolean {
  if (cached?.text !== text) cached = { text, breaks: columnBreaks(text) };
  return cached.breaks.has(at);
}

function columnBreaks(text: string): Set<number> {
  const breaks = new Set<number>();
  for (const paragraph of paragraphs(text)) {
    if (!isColumn(text, paragraph)) continue;
    const width = medianWidth(paragraph.slice(0, -1));
    // The lines of the column's width: a short line inside the paragraph ends where its writer ended it.
    for (const line of paragraph.slice(0, -1)) {
      if (!keepsWidth(line, width)) continue;
      breaks.add(line.end);
      if (text[line.end] === "\r") breaks.add(line.end + 1);
    }
  }
  return breaks;
}

/** The paragraphs' lines (between empty lines; text/lines.ts splitLines), with their trimmed widths. */
function paragraphs(text: string): Line[][] {
  const result: Line[][] = [[]];
  for (const { start, end } of splitLines(text)) {
    const width = text.slice(start, end).trim().length;
    if (width > 0) result.at(-1)!.push({ start, end, width });
    else if (result.at(-1)!.length > 0) result.push([]);
  }
  return result.filter((paragraph) => paragraph.length > 0);
}

function isColumn(text: string, paragraph: readonly Line[]): boolean {
  const lines = paragraph.slice(0, -1);
  if (lines.length < fewestLines) return false;
  const width = medianWidth(lines);
  if (width < narrowestWidth) return false;
  const share = (of: readonly Line[], pattern: RegExp) => of.filter((line) => pattern.test(text.slice(line.start, line.end))).length / of.length;
  return (
    lines.filter((line) => keepsWidth(line, width)).length / lines.length >= evenShare &&
    share(lines, endsInsideClause) >= runningOnShare &&
    share(paragraph, itemOpening) <= itemOpeningShare &&
    share(paragraph, labelMark) <= itemOpeningShare &&
    share(paragraph, numberOpening) <= numberOpeningShare
  );
}

const keepsWidth = (line: Line, width: number) => Math.abs(line.width - width) <= width * widthTolerance;

function medianWidth(lines: readonly Line[]): number {
  const widths = lines.map((line) => line.width).sort((a, b) => a - b);
  return widths[Math.floor(widths.length / 2)]!;
}
