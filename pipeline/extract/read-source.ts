// Reads every number of one source: the sentences in order (each one by read-sentence.ts), carrying what a
// sentence leaves to the next (its last count, its opening period, the list or question it stands under).
// The readings are what the extract stage turns into its artifact, and what `explain` shows.
import { recognizeInSource } from "../arabic/numbers/index.ts";
import type { Catalogue } from "../catalogue/load.ts";
import type { IngestedSource } from "../types/ingested.ts";
import type { NumberMention } from "../types/number-mention.ts";
import type { Span } from "./clauses.ts";
import { countedNouns } from "./counted-noun.ts";
import { readSentence } from "./read-sentence.ts";
import { headingPeriod, type ListHeading, figurelessHeading, nextHeading } from "./list-heading.ts";
import { wordIsAny } from "./cue-match.ts";
import { cuePhrase, phraseAt } from "./phrases.ts";
import { grammarWords } from "./grammar-words.ts";
import { type Outcome } from "./reading.ts";
import { yieldToFinal } from "./provisional.ts";
import { type RetractedFigure, withdrawRetracted } from "./retracted.ts";
import { takenBack } from "./spoken-corrections.ts";
import { namedBasesForImplicit } from "./implicit-bases.ts";
import { type CountFigure } from "./sentence-state.ts";
import { findWords, firstWordAt, type Word, wordsWithin } from "./words.ts";
import { stackedTableCells } from "./stacked-table.ts";
import { tileLabels } from "./side-by-side-tiles.ts";
import { titleSpan, titleWholeYear } from "./title-span.ts";
import { localReport } from "./local-report.ts";
import { unitPlaces } from "./other-body.ts";
import { namesQuartersByOrdinal } from "./quarter-ordinals.ts";
import { type PeriodReading } from "./periods.ts";
import { abbreviationDigit } from "./part-abbreviations.ts";
import { allPartPhrases, partNamed } from "./year-parts.ts";
import { deniesPeriod } from "./denied-period.ts";
import { asksTrueOrFalse, isQuestion } from "./not-stated.ts";
import { TableReader } from "./table-reader.ts";
import { contextualYear } from "./years.ts";
import { topicPeriodBefore, topicYears, yearBefore } from "./topic-years.ts";
import { parenthesisLegend } from "./parenthesis-legend.ts";
import { type ComparedPeriods, publicationYear } from "./number-scope.ts";
import { partOfEachYear } from "./each-year.ts";
import { slashLegendPeriods } from "./slash-legend.ts";
import { maskCharacterReferences } from "../arabic/character-references.ts";
import { insideMarkup, maskMarkup } from "../arabic/markup.ts";
import { type Section, sectionAt, sectionHeadings } from "./section-headings.ts";
import { withoutSpeakerLabels } from "./speakers.ts";
import { otherBodyReason } from "./other-body.ts";
import { successionLinePeriods } from "./succession-lines.ts";
import { thenAndNowPeriods } from "./then-and-now.ts";
import { opensAlone, openedOnOtherThan } from "./opening.ts";
import { namesYearSpan } from "./spans.ts";

export interface SourceReading {
  mentions: NumberMention[];
  /** The outcome of every mention inside a sentence of the article (the others are cruft or outside the article). */
  outcomes: Map<NumberMention, Outcome>;
}

