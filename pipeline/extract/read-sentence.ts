// Reads the numbers of one sentence (readSentence): what is set aside, then the counts in order, then the
// percentages; read-source.ts walks the sentences and carries what one leaves to the next.
import { withinPlausibleRange } from "../lib/plausible-range.ts";
import type { NumberMention } from "../types/number-mention.ts";
import { provisionalCounts } from "./provisional.ts";
import { clausesOf, type Span } from "./clauses.ts";
import { readCount } from "./count-reading.ts";
import { parsePeriod, periodBefore, previousYearPeriod, sameLength } from "../lib/period.ts";
import { cuePhrase, phraseAt, type PhraseMatch } from "./phrases.ts";
import { wordIsAny } from "./cue-match.ts";
import { grammarWords } from "./grammar-words.ts";
import { matchIgnoreRule } from "./ignore-rules.ts";
import { readPercent } from "./percent-reading.ts";
import { heldBack, type Reading, unaccounted } from "./reading.ts";
import { splitDigitPairs } from "./split-digits.ts";
import { calculationsIn, calculationTerms, readHalfYearSubtractions } from "./calculation.ts";
import { pairedEnds } from "./ranges.ts";
import { readShareEnd, shareEnds } from "./share-ends.ts";
import { respectively } from "./respectively.ts";
import { respectiveCategories } from "./respective-categories.ts";
import { readTableChange } from "./table-change.ts";
import type { NumberScope } from "./scope.ts";
import { type CountFigure, emptySentence, lastSubject } from "./sentence-state.ts";
import { firstWordAt, type Word, wordsWithin } from "./words.ts";
import { setAside } from "./layout.ts";
import { readWrittenAgain } from "./written-again.ts";
import { type PeriodReading } from "./periods.ts";
import { namesTwoParts, numbersNamingParts } from "./year-parts.ts";
import { continuedPeriod, openingPeriod, openingsAfterColons } from "./opening.ts";
import { inPercentBlock, inPercentColumn, inPercentList } from "./percent-columns.ts";
import { correctionOpening, spokenCorrections } from "./spoken-corrections.ts";
import { asksTrueOrFalse, confirmationAsked, firstWordOf, forecastReaches, forecastsIn, hearsayOnLine, isQuestion, notYetOver, presupposingQuestion, questionOnLineBelow, questionOpening, quotedAlone, statedBeforeQuestion, targetNumber, withheld } from "./not-stated.ts";
import { layoutDoubt, splitNumberDoubt } from "./layout-doubts.ts";
import { parenthesisPeriod, yearLabelInParenthesis, yearLabelOfItem } from "./parenthesis.ts";
import type { TableRow } from "./table-cell.ts";
import { yearNouns } from "./years.ts";
import { type ComparedPeriods, type Extraction, numberScope, periodContextAt } from "./number-scope.ts";
import { partOfEachYear } from "./each-year.ts";
import { holdBackPartitives, holdBackPartsOfNext, holdBackPartsOfOpeningWhole, holdBackPartsOfUnnamedWhole } from "./part-of-next.ts";
import { garbledDigits } from "./garbled-digits.ts";
import { steppedSeries } from "./stepped-series.ts";

const notFigures = new Set(["year", "date", "time", "identifier"]);

/** A line of a question's answers to choose from: "أ) 52%   ب) 64%", "أ- اثنان ب- أربعة". */
const answerOptions = /^\s*[أا][)\-–]\s*\S[^\n]*\sب[)\-–]\s*\S/u;

/** Between a number and the correction's word after it, "it is the figure" (and its noun): "143 هو الرقم الصحيح". */
const saidRight = new RegExp(`^[^\\S\\n]*(?:\\p{L}+[^\\S\\n]+)?(?:${grammarWords.pronouns_of_being.join("|")})[^\\S\\n]+(?:${grammarWords.the_number.join("|")})[^\\S\\n]+$`, "u");

