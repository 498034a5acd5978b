// Tables flattened into text, one row per line with its cells between pipes or set apart by runs of spaces
// (text/table-rows.ts):
//   | المؤشر | 2022 | 2023 | التغير (%) |
//   | الإنابات القضائية الدولية | 143 | 158 | +10,5 |
// A header row whose cells after the first are periods, or a change between them ("التغير (%)", "التطور"),
// gives each column its meaning; a row under it names in its first cell what its numbers count. A change
// column holds the change from the header's first period to its last, or from the one its header names ("التغير
// 2018/2017", "مقارنة بالسنة السابقة"). A table ends at the first line that is
// not a row. A transposed table, whose first header cell says its rows are periods ("| السنة | الملفات المعالجة
// | الإنابات القضائية |"), names what each column counts in its header and the period in each row's first cell.
import { comparePeriods, parsePeriod } from "../lib/period.ts";
import { wordMatchesAny } from "./cue-match.ts";
import { grammarWords } from "./grammar-words.ts";
import type { Span } from "./clauses.ts";
import { asciiDigits, fold } from "../arabic/normalise.ts";
import type { PeriodPhrases } from "../types/catalogue-periods.ts";
import { isCountValue, isYearValue } from "./years.ts";
import { abbreviatedPart } from "./part-abbreviations.ts";

export { tableCells } from "../text/table-rows.ts";

/** What a column of a table holds, from its header cell. */
export type Column =
  | { period: string; unclear?: string; whole?: true }
  | { periodWords: Span }
  | { change: { period: string; base: string; percent: boolean; header: Span; doubt?: string } }
  | { changeOfTextYear: TextYearChange }
  | { label: Span }
  | { aside: Span }
  | { unclear: string }
  | null;

/**
 * A change column beside parts of a year named without it and their total ("| الربع الأول | … | المجموع | التغير
 * مقارنة بـ2023 |"): the change of the total, whose year is the text's, from the year its header names (`base`) or
 * from the year before (`base` null: "التغير", "مقارنة بالسنة السابقة"). table-cell.ts reads it with the text's year.
 */
export interface TextYearChange {
  base: string | null;
  percent: boolean;
  header: Span;
}

/** The period a cell names: a year ("2016"), a year and its part ("2016-H1", "ن2 2022"); null for any other cell. */
export function cellPeriod(cell: string, abbreviations: PeriodPhrases["part_abbreviations"]): string | null {
  const text = asciiDigits(cell.trim());
  const period = /^\d{4}(-(H[12]|Q[1-4]))?$/u.test(text) ? text : abbreviatedPeriod(text, abbreviations);
  if (period === null) return null;
  // Four digits outside the years news write about are a value ("| الملفات المعالجة | 7146 |"), not a period.
  return isYearValue(parsePeriod(period).year) ? period : null;
}

/**
 * A year and the abbreviation of its part, either way round and all the cell ("ن2 2022", "2024 S1", a spreadsheet's
 * "2024-T2"), as a period; null otherwise. Read as prose reads them (part-abbreviations.ts).
 */
function abbreviatedPeriod(text: string, abbreviations: PeriodPhrases["part_abbreviations"]): string | null {
  const year = /(?<!\d)\d{4}(?!\d)/u.exec(text);
  if (!year) return null;
  const found = abbreviatedPart(text, { start: year.index, end: year.index + year[0].length }, abbreviations);
  return found && found.start === 0 && found.end === text.length ? `${year[0]}-${found.part}` : null;
}

/** The period a header compares with ("مقابل ن2 2020", "مقارنة بـ 2023"), if it names one after its word of comparison. */
function comparedPeriod(cell: string, abbreviations: PeriodPhrases["part_abbreviations"]): string | null {
  const rest = /^\s*(?:مقابل|مقارنة\s+(?:بـ?|مع)|vs\.?)\s*(.+)$/u.exec(cell)?.[1];
  return rest === undefined ? null : cellPeriod(rest, abbreviations);
}