export function readSource(ingested: IngestedSource, catalogue: Catalogue): SourceReading {
  // The marks between words are read with character references written as what they stand for: "131&nbsp;إنابة"
  // has no clause mark between the number and its noun. Offsets stay the raw text's; the mentions quote it.
  // So is markup a page kept ("يفوق <em>8 في المائة", "<td>153</td>"): read as spaces.
  const source = { ...ingested, text: maskMarkup(maskCharacterReferences(ingested.text)) };
  const catalogued = countedNouns(catalogue.indicators.indicators);
  const words = withoutSpeakerLabels(source.text, findWords(source.normalised, source.offset_map), catalogued);
  const parts = allPartPhrases(catalogue.periods);
  const { current_period: current, previous_year: previousYear, same_period: samePeriod } = catalogue.periods;
  const periods = [...parts, ...current, ...previousYear, ...samePeriod];
  const recognized = recognizeInSource(ingested).map((m) => contextualYear(m, source.text, words, catalogued, parts, periods));
  const outcomes = new Map<NumberMention, Outcome>();
  // "مقارنة بـ ن1 2016": the digit of a part's abbreviation is no number of the text (periods.json part_abbreviations).
  const abbreviations = new Set(recognized.filter((m) => abbreviationDigit(source.text, m, catalogue.periods.part_abbreviations)));
  for (const mention of abbreviations) outcomes.set(mention, { status: "ignored", reason: `the digit of «${source.text.slice(mention.start - 1, mention.end)}», an abbreviation of a part of the year (periods.json part_abbreviations)` });
  const mentions = abbreviations.size === 0 ? recognized : recognized.filter((m) => !abbreviations.has(m));
  // A number inside a tag of the page's markup ('<th width="60%">', an image's address) stands on spaces in the
  // masked text, outside any sentence: ignored by its rule (ignore.json inside_markup), wherever it stands.
  const inMarkup = catalogue.ignore.rules.find((rule) => rule.in_markup);
  if (inMarkup && source.text !== ingested.text) {
    for (const mention of mentions) if (insideMarkup(source.text, mention)) outcomes.set(mention, { status: "ignored", reason: `${inMarkup.id}: ${inMarkup.reason}` });
  }
  const topic = topicYears(source.text, words, mentions, catalogue.periods);
  const years = mentions.filter((m) => m.kind === "year");
  const quartersByOrdinal = namesQuartersByOrdinal(words, catalogue.periods);
  const context = { text: source.text, publishedYear: publicationYear(source), comparison: false, topicYear: null, quartersByOrdinal };
  const legend = parenthesisLegend(source.sentences, words, years, source.metadata.reference_period, catalogue.periods, context);
  const table = stackedTableCells(source.text, mentions, catalogue.periods.parts);
  // A value's label under it: a stacked table's row label, or the tile under it on the next line.
  const stackedLabels = new Map([...tileLabels(source.text, mentions), ...table.labels]);
  const slashes = new Map([
    ...slashLegendPeriods(source.text, words, mentions, source.metadata.reference_period, catalogue.periods, context),
    ...successionLinePeriods(source.text, words, mentions, source.metadata.reference_period, catalogue.periods, context),
    ...thenAndNowPeriods(source.text, words, mentions, source.metadata.reference_period, catalogue.periods, context),
    ...table.periods,
  ]);
  const stacked = table.cells;
  const span = titleSpan(source.metadata.title, catalogue.periods);
  const local = localReport(words, source.metadata.title);
  // The places the text names its local units by, and the title's unit's.
  const places = new Set([...unitPlaces(words), ...(local.place === null ? [] : [local.place])]);
  const titleYear = titleWholeYear(source.metadata.title, source.metadata.reference_period, catalogue.periods);
  const yearWithParts = { seen: false };
  const comparedPeriods: { last: ComparedPeriods | null } = { last: null };
  let next = 0;
  let lastCount: CountFigure | undefined;
  let lastSubjectCount: CountFigure | undefined;
  let transitionStart: CountFigure | undefined;
  let recent: CountFigure[] = [];
  let alone: CountFigure | undefined;
  let sceneSet = false;
  let bodyBefore = false;
  let spanNamed = false;
  let otherBase = false;
  // In a part-year report, whether the text has compared with another part only, never with the same part a year before.
  const partBases = { other: false, lastYear: false };
  let heading: ListHeading | null = null;
  let opened: { reading: PeriodReading | null; end: number } = { reading: null, end: 0 };
  const tables = new TableReader(source.text, words, source.metadata.reference_period, catalogue.periods);
  /** The last question, and where the text after it has reached (a question, then a bare reply). */
  let asked: { question: Span; end: number } | null = null;
  let list: ListTitle | null = null;
  const retracted: RetractedFigure[] = [];
  const provisional = new Set<NumberMention>();
  const sections = sectionHeadings(source.text, source.cruft, words, mentions, source.metadata.reference_period, catalogue.periods, context);
  const periodContextOf = (sentence: Span) => ({ ...context, topicYear: yearBefore(topic, sentence.start), topicPeriod: topicPeriodBefore(topic, sentence.start) });
  for (const sentence of source.sentences) {
    while (next < mentions.length && mentions[next]!.start < sentence.start) next++;
    const first = next;
    while (next < mentions.length && mentions[next]!.end <= sentence.end) next++;
    const row = tables.rowOf(sentence, mentions.slice(first, next));
    // An answer right under its question ("كم شخصا مبحوثا عنه دوليا تم توقيفه؟⏎— اثنان وستون شخصا") reads with the question's words.
    const question = asked && sameBlock(source.text, asked.end, sentence.start) ? questionWords(source.text, words, asked.question, catalogued) : [];
    // A reply alone on its sentence ("نعم.") leaves the question to the answer after it.
    if (asked && (isReply(source.text, words, sentence) || askerGoesOn(source.text, words, asked, sentence))) asked = { question: asked.question, end: sentence.end };
    else asked = isQuestion(source.text, sentence) ? { question: sentence, end: sentence.end } : null;
    list = listUnder(source.text, words, sentence, list, catalogue);
    const localUnit = local.unitOf(sentence);
    const listPart = list && list.start < sentence.start ? list.part : null;
    if (next === first) {
      // "وحنا سلمنا 51 أجنبي... لا لا، سمحي ليا، قلبت الرقم.": the speaker takes back the count said last.
      const saidLast = lastCount !== undefined && (first === 0 || mentions[first - 1]!.start < lastCount.end);
      const notice = saidLast ? takenBack(source.text, words, sentence) : undefined;
      if (notice) retracted.push({ value: lastCount!.value, indicatorId: lastCount!.indicator.id, notice });
      // A line naming a period and no figure over a list ("حصيلة النصف الأول من السنة:⏎- …") heads its items.
      heading = figurelessHeading(source.text, words, sentence, source.metadata.reference_period, catalogue.periods, periodContextOf(sentence), true) ?? heading;
      continue;
    }
    const paragraphGoesOn = sameParagraph(source.text, opened.end, sentence.start);
    const underHeading = headingPeriod(source.text, heading, sentence);
    const previousOpening = paragraphGoesOn ? opened.reading : underHeading;
    const inSentence = mentions.slice(first, next);
    // "وعلى صعيد آخر، …": another topic, whose counts recall none of the figures before it.
    const newTopic = opensOnOtherTopic(words, sentence);
    const read = readSentence({ source, catalogue, words, catalogued, outcomes, topicYears: topic, legend, slashes, retracted, provisional, stacked, stackedLabels, titleSpan: span, unitPlaces: places, titleYear, quartersByOrdinal, yearWithParts, comparedPeriods }, sentence, inSentence, { lastCount, lastSubject: lastSubjectCount, transitionStart, previousOpening, sceneSet: sceneSet || underHeading !== null, underHeading: !paragraphGoesOn && underHeading !== null, question, listPart, recent: newTopic ? [] : recent, alone: newTopic ? undefined : alone, otherBase: paragraphGoesOn && otherBase, otherPartsOnly: partBases.other && !partBases.lastYear, section: sectionOf(sections, sentence, inSentence), bodyBefore, localUnit, spanBefore: paragraphGoesOn && spanNamed }, row);
    bodyBefore = inSentence.some((m) => isOtherBodys(outcomes.get(m)));
    spanNamed = namesYearSpan(source.text, words, sentence, catalogue.periods);
    // "الرقم 2950 هو حصيلة سنة 2016، لا حصيلة سنة 2017": a sentence contrasting two periods keeps its period to itself.
    const denial = deniesPeriod(source.text, words, sentence, inSentence, source.metadata.reference_period, catalogue.periods, context);
    const figureless = inSentence.every((m) => m.kind !== "number" && m.kind !== "percent");
    heading = denial ? null : (nextHeading(source.text, heading, sentence, inSentence, read.opening) ?? (figureless ? figurelessHeading(source.text, words, sentence, source.metadata.reference_period, catalogue.periods, periodContextOf(sentence), false) : null));
    sceneSet = !denial && figureless;
    alone = soleFigure(inSentence.filter((m) => !isIgnored(outcomes.get(m))), read.counts);
    recent = (paragraphGoesOn ? [...recent, ...read.counts] : read.counts).slice(-recentFigures);
    otherBase = (paragraphGoesOn && otherBase) || read.otherBase;
    partBases.other ||= read.partBases.other;
    partBases.lastYear ||= read.partBases.lastYear;
    lastCount = read.lastCount;
    lastSubjectCount = read.lastSubject;
    transitionStart = read.transitionStart;
    opened = { reading: denial || opensAlone(source.text, words, sentence) || movesOn(read.opening, read.counts) ? null : read.opening, end: sentence.end };
  }
  withdrawRetracted(outcomes, retracted);
  yieldToFinal(source.text, outcomes, provisional, catalogue.rounding);
  namedBasesForImplicit(source.text, outcomes);
  return { mentions: recognized, outcomes };
}

