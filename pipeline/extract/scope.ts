// The words and years around one number, as every reading of it needs them.
import type { Catalogue } from "../catalogue/load.ts";
import type { NumberMention } from "../types/number-mention.ts";
import type { PeriodPhrases } from "../types/catalogue-periods.ts";
import { clauseBeforeAside, clauseOfChange } from "./antecedent-clauses.ts";
import { sameStem, wordIsAny } from "./cue-match.ts";
import { grammarWords, topicOpensAt, withoutConjunction } from "./grammar-words.ts";
import { type Phrase, type PhraseMatch, phraseMatchAt } from "./phrases.ts";
import type { PatternInput } from "./patterns.ts";
import { type PeriodClaim, type PeriodContext, type PeriodReading, type PeriodScope, readPeriods } from "./periods.ts";
import { allPartPhrases } from "./year-parts.ts";
import type { Word } from "./words.ts";
import { yearNouns } from "./years.ts";
import type { RespectiveCategory } from "./respective-categories.ts";
import type { Column } from "./tables.ts";
import { oncePer } from "../lib/once-per.ts";

type TableChange = Extract<Column, { change: unknown }>["change"];

export interface NumberScope {
  text: string;
  /** The number, with the qualifier a verb gives it across its measure when it has none of its own (verb-qualifier.ts). */
  mention: NumberMention;
  /** That verb, for the evidence. */
  qualifierVerb: Word | null;
  /** Why the number is held back when the verb that bounds it is elided ("لم تتجاوز … 6 في المائة، و… 3 في المائة"; verb-qualifier.ts). */
  elidedBound: string | null;
  /** Words of the clause before and after the number (see clauses.ts). */
  before: Word[];
  after: Word[];
  /** Words of the sentence before the clause (at most the last 80: number-scope.ts). */
  earlier: Word[];
  /** Whether `earlier` starts at the sentence's first word (a long sentence's starts later). */
  earlierFromStart?: boolean;
  /** Words from the last clause mark or figure before the number to the number (see Clause.lead). */
  lead: Word[];
  /** Years in the clause before and after the number. */
  yearsBefore: NumberMention[];
  yearsAfter: NumberMention[];
  /** The source's reference period. */
  reference: string;
  /** The month the text's title names (title-span.ts): the text is about that month, not its reference period. */
  titleSpan?: string | null;
  /** In a part-year report, the year its title names alone (title-span.ts titleWholeYear). */
  titleYear?: string | null;
  /** In a report on a part of a year, the text gave a count of the whole year with the report's part as its part before (number-scope.ts Extraction). */
  yearWithParts?: boolean;
  /** The two periods the last sentence that compared two counts of one indicator set against each other (number-scope.ts), if any. */
  comparedPeriods?: { earlier: string; later: string } | null;
  /** The text names its year quarter by quarter ("الفصل الأول", "الفصل الثاني"; quarter-ordinals.ts). */
  quartersByOrdinal?: boolean;
  /** The places the text names its local units by ("ولاية أمن الدار البيضاء" → "الدار"; other-body.ts). */
  unitPlaces: ReadonlySet<string>;
  /** The year the source was published, when known ("the previous year" outside a comparison depends on it). */
  publishedYear: number | null;
  /** The year the text last named outside a comparison before the number's clause (topic-years.ts). */
  topicYear: number | null;
  /** That year with the part of it named right before it, if any ("النصف الثاني من سنة 2020" → "2020-H2"). */
  topicPeriod: string | null;
  /** The words of the question the number's sentence answers, right above it ("كم شخصا … تم توقيفه؟"), or none. */
  question: Word[];
  /** The part of the year the sentence gives for each year ("في الأشهر الستة الأولى من كل سنة"), if it does (each-year.ts). */
  eachYearsPart: string | null;
  /** For a number opening a parenthesis after a legend that says which period such numbers are of, that period (parenthesis-legend.ts). */
  parenthesised: PeriodClaim | null;
  /**
   * For a number in a table row: the row's label (its first cell), and the column's period or change, if a header
   * named it (tables.ts); for a card's number, its label line; for a chart's value, its caption (`caption`). A
   * transposed table's row label naming its period in words ("النصف الأول ٢٠٢٣") is `periodWords`, read as a period phrase.
   * A column beside the periods' that names none ("| المؤشر | كندا | 2023 |") gives its header as `aside`; the caption
   * line over a table's header row ("جدول 2: ولاية أمن الدار البيضاء") is its `title`.
   */
/** The label of the item a sub-item of a nested list stands under (text/list-items.ts): its topic. */
  parentItem: Word[];
  /** The term a glossary's paragraph opens on, past its first sentence ("الأمر الدولي بإلقاء القبض: … نُشر منها 63 أمرا"): read as a table row's label is. */
  term: Word[];
    table: { label: Word[]; header?: Word[]; columnHeader?: Word[]; narrowed?: string; period: string | null; change: TableChange | null; unclear?: string; periodWords?: Word[]; caption?: true; title?: Word[]; aside?: Word[]; stacked?: true } | null;
  /** What the sentence's opening phrase says of the period ("وفي عام 2017، ..."), for a clause that names none (opening.ts). */
  opening: PeriodReading | null;
  /** The period "على التوالي" pairs the number with, if it does (respectively.ts). */
  respective: PeriodClaim | null;
  /** It is a step of a series told by its ends and steps after its first value ("من 84 سنة 2019 إلى 63 ثم 98"; stepped-series.ts): it counts what the value before it counts. */
  seriesStep?: boolean;
  /** The sentence before gave another body's or a local unit's counts: "the same services" after it are that body (other-body.ts sameBodyAsBefore). */
  bodyBefore?: boolean;
  /** In a text on a local unit's results, the unit, for a number whose sentence names no national body (local-report.ts). */
  localUnit?: PhraseMatch | null;
  /** The sentence before, in its paragraph, named a span of years ("خلال الفترة 2020-2024"): a total after it may be the span's (spans.ts). */
  spanBefore?: boolean;
  /** The period of the section heading the number stands under ("2014.. البداية"; section-headings.ts): what "this year" is there. */
  section?: string | null;
  /** The category "على التوالي" pairs a share with, if it does (respective-categories.ts). */
  respectiveCategory: RespectiveCategory | null;
  /** Words and years of the clause before the number's, when a clause mark separates them. */
  previousClause: PeriodScope;
  /** The next word of the sentence after a word, if any. */
  wordAfter: (word: Word) => Word | null;
  /** The first word of the sentence from `offset` on, if any. */
  wordFrom: (offset: number) => Word | null;
  /** The source's words between two offsets, wherever they stand (a list's heading above the number's line). */
  wordsIn: (start: number, end: number) => Word[];
}

