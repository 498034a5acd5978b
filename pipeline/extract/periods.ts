// The period a figure describes, from the words and years of its clause: the source's reference period unless
// the clause names another ("مقابل 41 سنة 2021", "العام الماضي", "خلال النصف الأول من السنة الماضية"). Two
// different periods in one clause, or a span ("منذ 2015"), leave the period unclear: the figure is held back.
import type { PeriodPhrases } from "../types/catalogue-periods.ts";
import type { NumberMention } from "../types/number-mention.ts";
import { fromJanuaryTo, parsePeriod, periodBefore, previousPartPeriod, previousYearPeriod } from "../lib/period.ts";
import { wordIsAny } from "./cue-match.ts";
import { dayNumber } from "./day-number.ts";
import { endOfAt, monthRanges, partOf } from "./month-ranges.ts";
import { endsWithMonth, yearToDateEnd, type YearToDateEnd } from "./year-to-date-end.ts";
import { runningTotalDay } from "./until-day.ts";
import { abbreviatedPart, abbreviationsAlone } from "./part-abbreviations.ts";
import { periodPhrases } from "./quarter-ordinals.ts";
import { yearsAgo } from "./years-ago.ts";
import { lookingBackDoubt, yearsBack } from "./retrospective.ts";
import { findPhrases, type Phrase, type PhraseMatch } from "./phrases.ts";
import type { Word } from "./words.ts";
import { eventYearOf, isYearWord, wordValue, yearMention, yearNouns } from "./years.ts";
import { grammarWords } from "./grammar-words.ts";
import { elidedParts, type PartCode, type PartMatch, partAfterYear, partBefore, partNamed, periodWordReach, refersBack, samePart, spanFromPart, withPart } from "./year-parts.ts";

/** Words and years of one side of a clause. */
export interface PeriodScope {
  words: readonly Word[];
  years: readonly NumberMention[];
}

/** A run of words as a period scope, its years the words written as years ("2021", "٢٠٢٣"). */
export const periodScopeOf = (words: readonly Word[]): PeriodScope => ({ words, years: words.filter(isYearWord).map(yearMention) });

export interface PeriodClaim {
  period: string;
  /** Raw span of the words that name it. */
  start: number;
  end: number;
  /** Named as "the whole year" without saying which ("في السنة كاملة"): the reference's, unless the sentence opened on another. */
  yearless?: true;
  /** A part named without its year ("في النصف الأول"), read as the reference's year's: the sentence may open on another. */
  partWithoutYear?: PartCode;
}

/** A reading of no period, or, when only whether the whole year or a part of it is unclear, of that `year`. */
export type PeriodReading = { claims: PeriodClaim[] } | { unclear: string; start: number; end: number; year?: number };

function wordIndexBefore(words: readonly Word[], offset: number): number {
  let index = -1;
  for (let i = 0; i < words.length && words[i]!.end <= offset; i++) index = i;
  return index;
}

/** How many words before a span of years a record's superlative may stand: "أعلى رقم في السنوات". */
const recordReach = 3;

/** How many words before a span a verb of releasing the report may stand: "عممتها المديرية هذا الأسبوع". */
const releaseReach = 3;

/**
 * How many, when the verb carries the report as its object and no number stands between ("فالحصيلة التي نشرتها
 * المديرية في الأيام الأخيرة من شهر دجنبر"): a relative clause telling when the report came out.
 */
const releasedItReach = 8;

/** A verb with an object pronoun: "نشرتها"، "عممتها"، "أصدرها"; or "عنها" after "كشفت". */
const objectPronoun = /(?:ها|هم)$/u;

/** The word "after" ("بعد", "عقب") right before the year word at `at`, or before its "سنة", if any. */
function afterYear(words: readonly Word[], at: number, phrases: PeriodPhrases): Word | undefined {
  const before = words[at - 1];
  const word = before && wordIsAny(before, yearNouns) ? words[at - 2] : before;
  return word !== undefined && wordIsAny(word, phrases.after_words) ? word : undefined;
}


/** A relative word right after the year at `at` (a word of digits or not): "سنة 2014 التي عالج فيها القطب …", the whole year. */
function relativeOnYear(words: readonly Word[], at: number, phrases: PeriodPhrases): PhraseMatch | undefined {
  const index = /^\p{N}+$/u.test(words[at]?.folded ?? "") ? at + 1 : at;
  const word = words[index];
  return word && wordIsAny(word, phrases.whole_year_after) ? { index, start: word.start, end: word.end } : undefined;
}