/**
 * Whether a sentence that opened on a period ends on a count of another ("خلال الأشهر الستة الأولى، لم يتعد عدد المذكرات 29
 * مذكرة، … ليبلغ المجموع السنوي 63 مذكرة"): the sentence after it, going on ("كما عمم …"), takes neither.
 */
function movesOn(opening: PeriodReading | null, counts: readonly CountFigure[]): boolean {
  const last = counts.filter((c) => !c.compared).at(-1);
  return last !== undefined && openedOnOtherThan(opening, last.period);
}

/**
 * The part of each year a list's title gives its lines ("هذا تطور الملفات في الأشهر الستة الأولى من كل سنة:" over
 * "2020 – 1830 ملفا"): set by a title ending with a colon, kept over the lines of its block.
 */
function listUnder(text: string, words: readonly Word[], sentence: Span, list: ListTitle | null, catalogue: Catalogue): ListTitle | null {
  if (/[:：]\s*$/u.test(text.slice(sentence.start, sentence.end))) {
    const part = partOfEachYear(wordsWithin(words, sentence.start, sentence.end), catalogue.periods);
    return part ? { part, start: sentence.start, end: sentence.end } : null;
  }
  // A table's title naming a part of the year and no year ("الجدول 1: الملفات المعالجة (النصف الأول)" over "| 2021 | 2240 |").
  if (/^[^\S\n]*\n[^\S\n]*\|/u.test(text.slice(sentence.end)) && !/[0-9٠-٩]{4}/u.test(text.slice(sentence.start, sentence.end))) {
    const part = partNamed(wordsWithin(words, sentence.start, sentence.end), catalogue.periods);
    if (part) return { part, start: sentence.start, end: sentence.end };
  }
  return list && sameBlock(text, list.end, sentence.start) ? { ...list, end: sentence.end } : null;
}