/** Whether a header cell names a change ("التغير (%)", "التطور", "الفارق"): its words, or a percent sign alone. */
export function isChangeHeader(cell: string): boolean {
  if (/^[\s(]*[%٪][\s)]*$/u.test(cell)) return true;
  return cell.split(/[^\p{L}]+/u).some((word) => word.length > 0 && wordMatchesAny(fold(word), grammarWords.change_columns));
}

/**
 * The base of a change column whose header says over how many years ("التغير على سنتين", "التغير على خمس سنوات"): the
 * header's period that many years before its last one; undefined when it says none or names no such period.
 */
function spanBase(cell: string, named: readonly string[], phrases: PeriodPhrases): string | undefined {
  const { duals, units, numbers } = phrases.years_ago;
  const words = foldedWords(cell);
  const years = words.reduce<number | undefined>((found, word, i) => {
    if (found !== undefined) return found;
    if (wordMatchesAny(word, duals)) return 2;
    const count = /^\p{Nd}+$/u.test(word) ? Number(asciiDigits(word)) : numbers[word];
    return count !== undefined && words[i + 1] !== undefined && wordMatchesAny(words[i + 1]!, units) ? count : undefined;
  }, undefined);
  if (years === undefined) return undefined;
  const last = named.at(-1)!;
  const base = String(parsePeriod(last).year - years) + last.slice(4);
  return named.includes(base) ? base : undefined;
}

/** A header cell's words, letters and digits, folded: what its phrases are matched against. */
const foldedWords = (cell: string) => cell.split(/[^\p{L}\p{Nd}]+/u).filter((word) => word.length > 0).map(fold);

/** "التغير 2018/2017 (3)": the earlier of the header's periods a change column's header names itself. */
function namedBase(cell: string, named: readonly string[]): string | undefined {
  const years = [...asciiDigits(cell).matchAll(/(?<!\d)\d{4}(?!\d)/gu)].map((m) => m[0]).filter((year) => named.includes(year));
  return years.length >= 2 ? [...years].sort(comparePeriods)[0] : undefined;
}

/**
 * The base of a change column whose header compares with the year before ("التطور مقارنة بالسنة السابقة (%)") or
 * says it is yearly ("التغير السنوي"), in a table of several years: the header's period a year before its last one.
 */
function previousYearBase(cell: string, named: readonly string[], phrases: PeriodPhrases): string | undefined {
  if (!comparesWithYearBefore(cell, phrases)) return undefined;
  const last = named.at(-1)!;
  const base = String(parsePeriod(last).year - 1) + last.slice(4);
  return named.includes(base) ? base : undefined;
}

/** Whether a change header compares with the year before ("مقارنة بالسنة السابقة") or says it is yearly ("التغير السنوي"). */
function comparesWithYearBefore(cell: string, phrases: PeriodPhrases): boolean {
  const words = foldedWords(cell);
  const yearly = words.some((w) => wordMatchesAny(w, phrases.implicit_base.year_on_year));
  return yearly || phrases.previous_year.some((phrase) => words.some((_, i) => phrase.every((alternatives, k) => words[i + k] !== undefined && wordMatchesAny(words[i + k]!, alternatives))));
}

