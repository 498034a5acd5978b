// A year the recognizer could not tell from a count: four digits between 1900 and 2100 with no "سنة" before
// them ("مقارنة مع 2021", "ما سجل في 2020 (63 أمرا)"). It is a year unless a noun an indicator counts follows
// it ("1998 ملفا" is a count of files), a period does ("2100 في النصف الثاني من 2018", "1940 هذه السنة"), or
// "the number" stands before it ("كان الرقم 1940").
import type { PeriodPhrases } from "../types/catalogue-periods.ts";
import type { NumberMention } from "../types/number-mention.ts";
import { asciiDigits } from "../arabic/normalise.ts";
import { wordIsAny } from "./cue-match.ts";
import { grammarWords, withoutConjunction } from "./grammar-words.ts";
import { type Phrase, phraseAt } from "./phrases.ts";
import { lineAbove, type LineSpan, shortLineAt } from "../text/lines.ts";
import { labelledYearRowStart, tableCells, yearValueMark } from "../text/table-rows.ts";
import { firstWordAt, type Word } from "./words.ts";

const fourDigits = /^[0-9٠-٩۰-۹]{4}$/u;

/** The nouns of a year ("سنة", "عام"), folded: what names a year before its number, or a span after "بعد" or "في ظرف". */
export const yearNouns = grammarWords.year_nouns;

/**
 * "سنة الجائحة", "عام الحجر": a year noun without the article and, right after it with no mark between, a noun
 * with the article, no digits: the words of a year named by what happened in it (or of its epithet).
 */
export function yearNounAndNoun(text: string, noun: Word, next: Word): boolean {
  return wordIsAny(noun, yearNouns) && !/^[وفبلك]?ال/u.test(noun.folded) && next.folded.startsWith("ال") && !/\p{Nd}/u.test(next.folded) && !thousand.test(next.folded) && text.slice(noun.end, next.start).trim() === "";
}

/** "ألف", "ألفين" folded: a year in words ("عام ألفين وستة عشر"), no article. */
const thousand = /^الف(?:ين|ان|ا)?$/u;

/** The year periods.json event_years dates the event `word` names ("الجائحة": 2020), if it does. */
export const eventYearOf = (word: Word, phrases: PeriodPhrases): number | undefined => phrases.event_years.find((event) => wordIsAny(word, event.words))?.year;

/**
 * Whether the year noun at `index` (of "سنة الجائحة") follows "after" ("بعد سنة الجائحة.. الأمن الوطني يعلن 4677
 * ملفا"): the year after which, not the one a count is of; unless the year's relative clause follows ("بعد سنة الجائحة
 * التي لم تتجاوز ملفاتها 3950 ملفا"), whose counts are that year's.
 */
export function yearAfterWhich(words: readonly Word[], index: number, phrases: PeriodPhrases): boolean {
  const relative = words[index + 2] !== undefined && wordIsAny(words[index + 2]!, grammarWords.relatives);
  return index > 0 && wordIsAny(words[index - 1]!, phrases.after_words) && !relative;
}

/** The years news write about: four digits outside them are a value ("| الملفات المعالجة | 7146 |"). */
export const isYearValue = (value: number): boolean => value >= 1900 && value <= 2100;

/** Whether a word (folded: its digits are ASCII) is a year of digits: "2022", "٢٠٢٥". */
export const isYearWord = (word: Word): boolean => word.folded.length === 4 && /^\p{Nd}{4}$/u.test(word.folded) && isYearValue(wordValue(word));

/** A year written as a word of the text, as the period reader takes years. */
export const yearMention = (word: Word): NumberMention => ({ text: word.folded, value: wordValue(word), kind: "year", start: word.start, end: word.end, form: "digits" });

/** The value of a word written in digits, Western or Arabic-Indic ("٢٠٢٤" → 2024). */
export const wordValue = (word: Word): number => Number(asciiDigits(word.folded));


