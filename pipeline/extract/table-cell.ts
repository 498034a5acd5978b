// What a table row, or a card of figures, says of a number in one of its cells: what it counts (the row's
// label, the column's header, the label line above a number alone on its line) and its period (the column's,
// or the row's in a transposed table), or the change a change column holds (tables.ts, label-above.ts,
// caption-series.ts).
import type { PeriodPhrases } from "../types/catalogue-periods.ts";
import type { NumberMention } from "../types/number-mention.ts";
import type { Span } from "./clauses.ts";
import { lineAbove } from "../text/lines.ts";
import { captionCell } from "./caption-series.ts";
import { labelLineAbove } from "./label-above.ts";
import type { NumberScope } from "./scope.ts";
import { cellPeriod, type Column, periodInWords, tableCells, type TextYearChange, totalCell, yearFirstPeriod } from "./tables.ts";
import { parsePeriod } from "../lib/period.ts";
import { type Word, wordsWithin } from "./words.ts";

/** A row of a table: its cells, and what each column holds when a header row named it (tables.ts). */
export interface TableRow {
  cells: Span[];
  columns: Column[] | null;
  /** The cells of a column the header names in percent ("الحصة (%)"): their bare numbers are percentages (percent-columns.ts). */
  percentColumns?: ReadonlySet<number>;
  /** The table's header row, a row with no number above this one: what its columns hold. */
  header?: Span;
}

/** Footnote marks a label may carry ("الإنابات القضائية (1)", "الملفات*"). */
const footnoteMarks = /\(\s*[0-9٠-٩]{1,2}\s*\)|\*+/gu;

/** What a table row says of a number in one of its cells: the row's label, and its column's period. */
export function tableCell(text: string, words: readonly Word[], row: TableRow | null, mention: NumberMention, reference: string, phrases: PeriodPhrases): NumberScope["table"] {
  // A chart's values after its caption ("… 2021-2023 (134، 143، 151)"): a row of one label over a span of years.
  const caption = captionCell(text, words, mention, reference, phrases);
  if (caption) return { label: caption.label, period: caption.period, change: null, caption: true, ...(caption.unclear && { unclear: caption.unclear }) };
  if (!row) {
    // A card: the number alone on its line under its label, a table of one cell.
    const above = labelLineAbove(text, mention);
    if (!above) return null;
    // Under a period line ("سنة 2017"), the figure of that period: read by the period reader, as a transposed table's row label.
    return { label: wordsWithin(words, above.start, above.end), period: null, change: null, ...(above.period && { periodWords: wordsWithin(words, above.period.start, above.period.end) }) };
  }
  const column = row.cells.findIndex((cell) => mention.start >= cell.start && mention.end <= cell.end);
  const valueFirst = labelAfterValue(text, words, row, column, mention);
  if (valueFirst) return valueFirst;
  const label = row.cells[0]!;
  const meaning = row.columns?.[column] ?? null;
  if (meaning && "label" in meaning) {
    const header = { label: [...titleAbove(text, words, meaning.label), ...wordsWithin(words, meaning.label.start, meaning.label.end)], change: null };
    // A header of labels only over a row of numbers: each column's header counts, the period is the text's.
    // Under a row whose first cell is a label ("| المؤشر | القيمة |" over "| الملفات | 7146 |"), the row's label counts.
    // A row label naming the year, then its part ("| 2024 - الربع الأول | 1655 |" under "| الفصل | الملفات المعالجة |"): the row's period.
    if (row.columns![0] !== null) return /[0-9٠-٩۰-۹]/u.test(labelText(text, label)) ? { ...header, period: yearFirstPeriod(labelText(text, label), phrases.parts) } : rowLabelCell(text, words, row, column, null, reference);
    // A transposed table: the column's header counts, the row's first cell is the period.
    const year = cellPeriod(text.slice(label.start, label.end), phrases.part_abbreviations);
    const counted = wordsWithin(words, meaning.label.start, meaning.label.end);
    const period = year && partOfRowsYear(text, row, column, year, phrases.parts);
    if (period) return { label: counted, change: null, ...period };
    // A period in words ("النصف الأول ٢٠٢٣"): read by the period reader (count-periods.ts columnPeriod).
    return /[0-9٠-٩۰-۹]{4}/u.test(text.slice(label.start, label.end)) ? { label: counted, period: null, change: null, periodWords: wordsWithin(words, label.start, label.end) } : null;
  }
  return rowLabelCell(text, words, row, column, meaning, reference);
}