/** What the previous sentence leaves to the next: its last count figure, and the period it opened with (same paragraph only). */
export interface PreviousSentence {
  lastCount: CountFigure | undefined;
  /** Its last count that is no base nor a change's earlier end (sentence-state.ts lastSubject), or an earlier sentence's. */
  lastSubject: CountFigure | undefined;
  /** The earlier end of its first change told by its two ends, if any. */
  transitionStart: CountFigure | undefined;
  /** The part of each year a list's title line gives ("… في الأشهر الستة الأولى من كل سنة:"), for the lines under it. */
  listPart: string | null;
  previousOpening: PeriodReading | null;
  /** The previous sentence names a period and gives no figure ("ثم جاء عام 2020."): the next ones of its paragraph are of that period. */
  sceneSet: boolean;
  /** The sentence is an item of a list under a heading naming its period (list-heading.ts): the previous opening is that heading's. */
  underHeading: boolean;
  /** The words of the question this sentence answers, right above it (or none). */
  question: Word[];
  /** The count figures of the earlier sentences of its paragraph, or of the sentence right before it. */
  recent: readonly CountFigure[];
  /** Its last count figure when every count it gave was a figure of that one indicator (what "the number" of the next sentence is). */
  alone: CountFigure | undefined;
  /** An earlier change of the paragraph was against another period than the same one a year before ("من نصف إلى آخر"). */
  otherBase: boolean;
  /** In a part-year report, every comparison of the text so far was with another part, none with the same part a year before. */
  otherPartsOnly: boolean;
  /** What the heading of the sentence's section says of the period ("2019 – ذروة ما قبل الجائحة"; section-headings.ts), if any. */
  section: PeriodReading | null;
  /** The last sentence before it with numbers gave another body's or a local unit's counts. */
  bodyBefore: boolean;
  /** In a text on a local unit's results, the unit, while the text has not turned to the nation's figures (local-report.ts). */
  localUnit: PhraseMatch | null;
  /** The sentence before, in its paragraph, named a span of years (spans.ts). */
  spanBefore: boolean;
}

const insteadOfPhrases = grammarWords.instead_of.map(cuePhrase);

/** The words that open a new clause between two figures with no mark between them (clauses.ts). */
const clauseOpeners = [...grammarWords.relatives, ...grammarWords.clause_openers];

/** Whether the words right before a number say "instead of" ("344 إعلانا بدل 434", "بدلا من 434"; grammar-words instead_of). */
function insteadOf(words: readonly Word[], mention: NumberMention): boolean {
  const before = firstWordAt(words, mention.start);
  return insteadOfPhrases.some((phrase) => before - phrase.length >= 0 && words[before - 1]!.end <= mention.start && phraseAt(words, before - phrase.length, phrase));
}

/** The last word ending at or before `offset` (not the word a number is written in: "التسعة" for "تسعة"). */
function wordBefore(words: readonly Word[], offset: number): Word | undefined {
  let index = firstWordAt(words, offset) - 1;
  while (index >= 0 && words[index]!.end > offset) index--;
  return words[index];
}

/** "24 و40 في المائة": a bare number coordinated with the percentage right after it shares its sign. Returns the pair's text. */
function elidedPercent(text: string, mention: NumberMention, next: NumberMention | undefined): string | undefined {
  if (!next || next.kind !== "percent" || mention.kind !== "number") return undefined;
  const gap = text.slice(mention.end, next.start);
  return /^\s*(و|أو|او|إلى|الى)\s*$/u.test(gap) ? text.slice(mention.start, next.end) : undefined;
}

/**
 * Whether a count of the report's own part of a year follows, in its sentence, a count of the same thing over the whole
 * year ("خلال سنة 2024 … 7215 ملفا …، منها 3420 ملفا خلال النصف الأول و3795 ملفا خلال النصف الثاني" in a report on 2024-H2).
 */
function partOfYearBefore(count: CountFigure, counts: readonly CountFigure[], reference: string): boolean {
  const { year, part } = parsePeriod(reference);
  return part !== null && count.period === reference && counts.some((c) => c.indicator.id === count.indicator.id && c.period === String(year) && !c.compared && c.end <= count.start);
}

