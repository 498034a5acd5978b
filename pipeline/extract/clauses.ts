// Which words belong to which number. A number's clause runs, within its sentence, from the last clause mark
// (، , ؛ ; | · • ◄ ► a line break, or a dash between spaces) before it to the first clause mark after it: "... 143 إنابة قضائية
// دولية، ونشر وتعميم 106 أوامر دولية بإلقاء القبض؛ وهو ما مكن من توقيف 119 مبحوثا عنهم" gives 106 the clause
// "ونشر وتعميم 106 أوامر دولية بإلقاء القبض". Between two figures with no mark between them, the words go to
// the first ("2169 مذكرة لتوقيف سريان الأبحاث الدولية و347 مذكرة ..."), up to a word that opens a new clause:
// one starting with the conjunction و ("توقيف 119 مبحوثا عنهم وتسليم 30 شخصا") or a relative word ("عن
// السنة الماضية التي سجلت فيها 143 إنابة"). A number opening a parenthesis also takes the words before it
// ("قياسا بالفترة ذاتها من العام الماضي (57 شخصا)"). A colon does not cut: it joins a label to its number
// ("إسبانيا: 25%"). Years, dates and other non-figures do not cut either: "24 في المائة مقارنة مع سنة 2021"
// keeps its base year.
import type { NumberMention } from "../types/number-mention.ts";
import { foldWord } from "../arabic/normalise.ts";
import { wordIsAny } from "./cue-match.ts";
import { grammarWords } from "./grammar-words.ts";
import { firstWordAt, type Word } from "./words.ts";
import { isTwoDots } from "../text/sentences.ts";
import { lineAt } from "../text/lines.ts";
import { monthRanges } from "./month-ranges.ts";
import { endsColumnLine } from "./narrow-column.ts";
import type { PeriodPhrases } from "../types/catalogue-periods.ts";

export interface Span {
  start: number;
  end: number;
}

export interface Clause {
  /** From the cut before the number to its start. */
  before: Span;
  /** From the number's end to the cut after it. */
  after: Span;
  /** The words before the cut that starts the clause, back to the previous cut: what a relative word refers to. */
  previous: Span;
  /** From the last clause mark or figure before the number to its start, whatever cut the clause: where a change word stands ("5800 ملف بزيادة قدرها 24 في المائة"). */
  lead: Span;
}

const isFigure = (mention: NumberMention) => mention.kind === "number" || mention.kind === "percent";

/** A line this long or longer was wrapped at a fixed width (a PDF copied to text): its end is no clause mark. */
export const wrappedLineLength = 50;

/**
 * Whether the line break at `at` inside a sentence (text/sentences.ts) cuts a clause: after a wrapped line (a PDF
 * copied to text), no, unless the line is a table row padded with spaces to its value's column; after a short
 * line, when the next line holds a number of its own (the next item of a
 * list, "إسبانيا ........ 31%" then "فرنسا ......... 23%"; a year is none), yes; when it does not, the next line goes on with the
 * number's words ("📁 ١٧٢٢" above "ملفا وطلب معلومات عولجت"; "✈️ ١٢ شخصا" above "سُلّموا إلى المغرب").
 */
