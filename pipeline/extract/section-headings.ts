// A section heading naming a period ("2019 – ذروة ما قبل الجائحة", "النصف الأول من 2024") over the paragraphs that
// follow it: a sentence of the section whose words name no period is of the heading's, as a sentence opening on
// "وفي عام 2019،" is. The section ends at the next heading, with or without a period. The text's first line (its
// title) is no section heading.
import type { PeriodPhrases } from "../types/catalogue-periods.ts";
import type { NumberMention } from "../types/number-mention.ts";
import { periodWithin } from "../lib/period.ts";
import { type LineSpan, splitLines } from "../text/lines.ts";
import { isDateline } from "../text/sentences.ts";
import { agreedPeriod, type PeriodClaim, type PeriodContext, type PeriodReading, readPeriods } from "./periods.ts";
import { wordIsAny } from "./cue-match.ts";
import { grammarWords } from "./grammar-words.ts";
import { findPhrases } from "./phrases.ts";
import { type Word, wordsWithin } from "./words.ts";

export interface Section {
  /** Where the section's text starts (after its heading) and ends (at the next heading, or the text's end). */
  start: number;
  end: number;
  reading: PeriodReading;
}

/** How many words may stand before the words of a heading's period: "في 2019", "خلال النصف الأول". */
const openingReach = 1;

/** How long a heading may be, in characters. */
const headingLength = 80;

/** A short line alone (an empty line or the text's start before it) that does not end as a sentence does. */
function isHeadingLine(text: string, lines: readonly LineSpan[], i: number): boolean {
  const content = text.slice(lines[i]!.start, lines[i]!.end).trim();
  const aloneAbove = i === 0 || text.slice(lines[i - 1]!.start, lines[i - 1]!.end).trim() === "";
  return content.length > 0 && content.length <= headingLength && aloneAbove && !/[.،,؛;!?؟…]$/u.test(content);
}

/** Whether the next line of words after line `i` (past empty lines) is a paragraph's: longer than a heading, or a short one ending as a sentence does. */
function overParagraph(text: string, lines: readonly LineSpan[], i: number): boolean {
  for (let k = i + 1; k < lines.length; k++) {
    const content = text.slice(lines[k]!.start, lines[k]!.end).trim();
    if (content !== "") return content.length > headingLength || /[.!؟?…]$/u.test(content);
  }
  return false;
}

/** A line of a label and its value after a dash, a colon or a bar: "الملفات المعالجة — 4480", "الإنابات: 125". */
const labelledValue = /^[^\S\n]*[^\p{Nd}\n]{2,60}?[^\S\n]*[–—\-:：|][^\S\n]*[\p{Nd}]/u;

/**
 * Whether the lines after line `i` (past empty lines) are a block of labelled values, two or more: a box or a sidebar
 * under its heading ("للمقارنة | حصيلة 2019" over "الملفات المعالجة — 4480⏎الإنابات القضائية الدولية — 125").
 */
function overValueLines(text: string, lines: readonly LineSpan[], i: number): boolean {
  let k = i + 1;
  while (k < lines.length && text.slice(lines[k]!.start, lines[k]!.end).trim() === "") k++;
  let values = 0;
  while (k < lines.length && labelledValue.test(text.slice(lines[k]!.start, lines[k]!.end))) {
    values++;
    k++;
  }
  return values >= 2;
}

/**
 * What a heading line says of the period, if it opens on one period (after a section's number: "2.6 النصف الثاني:
 * تسارع ملحوظ", "2019 – ذروة ما قبل الجائحة", "سنة 2020"); a title may follow a dash or a colon ("2023 – أزيد من 6
 * آلاف"), but not a value ("2019 – 4480 ملفا", "2013: 2300 ملف" are a list's lines).
 */