/** A figure "على التوالي" pairs with periods the reading cannot match to it one to one: held back. */
function asUnpaired(reading: Reading): Reading {
  if (reading.status !== "figure") return reading;
  const reason = "«على التوالي» pairs it with a period the reading cannot match one to one";
  return { status: "held_back", indicatorId: reading.indicator.id, period: reading.period, reason, evidence: reading.evidence };
}

/**
 * "هي 18 في المائة وليس 8 في المائة": the denied value is the error of the figure of its kind right before it, and
 * is withdrawn as that indicator's wherever the text prints it (retracted.ts).
 */
function withdrawDenied(extraction: Extraction, mentions: readonly NumberMention[], denied: NumberMention): void {
  const corrected = mentions.filter((m) => m.end <= denied.start && m.kind === denied.kind).at(-1);
  const outcome = corrected && extraction.outcomes.get(corrected);
  if (!outcome || !("reading" in outcome)) return;
  const { reading } = outcome;
  const indicatorId = reading.status === "figure" ? reading.indicator.id : reading.indicatorId;
  const notice = extraction.source.text.slice(corrected!.start, denied.end);
  if (indicatorId) extraction.retracted.push({ value: denied.value, indicatorId, notice });
}

/** A number that is one end of a range ("من 40 إلى 50 شخصا"): held back, keeping what it was read as. */
function asRangeEnd(reading: Reading, text: string, pair: Span): Reading {
  const reason = `it is one end of a range («${text.slice(pair.start, pair.end)}»), not a single figure`;
  if (reading.status !== "figure") return { ...reading, reason: `${reading.reason}; ${reason}` };
  return { status: "held_back", indicatorId: reading.indicator.id, period: reading.period, reason, evidence: reading.evidence };
}

/**
 * Reads the numbers of one sentence: the counts first, in order (a count may continue the one before it), then
 * the percentages, which may refer to any count of the sentence: the one before as their subject, one before
 * or after as their base ("تراجعا بـ04 بالمائة، إذ تابع المكتب تنفيذ 77 إنابة، مقابل 80 في الفترة ذاتها من
 * العام الماضي"). Returns the sentence's last count figure, which the next sentence may refer to.
 */