/** Invisible marks of writing direction: left-to-right, right-to-left, the Arabic letter mark, isolates. */
const directionalMarks = /[\u200e\u200f\u061c\u2066-\u2069]/gu;

/** The mention as a year when its context says so, else itself. */
export function contextualYear(mention: NumberMention, text: string, words: readonly Word[], catalogued: readonly string[], parts: readonly Phrase[], periods: readonly Phrase[]): NumberMention {
  if (mention.kind === "year" && countedInAccusative(mention, text, words, catalogued)) return { ...mention, kind: "number" };
  if (yearInWords(mention, text, words, catalogued)) return { ...mention, kind: "year" };
  if (mention.kind !== "number" || mention.form !== "digits" || mention.qualifier !== undefined || !fourDigits.test(mention.text)) return mention;
  if (!isYearValue(mention.value)) return mention;
  // "خلال النصف الثاني من 2023 تسليم 22 شخصا": after a part of a year and "من", a year whatever noun follows.
  if (yearOfPart(words, mention, parts) || afterPrepositionOfTime(text, words, mention) || yearOfLabelledRow(text, mention)) return { ...mention, kind: "year" };
  const next = words[firstWordAt(words, mention.end)];
  // A noun past an empty line is the next block's heading ("مقارنة مع 2020⏎⏎العمليات"), not what the number counts.
  const gap = text.slice(mention.end, next?.start ?? mention.end);
  // Directional marks around the digits ("و‏2068‏ مذكرة") are no gap.
  // Nor past the end of a table's row ("… — النصف الأول 2023⏎الملفات …"): the next row's label.
  const endsRow = gap.includes("\n") && /\s[|—–]\s/u.test(text.slice(Math.max(0, mention.start - rowReach), mention.start));
  // Nor past the end of a header line of years ("            2022        2023⏎الأشخاص المسلمون …  22  27").
  const endsYearsLine = gap.includes("\n") && yearsLine.test(text.slice(text.lastIndexOf("\n", mention.start - 1) + 1, mention.end));
  // Nor a header's years copied one cell per line ("المؤشر⏎2020⏎2021⏎الملفات …").
  const followedByNoun = next !== undefined && wordIsAny(next, catalogued) && (gap.replace(directionalMarks, "").trim() === "" || parenthesisedCount(mention, text, words, gap)) && !/\n\s*\n/u.test(gap) && !endsRow && !endsYearsLine && !stackedYear(text, mention);
  return followedByNoun || numberFirstItem(text, mention, next, catalogued) || afterOutOf(text, mention) || fromCountToCount(text, mention) || toFromCount(text, mention) || comparedWithCount(text, mention) || earlierValueOfCount(text, mention) || afterCountedLabel(mention, text, words, catalogued) || placedInPeriod(text, words, mention, periods) || afterTheNumber(words, mention) || valueOfYearRow(text, mention) || saidExactly(next) || exactlyAfterNumber(text, words, mention) || cellOfValueRow(text, mention) || cellOfValueColumn(text, mention) ? mention : { ...mention, kind: "year" };
}

/** "من أصل 2009 في السنة": a whole "out of" which a part is, a count, never a year. */
const outOfBefore = /(?:^|\s)من\s+(?:أصل|اصل)\s*(?:الـ|ال)?\s*$/u;

export const afterOutOf = (text: string, mention: { start: number }): boolean => outOfBefore.test(text.slice(Math.max(0, mention.start - 12), mention.start));

/** A year's value alone on its line, the line above a year's value alone too: a header copied one cell per line. */
function stackedYear(text: string, mention: NumberMention): boolean {
  const line = shortLineAt(text, mention.start, 8);
  if (!line || text.slice(line.start, line.end).trim() !== mention.text) return false;
  const above = lineAbove(text, line.start);
  const cell = above && asciiDigits(text.slice(above.start, above.end).trim());
  return cell !== undefined && fourDigits.test(cell) && isYearValue(Number(cell));
}

