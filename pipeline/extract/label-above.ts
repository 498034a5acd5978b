// A card of figures puts each number alone on its line under its label ("🔹 إنابات قضائية دولية⏎171⏎🔹 أوامر
// دولية بإلقاء القبض⏎133"): the label is the line above, and the line below is the next figure's label, not the
// number's noun. An infographic may put the label under the number instead ("143⏎إنابة قضائية دولية⏎106⏎أوامر
// دولية بإلقاء القبض"): a block of such lines that does not end on a number (breakdowns closing it aside, "المخدرات
// 38%") has its labels below. A number alone on its line under anything else ("📁 ١٧٢٢⏎ملفا وطلب معلومات") or
// ending a wrapped line of prose ("عالج القطب 7146⏎ملفا") keeps its noun on the next line; one ending a card's
// title ("… 2025⏎الملفات المعالجة⏎7640") does not.
import { lineAbove, lineAt, lineBelow, type LineSpan } from "../text/lines.ts";
import { onChartAxis } from "../text/axis-ticks.ts";
import { isYearRow, labelledYearRowStart, yearCellStart, yearRowCells } from "../text/table-rows.ts";
import type { NumberMention } from "../types/number-mention.ts";
import { foldWord } from "../arabic/normalise.ts";
import { wrappedLineLength } from "./clauses.ts";
import { wordMatchesAny } from "./cue-match.ts";
import { grammarWords } from "./grammar-words.ts";

const isNumberLine = (line: string) => /\p{N}/u.test(line) && !/\p{L}/u.test(line);
/** A line in square brackets is a picture's description ("[أيقونة: ميزان العدالة]", "[صورة]"), not a label. */
const isLabelLine = (line: string) => /\p{L}/u.test(line) && !/\p{N}/u.test(line) && !/^\s*\[[^\]\n]*\]\s*$/u.test(line);


/**
 * A line that only names a period, a year in digits with at most a few words ("سنة 2017", "2017", "النصف الأول
 * 2024"): in a card, it opens the figure of that period under the one above ("4060⏎سنة 2017⏎3380").
 */
const periodLine = /^[^\S\n]*(?:[\p{L}]+[^\S\n]+){0,4}[0-9٠-٩]{4}[^\S\n]*$/u;

/**
 * The label line right above a number alone on its line (letters, no digits), or undefined. Under a period line
 * that follows another number of the card ("الإنابات القضائية⏎112⏎سنة 2017⏎104"), the label is that number's
 * and `period` the period line's span.
 */
export function labelLineAbove(text: string, mention: NumberMention): (LineSpan & { period?: LineSpan }) | undefined {
  // A number alone on its line, or in a row of years, stands on a short line: a longer one is prose, and each of its
  // numbers looks no further than this (linear in the line's length).
  const windowStart = Math.max(0, mention.start - cardLineReach);
  const newlineBefore = text.slice(windowStart, mention.start).lastIndexOf("\n");
  if (newlineBefore < 0 && windowStart > 0) return undefined;
  const lineStart = newlineBefore < 0 ? 0 : windowStart + newlineBefore + 1;
  const newlineAfter = text.slice(mention.end, mention.end + cardLineReach).indexOf("\n");
  if (newlineAfter < 0 && mention.end + cardLineReach < text.length) return undefined;
  const lineEnd = newlineAfter < 0 ? -1 : mention.end + newlineAfter;
  const end = lineEnd < 0 ? text.length : lineEnd;
  // A card's number may carry its comparison in parentheses: "3 (مقابل 5 في 2024)".
  const rest = text.slice(lineStart, mention.start) + text.slice(mention.end, end).replace(/^[^\S\n]*\([^()\n]*\)/u, "");
  const line = text.slice(lineStart, end);
  if (lineStart > 0 && yearRowCells(line).every((cell) => cell.length <= yearRowLength) && isYearRow(line)) return yearListTitle(text, lineStart, mention);
  const listStart = labelledYearRowStart(line);
  if (listStart >= 0 && yearRowCells(line.slice(listStart)).every((cell) => cell.length <= yearRowLength)) {
    const cellStart = yearCellStart(text, lineStart + listStart, mention.start);
    // The year of a cell is its period, not a figure: only the value after it has a label.
    return /\p{N}/u.test(text.slice(cellStart, mention.start)) ? { start: lineStart, end: lineStart + listStart - 1, period: { start: cellStart, end: mention.start } } : undefined;
  }
  if (/\p{L}/u.test(rest) || lineStart === 0 || labelsBelow(text, lineEnd)) return undefined;
  const above = lineAbove(text, lineStart)!;
  const aboveText = text.slice(above.start, above.end);
  if (isLabelLine(aboveText)) return above;
  // "7 640⏎(2024: 7 215) ▲ +6%": under a card's number, the value of the year named before it in parentheses.
  const year = earlierYearLine.exec(text.slice(lineStart, mention.start));
  if (year && isNumberLine(aboveText)) {
    const label = lineAbove(text, above.start);
    const yearStart = lineStart + year.index + year[0].indexOf(year[1]!);
    if (label && isLabelLine(text.slice(label.start, label.end))) return { ...label, period: { start: yearStart, end: yearStart + year[1]!.length } };
  }
  // "الملفات المعالجة⏎7640⏎+5,9%": a change under a card's number is of that number's label.
  if (mention.kind === "percent" && isNumberLine(aboveText) && !/[%٪]/u.test(aboveText)) {
    const label = lineAbove(text, above.start);
    if (label && isLabelLine(text.slice(label.start, label.end))) return label;
  }
  // Counts only: under a percentage, "مقارنة مع 2021" is the base of a change ("+24%⏎مقارنة مع 2021⏎أزيد من 40%").
  if (!periodLine.test(aboveText) || mention.kind === "percent") return undefined;
  const figure = lineAbove(text, above.start);
  const figureText = figure && text.slice(figure.start, figure.end);
  const label = figureText && isNumberLine(figureText) && !/[%٪]/u.test(figureText) ? lineAbove(text, figure!.start) : undefined;
  return label && isLabelLine(text.slice(label.start, label.end)) ? { ...label, period: above } : undefined;
}