export const clauseWords = (scope: NumberScope): Word[] => [...scope.before, ...scope.after];

/** The words after the number: its clause's, then up to `limit` more of its sentence (also past a clause that ends at the number). */
export function wordsFollowing(scope: NumberScope, limit: number): Word[] {
  const from = scope.after.at(-1) ?? { folded: scope.mention.text, start: scope.mention.start, end: scope.mention.end };
  return [...scope.after, ...wordsAfter(scope, from, limit)];
}

/** Whether words open on "of the total" ("من مجموع …", "من المجموع"; grammar-words totals): the whole a share is of. */
/** "40 في المائة منها": a percentage "of them" right after it is a part's share of the whole before it. */
export const ofThemAfter = (scope: NumberScope): boolean =>
  scope.after[0] !== undefined && ["منها", "منهم", "منه"].includes(scope.after[0].folded) && /^[^\S\n]*$/u.test(scope.text.slice(scope.mention.end, scope.after[0].start));

export const opensOnTotal = (words: readonly Word[]): boolean => words[0]?.folded === "من" && words[1] !== undefined && wordIsAny(words[1], grammarWords.totals);

/** Up to `limit` words of the sentence after `from` (none without it), in order. */
export function wordsAfter(scope: NumberScope, from: Word | undefined, limit = Infinity): Word[] {
  const words: Word[] = [];
  let word = from ?? null;
  while (word && words.length < limit) {
    word = scope.wordAfter(word);
    if (word) words.push(word);
  }
  return words;
}