/** A header row's meaning per column (null for the first, the labels' column), or null when the row is no header. */
export function headerColumns(text: string, cells: readonly Span[], phrases: PeriodPhrases): Column[] | null {
  if (cells.length < 2) return null;
  // A spreadsheet's header may join a cell's words with underscores ("الربع_الأول").
  const cellText = cells.map((cell) => text.slice(cell.start, cell.end).replace(/_/gu, " "));
  const periods = cellText.map((cell, index) => (index === 0 ? null : cellPeriod(cell, phrases.part_abbreviations)));
  const named = periods.filter((p): p is string => p !== null).sort(comparePeriods);
  if (named.length === 0) return wordedPeriodHeader(cells, cellText, phrases) ?? transposedHeader(cells, cellText);
  const columns: Column[] = [null];
  for (let index = 1; index < cells.length; index++) {
    const period = periods[index];
    const compared = period ? null : comparedPeriod(cellText[index]!, phrases.part_abbreviations);
    if (period) columns.push({ period });
    // "| المؤشر | ن1 2021 | مقابل ن2 2020 |": the change of the table's period against the one the header names.
    else if (compared && named.length >= 1 && comparePeriods(compared, named.at(-1)!) < 0) columns.push({ change: { period: named.at(-1)!, base: compared, percent: true, header: cells[index]! } });
    else if (isChangeHeader(cellText[index]!) && named.length >= 2) {
      const base = namedBase(cellText[index]!, named) ?? previousYearBase(cellText[index]!, named, phrases) ?? spanBase(cellText[index]!, named, phrases) ?? named[0]!;
      columns.push({ change: { period: named.at(-1)!, base, percent: /[%٪]|نسب/u.test(cellText[index]!), header: cells[index]! } });
    } else if (/\p{L}/u.test(cellText[index]!) && !/\p{N}/u.test(cellText[index]!)) {
      // Words only beside the periods' columns ("| المؤشر | كندا | 2023 | 2022 |"): a column of something else, read with its header.
      columns.push({ aside: cells[index]! });
    } else return null;
  }
  return columns;
}

/** Which cells of a data row hold a count (a whole number that is no year): "| الإنابات القضائية الدولية | 131 |". */
export function countCells(text: string, cells: readonly Span[]): boolean[] {
  return cells.map((cell) => isCountValue(text.slice(cell.start, cell.end)));
}

/**
 * Whether a row read as a header of years is a data row of the table it stands in: each of its period cells is a
 * bare year-like number ("| مذكرات توقيف سريان الأبحاث الدولية | 1987 |") in a column the row above holds counts in.
 */
export function yearLikeValues(text: string, cells: readonly Span[], columns: readonly Column[], countsAbove: readonly boolean[] | null): boolean {
  if (!countsAbove || countsAbove.length !== cells.length) return false;
  return columns.every((column, index) => column === null || ("period" in column && /^\s*[0-9٠-٩]{4}\s*$/u.test(text.slice(cells[index]!.start, cells[index]!.end)) && countsAbove[index] === true));
}

/** A part of a year abbreviated alone, without its year ("ن1", "ف2", "S1", "T3", "Q4"). */
const partCell = /^(?:[نفرق]|S|T|Q|H)\s*[1-4١-٤]$/u;

/** Whether a table row names parts of a year without their years, as a second header row does under a row of years. */
export function partsRow(text: string, cells: readonly Span[]): boolean {
  // Cells without a digit are the label's or a change column's ("المؤشر", "نسبة التراجع (%)").
  const named = cells.map((cell) => text.slice(cell.start, cell.end).trim()).filter((cell) => /\p{N}/u.test(cell));
  return named.length >= 2 && named.every((cell) => partCell.test(cell));
}

/** A cell naming a part of a year in words, without its year: "الأسدس الأول"، "النصف الثاني"، "الربع الثالث". */
const partWords = /^(?:ال)?(?:ربع|نصف|فصل|سداسي|أسدس|سدس)\s+\p{L}+$/u;

/**
 * A second header row naming parts in words under a row of years, whose empty cells (a cell spanning two columns)
 * the row lost: "| المؤشر | 2020 | | 2021 | |" then "| | الأسدس الأول | الأسدس الثاني | الأسدس الأول | الأسدس الثاني |".
 * Each year's columns are the parts in the same order under every year: 2020-H1, 2020-H2, 2021-H1, 2021-H2. Null
 * when the row is no such row, or its parts do not repeat evenly under the years.
 */