export function readSentence(extraction: Extraction, sentence: Span, all: NumberMention[], previous: PreviousSentence, row: TableRow | null): { lastCount: CountFigure | undefined; lastSubject: CountFigure | undefined; transitionStart: CountFigure | undefined; opening: PeriodReading | null; counts: CountFigure[]; otherBase: boolean; partBases: { other: boolean; lastYear: boolean } } {
  const previousSentence = previous.lastCount;
  const { source, catalogue, words, outcomes } = extraction;
  const sentenceWords = wordsWithin(words, sentence.start, sentence.end);
  const { asideReasons, denied } = setAsideIn(extraction, sentenceWords, all);
  for (const [mention, reason] of asideReasons) outcomes.set(mention, { status: "ignored", reason });
  const mentions = all.filter((m) => !asideReasons.has(m));
  const clauses = clausesOf(source.text, sentence, mentions, { words, relatives: clauseOpeners, yearNouns, restating: grammarWords.restating, periods: catalogue.periods });
  const sentenceStart = firstWordAt(words, sentence.start);
  const years = mentions.filter((m) => m.kind === "year");
  // "قارنت بين النصف الأول والنصف الثاني: 3040 ملفا في الثاني مقابل 2760 في الأول (+10%)": a sentence that names two
  // parts of one year implies no base a year earlier.
  const twoParts = namesTwoParts(sentenceWords, catalogue.periods);
  const soFar = { ...emptySentence(previousSentence, previous.lastSubject, previous.transitionStart, previous.recent), previousAlone: previous.alone, otherBaseBefore: previous.otherBase || twoParts, otherPartsOnly: previous.otherPartsOnly };
  // "عربيا... عفوا، مائتان وثمان وتسعون": the speaker corrects the last count said, in the sentence before; only when it
  // is the last number said ("وصلات لـ114... لا لا، سمحو ليا، 104" corrects the 114, not a count said earlier).
  // The opening is looked for before the numbers said since that count: few sentences open on a correction, and the
  // count may stand many sentences back, all of whose text the test would scan again at every sentence.
  const reopened = previousSentence && correctionOpening(source.text, words, sentence, all);
  // No number said after it, in digits or in words ("من توقيف ثمانية وسبعين... عفوا، ثمانية وثمانين" after "ثمانية
  // وسبعين أمرا": the slip is the words the speaker cut off, not the warrants of the same value).
  const saidLast = (count: CountFigure) => !/\p{Nd}/u.test(source.text.slice(count.end, sentence.start)) && ![...outcomes.keys()].some((m) => m.start >= count.end && m.end <= sentence.start && m.kind === "number");
  if (previousSentence && reopened && reopened.given.value !== previousSentence.value && saidLast(previousSentence)) {
    soFar.lastCount = previousSentence;
    extraction.retracted.push({ value: previousSentence.value, indicatorId: previousSentence.indicator.id, notice: reopened.word });
  }
  let otherBase = false;
  const partBases = { other: false, lastYear: false };
  const partReport = parsePeriod(source.metadata.reference_period).part !== null;
  const noteBase = (period: string, base: string) => {
    if (!partReport || !sameLength(period, base) || !periodBefore(base, period)) return;
    if (base === previousYearPeriod(period)) partBases.lastYear = true;
    else partBases.other = true;
  };
  const percents: Array<{ mention: NumberMention; scope: NumberScope }> = [];
  const tableChanges: Array<{ mention: NumberMention; scope: NumberScope }> = [];
  const retraction = firstWordOf(words, sentence, grammarWords.retractions);
  const speakerCorrected = spokenCorrections(source.text, words, sentence, all);
  const pairs = pairedEnds(source.text, words, mentions);
  const sharesByEnds = shareEnds(source.text, words, sentence.start, mentions, pairs);
  const forecasts = forecastsIn(words, sentence);
  const question = isQuestion(source.text, sentence);
  const provisional = provisionalCounts(words, sentence);
  const expected = (mention: NumberMention) => {
    const forecast = forecasts.find((f) => forecastReaches(source.text, f, mention, words));
    return forecast && `it is expected, estimated or recalled with a doubt («${source.text.slice(forecast.start, forecast.end)}»), not counted`;
  };
  // A statement before a colon or two dots that open the question is stated ("بينهم 28 مغربيا أوقفوا في الخارج:
  // لماذا …؟", a headline's "2950 ملفا في سنة واحدة.. كيف صار …؟"); not before an ellipsis, a pause within it.
  const lastColon = question ? questionOpening(source.text, words, sentence) : -1;
  const asserted = question ? presupposingQuestion(words, sentence) : undefined;
  const confirmation = confirmationAsked(source.text, words, sentence);
  const asked = (mention: NumberMention) => (confirmation !== undefined ? `it is put to someone to confirm («${confirmation}»), not stated` : undefined) ?? (question && mention.end > lastColon && !(asserted !== undefined && asserted < mention.start) && !statedBeforeQuestion(source.text, words, sentence, mention) && !questionOnLineBelow(source.text, words, sentence, mention) ? "it is asked in a question, not stated" : undefined);
  // "5. ما نسبة التكوينات التي نُظمت حضوريا؟⏎أ) 52%   ب) 64%   ج) 72%": the choices a question offers right under it.
  const offered = previous.question.length > 0 && answerOptions.test(source.text.slice(sentence.start, sentence.end));
  // "السؤال 4: صح أم خطأ؟ شارك الأمن الوطني في أكثر من عشر عمليات …": a statement a quiz offers to judge.
  const toJudge = asksTrueOrFalse(previous.question);
  // "تصحيح: في تدوينة الساعة 10:40 كتبنا أن … 126 أمرا …، والرقم الصحيح … هو 112 أمرا": after a correction's word, the text's own figure.
  // "حسب علمي 143 هو الرقم الصحيح": the number the correction's word is said of is the right one, not withdrawn.
  const confirmed = (mention: NumberMention) => retraction !== undefined && mention.end <= retraction.start && saidRight.test(source.text.slice(mention.end, retraction.start));
  const corrected = (mention: NumberMention) => retraction !== undefined && (retraction.end <= mention.start || confirmed(mention));
  const notStated = (mention: NumberMention) =>
    garbledDigits(source.text, mention) ?? (offered ? "it is one of the answers a question offers to choose from, not stated" : undefined) ?? (toJudge ? "it is a statement a question asks to judge true or false, not stated" : undefined) ?? asked(mention) ?? expected(mention) ?? targetNumber(source.text, words, mention, sentence) ?? quotedAlone(source.text, mention) ?? (corrected(mention) ? undefined : hearsayOnLine(source.text, words, sentence, mention));
  // A figure asked, heard, bounded by an elided verb, or of a period not over at publication is held back.
  const withheldIfNotStated = (reading: Reading, mention: NumberMention, scope: NumberScope) =>
    notYetOver(withheld(reading, notStated(mention) ?? scope.elidedBound ?? undefined), source.metadata.reference_period, source.metadata.published);
  const paired = respectively(source.text, words, sentence, mentions, source.metadata.reference_period, catalogue.periods);
  const pairedCategories = respectiveCategories(source.text, words, sentence, mentions, catalogue.breakdowns);
  const unpaired = (reading: Reading, mention: NumberMention, isPercent: boolean): Reading =>
    !pairedCategories.has(mention) && (paired.unpaired.has(mention) || (isPercent && paired.periods.has(mention))) ? asUnpaired(reading) : reading;
  const eachYearsPart = partOfEachYear(sentenceWords, catalogue.periods) ?? previous.listPart;
  let transitionOpen: NumberMention | undefined;
  const context = { ...periodContextAt(extraction, sentence.start), eachYearsPart };
  // "دجنبر 2020⏎في 29 دجنبر، نشرت المديرية حصيلتها: 3950 ملفا …": the results a report lists after its colon are of
  // the report's period, not of the heading's or the section's month, nor of the day it came out on.
  const listsResults = sentenceWords.some((w) => wordIsAny(w, grammarWords.result_nouns) && /^[^\S\n]*[:：]/u.test(source.text.slice(w.end, w.end + 3)));
  const opened = openingPeriod(source.text, words, sentence, mentions, source.metadata.reference_period, catalogue.periods, context);
  const opening = listsResults
    ? opened && !("unclear" in opened) ? opened : null
    : (opened ?? continuedPeriod(words, sentence, previous.previousOpening, grammarWords.continuations, previous.sceneSet, previous.underHeading) ?? previous.section);
  // The period a section heading names (one claim, section-headings.ts): what "this year" is under it.
  const sectionPeriod = previous.section && "claims" in previous.section ? (previous.section.claims[0]?.period ?? null) : null;
  const colonOpenings = openingsAfterColons(source.text, words, sentence, mentions, source.metadata.reference_period, catalogue.periods, context);
  const openingOf = (mention: NumberMention) => colonOpenings.filter((o) => o.from <= mention.start).at(-1)?.reading ?? opening;
  // A table copied one cell per line has a reason of its own for its cells whose column is not known (stacked,
  // layout-doubts.ts); the others have their column's period (slashes): each cell is a number of its own, no split pair.
  const splitDigits = splitDigitPairs(source.text, mentions.filter((m) => !extraction.stacked.has(m) && !extraction.slashes.has(m)));
  const calculations = calculationsIn(source.text, mentions);
  const terms = calculationTerms(calculations);
  const series = steppedSeries(source.text, words, mentions, source.metadata.reference_period, catalogue.periods, context);
  mentions.forEach((mention, index) => {
    if (notFigures.has(mention.kind)) {
      outcomes.set(mention, { status: mention.kind as "year" });
      return;
    }
    const split = splitDigits.get(mention) ?? terms.get(mention);
    if (split) {
      outcomes.set(mention, { reading: heldBack(split, null), sentence });
      return;
    }
    // A count the correction withdraws is still read, for the corrected value after it to take its indicator ("بلغ 54
    // شخصا، والصحيح 45"); it is not published.
    // After the correction's word, the value it replaces is withdrawn too: "ويصحح … عدد إعلانات البحث: 344 إعلانا بدل 434".
    const replaced = retraction !== undefined && retraction.end <= mention.start && insteadOf(words, mention);
    // Only on the correction's own line: a chat's earlier messages ("08:44 - … تابع تنفيذ 97 إنابة …⏎12:10 - تصحيح: …
    // بلغ 97، والصحيح هو 77") are withdrawn by the value the correction names (retracted.ts), not all of them.
    const beforeOnLine = retraction !== undefined && mention.end <= retraction.start && !source.text.slice(mention.end, retraction.start).includes("\n");
    const notice = retraction && ((beforeOnLine && !confirmed(mention)) || replaced) ? source.text.slice(retraction.start, retraction.end) : speakerCorrected.get(mention);
    const withdrawn = notice ? { status: "ignored" as const, reason: `withdrawn by the text's own correction ("${notice}" …)` } : undefined;
    if (withdrawn && mention.kind !== "number") {
      outcomes.set(mention, withdrawn);
      return;
    }
    const slashed = series.periods.get(mention) ?? extraction.slashes.get(mention);
    // "- 2016: 2950 ملفا ← 2022: 5800": a year and a colon opening the number's item label it, whatever else its line names.
    const respective = paired.periods.get(mention) ?? (slashed && "period" in slashed ? slashed : null) ?? yearLabelOfItem(source.text, mention, years);
    const respectiveCategory = pairedCategories.get(mention) ?? null;
    const detailed = yearLabelInParenthesis(source.text, mention, years) ?? parenthesisPeriod(source.text, words, sentence, mention, years, source.metadata.reference_period, catalogue.periods, periodContextAt(extraction, mention.start));
    const told = { opening: detailed ?? openingOf(mention), respective, respectiveCategory, eachYearsPart, question: previous.question, seriesStep: series.steps.has(mention), bodyBefore: previous.bodyBefore, localUnit: previous.localUnit, section: sectionPeriod, spanBefore: previous.spanBefore };
    const scope = numberScope(extraction, mention, clauses[index]!, sentence, sentenceStart, years, row, told);
    if (scope.table?.change) {
      tableChanges.push({ mention, scope });
      return;
    }
    if (mention.kind === "percent") {
      percents.push({ mention, scope });
      return;
    }
    if ((row && inPercentColumn(source.text, row.cells, row.percentColumns, mention)) || inPercentList(source.text, mention) || inPercentBlock(source.text, mention)) {
      percents.push({ mention, scope: { ...scope, mention: { ...scope.mention, kind: "percent" } } });
      return;
    }
    const sharedSign = elidedPercent(source.text, mention, mentions[index + 1]);
    if (sharedSign && (respectiveCategory || sharesByEnds.has(mention))) {
      // A share whose percent sign is written once, after the last of its list: a percentage all the same.
      percents.push({ mention, scope: { ...scope, mention: { ...scope.mention, kind: "percent" } } });
      return;
    }
    if (sharedSign) {
      outcomes.set(mention, { reading: unaccounted(`a percentage whose sign is written once, after the next number («${sharedSign}»)`), sentence });
      return;
    }
    const read = readCount(scope, catalogue, soFar, extraction.catalogued);
    const { counted, startsTransition } = read;
    const pair = pairs.get(mention);
    const changeEnd = startsTransition || (transitionOpen !== undefined && pair === pairs.get(transitionOpen)) || series.periods.has(mention);
    const stated = pair && !changeEnd ? asRangeEnd(read.reading, source.text, pair) : read.reading;
    const reading = withheld(withheld(unpaired(withheldIfNotStated(stated, mention, scope), mention, false), slashed && "unclear" in slashed ? `the period is unclear: ${slashed.unclear}` : undefined), layoutDoubt(extraction, mention, scope) ?? splitNumberDoubt(source.text, mention, row));
    transitionOpen = startsTransition ? mention : undefined;
    outcomes.set(mention, withdrawn ?? { reading, sentence });
    if (!withdrawn && reading.status === "figure" && provisional(mention)) extraction.provisional.add(mention);
    const readIndicatorId = reading.status === "figure" ? reading.indicator.id : reading.indicatorId;
    if (notice && readIndicatorId !== null) extraction.retracted.push({ value: mention.value, indicatorId: readIndicatorId, notice });
    if (counted) soFar.lastCounted = counted;
    soFar.lastIndicatorId = readIndicatorId ?? undefined;
    soFar.lastIndicatorClause = [...scope.before, ...scope.after];
    soFar.oneKind = read.oneKind ? (counted ?? undefined) : undefined;
    // Until a count of the nation's: a number read as nothing ("مقابل 15 مواطنا") leaves the partner standing.
    if (read.partnerPart || reading.status === "figure") soFar.partnerPart = read.partnerPart;
    soFar.unclearPeriod = read.unclearPeriod;
    if (read.yearOrCount) soFar.comparedYearOrCount = mention;
    // A base held back for want of a period: "… مقابل 125 إنابة سنة 2019" in a half-year report (the year or its half?).
    const unclearBase = read.compared && reading.status === "held_back" && reading.hint?.missing === "period";
    if ((startsTransition || unclearBase) && reading.status === "held_back" && reading.indicatorId !== null) soFar.unclearStarts.push(reading.indicatorId);
    if (reading.status === "unaccounted" && counted === null && !withdrawn) soFar.unread.push(mention);
    if (reading.status === "unaccounted" && counted !== null && !withdrawn) soFar.unmapped.push(mention);
    soFar.transitionNoun = startsTransition ? (counted ?? undefined) : undefined;
    soFar.transitionIndicator = startsTransition ? (readIndicatorId ?? undefined) : undefined;
    // A withdrawn count is what the corrected value after it replaces, also where the text says others gave it ("ورد
    // في تدوينة الساعة 10:41 أن عدد المغاربة الموقوفين … بلغ 36 مواطنا، والصحيح 38 مواطنا").
    const counting = withdrawn && stated.status === "figure" ? stated : reading;
    // A count outside its indicator's plausible range ("مر 88 ملفا" at the letters rogatory desk, read as files) is held
    // back when validated; the change or the comparison after it is not of that count.
    const plausible = counting.status !== "figure" || withinPlausibleRange(counting.indicator, mention.value);
    soFar.lastCount = counting.status === "figure" && plausible ? { indicator: counting.indicator, period: counting.period, counted, start: mention.start, end: mention.end, value: mention.value, qualifier: counting.qualifier, clause: [...scope.before, ...scope.after], startsTransition, compared: read.compared } : undefined;
    if (soFar.lastCount && !withdrawn) soFar.counts.push(soFar.lastCount);
    if (soFar.lastCount && partOfYearBefore(soFar.lastCount, soFar.counts, source.metadata.reference_period)) extraction.yearWithParts.seen = true;
    if (read.compared && reading.status === "figure") noteBase(source.metadata.reference_period, reading.period);
  });
  extraction.comparedPeriods.last = comparedIn(soFar.counts) ?? extraction.comparedPeriods.last;
  holdBackPartsOfNext(source.text, mentions, outcomes);
  holdBackPartsOfOpeningWhole(source.text, sentence.start, mentions, outcomes);
  holdBackPartsOfUnnamedWhole(source.text, mentions, outcomes);
  holdBackPartitives(source.text, mentions, outcomes);
  readHalfYearSubtractions(calculations, outcomes, source.metadata.reference_period);
  for (const { mention, scope } of tableChanges) outcomes.set(mention, { reading: readTableChange(scope, catalogue, soFar), sentence });
  for (const { mention, scope } of percents) {
    const shareEnd = sharesByEnds.get(mention);
    const read = shareEnd ? { reading: readShareEnd(scope, shareEnd, catalogue, soFar), change: undefined } : readPercent(scope, catalogue, soFar, extraction.catalogued);
    const { change } = read;
    const pair = shareEnd ? undefined : pairs.get(mention);
    const stated = pair ? asRangeEnd(read.reading, source.text, pair) : read.reading;
    const reading = withheld(unpaired(withheldIfNotStated(stated, mention, scope), mention, true), layoutDoubt(extraction, mention, scope));
    outcomes.set(mention, { reading, sentence });
    soFar.previousChange = change;
    soFar.previousShare = reading.status === "figure" && change === undefined && reading.indicator.kind === "share" ? { indicator: reading.indicator, category: reading.category, period: reading.period } : undefined;
    soFar.previousBase = reading.status === "figure" ? (reading.basePeriod ?? undefined) : undefined;
    if (reading.status === "figure" && reading.basePeriod && reading.basePeriod !== previousYearPeriod(reading.period)) otherBase = true;
    if (reading.status === "figure" && reading.basePeriod) noteBase(reading.period, reading.basePeriod);
    soFar.previousChangePeriod = reading.status === "figure" && change !== undefined ? reading.period : undefined;
  }
  for (const mention of denied) withdrawDenied(extraction, mentions, mention);
  readWrittenAgain(source.text, all, asideReasons, outcomes);
  return { lastCount: soFar.counts.at(-1) ?? previousSentence, lastSubject: lastSubject(soFar.counts) ?? previous.lastSubject, transitionStart: soFar.counts.find((c) => c.startsTransition), opening, counts: soFar.counts, otherBase, partBases };
}