/** The first phrase naming a span shorter than a period, or a rate, outside a phrase read as a period ("الأشهر الستة الأولى", "منذ مطلع يناير"). */
function shorterSpan(words: readonly Word[], parts: readonly PhraseMatch[], phrases: PeriodPhrases): (PhraseMatch & { text: string }) | undefined {
  // Inside a part's phrase, or naming the months a part spans right after it ("الأشهر الممتدة من يناير إلى يونيو").
  const wordsBetween = (end: number, start: number) => words.filter((w) => w.start >= end && w.end <= start).length;
  const inPart = (m: PhraseMatch) => parts.some((p) => (m.start >= p.start && m.end <= p.end) || (m.end <= p.start && wordsBetween(m.end, p.start) <= 2));
  const months = findPhrases(words, phrases.shorter_spans.months).filter((m) => !dayNumber.test(words[m.index - 1]?.folded ?? ""));
  // A feminine adjective or noun names what is weekly, monthly or daily ("الندوة الأسبوعية", "النشرة الشهرية", "في يومية
  // الشروق", in the daily Echourouk), not the figure's span.
  const adjective = (m: PhraseMatch) => words.find((w) => w.end === m.end)!.folded.endsWith("يه");
  // "التي عممتها المديرية هذا الأسبوع": when the report came out.
  const releasing = (w: Word) => wordIsAny(w, phrases.shorter_spans.release_verbs);
  const releasedIt = (m: PhraseMatch) => {
    const before = words.slice(Math.max(0, m.index - releasedItReach), m.index);
    let verb = before.length - 1;
    // The object on the verb, or on the "عن" it takes: "نشرتها"، "كشفت عنها".
    const carriesIt = (i: number) => objectPronoun.test(before[i]!.folded) || (before[i + 1] !== undefined && /^عن(?:ها|هم)$/u.test(before[i + 1]!.folded));
    while (verb >= 0 && !(releasing(before[verb]!) && carriesIt(verb))) verb--;
    return verb >= 0 && !before.slice(verb).some((w) => /\p{N}/u.test(w.folded));
  };
  const released = (m: PhraseMatch) => words.slice(Math.max(0, m.index - releaseReach), m.index).some(releasing) || releasedIt(m);
  const spans = findPhrases(words, phrases.shorter_spans.phrases).filter((m) => !adjective(m) && !released(m) && !inPart(m) && !forAWhile(words, m));
  // A rate right before a part's phrase is still a rate ("بمعدل 16 ملفا في اليوم خلال الفصل الثاني").
  const withinPart = (m: PhraseMatch) => parts.some((p) => m.start >= p.start && m.end <= p.end);
  // "السلسلة الخاصة بالنصف الأول من كل سنة": each year's part, no rate (not "هذه السنة نحو 17 ملفا في اليوم").
  const ofEachYearsPart = (m: PhraseMatch) => words[m.index]!.folded === "كل" && parts.some((p) => p.end <= m.start && wordsBetween(p.end, m.start) <= 1);
  const rates = findPhrases(words, phrases.shorter_spans.rates).filter((m) => !adjective(m) && !released(m) && !withinPart(m) && !ofEachYearsPart(m));
  const found = [...months.filter((m) => !inPart(m) && !released(m)), ...spans, ...rates].sort((a, b) => a.start - b.start)[0];
  return found && { ...found, text: words.filter((w) => w.start >= found.start && w.end <= found.end).map((w) => w.folded).join(" ") };
}

/**
 * "وعند متم شتنبر، كان العدد منذ بداية السنة قد بلغ 5590 ملفا": the sentence names the month the year to date ends
 * in before the number's clause; unless those months are a half or a quarter (month-ranges.ts), they are no period.
 */
function monthEndingYearToDate(context: PeriodContext, phrases: PeriodPhrases): (PhraseMatch & { text: string }) | undefined {
  const earlier = context.earlier ?? [];
  const month = findPhrases(earlier, phrases.shorter_spans.months).at(-1);
  // At a month's end ("عند متم شتنبر", "متم يوم 30 شتنبر"), not a dateline's month ("الرباط، 14 يوليوز 2015").
  const atEnd = month !== undefined && endOfAt(earlier, month.index, phrases.month_ranges.end_of) !== undefined;
  if (!atEnd || monthRanges(context.text, earlier, phrases).length > 0) return undefined;
  return { ...month, text: context.text.slice(month.start, month.end) };
}

/** An indefinite plural of months or weeks with no number: "for months". */
const whileWords = /^ل?(?:اشهر|شهور|اسابيع)$/u;
const whileOpeners = grammarWords.duration_openers;

/**
 * "رغم إغلاق الحدود لأشهر" (for months), "لمدة أسابيع", "لعدة أشهر" (for several months): how long something else lasted or how far in time ("على بعد أشهر من"), said without a number (a
 * numeral is a word of its own, "لستة أشهر", and the noun then has no "ل"); no span the figure is counted over.
 * "منذ أشهر" (for months now, or months ago) may be the figure's span: it stays unclear.
 */
function forAWhile(words: readonly Word[], m: PhraseMatch): boolean {
  const word = words[m.index]!;
  if (word.end !== m.end || !whileWords.test(word.folded)) return false;
  const before = words[m.index - 1]?.folded ?? "";
  const after = words[m.index + 1]?.folded ?? "";
  if (/\p{N}/u.test(before + after)) return false;
  return word.folded.startsWith("ل") || whileOpeners.includes(before);
}

/** "خلال الأشهر الثلاثة" in a report on a quarter, "الأشهر الستة" in one on a half-year, when no part's phrase reads them. */
function reportMonths(words: readonly Word[], parts: readonly PhraseMatch[], reference: string, phrases: PeriodPhrases): PhraseMatch[] {
  const kind = parsePeriod(reference).part?.kind ?? "Y";
  return findPhrases(words, phrases.report_months[kind]).filter((m) => !parts.some((p) => p.start < m.end && m.start < p.end));
}

