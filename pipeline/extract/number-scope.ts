// What a number of a sentence is read with: its clause's words before and after it, the sentence's words before
// the clause, the years around, its table cell, the qualifier a verb gives it, and what the source says of its
// period (publication year, the year the text was last about, a legend of parentheses).
import type { RetractedFigure } from "./retracted.ts";
import type { Catalogue } from "../catalogue/load.ts";
import type { LineSpan } from "../text/lines.ts";
import { parentItemWords, termWords } from "./item-topic.ts";
import { cardItemUnderHeading } from "../text/list-items.ts";
import type { IngestedSource } from "../types/ingested.ts";
import type { NumberMention } from "../types/number-mention.ts";
import { type Clause, opensParenthesis, type Span } from "./clauses.ts";
import { grammarWords, withoutConjunction } from "./grammar-words.ts";
import type { ParenthesisLegend } from "./parenthesis-legend.ts";
import type { SlashPeriods } from "./slash-legend.ts";
import type { Outcome } from "./reading.ts";
import type { NumberScope } from "./scope.ts";
import { tableCell, type TableRow } from "./table-cell.ts";
import { type TopicYear, topicPeriodBefore, yearBefore } from "./topic-years.ts";
import { qualified } from "./verb-qualifier.ts";
import { firstWordAt, type Word, wordsWithin } from "./words.ts";

/** What reading one source holds for all its sentences. */
export interface Extraction {
  source: IngestedSource;
  catalogue: Catalogue;
  words: Word[];
  catalogued: string[];
  outcomes: Map<NumberMention, Outcome>;
  /** The years the text's statements are about, in text order (topic-years.ts). */
  topicYears: TopicYear[];
  /** What the numbers in parentheses are, if the text says (parenthesis-legend.ts). */
  legend: ParenthesisLegend | null;
  /** The numbers of lines under a legend naming the period of each place: "(النصف الأول / النصف الثاني 2019):" (slash-legend.ts). */
  slashes: SlashPeriods;
  /** The figures the text's correction notices withdrew, as they are read (retracted.ts). */
  retracted: RetractedFigure[];
  /** The figures the text gives as provisional counts (provisional.ts): a final count of theirs replaces them. */
  provisional: Set<NumberMention>;
  /** The values of tables copied one cell per line, held back (stacked-table.ts). */
  stacked: ReadonlySet<NumberMention>;
  /** The row labels of the values of such tables whose column is known (stacked-table.ts). */
  stackedLabels: ReadonlyMap<NumberMention, LineSpan>;
  /** The month the text's title names, if any (title-span.ts). */
  titleSpan: string | null;
  /** The places the text names its local units by, and its title's unit's (other-body.ts unitPlaces, local-report.ts). */
  unitPlaces: ReadonlySet<string>;
  /** In a part-year report, the year its title names alone, with no part of it (title-span.ts titleWholeYear). */
  titleYear: string | null;
  /** The text names its year quarter by quarter ("الفصل الأول", "الفصل الثاني"; quarter-ordinals.ts). */
  quartersByOrdinal: boolean;
  /**
   * In a report on a part of a year, whether a sentence so far gave a count of the whole year, then the report's part
   * of it ("7215 ملفا خلال سنة 2024، منها 3420 ملفا خلال النصف الأول و3795 ملفا خلال النصف الثاني"): set as sentences
   * are read (read-sentence.ts). Whatever the title says: authors of such texts read their counts naming no period as
   * the year's or as the part's, both under a title naming the part.
   */
  yearWithParts: { seen: boolean };
  /**
   * The two periods the last sentence that set a count against another of its indicator compared, the earlier first
   * ("ففي سنة 2022 عالج القطب 5800 ملف…، ليصل هذا العدد في 2024 إلى 7215 ملفا": 2022 and 2024); set as sentences are
   * read (read-sentence.ts), null before any.
   */
  comparedPeriods: { last: ComparedPeriods | null };
}

/** Two periods a sentence compared a count of, the earlier first. */
export interface ComparedPeriods {
  earlier: string;
  later: string;
}

/**
 * How many words of the sentence before a number's clause its topic reaches back: enough for any sentence an
 * article writes, and a bound that keeps extraction linear on a text that never ends a sentence.
 */
const topicReach = 80;

/** The years lying inside a span; `years` is in text order. */
function yearsWithin(years: readonly NumberMention[], span: Span): NumberMention[] {
  let low = 0;
  let high = years.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (years[middle]!.start < span.start) low = middle + 1;
    else high = middle;
  }
  const found: NumberMention[] = [];
  for (let i = low; i < years.length && years[i]!.end <= span.end; i++) found.push(years[i]!);
  return found;
}