/** The sentence's words from its start to the end of the number's clause, a table cell's label and a sub-item's parent: the scope of a pattern's topic. */
export const topicWords = (scope: NumberScope): Word[] => [...scope.parentItem, ...(scope.table?.label ?? []), ...questionOf(scope), ...scope.earlier, ...scope.before, ...scope.after];

/** The question a number answers: the question's words for a number of the answer's first clause, else none. */
export const questionOf = (scope: NumberScope): Word[] => (scope.previousClause.words.length === 0 && scope.earlier.length === 0 ? scope.question : []);

/** The sentence's words before the number: the scope of a pattern's "earlier" groups. */
/** The words before the number in its sentence, after those of the item or list heading it stands under. */
export const earlierWords = (scope: NumberScope): Word[] => [...scope.parentItem, ...scope.earlier, ...scope.before];

/**
 * The clause's words as the cue patterns see them: after the number, up to a noun coordinated with "وال" right
 * after the counted noun, which is another thing than what the number counts ("نحو 3600 ملف والسيارات المسروقة");
 * and the clause before it when that clause names what this one is about: the clause opens with a relative word
 * ("مذكرات إيقاف سريان الأبحاث الدولية، التي بلغت 2305 مذكرة"), the clause before opens with a topic phrase
 * ("وعلى مستوى مذكرات إيقاف سريان الأبحاث الدولية، سجلت الحصيلة 2287 مذكرة"), or the counted noun was named
 * there ("المغاربة الموقوفون خارج أرض الوطن، وعددهم 86").
 */
function patternClause(scope: NumberScope, nounBefore: boolean): Word[] {
  const coordinated = scope.after[1]?.folded.startsWith("وال") ? 1 : -1;
  const antecedent = nounBefore || namesTopicOfNext(scope) ? scope.previousClause.words : [...clauseBeforeAside(scope), ...clauseOfChange(scope)];
  // An answer's first clause reads with its question ("كم شخصا مبحوثا عنه دوليا تم توقيفه؟⏎— اثنان وستون شخصا").
  return [...(scope.table?.label ?? []), ...scope.term, ...questionOf(scope), ...antecedent, ...scope.before, ...(coordinated < 0 ? scope.after : scope.after.slice(0, coordinated))];
}

/** Whether the clause opens with a relative word, or the clause before it with a topic phrase ("وعلى مستوى …،"), is a label ("…:") or names the number the clause gives. */
function namesTopicOfNext(scope: NumberScope): boolean {
  const first = scope.before[0];
  // "… مجموع الأشخاص المبحوث عنهم … الذين تم توقيفهم، والبالغ عددهم 140 شخصا": "amounting" gives the amount of what the clause before names.
  if (first && (wordIsAny(first, grammarWords.relatives) || wordIsAny(first, grammarWords.explanatory_openers) || wordIsAny(first, grammarWords.amounting))) return true;
  const previous = scope.previousClause.words;
  if (previous.length === 0) return false;
  // A label before its colon names what the numbers after it count: "• الأشخاص المرحلون إلى المغرب: 9 أشخاص".
  const label = /^\s*:/u.test(scope.text.slice(previous.at(-1)!.end, previous.at(-1)!.end + 3));
  return label || topicOpensAt(previous) || countGivenNext(scope) || frontedTopic(scope);
}