/** A list's title line that gives the part of each year, and where its block has reached. */
interface ListTitle {
  part: string;
  start: number;
  end: number;
}

/** How many figures of the paragraph a count may recall (recalled.ts): those just before it, a bound that keeps a paragraph that never ends linear. */
const recentFigures = 16;

/** Whether no line break stands between two offsets: the two sentences are of one paragraph. */
const sameParagraph = (text: string, end: number, start: number) => end > 0 && !text.slice(end, start).includes("\n");

/** Whether a count was held back as another body's or a local unit's figure (count-reading.ts). */
const isOtherBodys = (outcome: Outcome | undefined) => outcome !== undefined && "reading" in outcome && outcome.reading.status === "held_back" && outcome.reading.reason.startsWith(otherBodyReason);

const isIgnored = (outcome: Outcome | undefined) => outcome !== undefined && "status" in outcome && outcome.status === "ignored";

/**
 * The last count figure of a sentence whose every count (its percentages aside) is a figure of one indicator, or of
 * one whole and parts of it ("153 إنابة …، منها 35 تتعلق بالمخدرات": the whole), if so.
 */
function soleFigure(mentions: readonly NumberMention[], counts: readonly CountFigure[]): CountFigure | undefined {
  const numbers = mentions.filter((m) => m.kind === "number");
  const wholes = counts.filter((c) => !counts.some((whole) => whole.indicator.id === c.indicator.part_of));
  const last = wholes.at(-1);
  return last && numbers.length === counts.length && wholes.every((c) => c.indicator.id === last.indicator.id) ? last : undefined;
}

