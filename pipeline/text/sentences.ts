import type { LineSpan } from "./lines.ts";
import { tableCells } from "./table-rows.ts";

/** Exactly two dots at `at` (not three, not a leader of four or more). */
export const isTwoDots = (text: string, at: number) => text[at] === "." && text[at + 1] === "." && text[at - 1] !== "." && text[at + 2] !== ".";

/** Two dots, then more of the line: a pause ("في عامين فقط.. التعاون الأمني يقفز"). */
const isPause = (text: string, at: number, lineEnd: number) => isTwoDots(text, at) && /\s/u.test(text[at + 2] ?? "") && /\S/u.test(text.slice(at + 2, lineEnd));

/** Characters that end a sentence when followed by white space, a closing quote or the end of the line. */
const sentenceEnd = new Set([".", "!", "?", "؟", "…"]);
/** The same by UTF-16 code, for the scan over every character of a text (text[i] makes a string of each). */
const sentenceEndCodes = new Set([...sentenceEnd].map((c) => c.charCodeAt(0)));
const closing = new Set(['"', "”", "»", "'", "’", ")"]);
const isSpace = (c: string | undefined) => c === undefined || /\s/u.test(c);

/**
 * A line that opens an item of a list: "• …", "- …", "1. …", "٢) …", "3- …", a figure and what it counts ("24% –
 * نسبة …"), or a news ticker's time ("09:40 | …").
 */
const listItem = /^\s*([•\-*–—·▪●◦]|[0-9٠-٩]+[%٪]?\s?[.)\-–]\s|[0-9٠-٩]{1,2}:[0-9٠-٩]{2}(?::[0-9٠-٩]{2})?\s*[|\-–—])/u;

/** A line ending on a year's noun ("مقارنة مع سنة"), as a paragraph wrapped at a fixed width may cut before the year. */
const endsOnYearNoun = /(?:^|\s)[وبلف]?(?:ال)?(?:سنة|سنه|عام|سنتي)[^\S\n]*$/u;

/** Whether the next line opens on the year the line's last word names: "… مقارنة مع سنة⏎2020. وشارك …" goes on, no list's item "2020.". */
const yearWrapped = (text: string, line: LineSpan, next: LineSpan) => endsOnYearNoun.test(text.slice(line.start, line.end)) && /^[^\S\n]*[0-9٠-٩]{4}(?![0-9٠-٩])/u.test(text.slice(next.start, next.end));

/** A separator between the items of a news crawl on one line ("… سُلموا إلى المغرب ◆ البورصة: …"). */
const crawlSeparators = new Set(["◆", "♦", "◇"].map((c) => c.charCodeAt(0)));

/** Whether the text between two lines is one line break (\n, \r\n or a lone \r): the lines touch. */
const adjacent = (text: string, line: LineSpan, next: LineSpan) => /^(\r\n|\n|\r)$/u.test(text.slice(line.end, next.start));

/** An HTML tag closing a line copied from a page's source ("… عن سنة 2020.</p>"). */
const closingTag = /<\/?[a-zA-Z][a-zA-Z0-9]*>$/u;

/** Whether a line ends its sentence by its last character (after closing quotes and tags), or leaves it open. */
function endsSentence(text: string, line: LineSpan): boolean {
  let end = line.end;
  for (;;) {
    while (end > line.start && (isSpace(text[end - 1]) || closing.has(text[end - 1]!))) end--;
    const tag = closingTag.exec(text.slice(Math.max(line.start, end - 12), end));
    if (!tag) break;
    end -= tag[0].length;
  }
  return end > line.start && (sentenceEnd.has(text[end - 1]!) || text[end - 1] === ":");
}

/**
 * A line ending with a label's colon or leaders and a number, maybe another in parentheses: "الملفات المعالجة: 5 800",
 * "نسبة التكوين الحضوري: 70%", "الإنابات: 84 (78)", "الإنابات القضائية الدولية ........ 33", "المبحوث عنهم الموقوفون ------ 21".
 */
const labelValueNoun = /[:：][^\S\n]*[+\-−]?[\p{Nd}][\p{Nd}\s.,،٬٫]*[^\S\n]*\p{L}+(?:[^\S\n]+\p{L}+)?[^\S\n]*$/u;
const labelValue = /(?:[:：]|[.…·_\-–—]{3,})\s*[+\-−]?[\p{Nd}][\p{Nd}\s.,،٬٫]*\s*[%٪]?\s*(\(\s*[+\-−]?[\p{Nd}][\p{Nd}\s.,،٬٫]*\s*[%٪]?\s*\)\s*)?$/u;

/**
 * A line that only dates a text: a place, an outlet or a weekday, then a date with its year ("2 يونيو 2025",
 * "29/12/2018"), maybe a time, maybe a byline ("2 يناير 2024 | هيئة التحرير") or a count of comments ("03 يناير
 * 2023 | 12 تعليقا").
 */
const datelineLine = /^[^\S\n]*(?:[\p{L}\s]{0,40}[-–—،,|:][^\S\n]*)?(?:\p{L}+[^\S\n]+)?(?:[0-9٠-٩]{1,2}[^\S\n]+\p{L}+[^\S\n]+[0-9٠-٩]{4}|[0-9٠-٩]{1,2}[/.][0-9٠-٩]{1,2}[/.][0-9٠-٩]{4})(?:[^\S\n]*[-–—|،,][^\S\n]*[0-9٠-٩]{1,2}:[0-9٠-٩]{2})?(?:[^\S\n]*[-–—|][^\S\n]*(?:[0-9٠-٩]{1,6}[^\S\n]+)?\p{L}[\p{L}\s.]{0,40})?[^\S\n]*$/u;

export const isDateline = (text: string, line: LineSpan) => line.end - line.start <= headingLength && datelineLine.test(text.slice(line.start, line.end));