export function yearPartsHeader(text: string, cells: readonly Span[], above: readonly Column[], parts: PeriodPhrases["parts"]): Column[] | null {
  const years = above.flatMap((column) => (column && "period" in column && /^\d{4}$/u.test(column.period) ? [column.period] : []));
  if (years.length < 1 || years.length !== above.filter((column) => column !== null).length) return null;
  const cellText = cells.map((cell) => text.slice(cell.start, cell.end).trim());
  if (cellText.length < 2 || !cellText.every((cell) => partWords.test(cell))) return null;
  const codes = cellText.map((cell) => periodInWords(`${cell} 2000`, parts)?.slice(5) ?? null);
  const each = codes.length / years.length;
  if (codes.some((code) => code === null) || !Number.isInteger(each) || each < 2 || codes.some((code, i) => code !== codes[i % each])) return null;
  return [null, ...codes.map((code, i) => ({ period: `${years[Math.floor(i / each)]}-${code}` }))];
}

/** Columns whose period the reading does not match: the label's, then `count` unclear ones. */
export function unclearColumns(count: number): Column[] {
  const unclear = { unclear: "a table with two header rows (the years, then their parts): which period each column is, is not matched one to one" };
  return [null, ...Array.from({ length: count }, () => unclear)];
}

/** A period in words with its year, as a header cell writes it: "الربع الرابع 2017", "النصف الأول ٢٠٢٤", "2024: الربع الأول"; or a part of the year alone ("الربع الأول"). */
const wordedPeriod = /^(?:[\p{L}\s]+(?:[-–—][\p{L}\s]+)?[0-9٠-٩]{4}(?:[^\S\n]+\p{L}+)?|[0-9٠-٩]{4}[^\S\n]*[:：–-]?[\p{L}\s]+|(?:ال)?(?:ربع|نصف|فصل|سداسي|أسدس)\s+\p{L}+)$/u;

/** A column of the whole year beside its parts ("| النصف الأول | النصف الثاني | السنة |"): the text's year (count-periods.ts columnPeriod). */
export const wholeYearCell = /^(?:(?:مجموع|إجمالي|اجمالي|حصيلة)\s+)?(?:ال)?(?:سنة|عام)(?:\s+(?:كاملة|كاملا|كلها|كله))?$/u;

/** The words of a header cell naming a whole year with its year, one of them a total's ("مجموع 2019", "إجمالي عام 2019"). */
const yearTotalWord = /^(?:ال)?(?:مجموع|إجمالي|اجمالي|حصيلة|سنة|عام|كاملة|كاملا)$/u;
const totalWord = /^(?:ال)?(?:مجموع|إجمالي|اجمالي|حصيلة)$/u;

/** A column of the total beside parts of a year ("المجموع"): the year the labels' cell names, when it names one, else the text's. */
export const totalCell = /^(?:ال)?(?:مجموع|إجمالي|اجمالي)$/u;

/** Two months joined by a dash, no year ("يناير - مارس"): a span of the text's year the period reader reads. */
function monthSpan(cell: string, months: readonly string[]): boolean {
  const ends = /^\s*(\p{L}+)\s*[-–—]\s*(\p{L}+)\s*$/u.exec(cell);
  return ends !== null && wordMatchesAny(fold(ends[1]!), months) && wordMatchesAny(fold(ends[2]!), months);
}

/** A header cell naming the year before its part: "2024: الربع الأول", "2025 – النصف الأول". */
const yearBeforePart = /^[0-9٠-٩]{4}[^\S\n]*[:：–-]?[^\S\n]*\p{L}/u;

/** The period of a cell naming the year before its part ("2024 - الربع الأول" → "2024-Q1"), which the period reader does not read; else null. */
export const yearFirstPeriod = (cell: string, parts: PeriodPhrases["parts"]): string | null => (yearBeforePart.test(cell.trim()) ? periodInWords(cell, parts) : null);

/**
 * A header whose cells after the first each name a period in words ("| المؤشر | الربع الرابع 2017 | الربع الثالث
 * 2017 |"): each column's period is read by the period reader (count-periods.ts columnPeriod).
 */