/**
 * "أكثر مما عالجناه في ألفين وثلاثة وعشرين، حين كان الرقم …": a number in words of a year's value right after a
 * preposition of time, no noun it counts after it, is a year, as a speaker says one.
 */
function yearInWords(mention: NumberMention, text: string, words: readonly Word[], catalogued: readonly string[]): boolean {
  if (mention.kind !== "number" || mention.form !== "words" || mention.qualifier !== undefined || !isYearValue(mention.value)) return false;
  const next = words[firstWordAt(words, mention.end)];
  return afterPrepositionOfTime(text, words, mention) && !(next !== undefined && wordIsAny(next, catalogued));
}

/**
 * "فانتقلت من 1987 إلى 2169": the earlier end of a change whose later end is no year's value is a count as that one
 * is (not "من 2021 إلى 2022", a span of years).
 */
function fromCountToCount(text: string, mention: NumberMention): boolean {
  if (!/(?:^|[^\p{L}])من[^\S\n]*$/u.test(text.slice(Math.max(0, mention.start - 6), mention.start))) return false;
  const later = /^[^\S\n]*(?:إلى|الى)[^\S\n]*([0-9٠-٩][0-9٠-٩.,٬ ]*[0-9٠-٩]|[0-9٠-٩])/u.exec(text.slice(mention.end, mention.end + 24));
  if (!later) return false;
  return isNoYearsValue(later[1]!);
}

/** Whether digits written with their group separators ("2 312", "1.987") are a number no year has for value. */
function isNoYearsValue(digits: string): boolean {
  const value = Number(asciiDigits(digits).replace(/[.,٬ ]/gu, ""));
  return Number.isFinite(value) && !isYearValue(value);
}

/**
 * "انخفض عدد إشعارات إلغاء البحث الدولي من 2312 إلى 2009": the later end of a change whose earlier end is no year's
 * value, maybe with its noun, is a count as that one is (not "من 2016 إلى 2024", a span of years).
 */
function toFromCount(text: string, mention: NumberMention): boolean {
  const earlier = /(?:^|[^\p{L}])من[^\S\n]*([0-9٠-٩][0-9٠-٩.,٬ ]*[0-9٠-٩]|[0-9٠-٩])(?:[^\S\n]+\p{L}+)?[^\S\n]*(?:إلى|الى)[^\S\n]*$/u.exec(text.slice(Math.max(0, mention.start - 40), mention.start));
  if (!earlier) return false;
  return isNoYearsValue(earlier[1]!);
}

/** "(2009 مقابل 2312، ناقص 13,1 في المائة)": a value compared with one that is no year's value is a count as that one is. */
function comparedWithCount(text: string, mention: NumberMention): boolean {
  const later = /^[^\S\n]*(?:مقابل|بدل)[^\S\n]*([0-9٠-٩][0-9٠-٩.,٬]*[0-9٠-٩]|[0-9٠-٩])/u.exec(text.slice(mention.end, mention.end + 24));
  if (!later) return false;
  return isNoYearsValue(later[1]!);
}

/** A year then the mark before its value: "2020 ← 63". */
const beforeItsValue = new RegExp(`^[^\\S\\n]*${yearValueMark}[^\\S\\n]*[0-9٠-٩]`, "u");

/** "الأوامر: 2020 ← 63، 2021 ← 98": the year of a cell of a list of years after its label, not a value of the label's. */
function yearOfLabelledRow(text: string, mention: NumberMention): boolean {
  if (!beforeItsValue.test(text.slice(mention.end, mention.end + 8))) return false;
  const line = shortLineAt(text, mention.start, rowLength);
  return line !== undefined && labelledYearRowStart(text.slice(line.start, line.end)) >= 0;
}

/** A preposition of time (grammar-words time_prepositions), whole, alone or after و or ف: not "فيها" (in it) before a count. */
const isPrepositionOfTime = (word: Word) => grammarWords.time_prepositions.includes(withoutConjunction(word.folded)) || grammarWords.time_prepositions.includes(word.folded);