/**
 * A transposed table's row whose year cell is followed by a cell of words under a header of its own ("| السنة |
 * النصف | الملفات … |" over "| 2020 | الأول | 1820 | …"): the period is the year's part that cell names with its
 * header ("النصف الأول 2020"), the year for a total ("المجموع"); unclear when the reading cannot join them. The year
 * alone otherwise.
 */
function partOfRowsYear(text: string, row: TableRow, column: number, year: string, parts: PeriodPhrases["parts"]): { period: string | null; unclear?: string } {
  const index = row.cells.slice(1, column).findIndex((cell) => /\p{L}/u.test(text.slice(cell.start, cell.end)) && !/\p{N}/u.test(text.slice(cell.start, cell.end)));
  if (index < 0) return { period: year };
  const cell = text.slice(row.cells[index + 1]!.start, row.cells[index + 1]!.end).trim();
  if (totalCell.test(cell)) return { period: year };
  const header = row.columns?.[index + 1];
  const headerText = header && "label" in header ? text.slice(header.label.start, header.label.end).trim() : "";
  const period = periodInWords(`${headerText} ${cell} ${year}`, parts);
  if (period !== null && parsePeriod(period).part !== null) return { period };
  return { period: null, unclear: `the row names its period over two cells («${year}», «${cell}») the reading does not join` };
}

/** Box-drawing marks a key-figures box opens its lines with ("│ 7 215 | ملفا وطلب معلومات معالجا"). */
const boxMarks = /[\u2500-\u257F]/gu;

/**
 * A row of two cells whose first holds the number alone and whose second names what it counts ("│ 7 215 | ملفا وطلب
 * معلومات معالجا", "│ 140 | شخصا مبحوثا عنه دوليا تم توقيفه"): the label after the value is its label, up to its first
 * clause mark (what follows may be a part of it: "| إنابة قضائية دولية، منها 41 في قضايا المخدرات").
 */
function labelAfterValue(text: string, words: readonly Word[], row: TableRow, column: number, mention: NumberMention): NumberScope["table"] {
  if (column !== 0 || row.cells.length !== 2 || (row.columns?.[0] ?? null) !== null) return null;
  const [value, label] = [row.cells[0]!, row.cells[1]!];
  if (text.slice(value.start, value.end).replace(boxMarks, "").trim() !== text.slice(mention.start, mention.end).trim()) return null;
  const labelEnd = label.start + text.slice(label.start, label.end).search(/[،,؛;.]|$/u);
  const own = wordsWithin(words, label.start, labelEnd);
  return own.length > 0 && !/\p{N}/u.test(text.slice(label.start, labelEnd)) ? { label: own, period: null, change: null } : null;
}

/**
 * The words of a title line right above a header row ("🔹 مذكرات البحث" over "وطنيا | عربيا"): what the columns
 * count when their headers only qualify it; none when that line is not a title (digits, cells).
 */
function titleAbove(text: string, words: readonly Word[], header: Span): Word[] {
  const above = lineAbove(text, text.lastIndexOf("\n", header.start - 1) + 1);
  if (!above) return [];
  const line = text.slice(above.start, above.end);
  return /\p{L}/u.test(line) && !/[\p{N}|]/u.test(line) ? wordsWithin(words, above.start, above.end) : [];
}

/** The longest line a table's caption may be. */
const captionLength = 80;

/**
 * The words of the caption over a table, the line above its header row or above one empty line there ("جدول 2: ولاية
 * أمن الدار البيضاء⏎⏎| المؤشر | …"): whose figures the table gives. None when that line is a row or too long for a caption.
 */
function captionOver(text: string, words: readonly Word[], header: Span): Word[] | undefined {
  const first = lineAbove(text, text.lastIndexOf("\n", header.start - 1) + 1);
  const above = first && text.slice(first.start, first.end).trim() === "" ? lineAbove(text, first.start) : first;
  if (!above) return undefined;
  const line = text.slice(above.start, above.end);
  return /\p{L}/u.test(line) && !line.includes("|") && line.length <= captionLength ? wordsWithin(words, above.start, above.end) : undefined;
}

const labelText = (text: string, label: Span) => text.slice(label.start, label.end).replace(footnoteMarks, "");