/** The context a period phrase at `offset` (a number's, a sentence's start) is read in: not a comparison. */
export const periodContextAt = (extraction: Extraction, offset: number) => ({
  text: extraction.source.text,
  publishedYear: publicationYear(extraction.source),
  comparison: false,
  topicYear: yearBefore(extraction.topicYears, offset),
  topicPeriod: topicPeriodBefore(extraction.topicYears, offset),
  quartersByOrdinal: extraction.quartersByOrdinal,
});

export const publicationYear = (source: IngestedSource): number | null => (source.metadata.published === null ? null : Number(source.metadata.published.slice(0, 4)));

/** What a number's sentence tells of it beside its words: the periods its opening and pairings give, its question. */
export type SentenceContext = Pick<NumberScope, "opening" | "respective" | "respectiveCategory" | "eachYearsPart" | "question" | "seriesStep" | "bodyBefore" | "localUnit" | "section" | "spanBefore">;

/**
 * Where the words after a number opening a parenthesis end: at its closing bracket when it holds the number alone or
 * with its counted noun and the next item of a list follows ("إضافة إشعارات البحث الوطنية (3 362 إشعارا) وإشعارات
 * إلغاء البحث الدولي (2 169 إشعارا)", "(2870) وإشعارات أقسام الاتصال العربية (356)": the words after it are the next
 * item's, not this one's); else at the clause's end.
 */
function asideEnd(text: string, mention: NumberMention, clauseEnd: number): number {
  const close = text.indexOf(")", mention.end);
  if (close < 0 || close >= clauseEnd) return clauseEnd;
  const inside = text.slice(mention.end, close);
  // Not a predicate after it, which the parenthesis shares with the words before it ("ربعها تقريبا (17 إنابة) يتعلق بالاتجار …").
  return /^[^()\p{N}]{0,40}$/u.test(inside) && /^\s*و/u.test(text.slice(close + 1)) ? close : clauseEnd;
}

/** A slash and the next label of its line, up to its colon: "إشعارات البحث الوطنية: 2540 / إشعارات عربية: 290". */
const slashedLabel = /^[^\n/]*?[^\S\n]\/[^\S\n]+[^\n/:：]{1,40}[:：]/u;

/** Where the words after a number end when the next label of its line follows a slash after it, else the clause's end. */
function nextLabel(text: string, mention: NumberMention, clauseEnd: number): number {
  const label = slashedLabel.exec(text.slice(mention.end, clauseEnd));
  return label ? mention.end + label[0].indexOf("/") : clauseEnd;
}