/** Where a question's words start past its speaker's label ("[08:04] سلمى: والمبحوث عليهم دوليا؟"): a name is no word of it. */
function afterSpeaker(text: string, question: Span): number {
  const label = /^(?:\[[^\]\n]*\]\s*)?[^\n:：؟?[\]]{0,30}[:：]\s/u.exec(text.slice(question.start, question.end));
  return label ? question.start + label[0].length : question.start;
}

/**
 * The words a question asks with: its own, past its speaker's label. A speaker's bare question ("شحال؟") asks
 * about what the same turn named before it ("[00:50] كريم: نمشيو للإنابات القضائية. شحال؟"); prose's questions
 * stand alone.
 */
function questionWords(text: string, words: readonly Word[], question: Span, catalogued: readonly string[]): Word[] {
  const own = wordsWithin(words, afterSpeaker(text, question), question.end);
  if (own.some((w) => wordIsAny(w, catalogued))) return own;
  const turn = turnOf(text, question);
  const label = afterSpeaker(text, turn);
  return label > turn.start && label < question.start ? wordsWithin(words, label, question.end) : own;
}

/** The speaker's turn a question ends: from the start of its line to the question's end. */
const turnOf = (text: string, question: Span): Span => ({ start: text.lastIndexOf("\n", question.start - 1) + 1, end: question.end });

const otherTopicOpeners = grammarWords.other_topic_openers.map(cuePhrase);

/** Whether a sentence opens on another topic ("وعلى صعيد آخر،", "من جهة أخرى،"; grammar-words other_topic_openers). */
function opensOnOtherTopic(words: readonly Word[], sentence: Span): boolean {
  const first = firstWordAt(words, sentence.start);
  return otherTopicOpeners.some((phrase) => phraseAt(words, first, phrase));
}

/** Whether a sentence says only "yes" or the like (grammar-words replies), past its speaker's label ("ج: لا."). */
function isReply(text: string, words: readonly Word[], sentence: Span): boolean {
  const said = wordsWithin(words, afterSpeaker(text, sentence), sentence.end);
  return said.length > 0 && said.length <= 2 && said.every((w) => wordIsAny(w, grammarWords.replies));
}

/**
 * Whether a sentence goes on with the turn of a speaker who asked on its line ("سارة: وبالنسبة للتسليم؟ سمعنا أن المغرب
 * تسلم عشرين شخصا."): the answer under it still answers the question.
 */
function askerGoesOn(text: string, words: readonly Word[], asked: { question: Span; end: number }, sentence: Span): boolean {
  if (!sameParagraph(text, asked.question.end, sentence.start) || isQuestion(text, sentence)) return false;
  // Not a quiz's "صح أم خطأ؟": the statement after it is what it asks to judge, and the answer under it its own.
  if (asksTrueOrFalse(wordsWithin(words, asked.question.start, asked.question.end))) return false;
  const turn = turnOf(text, asked.question);
  return afterSpeaker(text, turn) > turn.start;
}

/** Whether at most one empty line stands between two offsets: an answer right under its question. */
const sameBlock = (text: string, end: number, start: number) => /^[^\S\n]*(?:\n[^\S\n]*){0,2}$/u.test(text.slice(end, start));

/**
 * What the heading of the section a sentence stands in says of the period; a heading the sentence runs on from
 * ("2014.. البداية⏎عالج القطب …", no stop after the heading) opens the section its numbers are in.
 */
function sectionOf(sections: readonly Section[], sentence: Span, mentions: readonly NumberMention[]): PeriodReading | null {
  return (sectionAt(sections, sentence.start) ?? sectionAt(sections, mentions.at(-1)?.start ?? sentence.start))?.reading ?? null;
}