/** The periods of the first two counts of one indicator a sentence gives for different periods, the earlier first. */
function comparedIn(counts: readonly CountFigure[]): ComparedPeriods | undefined {
  for (const [index, count] of counts.entries()) {
    const other = counts.slice(index + 1).find((c) => c.indicator.id === count.indicator.id && c.period !== count.period);
    if (other) return periodBefore(count.period, other.period) ? { earlier: count.period, later: other.period } : { earlier: other.period, later: count.period };
  }
  return undefined;
}

/**
 * The numbers of a sentence that are no figures, with why: set aside by the layout (layout.ts), naming a part of the
 * year, or matched by an ignore rule; and those a rule says withdraw the figure before them ("وليس 8 في المائة").
 */
function setAsideIn(extraction: Extraction, sentenceWords: readonly Word[], all: readonly NumberMention[]): { asideReasons: Map<NumberMention, string>; denied: NumberMention[] } {
  const { source, catalogue, words } = extraction;
  const asideReasons = setAside(source.text, all);
  for (const [mention, phrase] of numbersNamingParts(sentenceWords, all, catalogue.periods)) {
    asideReasons.set(mention, `it names a part of the year («${source.text.slice(phrase.start, phrase.end)}»), not a figure`);
  }
  // A number an ignore rule sets aside ("الأشهر التسعة") is a word of its clause, not the start of another.
  const denied: NumberMention[] = [];
  let ruled: { mention: NumberMention; rule: NonNullable<ReturnType<typeof matchIgnoreRule>> } | undefined;
  for (const mention of all) {
    // The upper end of a range whose lower end a rule sets aside goes with it: "(ص 17-18)"; so does the count of
    // pages after a page's number ("الصفحة 7 من 12").
    const rangeEnd = ruled && /^[^\S\n]*(?:[-–/]|من)[^\S\n]*$/u.test(source.text.slice(ruled.mention.end, mention.start)) ? ruled.rule : undefined;
    const rule = asideReasons.has(mention) ? undefined : (matchIgnoreRule(catalogue.ignore.rules, mention, wordBefore(words, mention.start), words[firstWordAt(words, mention.end)], source.text) ?? rangeEnd);
    ruled = rule ? { mention, rule } : undefined;
    if (rule) asideReasons.set(mention, `${rule.id}: ${rule.reason}`);
    if (rule?.withdraws) denied.push(mention);
  }
  return { asideReasons, denied };
}