/** What "the previous year" means where it is said. */
export interface PeriodContext {
  /** The source text the words' offsets point into. */
  text: string;
  /** The year the text was published, when known. */
  publishedYear: number | null;
  /** The side read is a comparison by position (the base of a change), whatever its words. */
  comparison: boolean;
  /** The year the text last named outside a comparison, before the number (topic-years.ts): what "the same year" is. */
  topicYear: number | null;
  /** The period the text last named outside a comparison, with its part ("2020-H2"): what "that period" is. */
  topicPeriod?: string | null;
  /** The part of the year the sentence gives its figures for, for each year ("في الأشهر الستة الأولى من كل سنة"; each-year.ts). */
  eachYearsPart?: string | null;
  /** The figure is compared with one of a whole year (in a half-year or quarter report): a bare year is a whole year too. */
  comparedWithWholeYear?: boolean;
  /** The year of the whole the figure is a part of ("7215 ملفا، منها 3420 في النصف الأول"): a part named without a year is of it. */
  partOfYear?: string;
  /** The words of the sentence before the clause: the year a part "منها" (of it) refers to. */
  earlier?: readonly Word[];
  /** The text names its year quarter by quarter as "الفصل الأول", "الفصل الثاني" (quarter-ordinals.ts): those are quarters in a yearly report too. */
  quartersByOrdinal?: boolean;
  /** The period of the section heading the words stand under ("2014.. البداية"): "this year" there is that one. */
  sectionPeriod?: string | null;
}

/**
 * "The previous year": in a comparison, the period before the figure's; elsewhere the year before the text was
 * published ("خلال السنة المنصرمة" in January 2023 is 2022), unknown when the publication date is.
 */
function previousYear(reference: string, comparison: boolean, context: PeriodContext): string | null {
  if (comparison) return previousYearPeriod(reference);
  return context.publishedYear === null ? null : samePart(context.publishedYear - 1, reference);
}

/** How many words before a phrase of the whole year "according to" may stand: "حسب معطيات الحصيلة السنوية". */
const citedReach = 3;

/** A verb that closes a year ("أغلقت", "اختتمت", "أنهت"): periods.json whole_year's verbs. */
const closingVerb = /^(?:[وف]?(?:ا?غلق|اختتم|ختم|انه|اقفل|ودع))/u;

/**
 * "طيلة السنة", "على مدى العام", "في السنة كاملة" without a year: the whole of the reference's year (in a
 * half-year report, not the half), marked `yearless`: a sentence opening on another year makes it that one's
 * (count-periods.ts wholeOfOpening). Not when another period phrase (`others`) reads the same words ("طيلة
 * السنة الماضية").
 */
function yearlessWholeYears(words: readonly Word[], wholeYears: readonly PhraseMatch[], year: number, others: readonly PhraseMatch[], phrases: PeriodPhrases): PeriodClaim[] {
  // Or a verb closing "the year" named before it in the clause: "تكون السنة قد أغلقت على 2700 ملف".
  // Not "the previous year" ("بعدما كانت السنة الماضية بأكملها قد أغلقت على 4480 ملفا"): another phrase reads it.
  const bareYear = (x: Word) => (x.folded === "السنه" || x.folded === "العام") && !others.some((o) => o.start <= x.start && x.end <= o.end);
  const closes = (w: PhraseMatch) => w.end === words[w.index]!.end && closingVerb.test(words[w.index]!.folded) && words.slice(0, w.index).some(bareYear);
  return wholeYears
    .filter((w) => (w.end > w.start && words[w.index + 1] !== undefined && w.end === words[w.index + 1]!.end) || closes(w))
    .filter((w) => !others.some((o) => o.start < w.end && w.start < o.end))
    .map((w) => {
      // "خلال سنة الجائحة": the year of the event its noun names (periods.json event_years), not the text's.
      const event = words[w.index + 2] && eventYearOf(words[w.index + 2]!, phrases);
      return event ? { period: String(event), start: w.start, end: words[w.index + 2]!.end } : { period: String(year), start: w.start, end: w.end, yearless: true };
    });
}

/** How many words "since" may stand before the year of the event it names: "منذ إطلاق هذه البرامج بشكل منتظم سنة 2018". */
const sinceEventReach = 8;

/**
 * Whether the span word at `since` names an event the year at `at` dates ("منذ إطلاق هذه البرامج سنة 2018": since
 * the programmes began in 2018): a year noun right before the year, no number or clause mark between, a number after
 * it in its clause.
 */
function sinceEventOfYear(text: string, words: readonly Word[], since: number, at: number): boolean {
  if (at - since > sinceEventReach || at < 1 || !wordIsAny(words[at - 1]!, yearNouns)) return false;
  if (/[\p{N}،,؛;.:]/u.test(text.slice(words[since]!.end, words[at - 1]!.start))) return false;
  // Only over a count in the same clause ("… سنة 2018 ما مجموعه 7815 مستفيدا"); a clause after it may go on about
  // the year itself ("منذ التراجع الذي عرفته سنة 2020، حين لم يتجاوز عدد الملفات 3950 ملفا").
  return /^[^،,؛;.:\n]*\p{N}/u.test(text.slice(words[at]!.end));
}

/**
 * Whether a span word opens or runs inside a part of the year the year closes, no other year between: "منذ مطلع
 * يناير وإلى غاية 30 يونيو 2020" is the first half (month-ranges.ts), not a span of several periods.
 */
function spanOfPart(span: PhraseMatch, parts: readonly PartMatch[], years: readonly NumberMention[], year: NumberMention): boolean {
  return parts.some((p) => p.end > span.start && p.end <= year.start && !years.some((y) => y.start >= span.start && y.end <= p.end));
}