/**
 * Whether a number ending a short line of words stands over a card whose first label is its next line ("[إنفوغرافيك] حصيلة
 * التعاون الأمني الدولي 2025⏎الملفات المعالجة⏎7640"): that label is the number under it, not the number's noun.
 */
export function overCardLabel(text: string, mention: NumberMention): boolean {
  const line = lineAt(text, mention.start);
  // A title's line, not a wrapped line of prose going on with the number's noun ("… في 3⏎عمليات أمنية متعددة الأطراف").
  if (line.end - line.start >= wrappedLineLength || !/\p{L}/u.test(text.slice(line.start, mention.start)) || /\S/u.test(text.slice(mention.end, line.end))) return false;
  const label = lineBelow(text, line.end);
  const value = label && lineBelow(text, label.end);
  return value !== undefined && isLabelLine(text.slice(label!.start, label!.end)) && isNumberLine(text.slice(value.start, value.end));
}

/**
 * Whether the number's line (ending at `from`) is followed by a label line, and its block of lines (up to the next
 * empty line) does not end on a number line, as a card of labels above their numbers does: the labels stand under
 * their numbers.
 */
function labelsBelow(text: string, from: number): boolean {
  if (from < 0) return false;
  const blockEnd = text.indexOf("\n\n", from);
  const lines = text.slice(from + 1, blockEnd < 0 ? text.length : blockEnd).split("\n").map((l) => l.trim()).filter((l) => l !== "");
  // "المصدر: المديرية العامة للأمن الوطني" under the last number is the card's credit, not a label; "└──────┘" its frame.
  while (lines.length > 0 && (isCreditLine(lines.at(-1)!) || isFrameLine(lines.at(-1)!))) lines.pop();
  dropClosingBreakdowns(lines);
  // The label under a number may go on with a number of its own ("76⏎مبحوثا عنهم دوليا تم توقيفهم، منهم 41 مغربيا"),
  // but a line opening on "of whom" is a part of the number above ("152 ▲ +9%⏎منهم 91 مغربيا"): no label.
  if (lines.length === 0 || !(isLabelLine(lines[0]!) || (/^\p{L}/u.test(lines[0]!) && !opensOnPart(lines[0]!)))) return false;
  // A line ending on a colon labels what follows it ("▪️ الإنابات القضائية الدولية:⏎١٤٣"), whatever the block ends on
  // (a list going on with "▪️ ملفات السيارات المسروقة: 1240").
  if (/[:：][^\S\n]*$/u.test(lines[0]!)) return false;
  // So does a line of a label, a colon and its own number: "مذكرات البحث الدولية الصادرة⏎61⏎المبحوث عنهم الموقوفون: 74".
  if (labelledValueLine.test(lines[0]!)) return false;
  return !isNumberLine(lines.at(-1)!);
}