/** How many words a fronted phrase may have: "في قضايا المخدرات وتبييض الأموال وحدها". */
const frontedTopicWords = 6;

/**
 * The sentence opens with a short phrase of "في" and no number, closed by a comma, before the number's clause:
 * "في قضايا المخدرات وتبييض الأموال وحدها، تابعنا 35 إنابة" (what the clause after it counts is of that).
 */
function frontedTopic(scope: NumberScope): boolean {
  const previous = scope.previousClause.words;
  if (scope.earlierFromStart === false || scope.earlier.length !== previous.length) return false;
  // A list item's number before it ("5- «في قضايا المخدرات …»") is no word of the phrase.
  const phrase = /^\p{Nd}+$/u.test(previous[0]?.folded ?? "") ? previous.slice(1) : previous;
  const first = phrase[0];
  const last = phrase.at(-1);
  if (!first || !last || phrase.length > frontedTopicWords || withoutConjunction(first.folded) !== "في") return false;
  return !/\p{Nd}/u.test(scope.text.slice(first.start, last.end)) && /^\s*[،,]/u.test(scope.text.slice(last.end, last.end + 3));
}

/**
 * The number opens its clause after one that names "the number of" something and gives none: "ويبقى عدد من
 * تسلمهم المغرب متواضعا، 14 شخصا فقط" (the number, then its value).
 */
function countGivenNext(scope: NumberScope): boolean {
  const previous = scope.previousClause.words;
  return scope.before.length === 0 && previous.some((w) => wordIsAny(w, grammarWords.count_of)) && !previous.some((w) => /\p{Nd}/u.test(w.folded));
}

/**
 * The words the number's sentence opens with: the sentence's before the clause, or the clause's when it opens
 * the sentence; none when a long sentence's first words are out of reach (`earlier` is its last words).
 */
export const sentenceOpening = (scope: NumberScope): Word[] => (scope.earlierFromStart === false ? [] : scope.earlier.length > 0 ? scope.earlier : scope.before);

/** Whether the number's sentence opens on a topic phrase ("أما الإنابات القضائية الدولية، …"): a new topic, not the sentence before's. */
export function opensOnTopic(scope: NumberScope): boolean {
  const start = sentenceOpening(scope);
  return topicOpensAt(start);
}

/** The clause a sentence opens on with a topic phrase, up to its comma ("أما الولايات المتحدة،"); none otherwise. */
export function topicClause(scope: NumberScope): Word[] {
  if (!opensOnTopic(scope)) return [];
  const opening = sentenceOpening(scope);
  const end = opening.findIndex((w) => /^\s*[،,]/u.test(scope.text.slice(w.end, w.end + 3)));
  return end < 0 ? [] : opening.slice(0, end + 1);
}

/**
 * The clause a sentence opens on with a topic phrase, when it names the noun a later clause counts: "أما العمليات
 * متعددة الأطراف التي تنسقها الأمانة العامة للأنتربول، فقد تضاعف عددها أربع مرات منذ 2020، لتبلغ ثماني عمليات"
 * (the operations the topic says); none otherwise.
 */
export function topicClauseOfNoun(scope: NumberScope, counted: string, countsBefore: readonly { start: number }[]): Word[] {
  const clause = topicClause(scope);
  if (!clause.some((w) => sameStem(w.folded, counted))) return [];
  // A topic names no number: "أما إشعارات إيقاف البحث على المستوى الدولي فعددها ألفان …، وعلى المستوى العربي 298
  // إشعارا" is a count's clause, whose words are not the next count's.
  const [start, last] = [clause[0]!.start, clause.at(-1)!.end];
  return /\p{Nd}/u.test(scope.text.slice(start, last)) || countsBefore.some((c) => c.start >= start && c.start < last) ? [] : clause;
}

/** Whether "و" stands right before the number, alone or attached ("و71"، "و 71"): coordinated with what comes before. */
export const andRightBefore = (scope: NumberScope): boolean => /(?:^|\s)و\s*$/u.test(scope.text.slice(Math.max(0, scope.mention.start - 2), scope.mention.start));