function wordedPeriodHeader(cells: readonly Span[], cellText: readonly string[], phrases: PeriodPhrases): Column[] | null {
  const { parts } = phrases;
  const months = phrases.month_ranges.months.flat();
  // A change's header naming its base ("التغير مقارنة بـ2023") is no period's.
  const part = (cell: string) => (wordedPeriod.test(cell.trim()) || monthSpan(cell, months)) && !isChangeHeader(cell);
  // The whole year's column only beside its parts, in a header that opens on its labels' column ("المؤشر"): not in
  // a second header row under the years ("| | الفصل الأول | … | السنة |"), nor alone ("| المؤشر | السنة |").
  // The labels' column is no period itself: a row of parts whose empty first cell a tab-separated copy lost
  // ("الفصل الأول	الفصل الثاني	…	مجموع السنة") is a second header row.
  const yearBesideParts = /\p{L}/u.test(cellText[0]!) && !part(cellText[0]!) && cellText.slice(1).some(part);
  // The labels' cell may name the year of parts named without theirs ("| المؤشر (2024) | النصف الأول | النصف الثاني |
  // المجموع |"): their total is that year.
  const labelYear = /[0-9٠-٩]{4}/u.exec(cellText[0]!)?.[0];
  const partsWithoutYears = cellText.slice(1).filter(part).every((cell) => !/[0-9٠-٩]{4}/u.test(cell));
  const yearsTotal = (cell: string) => labelYear !== undefined && partsWithoutYears && totalCell.test(cell.trim());
  // Parts without years beside a labels' cell that names none either ("| المؤشر | الربع الأول | … | المجموع |"): their
  // total is the text's year, as "السنة" is (count-periods.ts periodOfWords).
  const textYearsTotal = (cell: string) => labelYear === undefined && yearBesideParts && partsWithoutYears && totalCell.test(cell.trim());
  const worded = (cell: string) => part(cell) || (yearBesideParts && (wholeYearCell.test(cell.trim()) || yearsTotal(cell) || textYearsTotal(cell)));
  // A change column after two or more of them ("| … | الربع الأول 2024 | الربع الأول 2025 | التغير (%) |"): the
  // change from the first to the last when each names a year and its part ("النصف الأول 2024"); held back otherwise.
  const periods = cellText.slice(1).findIndex((cell) => !worded(cell));
  const named = periods < 0 ? cellText.length - 1 : periods;
  // Columns of words only after them ("| … | النصف الأول 2022 | سنة 2021 كاملة | النسبة |"): something else, held back.
  const rest = cellText.slice(1 + named);
  // Only under periods that each name their year, or beside a labels' cell ("| المؤشر | الربع الأول | … | مجموع الأشهر
  // التسعة |"): a row of parts alone ("| | الفصل الأول | … | المجموع |") is a second header.
  const asides = rest.length > 0 && named > 0 && (yearBesideParts || cellText.slice(1, 1 + named).every((cell) => /[0-9٠-٩]{4}/u.test(cell))) && !rest.every(isChangeHeader) && rest.every((cell) => /\p{L}/u.test(cell) && !/\p{N}/u.test(cell));
  // Periods in words may follow the change ("| … | الفصل الثالث 2024 | التغير | مجموع الأشهر التسعة 2025 |"): each read as its own column.
  if (named === 0 || (named < cellText.length - 1 && !asides && (named < 2 || !rest.every((cell) => isChangeHeader(cell) || worded(cell))))) return null;
  const read = cellText.slice(1, 1 + named).map((cell) => periodInWords(cell, parts));
  const known = read.every((period): period is string => period !== null) ? [...read].sort(comparePeriods) : null;
  // Beside the parts of a year, whole years' columns ("| النصف الأول 2019 | النصف الثاني 2019 | مجموع 2019 | مجموع 2018 |
  // التغير"): the change is the latest whole year's against the earliest.
  const years = known?.filter((period) => parsePeriod(period).part === null) ?? [];
  const ends = years.length >= 2 ? years : known;
  const percent = (index: number) => /[%٪]|نسب/u.test(cellText[index]!);
  // Beside the text's year's total, a change column is the total's: from the year its header names ("التغير مقارنة
  // بـ2023"), else from the year before, as a yearly change in prose is (implicit-base.ts).
  const hasTextYearsTotal = cellText.slice(1, 1 + named).some(textYearsTotal);
  const totalsChange = (index: number): Column | null => {
    const years = cellText[index]!.match(/[0-9٠-٩]{4}/gu) ?? [];
    return hasTextYearsTotal && years.length <= 1 ? { changeOfTextYear: { base: years[0] === undefined ? null : asciiDigits(years[0]), percent: percent(index), header: cells[index]! } } : null;
  };
  const change = (index: number): Column =>
    ends
      ? { change: { period: ends.at(-1)!, base: ends[0]!, percent: percent(index), header: cells[index]! } }
      : (totalsChange(index) ?? { unclear: "it is in a change column of a table whose periods are named in words it cannot read: the change is not read" });
  // A part alone after a cell naming its year ("| 2024: الربع الأول | الربع الثاني | … | 2025: الربع الأول |") is of that year.
  let year: string | undefined = labelYear;
  const periodColumn = (i: number): Column => {
    if (yearsTotal(cellText[i + 1]!)) return { period: labelYear!, whole: true };
    const own = /[0-9٠-٩]{4}/u.exec(cellText[i + 1]!)?.[0];
    year = own ?? year;
    // A part carries the year of the cell before it; a whole year's cell without its own year ("مجموع السنة") is read
    // by the period reader.
    const carriedPeriod = own === undefined && year !== undefined ? periodInWords(`${cellText[i + 1]!} ${year}`, parts) : null;
    const carried = carriedPeriod !== null && parsePeriod(carriedPeriod).part !== null ? carriedPeriod : null;
    // The year first ("2024: الربع الأول"), as the period reader would not read it: read here.
    const yearFirst = own !== undefined ? yearFirstPeriod(cellText[i + 1]!, parts) : null;
    const period = carried ?? yearFirst;
    return period ? { period } : { periodWords: cells[i + 1]! };
  };
  return [null, ...cells.slice(1).map((_, i) => (i < named ? periodColumn(i) : asides ? { aside: cells[i + 1]! } : !isChangeHeader(cellText[i + 1]!) && worded(cellText[i + 1]!) ? periodColumn(i) : change(i + 1)))];
}