/** A line of words, a colon and a number: a label and its own value. */
const labelledValueLine = /^[^\p{N}\n]*\p{L}[^\p{N}\n]*[:：][^\S\n]*[\p{N}]/u;

/** A breakdown's item: a label and its share at the end ("المخدرات 38%"), or a row of them ("إسبانيا 27% | فرنسا 22%"). */
const isBreakdownItem = (line: string) => line.split(/[|│]/u).every((cell) => /^[^\S\n]*[\p{L}][\p{L}\s،,()-]*[:：]?[^\S\n]*[\p{N}.,٫]+[^\S\n]*[%٪][^\S\n]*$/u.test(cell));

/**
 * Drops the breakdowns closing the block, each a heading line over its items ("توزيع الملفات حسب نوع القضايا⏎المخدرات
 * 38%⏎الهجرة غير النظامية 21%", "أبرز الشركاء⏎إسبانيا 27% | فرنسا 22%"): their own lists, not the card's labels, whose
 * last line tells where they stand.
 */
function dropClosingBreakdowns(lines: string[]): void {
  for (;;) {
    let items = 0;
    while (items < lines.length && isBreakdownItem(lines[lines.length - 1 - items]!)) items++;
    const heading = lines[lines.length - 1 - items];
    if (items === 0 || heading === undefined || !isLabelLine(heading)) return;
    lines.splice(lines.length - 1 - items);
  }
}

/** A line of neither letters nor digits: a box's frame ("└──────┘"), a rule ("———"). */
const isFrameLine = (line: string) => !/[\p{L}\p{N}]/u.test(line);

/** Whether a line is a credit ("المصدر: …", "Source : …"; grammar-words credit_lines). */
const isCreditLine = (line: string) => wordMatchesAny(foldWord(line.split(/[\s:：]+/u, 1)[0]!), grammarWords.credit_lines);

/** Whether a line opens on "of which, of whom" (grammar-words part_markers, after و or "من"): "منهم 91 مغربيا". */
function opensOnPart(line: string): boolean {
  const first = foldWord(line.split(/\s+/u, 1)[0]!).replace(/^و(?=..)/u, "");
  return grammarWords.part_markers.includes(first) || (first === "من" && grammarWords.part_markers.includes(foldWord(line.split(/\s+/u, 2)[1] ?? "")));
}

/** A line opening on "(year:" before its number: "(2024: 7 215) ▲ +6%". */
const earlierYearLine = /^[^\S\n]*\(\s*([0-9٠-٩]{4})\s*[:：]\s*$/u;

/** How far a card's or a year row's line may reach on either side of its number, in characters. */
const cardLineReach = 320;

/** The longest cell a year row takes ("2017: 3 380 ملف" is 16 characters). */
const yearRowLength = 40;


/**
 * The title over a list of years ("الملفات وطلبات المعلومات التي عالجها القطب⏎2017: 3380⏎2018: 4060"): the label
 * line right above the list's first row, what each value counts; `period` the row's year.
 */
function yearListTitle(text: string, lineStart: number, mention: NumberMention): (LineSpan & { period: LineSpan }) | undefined {
  let above = lineAbove(text, lineStart);
  // The ticks of the chart's axis may stand between ("عدد الملفات⏎7000⏎…⏎0⏎2019: 4480 | 2020: 3950").
  while (above && (isYearRow(text.slice(above.start, above.end)) || onChartAxis(text, above.start))) above = lineAbove(text, above.start);
  if (!above) return undefined;
  // A sentence that names what the list counts in parentheses before its colon: "جمعت الأرقام … (الملفات المعالجة):".
  const named = /\(([^()\n]+)\)[^\S\n]*[:：][^\S\n]*$/u.exec(text.slice(above.start, above.end));
  if (named && isLabelLine(named[1]!)) above = { start: above.start + named.index + 1, end: above.start + named.index + 1 + named[1]!.length };
  else if (!isLabelLine(text.slice(above.start, above.end).replace(/[:：]\s*$/u, ""))) return undefined;
  // The year of the number's own cell: after the last bar before it.
  return { ...above, period: { start: yearCellStart(text, lineStart, mention.start), end: mention.start } };
}
