// "The same year" and "the following year" ("خلال السنة ذاتها", "وفي السنة الموالية") refer to the year the
// text was last talking about: the last year it named outside a comparison. "ففي 2019، عالجت المصالح 4480
// ملفا. وفي السنة ذاتها ..." is 2019; after "... 119 شخصا، مقابل 96 شخصا سنة 2021" the same year is still the
// article's own, since 2021 was only the base of a comparison.
import type { PeriodPhrases } from "../types/catalogue-periods.ts";
import type { NumberMention } from "../types/number-mention.ts";
import { wordIsAny } from "./cue-match.ts";
import { findPhrases } from "./phrases.ts";
import { grammarWords } from "./grammar-words.ts";
import { eventYearOf, yearAfterWhich, yearNounAndNoun } from "./years.ts";
import { partNamed, withPart } from "./year-parts.ts";
import { firstWordAt, type Word, wordsWithin } from "./words.ts";
import { yearsAgo } from "./years-ago.ts";

/** How far back before a year a comparison word makes it the base of a comparison. */
const comparisonReach = 6;

const clauseMark = /[،,؛;.!?؟\n]/gu;

/** How many words before a year a document's noun may stand: "اتفاقية الرياض العربية للتعاون القضائي لسنة 1983". */
const documentReach = 7;

/** "since": a year after it starts a span. */
const sinceWords = ["منذ"];

/** The start of the clause a position lies in: just after the last clause mark before it. */
export function clauseStart(text: string, offset: number): number {
  let start = 0;
  for (const match of text.slice(Math.max(0, offset - 400), offset).matchAll(clauseMark)) start = Math.max(0, offset - 400) + match.index + 1;
  return start;
}

/**
 * The years of a text that a statement is about, in text order: every year outside a comparison, a comparison
 * being a comparison word before the year in its clause, or a percentage before it ("وبانخفاض قدره 10 في المئة عن
 * سنة 2023": the base of a change).
 */
export function topicYears(text: string, words: readonly Word[], mentions: readonly NumberMention[], phrases: PeriodPhrases): TopicYear[] {
  let lastPercentEnd = -1;
  const topics: TopicYear[] = [];
  for (const m of mentions) {
    if (m.kind === "percent") lastPercentEnd = m.end;
    if (m.kind !== "year") continue;
    const start = clauseStart(text, m.start);
    if (lastPercentEnd > start) continue;
    const clause = wordsWithin(words, start, m.start);
    const before = clause.slice(-comparisonReach);
    // "أعلى رقم … منذ أن شرعت المديرية في نشر حصائلها الفصلية سنة 2022": where a span starts, not what the text is about.
    const since = clause.some((w) => wordIsAny(w, sinceWords));
    // "مقابل 2120 ملفا خلال الفترة نفسها من سنة 2020": "the same period" of another year is a comparison's base too.
    const compared = findPhrases(before, phrases.comparisons).length > 0 || findPhrases(before, phrases.same_period).length > 0 || looksBackTo(words, m, phrases);
    // "اتفاقية الرياض العربية للتعاون القضائي لسنة 1983": the year of a document, not what the text is about.
    const dated = clause.slice(-documentReach).some((w) => wordIsAny(w, grammarWords.documents));
    // "إلى 1000 موظف في أفق 2020": the horizon of a target, not what the text is about.
    const horizon = before.slice(-2).some((w) => wordIsAny(w, grammarWords.horizons));
    if (!compared && !since && !dated && !horizon && !citesWork(text, m)) topics.push({ ...m, part: partNamed(before, phrases) ?? null });
  }
  const events = eventYears(text, words, phrases);
  return events.length === 0 ? topics : [...topics, ...events].sort((a, b) => a.start - b.start);
}

/** A name, the year and a page inside parentheses: "(بنعلي، 2018، ص. 112)", "(العلمي، 2017: 45)". */
const citationBefore = /\([^()\p{N}]{2,40}[،,]\s*$/u;
const pageAfter = /^\s*(?:[،,]\s*(?:ص|ص\.|صص\.?)\s*\p{N}|:\s*\p{N})/u;

/** The year of a work a text cites, not what the text is about. */
const citesWork = (text: string, year: NumberMention) => citationBefore.test(text.slice(Math.max(0, year.start - 42), year.start)) && pageAfter.test(text.slice(year.end, year.end + 12));

/**
 * "قبل ثلاث سنوات فقط، في 2016، لم يكن العدد يتجاوز …": a year right after "N years ago" (its clause or the one
 * before) is looked back to, as a comparison's base is, not what the text goes on about.
 */
function looksBackTo(words: readonly Word[], year: NumberMention, phrases: PeriodPhrases): boolean {
  const at = firstWordAt(words, year.start);
  return yearsAgo(words.slice(Math.max(0, at - comparisonReach), at), phrases).length > 0;
}

/**
 * The years the text names by an event periods.json dates ("ولمن يتذكر سنة الجائحة، فقد كان عدد الموقوفين آنذاك
 * 76": 2020), as years it was talking about.
 */
function eventYears(text: string, words: readonly Word[], phrases: PeriodPhrases): TopicYear[] {
  const years: TopicYear[] = [];
  for (let i = 0; i + 1 < words.length; i++) {
    const noun = words[i]!;
    const next = words[i + 1]!;
    const year = yearNounAndNoun(text, noun, next) ? eventYearOf(next, phrases) : undefined;
    if (year === undefined || yearAfterWhich(words, i, phrases)) continue;
    const before = wordsWithin(words, clauseStart(text, noun.start), noun.start).slice(-comparisonReach);
    if (findPhrases(before, phrases.comparisons).length === 0) years.push({ text: text.slice(noun.start, next.end), value: year, kind: "year", form: "words", start: noun.start, end: next.end, part: null });
  }
  return years;
}

/** A year a statement is about, with the part of it named right before it ("النصف الثاني من سنة 2020"). */
export interface TopicYear extends NumberMention {
  part: string | null;
}

/** The period of the last of `years` ending before `offset` ("تلك الفترة" after "… النصف الثاني من سنة 2020"), or null. */
export function topicPeriodBefore(years: readonly TopicYear[], offset: number): string | null {
  const index = lastEndingBefore(years, offset);
  return index < 0 ? null : withPart(String(years[index]!.value), years[index]!.part ?? undefined);
}

/** The value of the last of `years` ending before `offset`, or null. */
export function yearBefore(years: readonly NumberMention[], offset: number): number | null {
  const index = lastEndingBefore(years, offset);
  return index < 0 ? null : years[index]!.value;
}

/** The index of the last of `years` (in text order) ending at or before `offset`, or -1. */
function lastEndingBefore(years: readonly NumberMention[], offset: number): number {
  let low = 0;
  let high = years.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (years[middle]!.end <= offset) low = middle + 1;
    else high = middle;
  }
  return low - 1;
}