/** A year and the words of one of its parts, as a header cell names them ("النصف الأول 2024" → "2024-H1"), else null. */
export function periodInWords(cell: string, parts: PeriodPhrases["parts"]): string | null {
  const year = /[0-9٠-٩]{4}/u.exec(cell);
  if (!year) return null;
  const written = cell.replace(year[0], " ").split(/[^\p{L}]+/u).filter((word) => word.length > 0);
  // "2019", "مجموع 2019", "إجمالي سنة 2019": the whole year.
  if (written.every((word) => yearTotalWord.test(word)) && (written.length === 0 || written.some((word) => totalWord.test(word)))) return asciiDigits(year[0]);
  const words = written.map(fold);
  const part = Object.entries(parts).find(([, phrases]) => phrases.some((phrase) => phrase.length === words.length && phrase.every((alternatives, i) => wordMatchesAny(words[i]!, alternatives))));
  return part ? `${asciiDigits(year[0])}-${part[0]}` : null;
}

/**
 * The header of a transposed table (its first cell says the rows are periods, the others name what they
 * count), or a header of labels only ("| الملفات | الإنابات | الموقوفون |" over "| 📁 7146 | ⚖️ 171 | 🚨 125 |"),
 * each naming what its column counts.
 */
function transposedHeader(cells: readonly Span[], cellText: readonly string[]): Column[] | null {
  if (cellText.some((cell) => /[\p{N}%٪]/u.test(cell) || !/\p{L}/u.test(cell))) return null;
  const first = cellText[0]!.split(/[^\p{L}]+/u).filter((word) => word.length > 0);
  const periodsInRows = first.every((word) => wordMatchesAny(fold(word), grammarWords.period_headers));
  return periodsInRows ? [null, ...cells.slice(1).map((label) => ({ label }))] : cells.map((label) => ({ label }));
}