function headingPeriod(text: string, line: LineSpan, words: readonly Word[], mentions: readonly NumberMention[], reference: string, phrases: PeriodPhrases, context: PeriodContext): PeriodClaim | undefined {
  const start = line.start + (sectionNumber.exec(text.slice(line.start, line.end))?.[0].length ?? 0);
  const separator = text.slice(start, line.end).search(titleSeparator);
  const end = separator < 0 ? line.end : start + separator;
  if (separator >= 0 && /^[\s–—\-:：]*[\p{N}(]/u.test(text.slice(end, line.end))) return undefined;
  const own: NumberMention[] = [];
  for (let k = firstMentionFrom(mentions, start); k < mentions.length && mentions[k]!.end <= end; k++) own.push(mentions[k]!);
  if (own.length > 1 || own.some((m) => m.kind !== "year")) return undefined;
  // "■ 2020 — الأمن الوطني يكشف حصيلة التعاون الدولي لسنة 2019": a title naming another year dates an event by the
  // first, and the tally it names is of the other.
  const titleYears = yearsBetween(mentions, end, line.end).filter((y) => y.value !== own[0]?.value);
  if (own.length === 1 && titleYears.length > 0) return talliedYear(wordsWithin(words, end, line.end), titleYears, reference, phrases, context);
  const head = wordsWithin(words, start, end);
  // "2. مقارنة بالربع الأول من 2024": a comparison's period, not the section's own; but "للمقارنة | حصيلة 2019" names
  // the tally its box compares with.
  if (head.length === 0 || head.length > headWords) return undefined;
  if (findPhrases(head, phrases.comparisons).length > 0) return own.length === 0 && separator >= 0 ? titledTally(line, end, words, mentions, reference, phrases, context) : undefined;
  const reading = readPeriods({ words: head, years: own }, reference, phrases, context);
  if (!("claims" in reading) || !("period" in agreedPeriod(reading.claims))) return own.length === 0 && separator >= 0 ? titledTally(line, end, words, mentions, reference, phrases, context) : undefined;
  // It opens on its period, not "حصيلة التعاون الأمني لسنة 2019".
  const claim = reading.claims.reduce((first, c) => (c.start < first.start ? c : first));
  return head.findIndex((w) => w.end > claim.start) <= openingReach ? claim : undefined;
}

/**
 * The period of a heading whose title, after a name and a colon or dash, opens on a tally of one period ("1. أنتربول
 * الرباط: حصيلة النصف الأول من 2025"); a title opening on other words ("ورقة رقم 7 – يناير 2021") names none.
 */
function titledTally(line: LineSpan, end: number, words: readonly Word[], mentions: readonly NumberMention[], reference: string, phrases: PeriodPhrases, context: PeriodContext): PeriodClaim | undefined {
  const title = wordsWithin(words, end, line.end);
  if (title.length === 0 || !wordIsAny(title[0]!, grammarWords.tally_nouns)) return undefined;
  return talliedYear(title, yearsBetween(mentions, end, line.end), reference, phrases, context);
}

/**
 * The period of the tally a heading's title names after the year it opens on ("2018 — حصيلة 2017: 3380 ملفا و80
 * موقوفا"): one other year, after a tally noun (grammar-words tally_nouns); any other title leaves the section without one.
 */
function talliedYear(title: readonly Word[], years: readonly NumberMention[], reference: string, phrases: PeriodPhrases, context: PeriodContext): PeriodClaim | undefined {
  const tally = years.length === 0 ? -1 : title.findIndex((w) => w.end <= years[0]!.start && wordIsAny(w, grammarWords.tally_nouns));
  if (tally < 0) return undefined;
  return oneYearsPeriod(title.slice(tally).filter((w) => w.end <= years.at(-1)!.end), years, reference, phrases, context);
}

/**
 * Whether line `i` is the headline of a listing's item: its dateline right under it, its snippet under that
 * ("حصيلة 2021: 4677 ملفا و98 أمرا⏎31 دجنبر 2021 | 7 تعليقات⏎بلغ عدد الأوامر … 98 أمرا، …"), as an archive, a tag
 * or a search page lists articles.
 */
function overDateline(text: string, lines: readonly LineSpan[], i: number): boolean {
  const next = lines[i + 1];
  // Not a dateline over another ("الجمعة 10 يناير 2020 | 13:40⏎آخر تحديث: 10/01/2020 - 15:02"): a date is no headline.
  return next !== undefined && !isDateline(text, lines[i]!) && isDateline(text, next) && overParagraph(text, lines, i + 1);
}

/**
 * The one period a listing's headline names, wherever it stands in it ("رغم كوفيد-19.. الأمن الوطني يعالج 3950 ملفا
 * للتعاون الدولي في 2020"): the period of its snippet. A headline comparing periods, or naming several, gives none.
 */
function headlinePeriod(line: LineSpan, words: readonly Word[], mentions: readonly NumberMention[], reference: string, phrases: PeriodPhrases, context: PeriodContext): PeriodClaim | undefined {
  const head = wordsWithin(words, line.start, line.end);
  if (findPhrases(head, phrases.comparisons).length > 0) return undefined;
  return oneYearsPeriod(head, yearsBetween(mentions, line.start, line.end), reference, phrases, context);
}

/** The period `words` name with `years`, when those are one year's (each the same value) and the claims agree. */
function oneYearsPeriod(words: readonly Word[], years: readonly NumberMention[], reference: string, phrases: PeriodPhrases, context: PeriodContext): PeriodClaim | undefined {
  if (years.length === 0 || years.some((y) => y.value !== years[0]!.value)) return undefined;
  const reading = readPeriods({ words, years }, reference, phrases, context);
  return "claims" in reading && "period" in agreedPeriod(reading.claims) ? reading.claims[0] : undefined;
}

/** The years among `mentions` (in text order) from `start` to `end`. */
function yearsBetween(mentions: readonly NumberMention[], start: number, end: number): NumberMention[] {
  const years: NumberMention[] = [];
  for (let k = firstMentionFrom(mentions, start); k < mentions.length && mentions[k]!.end <= end; k++) if (mentions[k]!.kind === "year") years.push(mentions[k]!);
  return years;
}

/** The index of the first mention (in text order) starting at or after `offset`. */
function firstMentionFrom(mentions: readonly NumberMention[], offset: number): number {
  let low = 0;
  let high = mentions.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (mentions[middle]!.start < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** A section's or a rank's number opening a heading: "2.6 ", "3) ", "4 – ", "5- ". */
const sectionNumber = /^[^\S\n]*\p{Nd}{1,2}(?:[.\-]\p{Nd}{1,2})*[.)\-]?[^\S\n]+(?:[–—\-][^\S\n]+)?(?=\p{L})/u;

/** A dash or a bar between spaces, or a colon: a heading's title after its period ("للمقارنة | حصيلة 2019"). */
const titleSeparator = /[^\S\n][–—\-|][^\S\n]|[:：]/u;

/** How many words a heading's period part may have: "النصف الأول من سنة 2024". */
const headWords = 6;

/** The sections of a text under headings that name one period, in text order. */
export function sectionHeadings(text: string, cruft: readonly LineSpan[], words: readonly Word[], mentions: readonly NumberMention[], reference: string, phrases: PeriodPhrases, context: PeriodContext): Section[] {
  const lines = splitLines(text);
  const firstLine = lines.findIndex((l) => text.slice(l.start, l.end).trim() !== "");
  const headings = lines.map((_, i) => i).filter((i) => i > firstLine && isHeadingLine(text, lines, i));
  const sections: Section[] = [];
  headings.forEach((i, k) => {
    const line = lines[i]!;
    const headline = overDateline(text, lines, i);
    // A teaser for another article ("اقرأ أيضا: حصيلة 2023: …") ends a section but opens none.
    if ((!headline && !overParagraph(text, lines, i) && !overValueLines(text, lines, i)) || cruft.some((c) => c.start < line.end && line.start < c.end)) return;
    const claim = headline ? headlinePeriod(line, words, mentions, reference, phrases, context) : headingPeriod(text, line, words, mentions, reference, phrases, context);
    // A heading of the text's own period, or of the year it is part of, says nothing a sentence does not already take.
    if (!claim || claim.period === reference || periodWithin(reference, claim.period)) return;
    const next = headings[k + 1];
    sections.push({ start: line.end, end: next === undefined ? text.length : lines[next]!.start, reading: { claims: [claim] } });
  });
  return sections;
}

/** The section a sentence starting at `offset` stands in, if any (sections in text order). */
export function sectionAt(sections: readonly Section[], offset: number): Section | undefined {
  return sections.find((s) => s.start <= offset && offset < s.end);
}