/** A line opening with a label and a colon: an item of a list of figures ("المبحوث عنهم الموقوفون دوليا: 119"). */
const labelLine = /^[^\n:\p{N}]{1,60}:/u;

/**
 * "ويلفت الانتباه أن 47 من الموقوفين في 2018 مواطنون مغاربة": right after a preposition of time, a year whatever
 * noun follows on its line.
 */
function afterPrepositionOfTime(text: string, words: readonly Word[], mention: NumberMention): boolean {
  const index = firstWordAt(words, mention.start);
  const previous = words[index - 1];
  const next = words[firstWordAt(words, mention.end)];
  const sameLine = next !== undefined && !text.slice(mention.end, next.start).includes("\n");
  // Or ending its line above another item's label ("… بعد 98 أمرا في 2021⏎المبحوث عنهم الموقوفون دوليا: 119").
  const aboveLabel = next !== undefined && !sameLine && labelLine.test(text.slice(next.start, next.start + 80));
  return (sameLine || aboveLabel) && previous !== undefined && isPrepositionOfTime(previous) && text.slice(previous.end, mention.start).trim() === "";
}

/** A cell that is a number alone ("1960", "+8,5", "37%"). */
const numberCell = /^[+\-−]?[0-9٠-٩][0-9٠-٩.,٫٬]*[%٪]?$/u;

/**
 * "الملفات وطلبات المعلومات      1650      1960      1790      +8,5": a cell of a row of values (a label, then
 * numbers set apart as cells) where another value is no year is a count like them, not a year.
 */
function cellOfValueRow(text: string, mention: NumberMention): boolean {
  const lineStart = text.lastIndexOf("\n", mention.start - 1) + 1;
  const newline = text.indexOf("\n", mention.end);
  const cells = tableCells(text, { start: lineStart, end: newline < 0 ? text.length : newline })?.map((cell) => text.slice(cell.start, cell.end));
  if (!cells || cells.length < 3 || numberCell.test(cells[0]!) || !cells.includes(mention.text)) return false;
  const values = cells.slice(1).filter((cell) => numberCell.test(cell) && cell !== mention.text);
  return values.some(isCountValue);
}

/** A cell that is a count: a whole number in digits that is no year ("131", not "2021" nor "8,5"). */
export function isCountValue(cell: string): boolean {
  const digits = asciiDigits(cell.trim());
  return /^[0-9]+$/u.test(digits) && !isYearValue(Number(digits));
}

/** How many rows above a cell may show that its column holds counts. */
const columnReach = 6;

/**
 * "مذكرات توقيف سريان الأبحاث الدولية | 1987" under "الإنابات القضائية الدولية | 131": a cell of a column whose cells
 * above are counts, not years, is a count like them.
 */
function cellOfValueColumn(text: string, mention: NumberMention): boolean {
  const line = shortLineAt(text, mention.start, rowLength);
  if (!line) return false;
  const cells = tableCells(text, line);
  const column = cells?.findIndex((cell) => cell.start <= mention.start && mention.end <= cell.end) ?? -1;
  if (!cells || column < 0 || text.slice(cells[column]!.start, cells[column]!.end) !== mention.text) return false;
  const counts = (row: LineSpan | undefined) => {
    if (!row || row.end - row.start > rowLength) return undefined;
    const other = tableCells(text, row);
    if (!other || other.length !== cells.length) return undefined;
    return isCountValue(text.slice(other[column]!.start, other[column]!.end));
  };
  // Above it only: under a header of years, the counts below are no sign that the header's years are counts.
  let above = lineAbove(text, line.start);
  for (let k = 0; k < columnReach && above; k++) {
    if (counts(above)) return true;
    above = lineAbove(text, above.start);
  }
  return false;
}

/** The longest line read as a table's row or a list of years here. */
const rowLength = 240;

/**
 * "نشر (2009) مذكرة": a number alone in parentheses right before a counted noun is its count, as an administrative
 * style writes every figure; not after a year's noun ("سنة (2009)").
 */