/** What the cue patterns look at around this number; `nounBefore` when its counted noun was named in the clause before. */
export const patternInput = (scope: NumberScope, counted: string | null, qualifier: Word | null = null, nounBefore = false): PatternInput => {
  // "المذكرات ديال البحث الدولية": the genitive after a Darija particle of possession is the noun's own.
  const own = qualifier && wordIsAny(qualifier, grammarWords.genitive_particles) ? scope.wordAfter(qualifier) : qualifier;
  return {
    counted,
    qualifier: own,
    afterQualifier: () => (own ? scope.wordAfter(own) : null),
    clause: patternClause(scope, nounBefore),
    topic: topicWords(scope),
    earlier: earlierWords(scope),
    earlierOnLine: () => clauseBeforeOnLine(scope),
    ownClause: clauseWords(scope),
  };
};

/**
 * The sentence's words before the number's clause that stand on its line, after a semicolon if any (a card's
 * previous line is another item; "…من التكوين، 64 في المائة منه داخل المغرب؛ وإسبانيا تتصدر الشركاء بـ24 في المائة").
 */
function clauseBeforeOnLine(scope: NumberScope): Word[] {
  const first = scope.earlier[0];
  if (!first) return [];
  // Searched back to the sentence's first word within reach only: a text without a line break stays linear.
  const before = scope.text.slice(first.start, scope.mention.start);
  const from = first.start + Math.max(before.lastIndexOf("\n"), before.lastIndexOf("؛"), before.lastIndexOf(";"));
  return scope.earlier.filter((w) => w.start > from);
}

/** How "the previous year" reads in this number's clause; `comparison` for the base of a change. */
export const periodContext = (scope: NumberScope, comparison = false): PeriodContext => ({ text: scope.text, publishedYear: scope.publishedYear, comparison, topicYear: scope.topicYear, topicPeriod: scope.topicPeriod, eachYearsPart: scope.eachYearsPart, earlier: scope.earlier, quartersByOrdinal: scope.quartersByOrdinal, sectionPeriod: scope.section ?? null });

/** The periods one side of the number's clause claims (the side after read as a comparison's), or why it is unclear. */
export function claimsOf(scope: NumberScope, catalogue: Catalogue, side: "before" | "after", reference: string): PeriodClaim[] | { unclear: string } {
  const reading = readPeriods(
    side === "before" ? { words: scope.before, years: scope.yearsBefore } : { words: scope.after, years: scope.yearsAfter },
    reference,
    catalogue.periods,
    periodContext(scope, side === "after"),
  );
  return "unclear" in reading ? { unclear: reading.unclear } : reading.claims;
}

export const wholeClause = (scope: NumberScope): PeriodScope => ({ words: clauseWords(scope), years: [...scope.yearsBefore, ...scope.yearsAfter] });

/** The phrases that open a period after a number, one list per catalogue (searched with its index, phrases.ts). */
const periodOpenersOf = oncePer((periods: PeriodPhrases): readonly Phrase[] => [...periods.previous_year, ...periods.current_period, ...periods.same_period, ...periods.same_year, ...periods.following_year, ...allPartPhrases(periods)]);

/** Whether the clause word `word` (after the number) opens a period: "143 سنة 2021", "41 السنة الماضية". */
export function opensPeriod(scope: NumberScope, catalogue: Catalogue, word: Word): boolean {
  const index = scope.after.indexOf(word);
  if (index >= 0 && phraseMatchAt(scope.after, index, periodOpenersOf(catalogue.periods)) >= 0) return true;
  const year = scope.yearsAfter.find((y) => y.start >= word.end);
  return wordIsAny(word, yearNouns) && year !== undefined && scope.text.slice(word.end, year.start).trim() === "";
}