/** Whether only closing marks stand between `at` and the end of its sentence or line. */
const endsSentence = (text: string, at: number) => /^[^\S\n]*["»”)]*[^\S\n]*(?:[.!?؟]|\n|$)/u.test(text.slice(at, at + 16));

/**
 * Whether the year at word `at` follows "since the start of" ("منذ مطلع سنة 2020", "منذ بداية 2020"): the first two
 * words of a year_to_date phrase, then a year noun at most.
 */
function sinceStartOf(words: readonly Word[], at: number, phrases: PeriodPhrases): boolean {
  const [since, start] = phrases.year_to_date[0]!;
  const noun = at >= 1 && wordIsAny(words[at - 1]!, yearNouns) ? 1 : 0;
  const first = words[at - 2 - noun];
  const second = words[at - 1 - noun];
  return first !== undefined && second !== undefined && wordIsAny(first, since!) && wordIsAny(second, start!);
}

/**
 * What one side of a clause says of the period, relative to `reference` (the source's reference period, or
 * for a base period the figure's own period).
 */
export function readPeriods(scope: PeriodScope, reference: string, phrases: PeriodPhrases, context: PeriodContext): PeriodReading {
  const { words } = scope;
  const find = (list: readonly Phrase[]) => findPhrases(words, list);
  const partPhrases: Array<[string, readonly Phrase[]]> = Object.entries(phrases.parts);
  // In a report on a quarter or a half, "الفصل الثالث" is a quarter too (in a yearly report it may be a chapter,
  // unless the text names several quarters so).
  if (parsePeriod(reference).part !== null || context.quartersByOrdinal) partPhrases.push(...(["Q1", "Q2", "Q3", "Q4"] as const).map((q): [string, readonly Phrase[]] => [q, phrases.quarterly_report_quarters[q]]));
  const named: PartMatch[] = [...partPhrases.flatMap(([part, list]) => periodPhrases(words, list).map((m) => ({ ...m, part }))), ...monthRanges(context.text, words, phrases), ...abbreviationsAlone(context.text, words, phrases.part_abbreviations)];
  const parts = named.length > 0 || !context.earlier ? named : elidedParts(words, context.earlier, phrases.parts);
  const spans = find(phrases.spans);
  const sinceJanuary = find(phrases.year_to_date);
  const untilMonth = sinceJanuary.length > 0 ? monthEndingYearToDate(context, phrases) : undefined;
  if (untilMonth) return { unclear: `it is the year to date at the end of a month («${untilMonth.text}»), a span of months, not a year, half-year or quarter`, start: untilMonth.start, end: untilMonth.end };
  // "وحتى 30 أبريل، كان العدد التراكمي … قد بلغ 36 شخصا": the running total on a day that does not end the period.
  const untilDay = sinceJanuary.length === 0 && !context.comparison ? runningTotalDay(words, context.earlier ?? [], reference, phrases) : undefined;
  if (untilDay) return { unclear: `it is a running total up to a day («${context.text.slice(untilDay.start, untilDay.end)}») that does not end ${reference}, no period's figure`, start: untilDay.start, end: untilDay.end };
  // "الأشهر الستة التي سبقت" is the part before: its months are no report's own, nor a shorter span.
  const previousParts = find(phrases.previous_part);
  const ownMonths = reportMonths(words, [...parts, ...previousParts], reference, phrases);
  // "وقبل ثلاث سنوات، لم يكن القطب يعالج في ستة أشهر أكثر من 1250 ملفا": after an opening that goes years back,
  // the report's months are a span's length; the opening says which.
  const currentPeriods = [...find(phrases.current_period), ...(yearsAgo(context.earlier ?? [], phrases).length > 0 ? [] : ownMonths)];
  // "هذه الأشهر الستة" names the report's own period: no shorter span.
  const shorter = shorterSpan(words, [...parts, ...sinceJanuary, ...currentPeriods, ...ownMonths, ...previousParts], phrases);
  if (shorter) return { unclear: `it describes a month, a span of months or weeks, or a rate («${shorter.text}»), not a year, half-year or quarter`, start: shorter.start, end: shorter.end };
  const back = yearsAgo(words, phrases);
  // "سنة 2017، عالج القطب … . بعد سنة واحدة، تجاوز العدد أربعة آلاف": so many years after the year the text last named.
  const later = scope.years.length === 0 ? yearsAgo(words, phrases, "later")[0] : undefined;
  if (later) {
    if (context.topicYear === null) return { unclear: "it is some years after a year the text does not name", start: later.start, end: later.end };
    return { claims: [{ period: samePart(context.topicYear + later.years, reference), start: later.start, end: later.end }] };
  }
  const inBack = (m: PhraseMatch) => back.some((b) => m.start >= b.start && m.end <= b.end);
  // "وهو أعلى رقم في السنوات الأخيرة بعد 106 أوامر سنة 2022": the record's span.
  const ofRecord = (m: PhraseMatch) => words.slice(Math.max(0, m.index - recordReach), m.index).some((w) => wordIsAny(w, phrases.record_words));
  const several = find(phrases.several_years).filter((m) => !inBack(m) && !ofRecord(m))[0];
  if (several) return { unclear: `it covers a span of several years («${words[several.index]!.folded}»), not one year, half-year or quarter`, start: several.start, end: several.end };
  const previousYears = find(phrases.previous_year).filter((m) => !inBack(m));
  const samePeriods = find(phrases.same_period);
  const samePeriod = samePeriods.length > 0;
  const referenceHasPart = parsePeriod(reference).part !== null;
  const claims: PeriodClaim[] = [];
  // "أي 131 موقوفا في السنة، …" in a report on a part: the year, not the part; in a yearly report, a rate's "per
  // year" that leaves the period to the words around it ("قبل عقد من الزمن، … 2150 ملفا في السنة").
  const endingClause = parsePeriod(reference).part === null ? [] : find(phrases.whole_year_ending_clause).filter((m) => m.end === words.at(-1)?.end);
  // "وحسب معطيات الحصيلة السنوية": the document the figures come from, not their period.
  const cited = (m: PhraseMatch) => words.slice(Math.max(0, m.index - citedReach), m.index).some((w) => wordIsAny(w, phrases.according_to));
  const wholeYears = [...find(phrases.whole_year).filter((m) => !cited(m)), ...endingClause];
  const eachYearsPart = referenceHasPart && context.eachYearsPart === reference.slice(5);
  for (const year of scope.years) {
    const at = wordIndexBefore(words, year.start) + 1;
    const after = context.comparison ? undefined : afterYear(words, at, phrases);
    if (after) {
      if (year.value + 1 !== parsePeriod(reference).year) return { unclear: `it is after ${year.value}, and the text does not say which period`, start: after.start, end: year.end };
      claims.push({ period: reference, start: after.start, end: year.end });
      continue;
    }
    // Before the year within reach, or right after it (the year itself may be a word of digits).
    // "عن الفترة ذاتها من 2022 التي سجلت 62 موقوفا": a relative after "the same period of" a year refers to that period.
    const ofSamePeriod = samePeriods.some((m) => m.end <= year.start && at - wordIndexBefore(words, m.end) <= 2);
    const whole = wholeYears.find((w) => (w.index < at && at - w.index <= periodWordReach) || w.index === at || (w.index === at + 1 && /^\p{N}+$/u.test(words[at]?.folded ?? ""))) ?? (ofSamePeriod ? undefined : relativeOnYear(words, at, phrases));
    // "منذ مطلع سنة 2020", "منذ بداية 2020": from January of the text's own year, to the end of its period.
    if (year.value === parsePeriod(reference).year && sinceStartOf(words, at, phrases)) {
      const sinceStart = fromJanuaryTo(reference);
      if (sinceStart === null) return { unclear: `it counts from January to the end of ${reference}, which is no year, half or quarter`, start: year.start, end: year.end };
      claims.push({ period: sinceStart, start: year.start, end: year.end });
      continue;
    }
    const span = spans.find((s) => s.index < at && (at - s.index <= periodWordReach || sinceEventOfYear(context.text, words, s.index, at)) && !(whole && whole.start <= s.start && s.end <= whole.end) && !spanOfPart(s, parts, scope.years, year));
    // "143 إنابة – الرقم الأعلى منذ 2015": the record's span ending its sentence, not the figure's period (but "أعلى
    // رقم منذ سنة 2012 التي شهدت توقيف 94 شخصا" and "أدنى رقم منذ 2020، حين …" go on about that year).
    if (span && ofRecord(span) && endsSentence(context.text, year.end)) continue;
    if (span) return { unclear: `it spans several periods ("… ${year.value}")`, start: span.start, end: year.end };
    const abbreviated = abbreviatedPart(context.text, year, phrases.part_abbreviations);
    if (abbreviated) {
      claims.push({ period: withPart(String(year.value), abbreviated.part as PartCode), start: abbreviated.start, end: abbreviated.end });
      continue;
    }
    const part = partBefore(parts, at) ?? partAfterYear(words, parts, at, scope.years.length, year.value === parsePeriod(reference).year && !referenceHasPart);
    const start = spanFromPart(parts, part, at, year.start);
    if (part) claims.push({ period: withPart(String(year.value), part), start, end: year.end });
    else if (whole) claims.push({ period: String(year.value), start: Math.min(start, whole.start), end: Math.max(year.end, whole.end) });
    // "في الفترة نفسها من 2024" in a report on 2024-H2 is that half, not the year; so is each year of a list "في
    // الأشهر الستة الأولى من كل سنة", the report's own year too.
    else if (year.value === parsePeriod(reference).year && !(samePeriod && referenceHasPart) && !eachYearsPart) claims.push({ period: String(year.value), start, end: year.end });
    else if (!referenceHasPart || samePeriod || eachYearsPart) claims.push({ period: samePart(year.value, reference), start, end: year.end });
    // "يصل مجموع ما عالجته الوحدة طيلة 2017 إلى 3 380 ملفا، بعدما كان 2 950 ملفا في 2016": compared with a whole year's figure.
    else if (context.comparedWithWholeYear) claims.push({ period: String(year.value), start, end: year.end });
    else return { unclear: `the text does not say whether ${year.value} is the whole year or the same part of it as ${reference}`, start: year.start, end: year.end, year: year.value };
  }
  // "أعلنت في حصيلتها السنوية الأخيرة عن معالجة 6 آلاف و264 ملفا طيلة سنة 2023": a year named says which.
  // In a report on a part, "طيلة السنة ذاتها" is the whole of the year named before (below), not the text's year.
  const sameYears = find(phrases.same_year);
  const others = [...previousYears, ...samePeriods, ...currentPeriods, ...(referenceHasPart ? sameYears : [])];
  if (scope.years.length === 0) claims.push(...yearlessWholeYears(words, wholeYears, parsePeriod(reference).year, others, phrases));
  const comparisons = find(phrases.comparisons);
  const comparison = context.comparison || comparisons.length > 0;
  // A contrast only ("في حين"، "بينما"), no word comparing: "في حين عالج القطب خلال السنة الماضية 4480 ملفا", written
  // in 2020 on 2019, may be the year before the text's or before its writing.
  const contrastOnly = previousYears.length > 0 && !context.comparison && comparisons.length > 0 && comparisons.every((m) => words.slice(m.index, wordIndexBefore(words, m.end) + 1).some((w) => wordIsAny(w, grammarWords.contrasts)));
  for (const match of previousYears) {
    // "قفزة السنة السابقة": the year before the one the text is about, whenever it was written; so is "the same
    // period of last year" ("في مثل هذه الفترة من السنة الماضية"), said of the report's own period.
    const preceding = words.slice(match.index, wordIndexBefore(words, match.end) + 1).some((w) => wordIsAny(w, phrases.preceding_words));
    // "لم يعالج سنة 2015 سوى 2710 ملفات، مقابل 7215 ملفا في السنة المنصرمة": set against a count of an older year
    // the sentence named before, "in the past year" is the recent side, the year before the writing, not a base
    // (which "قياسا بالسنة المنصرمة", "مقارنة بالسنة الماضية" name).
    const inTime = match.index > 0 && wordIsAny(words[match.index - 1]!, grammarWords.time_prepositions);
    const recentSide = inTime && !preceding && !samePeriod && olderYearBefore(reference, phrases, context);
    const period = previousYear(reference, !recentSide && (comparison || preceding || samePeriod), context);
    // "خلال النصف الثاني من السنة الماضية" in an undated report on 2022-H2: the text's own part, told the year after it.
    const namedPart = partBefore(parts, match.index);
    if (period === null && referenceHasPart && namedPart !== undefined && withPart(reference, namedPart) === reference) {
      claims.push({ period: reference, start: match.start, end: match.end });
      continue;
    }
    if (period === null) return { unclear: "it names \"the previous year\" outside a comparison, and the text's publication date is not known", start: match.start, end: match.end };
    // "وأضافت الحصيلة أن السنة المنصرمة عرفت تسليم 31 شخصا" in the yearly results published at the end of their own year:
    // the year ending, or the one before it?
    const elapsing = words.slice(match.index, wordIndexBefore(words, match.end) + 1).some((w) => wordIsAny(w, phrases.elapsing_words));
    if (elapsing && !comparison && !preceding && !samePeriod && !referenceHasPart && context.publishedYear === parsePeriod(reference).year) {
      return { unclear: `it names "the past year" outside a comparison in a text on ${reference} published before that year was out: ${reference} or ${period}?`, start: match.start, end: match.end };
    }
    const ofWriting = context.publishedYear === null ? null : samePart(context.publishedYear - 1, reference);
    if (contrastOnly && !preceding && !samePeriod && ofWriting !== null && ofWriting !== period) {
      return { unclear: `it names "the previous year" in a contrast, in a text on ${reference} published in ${context.publishedYear}: ${period} or ${ofWriting}?`, start: match.start, end: match.end };
    }
    // "السنة الماضية كلها", "طيلة العام الماضي": the whole year, also in a report on a part of it.
    // Moroccan Arabic says it without agreement: "العام اللي فات كامل".
    const after = words[wordIndexBefore(words, match.end) + 1];
    const whole = wholeYears.some((w) => words[w.index + 1]?.start === match.start || words[w.index - 1]?.end === match.end) || after?.folded === "كامل";
    const part = partBefore(parts, match.index) ?? partAfterYear(words, parts, match.index, scope.years.length + 1);
    // "مقارنة مع 112 أمرا في السنة الماضية" in a report on a quarter: the whole year or its same quarter? Unsaid.
    if (referenceHasPart && !whole && !part && !samePeriod && !preceding && scope.years.length === 0) return { unclear: `it names "the previous year" in a report on ${reference}, and not whether the whole year or the same part of it`, start: match.start, end: match.end, year: parsePeriod(period).year };
    claims.push({ period: whole ? String(parsePeriod(period).year) : withPart(period, part), start: match.start, end: match.end });
  }
  for (const match of back) {
    const year = yearsBack(reference, match.years, context.publishedYear);
    if (year === null) return { unclear: `the text looks back from ${context.publishedYear} at ${reference}: «${context.text.slice(match.start, match.end)}» counts back from which year?`, start: match.start, end: match.end };
    claims.push({ period: samePart(year, reference), start: match.start, end: match.end });
  }
  for (const match of sinceJanuary) {
    const until = yearToDateEnd(words, match, phrases);
    if (until) {
      const period = yearToDatePeriod(until, parsePeriod(reference).year);
      if (period === null) return { unclear: `it counts from January to «${context.text.slice(until.start, until.end)}», which ends no half-year, quarter or year`, start: match.start, end: until.end };
      claims.push({ period, start: match.start, end: until.end });
      continue;
    }
    const sinceStart = fromJanuaryTo(reference);
    if (sinceStart === null) return { unclear: `it counts from January to the end of ${reference}, which is no year, half or quarter`, start: match.start, end: match.end };
    claims.push({ period: sinceStart, start: match.start, end: match.end });
  }
  for (const match of find(phrases.that_period)) {
    // "فبحسب أرقام تلك الفترة" after "إذا عدنا إلى النصف الثاني من سنة 2020": that half; a year alone in a report on a part may be either.
    const period = context.topicPeriod;
    if (!period || (referenceHasPart && parsePeriod(period).part === null)) return { unclear: "«that period» names a period the text does not name before, or not which part of its year", start: match.start, end: match.end };
    claims.push({ period, start: match.start, end: match.end });
  }
  for (const match of sameYears) {
    // "النصف الأول من السنة ذاتها": that part of the year the text is about.
    const part = partBefore(parts, match.index);
    if (part) {
      // The claim spans the part's words too: "وكانت حصيلة النصف الأول من السنة نفسها قد سجلت …" opens on it.
      // After the sentence named the other part with no year ("خلال الأسدس الثاني، مقارنة مع 8 أشخاص في الأسدس الأول من
      // السنة نفسها"), the same year is that part's, the text's own, not one an earlier sentence named.
      // So is a base of an earlier part: "39 مذكرة …، بارتفاع نسبته 11,4 في المائة مقارنة بالنصف الأول من السنة نفسها"
      // in a report on the second half compares the halves of the figure's year, whatever year the text named last.
      const earlierPartOfOwnYear = context.comparison && referenceHasPart && periodBefore(withPart(String(parsePeriod(reference).year), part), reference);
      const ownYearBefore = partNamedWithoutYear(context, phrases) !== undefined || earlierPartOfOwnYear;
      const year = ownYearBefore ? parsePeriod(reference).year : (context.topicYear ?? parsePeriod(reference).year);
      claims.push({ period: withPart(String(year), part), start: spanFromPart(parts, part, match.index, match.start), end: match.end });
      continue;
    }
    // "من أصل 6312 ملفا طيلة تلك السنة": the whole of the year the text last named.
    if (referenceHasPart && wholeYears.some((w) => words[w.index]!.end <= match.start && w.end >= (words[match.index - 1]?.start ?? Infinity))) {
      claims.push({ period: String(context.topicYear ?? parsePeriod(reference).year), start: match.start, end: match.end });
      continue;
    }
    // "وتبقى المقارنة مع 2019 … مفيدة: كان عدد الإنابات حينها 125 إنابة": "then" (and "that year") is the year its
    // sentence named last before it, compared or not.
    // "وكانت حصيلة النصف الأول من السنة … إذ سجلت آنذاك 2760 ملفا": "then" is the part its sentence named before it,
    // no year in digits there, of the text's year.
    const thenPart = !referenceHasPart && isThenWord(words[match.index]!) ? partNamedWithoutYear(context, phrases) : undefined;
    if (thenPart !== undefined) {
      claims.push({ period: withPart(String(parsePeriod(reference).year), thenPart), start: match.start, end: match.end });
      continue;
    }
    const then = referenceHasPart ? null : thenWordYear(words[match.index]!, context);
    if (then !== null) {
      claims.push({ period: String(then), start: match.start, end: match.end });
      continue;
    }
    if (referenceHasPart) return { unclear: `"the same year" in a report on ${reference} may be the whole year or that part`, start: match.start, end: match.end };
    // "بعدما كان عددهم 38 فقط آنذاك" in a text looking back at 2015 from 2025, after 2024's counts: "then" is the past.
    const lookingBack = isThenWord(words[match.index]!) ? lookingBackDoubt(reference, context.publishedYear, context.topicYear) : undefined;
    if (lookingBack) return { unclear: lookingBack, start: match.start, end: match.end };
    if (sameYearOpensParagraph(context, match) && context.topicYear !== null && context.topicYear !== parsePeriod(reference).year) {
      return { unclear: `"the same year" opening a paragraph: ${context.topicYear}, last named, or ${reference}, the text's?`, start: match.start, end: match.end };
    }
    claims.push({ period: String(context.topicYear ?? parsePeriod(reference).year), start: match.start, end: match.end });
  }
  for (const match of find(phrases.following_year)) {
    if (context.topicYear === null || referenceHasPart) return { unclear: "it names \"the following year\" of a year the text does not name before", start: match.start, end: match.end };
    claims.push({ period: samePart(context.topicYear + 1, reference), start: match.start, end: match.end });
  }
  // "أوامر صادرة في فترات سابقة" (in earlier periods, plural) names no one period before.
  for (const match of find(phrases.previous_part).filter((m) => !words[m.index]!.folded.endsWith("ات"))) {
    const period = previousPartPeriod(reference);
    if (period === null) return { unclear: `it names the part of the year before, in a report on the whole of ${reference}`, start: match.start, end: match.end };
    claims.push({ period, start: match.start, end: match.end });
  }
  // "في مثل هذه الفترة من السنة الماضية": "this period" is the one a year before names the same part of.
  for (const match of currentPeriods.filter((m) => !samePeriods.some((same) => same.start <= m.start && m.end <= same.end))) {
    // "خلال الأشهر الثلاثة الأولى من السنة الجارية" in a text on 2023 published in April 2024: the year of writing.
    // So is a part of "this year" ("خلال الأشهر الثلاثة الأولى من هذه السنة", in a speech on 2019 given in May 2020).
    const ofWriting = ongoingYear(words, match, phrases) || partBefore(parts, match.index) !== undefined;
    if (ofWriting && context.publishedYear !== null && context.publishedYear > parsePeriod(reference).year) {
      return { unclear: `«${context.text.slice(match.start, match.end)}» in a text published in ${context.publishedYear} on ${reference}: the year of writing or the text's?`, start: match.start, end: match.end };
    }
    // "2014.. البداية⏎عالج القطب خلال هذه السنة 2310 ملفات": "this year" under a heading naming a year is that year.
    const own = !ofWriting && context.sectionPeriod ? context.sectionPeriod : reference;
    claims.push({ period: withPart(own, partBefore(parts, match.index)), start: match.start, end: match.end });
  }
  // A part named without a year ("خلال النصف الأول") is that part of the reference's year, or of the year named
  // before it when it says "of it" ("النصف الثاني منها"), or of the year whose count it is a part of.
  if (claims.length === 0 && parts.length > 0) {
    const part = parts[0]!;
    const year = refersBack(words, part, phrases) ? yearNamedBefore(reference, phrases, context) : (context.partOfYear ?? null);
    claims.push({ period: withPart(year ?? reference, part.part), start: part.start, end: part.end, ...(year === null && { partWithoutYear: part.part }) });
  }
  return { claims };
}

/** The period of a count from January of `year` to the end of a month: that year, its first half or its first quarter. */
function yearToDatePeriod(until: YearToDateEnd, year: number): string | null {
  if (!endsWithMonth(until)) return null;
  if (until.month === 11) return String(year);
  const part = partOf(0, until.month);
  return part === undefined ? null : withPart(String(year), part as PartCode);
}

/** Whether a current-period phrase names the ongoing year ("السنة الجارية", "العام الحالي"), not "this year" ("هذه السنة"). */
const ongoingYear = (words: readonly Word[], match: PhraseMatch, phrases: PeriodPhrases) => words[match.index + 1] !== undefined && wordIsAny(words[match.index + 1]!, phrases.ongoing_year_words);

/** Whether "the same year" stands among the first words of a paragraph ("وفي العام نفسه، تابعنا …" after an empty line). */
function sameYearOpensParagraph(context: PeriodContext, match: PhraseMatch): boolean {
  const lineStart = context.text.lastIndexOf("\n", match.start - 1);
  const paragraphStart = lineStart > 0 && context.text[lineStart - 1] === "\n";
  return (lineStart < 0 || paragraphStart) && context.text.slice(lineStart + 1, match.start).split(/\s+/u).filter(Boolean).length <= 2;
}

/**
 * The year of the last period the sentence names before the clause, if it names one. When the sentence as a
 * whole reads unclear ("منذ 2019، … بعد 86 إنابة في النصف الثاني من 2025 و84 في النصف الأول منها"), the words
 * around its last year alone decide.
 */
function yearNamedBefore(reference: string, phrases: PeriodPhrases, context: PeriodContext): string | null {
  const earlier = context.earlier ?? [];
  const latestYear = (words: readonly Word[]): string | null => {
    // Read as the clause before read it: not in the comparison the number after it makes.
    const reading = readPeriods(periodScopeOf(words), reference, phrases, { ...context, earlier: undefined, comparison: false });
    if (!("claims" in reading) || reading.claims.length === 0) return null;
    const last = reading.claims.reduce((latest, c) => (c.end > latest.end ? c : latest));
    return String(parsePeriod(last.period).year);
  };
  const whole = latestYear(earlier);
  if (whole !== null) return whole;
  const lastYear = earlier.map(isYearWord).lastIndexOf(true);
  return lastYear < 0 ? null : latestYear(earlier.slice(Math.max(0, lastYear - periodWordReach - 1), lastYear + 1));
}

/** Whether the sentence named, before the clause, a year before the year preceding the reference's. */
function olderYearBefore(reference: string, phrases: PeriodPhrases, context: PeriodContext): boolean {
  const named = yearNamedBefore(reference, phrases, context);
  return named !== null && Number(named) < parsePeriod(reference).year - 1;
}

/**
 * For a word of "then" or "that" (grammar-words then_and_now.then, distal_demonstratives: "حينها", "تلك السنة"), the
 * last year in digits of the sentence before its clause; else null.
 */
function thenWordYear(word: Word, context: PeriodContext): number | null {
  if (!isThenWord(word)) return null;
  const year = [...(context.earlier ?? [])].reverse().find(isYearWord);
  return year ? wordValue(year) : null;
}

/** The part of the year the sentence named before the clause with no year in digits there (the text's year's), if any. */
function partNamedWithoutYear(context: PeriodContext, phrases: PeriodPhrases): PartCode | undefined {
  return context.earlier !== undefined && !context.earlier.some(isYearWord) ? partNamed(context.earlier, phrases) : undefined;
}

/** A word of "then" or "that" (grammar-words then_and_now.then, distal_demonstratives). */
const isThenWord = (word: Word) => wordIsAny(word, grammarWords.then_and_now.then) || wordIsAny(word, grammarWords.distal_demonstratives);

/** The single period the claims agree on, undefined when there is none, or the two that disagree. */
export function agreedPeriod(claims: readonly PeriodClaim[]): { period: PeriodClaim } | { none: true } | { conflict: [PeriodClaim, PeriodClaim] } {
  const [first] = claims;
  if (!first) return { none: true };
  const other = claims.find((c) => c.period !== first.period);
  return other ? { conflict: [first, other] } : { period: first };
}