/** The scope of one number, built as one object (spreading a scope of some forty fields into another cost more than reading it). */
export function numberScope(extraction: Extraction, mention: NumberMention, clause: Clause, sentence: Span, sentenceStart: number, years: readonly NumberMention[], row: TableRow | null, context: SentenceContext): NumberScope {
  const { words, source } = extraction;
  const clauseStart = firstWordAt(words, clause.before.start);
  // A number alone on its line under a label is a card's: its label is its clause, the next lines another card's.
  const stackedLabel = extraction.stackedLabels.get(mention);
  // An item of a card under its heading ("نشرات البحث⏎وطنية: 1890") is labelled by both: the heading, then its own label.
  const cardItem = stackedLabel || row ? undefined : cardItemUnderHeading(source.text, mention.start);
  const table: NumberScope["table"] = stackedLabel
    ? { label: wordsWithin(words, stackedLabel.start, stackedLabel.end), period: null, change: null, stacked: true }
    : cardItem
      ? { label: [...wordsWithin(words, cardItem.heading.start, cardItem.heading.end), ...wordsWithin(words, cardItem.label.start, cardItem.label.end)], period: null, change: null, stacked: true }
      : tableCell(source.text, words, row, mention, source.metadata.reference_period, extraction.catalogue.periods);
  const card = !row && table !== null;
  const before = card ? [] : wordsWithin(words, clause.before.start, clause.before.end);
  // A number opening a parenthesis takes no verb's bound from outside it: "أي ما يقارب مجموع ما نشر طيلة سنة 2023 (87 أمرا)".
  const aside = opensParenthesis(source.text, mention);
  const after = card ? [] : wordsWithin(words, clause.after.start, Math.min(aside ? asideEnd(source.text, mention, clause.after.end) : clause.after.end, nextLabel(source.text, mention, clause.after.end)));
  const lead = wordsWithin(words, clause.lead.start, clause.lead.end);
  const wordFrom = (offset: number) => {
    const next = words[firstWordAt(words, offset)];
    return next && next.end <= sentence.end ? next : null;
  };
  const yearsAfter = card ? [] : yearsWithin(years, clause.after);
  const { mention: read, verb, elided } = aside ? qualified(mention, [], after, [], []) : nearOwnYear(mention, before, yearsAfter, source.metadata.reference_period) ? { mention: { ...mention, qualifier: undefined }, verb: null, elided: false } : qualified(mention, before, after, words.slice(sentenceStart, clauseStart), lead, wordsWithin(words, mention.start, mention.end)[0]);
  return {
    text: source.text,
    mention: read,
    qualifierVerb: verb,
    elidedBound: elided ? `the bound of the verb before the previous number («${verb!.folded}») may or may not carry over to this one: at most, or exactly?` : null,
    before,
    after,
    earlier: words.slice(Math.max(sentenceStart, clauseStart - topicReach), clauseStart),
    earlierFromStart: clauseStart - topicReach <= sentenceStart,
    lead,
    // A card's next lines are another card's, or the period line of the figure under it ("4060⏎سنة 2017⏎3380").
    yearsBefore: card ? [] : yearsWithin(years, clause.before),
    yearsAfter,
    reference: source.metadata.reference_period,
    titleSpan: extraction.titleSpan,
    titleYear: extraction.titleYear,
    quartersByOrdinal: extraction.quartersByOrdinal,
    yearWithParts: extraction.yearWithParts.seen,
    comparedPeriods: extraction.comparedPeriods.last,
    unitPlaces: extraction.unitPlaces,
    table,
    parentItem: parentItemWords(words, source.text, mention),
    term: termWords(words, source.text, mention),
    previousClause: { words: wordsWithin(words, clause.previous.start, clause.previous.end), years: yearsWithin(years, clause.previous) },
    publishedYear: publicationYear(source),
    topicYear: yearBefore(extraction.topicYears, clause.before.start),
    topicPeriod: topicPeriodBefore(extraction.topicYears, clause.before.start),
    parenthesised: extraction.legend && mention.start > extraction.legend.end && opensParenthesis(source.text, mention) ? extraction.legend.claim : null,
    wordAfter: (word) => wordFrom(word.end),
    wordFrom,
    wordsIn: (start, end) => wordsWithin(words, start, end),
    opening: context.opening,
    respective: context.respective,
    respectiveCategory: context.respectiveCategory,
    eachYearsPart: context.eachYearsPart,
    question: context.question,
    seriesStep: context.seriesStep,
    bodyBefore: context.bodyBefore,
    localUnit: context.localUnit,
    spanBefore: context.spanBefore,
    section: context.section ?? null,
  };
}

/**
 * "وهو عدد يقترب من 420 موظفا تكونوا طيلة سنة 2020", "لكنه يظل أقل من 11 شخصا سلموا سنة 2019": after "it is a
 * number", or a verb of remaining, the bound compares the figure before with this number, which, named with a year
 * of its own (another than the text's, after a verb of remaining), is exact.
 */
function nearOwnYear(mention: NumberMention, before: readonly Word[], yearsAfter: readonly NumberMention[], reference: string): boolean {
  if (yearsAfter.length === 0) return false;
  // "هو عدد" then the bound's words (a verb and its preposition, or the recognizer's qualifier in the mention).
  const reach = mention.qualifier === undefined ? boundWords : 0;
  for (let k = Math.max(0, before.length - 2 - reach); k + 1 < before.length; k++) {
    if (grammarWords.pronouns_of_being.includes(withoutConjunction(before[k]!.folded)) && grammarWords.a_number_near.includes(before[k + 1]!.folded)) return k + 2 < before.length || mention.qualifier !== undefined;
  }
  const otherYear = yearsAfter.some((year) => String(year.value) !== reference.slice(0, 4));
  // A count's bound ("أقل من 2330 ملفا"), not a change's rounding ("يبقى أقل بنحو 11 في المائة").
  const bound = mention.kind === "number" && mention.qualifier !== undefined && mention.qualifier !== "approx";
  return bound && otherYear && before.slice(-2).some((w) => grammarWords.remaining_verbs.includes(withoutConjunction(w.folded)));
}

/** How many words a bound's verb may take between "هو عدد" and its number: "يقترب من". */
const boundWords = 2;