function parenthesisedCount(mention: NumberMention, text: string, words: readonly Word[], gap: string): boolean {
  if (gap.trim() !== ")" || !/\(\s*$/u.test(text.slice(Math.max(0, mention.start - 3), mention.start))) return false;
  const before = words[firstWordAt(words, mention.start) - 1];
  return before === undefined || before.end > mention.start || !wordIsAny(before, yearNouns);
}

/** "(1905 بالضبط)", "4677 بالتحديد": a year is not "exactly"; a quantity is. */
const exactly = grammarWords.exactly;
const saidExactly = (next: Word | undefined) => next !== undefined && exactly.includes(next.folded);

/** How far back a number "exactly" restates may stand: "قرابة 2000 مذكرة لتوقيف سريان الأبحاث الدولية، بالضبط 1987". */
const restatedReach = 80;

/** "…قرابة 2000 مذكرة …، بالضبط 1987": "exactly" right before, a number given shortly before in the sentence: its exact value. */
function exactlyAfterNumber(text: string, words: readonly Word[], mention: NumberMention): boolean {
  const before = words[firstWordAt(words, mention.start) - 1];
  if (!before || !exactly.includes(before.folded) || text.slice(before.end, mention.start).trim() !== "") return false;
  const stretch = text.slice(Math.max(0, before.start - restatedReach), before.start);
  return /\p{Nd}/u.test(stretch.slice(Math.max(stretch.lastIndexOf("."), stretch.lastIndexOf("\n")) + 1));
}

/**
 * "2169 (كانت 1987)": a year's value in a parenthesis that opens on "was" right after a count is that count's earlier
 * value, no year (not after a year: "2019 (كان 2018 …)").
 */
function earlierValueOfCount(text: string, mention: NumberMention): boolean {
  const before = /([0-9٠-٩][0-9٠-٩.,٬ ]*)[^\S\n]*\([^\S\n]*(?:كانت|كان|كانو|كانوا)[^\S\n]*$/u.exec(text.slice(Math.max(0, mention.start - 30), mention.start));
  if (!before) return false;
  return isNoYearsValue(before[1]!);
}

/** A year and its colon opening the line right before: "2012: 1980" is 1980 files in 2012, not a second year. */
const valueOfYearRow = (text: string, mention: NumberMention) => /(?:^|\n)[^\S\n]*[0-9٠-٩]{4}[^\S\n]*[:：][^\S\n]*$/u.test(text.slice(Math.max(0, mention.start - 12), mention.start));

/** "the number", "the figure" right before: "كان الرقم 1940" is the figure's value, no year. */
const theNumber = grammarWords.the_number;

function afterTheNumber(words: readonly Word[], mention: NumberMention): boolean {
  const before = words[firstWordAt(words, mention.start) - 1];
  return before !== undefined && before.end <= mention.start && theNumber.some((word) => before.folded === word || before.folded === `و${word}`);
}

/** Whether a part of a year and "من" stand right before the number: "النصف الثاني من 2023". */
function yearOfPart(words: readonly Word[], mention: NumberMention, parts: readonly Phrase[]): boolean {
  const at = firstWordAt(words, mention.start);
  if (at < 2 || !wordIsAny(words[at - 1]!, ofWord)) return false;
  return parts.some((phrase) => at - 1 - phrase.length >= 0 && phraseAt(words, at - 1 - phrase.length, phrase));
}

const ofWord = ["من"];

/** A line of years alone, set apart by spaces: a table's header. */
const yearsLine = /^[^\S\n]*(?:(?:19|20)[0-9]{2}|[١٢][٠٩][٠-٩]{2})(?:[^\S\n]+(?:(?:19|20)[0-9]{2}|[١٢][٠٩][٠-٩]{2}))+$/u;

/** How far back on its line a year may find its table row's cell mark. */
const rowReach = 24;

/** Words opening a span between two periods: "بين 2020 والسنة المنصرمة". */
const spanOpeners = ["بين"];

/** Words that place a count in a period after it: "و2100 في النصف الثاني من 2018". */
const placing = ["في", "خلال"];

/**
 * Whether a period follows the number, maybe after "في" or "خلال": a year has no period after it, a count does
 * ("2100 في النصف الثاني من 2018", "فـ1940 هذه السنة"). `periods`: the phrases naming a period without a year.
 */
function placedInPeriod(text: string, words: readonly Word[], mention: NumberMention, periods: readonly Phrase[]): boolean {
  let next = firstWordAt(words, mention.end);
  // "بين 2020 والسنة المنصرمة": the two ends of a span, a year and a period joined by "و", not a count placed in it.
  const previous = words[firstWordAt(words, mention.start) - 1];
  if (previous !== undefined && wordIsAny(previous, spanOpeners) && words[next]?.folded.startsWith("و")) return false;
  if (words[next] !== undefined && wordIsAny(words[next]!, placing)) next++;
  // Right after it, no mark between: "2024 — النصف الأول 2023" is a header's next cell.
  if (words[next] === undefined || /[^\s\p{L}]/u.test(text.slice(mention.end, words[next]!.start))) return false;
  // Or a year's noun and its year: "مقابل 2030 سنة 2015" (no year is followed by another).
  const yearAfter = words[next]!.folded.startsWith("و") ? false : wordIsAny(words[next]!, yearNouns) && words[next + 1] !== undefined && isYearWord(words[next + 1]!);
  return yearAfter || periods.some((phrase) => phraseAt(words, next, phrase));
}

/**
 * A year after "السنة" right followed by a counted noun in the accusative is a count: "خلال الربع الأول من السنة 1920
 * ملفا" (1,920 files); a year is never followed by its tamyiz ("ملفا", not "ملفات", which may begin a new phrase).
 */
function countedInAccusative(mention: NumberMention, text: string, words: readonly Word[], catalogued: readonly string[]): boolean {
  if (mention.form !== "digits" || !fourDigits.test(mention.text)) return false;
  const next = words[firstWordAt(words, mention.end)];
  if (!next || text.slice(mention.end, next.start).trim() !== "" || !wordIsAny(next, catalogued)) return false;
  const written = text.slice(next.start, next.end);
  return /[^ت]ا$/u.test(written);
}

/** How far back a label before its colon may start. */
const labelReach = 200;

/** Right after a label's colon whose words name a counted noun ("مذكرات إلغاء البحث الدولي: 1987، و310 …"): a value. */
function afterCountedLabel(mention: NumberMention, text: string, words: readonly Word[], catalogued: readonly string[]): boolean {
  // A label is short: a line that never ends is not read back whole for every number on it.
  const lineStart = Math.max(text.lastIndexOf("\n", mention.start - 1) + 1, mention.start - labelReach);
  const label = /^(.*)[:：]\s*$/su.exec(text.slice(lineStart, mention.start));
  if (!label) return false;
  const from = firstWordAt(words, lineStart);
  for (let i = from; i < words.length && words[i]!.end <= lineStart + label[1]!.length; i++) if (wordIsAny(words[i]!, catalogued)) return true;
  return false;
}

/**
 * A list item that opens on its number, then a colon and the indefinite noun it counts ("1987: إشعارا بوقف البحث
 * على الصعيد الدولي"): a count; not a year heading a line ("2021: عالج القسم …", "2021: الملفات المعالجة …").
 */
function numberFirstItem(text: string, mention: NumberMention, next: Word | undefined, catalogued: readonly string[]): boolean {
  const opensLine = /(?:^|\n)[^\S\n]*(?:[-•*▪◾●][^\S\n]*)?$/u.test(text.slice(Math.max(0, mention.start - 8), mention.start));
  return opensLine && next !== undefined && /^[^\S\n]*[:：][^\S\n]*$/u.test(text.slice(mention.end, next.start)) && !next.folded.startsWith("ال") && wordIsAny(next, catalogued);
}