/** A cell of a row whose first cell is its label, the column's meaning from the header (period or change), if any. */
function rowLabelCell(text: string, words: readonly Word[], row: TableRow, column: number, given: Column, reference: string): NumberScope["table"] {
  const meaning = given && "changeOfTextYear" in given ? textYearChange(given.changeOfTextYear, reference) : given;
  const label = row.cells[0]!;
  // A row whose first cell holds a number is a line of "label: value" items, not a table with a labels' column.
  if (column <= 0 || /[0-9٠-٩۰-۹]/u.test(labelText(text, label))) return null;
  const period = meaning && "period" in meaning ? meaning.period : null;
  const unclear = meaning && "unclear" in meaning ? meaning.unclear : undefined;
  const periodWords = meaning && "periodWords" in meaning ? wordsWithin(words, meaning.periodWords.start, meaning.periodWords.end) : undefined;
  const aside = meaning && "aside" in meaning ? wordsWithin(words, meaning.aside.start, meaning.aside.end) : undefined;
  const own = wordsWithin(words, label.start, label.end);
  const header = row.header && wordsWithin(words, row.header.start, row.header.end);
  const columnHeader = row.header && headerCellOver(words, row.header, column, text);
  const title = row.header && captionOver(text, words, row.header);
  const narrowed = narrowingLabel(text, label);
  return { label: [...wholeRowAbove(text, words, label), ...own], ...(header && { header }), ...(columnHeader && { columnHeader }), ...(title && { title }), ...(narrowed && { narrowed }), period, change: meaning && "change" in meaning ? meaning.change : null, ...(unclear && { unclear }), ...(periodWords && { periodWords }), ...(aside && { aside }) };
}

/** The words of the header row's cell at a column's index ("ولاية أمن مراكش" over the city's values), if the header has one there. */
function headerCellOver(words: readonly Word[], header: Span, column: number, text: string): Word[] | undefined {
  const cell = tableCells(text, header)?.[column];
  return cell && wordsWithin(words, cell.start, cell.end);
}

/** The change of the text's year's total from the base its header names, or from the year before (tables.ts TextYearChange). */
function textYearChange(change: TextYearChange, reference: string): Column {
  const year = parsePeriod(reference).year;
  const base = change.base ?? String(year - 1);
  const doubt = Number(base) >= year ? `its change column compares with ${base}, which is not before the text's year (${year})` : undefined;
  return { change: { period: String(year), base, percent: change.percent, header: change.header, ...(doubt && { doubt }) } };
}

/**
 * A row label that names a thing, then after a colon the kind of it the row counts ("| موقوفون بالمغرب: مغاربة | 8 |",
 * "| حضوري: مكافحة الإرهاب | 46 | 11,0 |"): its label's text, for a row that is a part of what the words before the
 * colon name; undefined for any other label, and for an "of which" or "of whom" row, read as a part already.
 */
function narrowingLabel(text: string, label: Span): string | undefined {
  const own = labelText(text, label).trim();
  return /^[^:：]*\p{L}[^:：]*[:：]\s*\p{L}/u.test(own) && !/^\s*(?:و?منه[ام]|من بينه[ام])\s*[:：]/u.test(own) ? own : undefined;
}

/** A row label that opens on "of which" ("| منها: الاتجار في المخدرات وغسل الأموال | 29 |"); a row of persons ("منهم") is read as a part already. */
const partLabel = /^\s*(?:و?منها|من بينها)\s*[:：]?/u;

/**
 * The label of the row above a part's row ("| الإنابات القضائية الدولية | 118 |" over "| منها: الاتجار في
 * المخدرات وغسل الأموال | 29 |"): what the part is a part of; none for another row.
 */
function wholeRowAbove(text: string, words: readonly Word[], label: Span): Word[] {
  if (!partLabel.test(text.slice(label.start, label.end))) return [];
  const above = lineAbove(text, text.lastIndexOf("\n", label.start - 1) + 1);
  if (!above) return [];
  const line = text.slice(above.start, above.end);
  // The first cell, between the first two pipes, or before the first one when the row opens on its label
  // ("الإنابات القضائية الدولية | 153 | 162").
  const first = line.indexOf("|");
  const leading = first >= 0 && line.slice(0, first).trim() === "";
  const open = leading ? first : -1;
  const close = leading ? line.indexOf("|", first + 1) : first;
  if (close < 0 || partLabel.test(line.slice(open + 1, close))) return [];
  return wordsWithin(words, above.start + open + 1, above.start + close);
}