function breaksClause(text: string, sentenceStart: number, at: number): boolean {
  // The whole line, also where a sentence starts in it: a wrapped line is long whatever sentence ends on it.
  const lineBegins = text.lastIndexOf("\n", at - 1) + 1;
  // A transcript's next segment, opening on its time ("1:29 التعاون لا يتوقف …", "[00:13:32] …"), is a clause of its own.
  if (timestampOpening.test(text.slice(at + 1, at + 16))) return true;
  // A narrow column's line (a newspaper page scanned to text) ends where the column does, not where a clause does.
  if (endsColumnLine(text, at)) return false;
  const nextEnd = text.indexOf("\n", at + 1);
  const nextLine = text.slice(at + 1, nextEnd < 0 ? text.length : nextEnd);
  // A long line above the next item of a list ("🔹 المبحوث عنهم الموقوفون: 97، منهم 55 مغربيا خارج الوطن" above
  // "🔹 مذكرات …: 1840") was not wrapped: a wrapped line goes on with words, not with a bullet.
  // Nor a line of values above a "label: value" line ("… بينهم 88 مغربيا بالخارج⏎النصف الأول من 2025: 74 موقوفا",
  // captions), unlike a legend above its first item ("حصيلة 2022 (بين قوسين: حصيلة 2021)⏎الملفات …: 5.800 (4.677)").
  const valuesAbove = () => /\p{Nd}/u.test(text.slice(lineBegins, at).replace(yearDigits, ""));
  const wrapped = at - lineBegins >= wrappedLineLength && !paddedRow.test(text.slice(lineBegins, at)) && !itemOpening.test(nextLine) && !(labelledValue.test(nextLine) && valuesAbove());
  if (wrapped) return false;
  // A line opening on a relative word goes on with the line above, however short: a narrow column's "مقابل 2 710
  // ملفات في السنة⏎التي قبلها" (the words then go where a relative sends them, cutInGap).
  if (grammarWords.relatives.includes(foldWord(nextLine.trim().split(/\s/u, 1)[0]!))) return false;
  // Nor does a line of prose ending on a number whose noun opens the next line ("الدولي عالجت ما مجموعه 2 950⏎ملفا وطلبا
  // للمعلومات، مقابل 2 710 ملفات …"), a narrow column's: not a list's next item, which ends on its own value.
  if (proseEndingOnNumber.test(text.slice(lineBegins, at)) && !endsOnYear.test(text.slice(lineBegins, at)) && /^[^\S\n]*\p{L}/u.test(nextLine) && !labelledValue.test(nextLine) && !endsOnValue.test(nextLine)) return false;
  const lineStart = Math.max(sentenceStart, lineBegins);
  // A number alone on its line (after an item's number: "1. 3104") goes on with the words under it, whatever
  // numbers they hold ("هو عدد الملفات …، مقابل 2760 …"), unless they open on a number of their own or label
  // one ("61⏎المبحوث عنهم الموقوفون: 74", a card's next item).
  if (numberAlone.test(text.slice(lineStart, at)) && !/^\s*\p{Nd}/u.test(nextLine) && !labelledValue.test(nextLine)) return false;
  // A year on the next line is no figure of its own: "أزيد من 40%⏎مقارنة مع 2020" goes on with the percentage.
  const next = nextLine.replace(yearDigits, "");
  return /\p{Nd}/u.test(next);
}

/** A line of several words ending on a number: "الدولي عالجت ما مجموعه 2 950". */
const proseEndingOnNumber = /\p{L}+[^\S\n]+\p{L}+[^\S\n]+\p{L}+[^\S\n]+[\p{Nd}][\p{Nd}\s.,٬٫]*$/u;

/** A line ending on a year: a heading's ("الملفات: عودة إلى ما فوق مستوى 2019"), not a figure's noun to come. */
const endsOnYear = /(?<!\p{Nd})(?:19|20)\d\d[^\S\n]*$/u;

/** A line ending on a value (a list's item: "فرنسا 23%", "الإنابات 171"). */
const endsOnValue = /[\p{Nd}%٪][^\S\n]*$/u;

/** A line opening on a short label, its colon and a number: "النصف الأول من 2025: 74 موقوفا". */
const labelledValue = /^[^\S\n]*[^:：\n]{2,40}[:：][^\S\n]*\p{Nd}/u;

/** A list item's opening: a pictogram or a bullet ("🔹", "•", "▪"), or a dash then a space. */
const itemOpening = /^[^\S\n]*(?:\p{Extended_Pictographic}|[•▪◦●■◆►▸]|[-–—][^\S\n])/u;

/** A time opening a transcript's line: "1:29", "00:13:32", "[00:01:12]", "(12:05)", a subtitle's "[00:01:14.200 --> 00:01:22.500]". */
const timestampOpening = /^[^\S\n]*[[(]?\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d{3})?)?(?:[^\S\n]*-->[^\S\n]*\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d{3})?)?)?[\])]?[^\S\n]/u;

/** A table row laid out with spaces ("طلبات المعلومات                17 %"): its value after a gap of columns ends the line, however long the padding makes it. */
const paddedRow = /\S(?:[ \t]{3,}|[ ]*\t[ \t]*)[\p{Nd}.,٬٫]+[ \t]*[%٪]?[ \t]*$/u;

/** A line holding only a number, maybe after an item's number, a keycap or a pictogram ("1. 3104", "٢) ٦٦", "1️⃣ 4677", "🔗 104"). */
const numberAlone = /^\s*(?:\p{Extended_Pictographic}\uFE0F?\s*|[0-9]\uFE0F?\u20E3\s*)?(?:\p{Nd}{1,2}\s?[.)\-–]\s+)?[\p{Nd}.,٬٫ ]+\s*$/u;