/** A line wholly in square brackets: "[موسيقى]", "[تسجيل – …]". */
const bracketedLine = /^[^\S\n]*\[[^\]\n]*\][^\S\n]*$/u;

/** How long a heading may be, in characters. */
const headingLength = 80;

/** A quotation and a colon opening a line: a claim quoted as the title of what follows ("«تراجع بـ18 في المائة»: …"). */
const quotedClaimTitle = /^[^\S\n]*[«"“][^«»"“”\n]+[»"”][^\S\n]*[:：]/u;

/**
 * A short line alone under an empty line (or at the text's start) that opens on a quoted claim and a colon: a
 * fact-check's subheading over the paragraph that answers it ("«تراجع بـ18 في المائة»: نسبة مؤشر آخر"), its own
 * sentence, not the start of the paragraph's first one.
 */
function isQuotedClaimHeading(text: string, line: LineSpan): boolean {
  const content = text.slice(line.start, line.end);
  const aloneAbove = /(^|\n)[^\S\n]*\r?\n[^\S\n]*$|^\s*$/u.test(text.slice(Math.max(0, line.start - 8), line.start));
  return aloneAbove && content.trim().length <= headingLength && quotedClaimTitle.test(content);
}

/**
 * Whether `next` goes on with the sentence `line` leaves open: a paragraph wrapped at a fixed width (a PDF or
 * an e-mail copied as text), an item whose number stands on its own line above its words ("📁 ١٧٢٢" then
 * "ملفا وطلب معلومات عولجت"). An empty line, a list item, a row of a table or a line ending a sentence ends it.
 */
function goesOn(text: string, line: LineSpan, next: LineSpan | undefined): next is LineSpan {
  if (!next || !adjacent(text, line, next) || endsSentence(text, line)) return false;
  if (text.slice(line.start, line.end).trim() === "" || text.slice(next.start, next.end).trim() === "") return false;
  if (listItem.test(text.slice(next.start, next.end)) && !yearWrapped(text, line, next)) return false;
  if (isQuotedClaimHeading(text, line)) return false;
  // A dateline ("الرباط - 2 يونيو 2025", "نبض الوطن - الخميس 17 أبريل 2025 - 10:35", "2 يناير 2024 | هيئة التحرير") is no part of the headline
  // above it nor of the body under it: its year is the date's, no period of their figures.
  if (isDateline(text, line) || isDateline(text, next)) return false;
  // A line in square brackets is a transcript's note or caption ("[تسجيل – سعاد المريني، عميدة شرطة إقليمية]"): its own.
  if (bracketedLine.test(text.slice(line.start, line.end))) return false;
  // A "label: value" line is an item of a list: "مذكرات البحث الوطنية …: 3 105⏎إعلانات البحث …: 352"; so are two
  // such lines with the value's noun after it: "النصف الأول من 2017: 1610 ملفات⏎النصف الأول من 2018: 1950 ملفا".
  if (labelValue.test(text.slice(line.start, line.end))) return false;
  if (labelValueNoun.test(text.slice(line.start, line.end)) && labelValueNoun.test(text.slice(next.start, next.end))) return false;
  return tableCells(text, line) === null && tableCells(text, next) === null;
}

/**
 * Splits lines into sentences, as raw spans trimmed of white space. A sentence ends at an empty line, at the
 * end of a line that ends it (. ! ? ؟ … or a colon before a list), of a list item or a table row; a line that
 * leaves it open goes on into the next (see goesOn: a line break inside a sentence is a clause mark for the
 * extract stage). Inside a line, a sentence ends after . ! ? ؟ … (and any closing quotes) followed by white
 * space, so "2.5" and "..." inside a word do not split, and at a news crawl's separator ("◆").
 */
export function splitSentences(text: string, lines: readonly LineSpan[]): LineSpan[] {
  const sentences: LineSpan[] = [];
  const push = (start: number, end: number) => {
    while (start < end && isSpace(text[start])) start++;
    while (end > start && isSpace(text[end - 1])) end--;
    if (end > start) sentences.push({ start, end });
  };
  let start: number | null = null;
  lines.forEach((line, index) => {
    start ??= line.start;
    for (let i = line.start; i < line.end; i++) {
      if (crawlSeparators.has(text.charCodeAt(i))) {
        push(start, i);
        start = i + 1;
        continue;
      }
      if (!sentenceEndCodes.has(text.charCodeAt(i))) continue;
      // A leader of four dots or more ("إسبانيا ........ 31%") joins a label to its value.
      if (text.startsWith("....", i)) {
        while (text[i + 1] === ".") i++;
        continue;
      }
      // Two dots inside a line ("في سنتين.. ملفات التعاون تقفز بـ20 في المائة") are a headline's pause, a clause
      // mark (clauses.ts), not the end of its sentence.
      if (isPause(text, i, line.end)) {
        i++;
        continue;
      }
      let stop = i + 1;
      while (stop < line.end && (sentenceEnd.has(text[stop]!) || closing.has(text[stop]!))) stop++;
      // A footnote's marker after the full stop stays with its sentence: "… الجوية.[3] وعلى امتداد السنة، …".
      const footnote = /^\[[0-9٠-٩]{1,3}\]/u.exec(text.slice(stop, Math.min(line.end, stop + 5)));
      if (footnote) stop += footnote[0].length;
      // Followed by white space, the line's end, or a page's tag ("… عن سنة 2020.</p>").
      if (stop === line.end || isSpace(text[stop]) || text[stop] === "<") {
        push(start, stop);
        start = stop;
        i = stop - 1;
      }
    }
    if (goesOn(text, line, lines[index + 1])) return;
    push(start, line.end);
    start = null;
  });
  return sentences;
}