const yearDigits = /(?<!\p{Nd})(19|20)\d\d(?!\p{Nd})/gu;

/**
 * A sentence opening on "of these" set off by a comma ("ومن بين هؤلاء، تم توقيف 14 شخصا"): the comma does not cut
 * the clause, whose count is a part of the count before.
 */
const partOpening = /^[\s"«]*[وف]?(?:من\s*(?:بين|ضمن)?|بين|ضمن)\s*(?:هؤلاء|هم|ها)\s*$/u;
const partOpeningLength = 24;

/** A comparison opening the words after a dash: "أقل", "أكثر", "مقابل", "مقارنة". */
const dashedComparison = /^(أقل|اقل|أكثر|اكثر|أزيد|مقابل|مقارنة|بزيادة|بارتفاع|بتراجع|بانخفاض)/u;

/** A figure alone before a dash at the start of its line: "143 – إنابة قضائية دولية" says what the figure counts. */
const figureOpeningLine = /(?:^|\n)[ \t]*[\p{Nd}.,٬٫ ]+[%٪]?[ \t]*$/u;
const opensLine = (text: string, dash: number) => figureOpeningLine.test(text.slice(Math.max(0, dash - 24), dash));

/** The one bar of a line after a figure alone at its start: "5800 | ملف وطلب معلومات عالجها القطب" says what the figure counts. */
export function valueBeforeLabel(text: string, bar: number): boolean {
  const lineEnd = text.indexOf("\n", bar);
  return opensLine(text, bar) && !text.slice(bar + 1, lineEnd < 0 ? text.length : lineEnd).includes("|");
}

/** Offsets of the clause marks of [start, end), in order. */
/** An aside opening on "of which / of whom". */
const partAside = /^\(\s*(?:من\s+)?(?:من|بين|ضمن)(?:ها|هم)\s/u;

/** An aside opening on a label, a colon and a number: "(المجموع السنوي: 4677 ملفا في 2021)". */
const labelledAside = /^\(\s*[^()\p{Nd}:：\n]{2,30}[:：]\s*[+\-−]?\p{Nd}/u;

/** An aside opening on a period label ending in its year, a colon and a number: "(ن1 2022: 10)", "(2021: 4677)". */
const periodLabelledAside = /^\(\s*[^()\n:：]{0,16}[0-9٠-٩]{4}\s*[:：]\s*[+\-−]?[0-9٠-٩]/u;

/** An aside opening on a comparison with a number: "منها 44 تخص الاتجار في المخدرات (مقابل 162 إنابة في 2024)" (not a legend's "(مقابل النصف الأول)"). */
const comparisonAside = /^\(\s*(?:مقابل|مقارنة|قياسا)[^()0-9٠-٩]{0,12}[0-9٠-٩]/u;

/** A year alone between two commas, with its preposition: "، خلال سنة 2022،", "، في 2021،". */
/** A clause that is an aside on a noun before it ("، والبالغ عددها 5800 ملف،"): what follows its comma goes on with that noun. */
const asideBefore = /^[،,\s]*و?البالغ/u;

/**
 * Whether a comma at `at` opens a clause of what all the words before it concern ("، تهم …", "، يتعلق …"): without a
 * figure of its own, nor a part of them ("، يتعلق جزء مهم منها …", "، يهم نحو نصفها …").
 */
function concerningAfter(text: string, at: number, end: number, figures: readonly NumberMention[]): boolean {
  const word = /^[^\S\n]*(\p{L}+)/u.exec(text.slice(at + 1, at + 24))?.[1];
  if (word === undefined || !grammarWords.concerning_verbs.includes(foldWord(word))) return false;
  const next = text.slice(at + 1, end).search(/[،,؛;.\n]/u);
  const clauseEnd = next < 0 ? end : at + 1 + next;
  if (figures.some((f) => f.start > at && f.start < clauseEnd)) return false;
  const words = text.slice(at + 1, clauseEnd).split(/[^\p{L}]+/u).filter((w) => w.length > 0).map(foldWord);
  return !words.some((w) => grammarWords.part_markers.includes(w) || grammarWords.part_quantifiers.includes(w) || grammarWords.fraction_nouns.some((f) => w.startsWith(f) && w.length > f.length));
}

/** ◄ ► ◀ ▶: the pointers a news ticker sets between its items. */
const tickerPointers = new Set([0x25c4, 0x25ba, 0x25c0, 0x25b6]);

/** A line that is only cells of a short label and its value, set apart by runs of spaces: "إسبانيا 29%    فرنسا 22%". */
const labelValueCells = /^[^\S\n]*(?:\p{L}[\p{L} ]{0,30}[^\S\n][+\-−]?[%٪]?\p{Nd}[\p{Nd}.,٬٫]*[%٪]?(?: {3,}|\t[ \t]*))+\p{L}[\p{L} ]{0,30}[^\S\n][+\-−]?[%٪]?\p{Nd}[\p{Nd}.,٬٫]*[%٪]?[^\S\n]*$/u;

/**
 * Whether a gap of three spaces or more, or a tab, starts at `i` after a figure on a line of label–value cells (a row
 * flattened into text, "إسبانيا 29%    فرنسا 22%    بلجيكا 8%"): each label with its own value. Not prose after a
 * figure, which markup masked as spaces may set apart too ("64%**   منها حضوريا").
 */
function cellGapAfterFigure(text: string, i: number): boolean {
  if (!/[\p{Nd}%٪]$/u.test(text.slice(Math.max(0, i - 1), i)) || !/^(?: {3,}|\t)/u.test(text.slice(i, i + 3))) return false;
  const line = lineAt(text, i);
  return labelValueCells.test(text.slice(line.start, line.end));
}

const yearAside = /^[،,]\s*(?:خلال|في|طيلة|طوال|برسم)\s+(?:سنة\s+|عام\s+)?[0-9٠-٩]{4}\s*[،,]/u;

function clauseMarks(text: string, start: number, end: number, figures: readonly NumberMention[]): number[] {
  const marks: number[] = [];
  // A figure in the clause so far (since the last mark): the clause a year aside may go on with.
  const figureSince = (from: number, to: number) => figures.some((f) => f.start >= from && f.end <= to);
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    // ، , ؛ ; | (the cells of a table flattened into text), the dots between a post's items ("إسبانيا 27% · فرنسا 21%"),
    // and the pointers between a ticker's items ("… و380 إشعارا عربيا ◄ إلغاء البحث: …")
    if (c === 0x060c || c === 0x2c || c === 0x061b || c === 0x3b || c === 0x7c || c === 0xb7 || c === 0x2022 || tickerPointers.has(c)) {
      if (c === 0x7c && valueBeforeLabel(text, i)) continue;
      // "بأن 1180 موظفا للشرطة استفادوا، خلال سنة 2022، من دورات تكوينية": a year between commas after a figure's
      // verb cuts no clause (before a figure, "في حين نشر، طيلة سنة 2022، ما مجموعه 2169 مذكرة", it opens one).
      const aside = (c === 0x060c || c === 0x2c) && i > start && figureSince(marks.at(-1) ?? start, i) ? yearAside.exec(text.slice(i, i + 32)) : null;
      if (aside) {
        i += aside[0].length - 1;
        continue;
      }
      // "سبع عشرة إنابة، تهم الاتجار في المخدرات": a comma after a figure's noun, before what that noun concerns, cuts no
      // clause when no figure follows before the next mark.
      if ((c === 0x060c || c === 0x2c) && !asideBefore.test(text.slice(marks.at(-1) ?? start, i)) && concerningAfter(text, i, end, figures)) continue;
      if (!((c === 0x060c || c === 0x2c) && i - start <= partOpeningLength && partOpening.test(text.slice(start, i)))) marks.push(i);
    }
    // "(" before "of which": a part opens in an aside ("153 (منها 35 مرتبطة …)", "(من بينهم 20 …)").
    else if (c === 0x28 && partAside.test(text.slice(i, i + 16))) marks.push(i);
    // "(" before a comparison: the compared count's words are its own, not the clause's before it.
    else if (c === 0x28 && comparisonAside.test(text.slice(i, i + 24))) marks.push(i);
    // "(" before a label and its number: "واستقدم 11 شخصا (المجموع السنوي: 4677 ملفا في 2021)" is another figure's aside.
    else if (c === 0x28 && (labelledAside.test(text.slice(i, i + 40)) || periodLabelledAside.test(text.slice(i, i + 32)))) marks.push(i);
    // ".." inside a sentence: a headline's pause (sentences.ts).
    else if (c === 0x2e && isTwoDots(text, i)) marks.push(i);
    // A run of spaces or a tab after a figure, before a word: the cells of a row flattened into text ("إسبانيا 29%
    // فرنسا 22%    بلجيكا 8%"), each label with its own value.
    else if ((c === 0x20 || c === 0x09) && cellGapAfterFigure(text, i)) {
      marks.push(i);
      while (text[i + 1] === " " || text[i + 1] === "\t") i++;
    }
    else if ((c === 0x0a || c === 0x0d) && breaksClause(text, start, i)) marks.push(i);
    // - – — between spaces after a figure: a dash separating the items of a flattened table ("إسبانيا 31% - فرنسا
    // 22%"); between words it joins them ("أكتوبر – دجنبر").
    else if ((c === 0x2d || c === 0x2013 || c === 0x2014) && text[i - 1] === " " && text[i + 1] === " " && /[\p{N}%٪)]/u.test(text[i - 2] ?? "") && !opensLine(text, i)) marks.push(i);
    // A slash between spaces after an item's words and before the next item's number: "1,987 إشعار وقف البحث الدولي / 310
    // إشعار وقف البحث العربي", each with its own words (not "2023 / 2024", nor "ملفات/طلبات").
    else if (c === 0x2f && text[i - 1] === " " && text[i + 1] === " " && /\p{L}/u.test(text[i - 2] ?? "") && /^\s*\p{Nd}/u.test(text.slice(i + 1, i + 4))) marks.push(i);
    // – — between spaces after a word and before a comparison: "3690 ملفا وطلب معلومات – أقل بقليل من …".
    else if ((c === 0x2013 || c === 0x2014) && text[i - 1] === " " && text[i + 1] === " " && dashedComparison.test(text.slice(i + 2, i + 12))) marks.push(i);
  }
  return marks;
}

/**
 * What the clause finder needs besides the text: the sentence's words, the relative words (grammar-words.json)
 * and the nouns of a year (years.ts), after which a relative word names a period ("في السنة التي قبلها").
 */
export interface ClauseWords {
  words: readonly Word[];
  relatives: readonly string[];
  yearNouns: readonly string[];
  /** Words restating a figure ("بالتحديد"). */
  restating: readonly string[];
  /** The catalogue's period phrases: a span of months ("بين يوليوز ودجنبر") is one phrase. */
  periods: PeriodPhrases;
}

/**
 * Whether the i-th word opens a new clause: the conjunction و written on a word ("وتسليم"), or a relative word
 * ("التي"), unless the relative follows a year's noun: "مقابل 131 في السنة التي قبلها و118 في 2020" is one phrase.
 */
function opensClause(text: string, i: number, context: ClauseWords): boolean {
  const word = context.words[i]!;
  if (text[word.start] === "و" && word.end - word.start > 2 && /\p{L}/u.test(text[word.start + 1]!)) return true;
  const previous = context.words[i - 1];
  return wordIsAny(word, context.relatives) && !(previous !== undefined && wordIsAny(previous, context.yearNouns));
}

/**
 * Where a new clause starts in the gap [from, to) between two figures: its last word opening one, else `to`. The
 * "و" joining the ends of a span of months opens none: "41 بين يوليوز ودجنبر مقابل 46 في النصف الأول".
 */
function cutInGap(text: string, from: number, to: number, context: ClauseWords): number {
  const { words } = context;
  const last = firstWordAt(words, to) - 1;
  let months: Span[] | undefined;
  for (let i = last; i >= 0 && words[i]!.start >= from; i--) {
    if (!opensClause(text, i, context)) continue;
    months ??= monthRanges(text, words.slice(firstWordAt(words, from), last + 1), context.periods);
    if (!months.some((m) => m.start < words[i]!.start && words[i]!.end <= m.end)) return words[i]!.start;
  }
  return to;
}

/**
 * Whether a figure is alone in parentheses but for restating words ("(1987 بالتحديد)", "(4480 تحديدا)"): the
 * exact value of the figure before it.
 */
function restatesInParenthesis(text: string, mention: NumberMention, context: ClauseWords): boolean {
  if (!opensParenthesis(text, mention)) return false;
  const close = text.indexOf(")", mention.end);
  if (close < 0 || close - mention.end > restatementLength) return false;
  return onlyRestating(text, mention.end, close, context);
}

/** Whether [from, to) holds restating words and nothing else but spaces ("بالتحديد", "على وجه التحديد"). */
function onlyRestating(text: string, from: number, to: number, context: ClauseWords): boolean {
  const inside = context.words.filter((w) => w.start >= from && w.end <= to);
  return inside.length > 0 && inside.every((w) => wordIsAny(w, context.restating)) && /^[\s\p{L}]*$/u.test(text.slice(from, to));
}

/** How long the restating words in parentheses after a figure may be: "بالتحديد", "على وجه التحديد". */
const restatementLength = 20;

/**
 * The two commas around a figure set off with restating words right after a rounded one ("وحوالي ألف وثلاثمائة ملف،
 * 1312 بالتحديد، تتعلق بسيارات مسروقة"): the exact value of the figure before it, whose words go on after it.
 */
function commasAroundRestatement(text: string, mention: NumberMention, previous: NumberMention | undefined, context: ClauseWords): [number, number] | undefined {
  if (previous?.qualifier == null) return undefined;
  const before = /[،,][^\S\n]*$/u.exec(text.slice(previous.end, mention.start));
  const close = text.slice(mention.end, mention.end + restatementLength + 2).search(/[،,]/u);
  if (!before || close < 0) return undefined;
  if (text.slice(mention.end, mention.end + close).includes("\n") || !onlyRestating(text, mention.end, mention.end + close, context)) return undefined;
  return [previous.end + before.index, mention.end + close];
}

export const opensParenthesis = (text: string, mention: NumberMention) => /\(\s*$/u.test(text.slice(Math.max(0, mention.start - 3), mention.start));

/**
 * The clause of each mention (in text order) of one sentence; a figure's clause stops at the neighbouring
 * figures, a non-figure's clause is its own span. Linear in the sentence's length.
 */
export function clausesOf(text: string, sentence: Span, mentions: readonly NumberMention[], context: ClauseWords): Clause[] {
  const figures = mentions.filter(isFigure);
  // An exact value set off by commas after a rounded one: its commas cut no clause, and the rounded one's words go on past it.
  const restatements = new Map(figures.flatMap((f, i) => {
    const commas = commasAroundRestatement(text, f, figures[i - 1], context);
    return commas ? [[f, commas] as const] : [];
  }));
  const unmarked = new Set([...restatements.values()].flat());
  const marks = clauseMarks(text, sentence.start, sentence.end, figures).filter((m) => !unmarked.has(m));
  let mark = 0;
  const clauseOf = new Map<NumberMention, Clause>();
  figures.forEach((mention, index) => {
    const previous = figures[index - 1];
    // "قرابة ألفي مذكرة (1987 بالتحديد) لتوقيف سريان الأبحاث الدولية": the words after a restatement in parentheses
    // go on with the phrase it restates.
    const next = figures[index + 1] && (restatesInParenthesis(text, figures[index + 1]!, context) || restatements.has(figures[index + 1]!)) ? figures[index + 2] : figures[index + 1];
    const floor = previous?.end ?? sentence.start;
    while (mark < marks.length && marks[mark]! < mention.start) mark++;
    const markBefore = mark > 0 && marks[mark - 1]! >= floor ? marks[mark - 1]! : undefined;
    let after = mark;
    while (after < marks.length && marks[after]! < mention.end) after++;
    const firstMarkAfter = after < marks.length ? marks[after]! : sentence.end;
    const markAfter = next === undefined || firstMarkAfter < next.start;
    let beforeStart: number;
    let previousClause: Span;
    if (markBefore !== undefined) {
      beforeStart = markBefore + 1;
      const markBeforeThat = mark > 1 && marks[mark - 2]! >= floor ? marks[mark - 2]! + 1 : floor;
      previousClause = { start: markBeforeThat, end: markBefore };
    } else if (previous === undefined) {
      beforeStart = sentence.start;
      previousClause = { start: sentence.start, end: sentence.start };
    } else if (opensParenthesis(text, mention)) {
      beforeStart = previous.end;
      previousClause = { start: previous.end, end: previous.end };
    } else {
      beforeStart = cutInGap(text, previous.end, mention.start, context);
      previousClause = { start: previous.end, end: beforeStart };
    }
    const afterEnd = markAfter ? firstMarkAfter : opensParenthesis(text, next) ? next.start : cutInGap(text, mention.end, next.start, context);
    clauseOf.set(mention, {
      before: { start: Math.min(beforeStart, mention.start), end: mention.start },
      after: { start: mention.end, end: Math.max(afterEnd, mention.end) },
      previous: previousClause,
      lead: { start: Math.min(markBefore === undefined ? floor : markBefore + 1, mention.start), end: mention.start },
    });
  });
  const none = (m: NumberMention): Clause => {
    const empty = { start: m.start, end: m.start };
    return { before: empty, after: { start: m.end, end: m.end }, previous: empty, lead: empty };
  };
  return mentions.map((mention) => clauseOf.get(mention) ?? none(mention));
}
