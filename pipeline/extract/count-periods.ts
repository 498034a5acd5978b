// The period a count takes besides what its own clause names: its table column's, the unclear period of a count it
// is coordinated with, a year before the count it is compared with, or the period its sentence opens with (the
// clause right before it: clause-before-periods.ts).
import type { Catalogue } from "../catalogue/load.ts";
import { parsePeriod, partsInYear, periodBefore, periodWithin, periodYear, previousYearPeriod } from "../lib/period.ts";
import { totalCell, wholeYearCell, yearFirstPeriod } from "./tables.ts";
import type { Indicator } from "../types/catalogue-indicators.ts";
import type { NumberMention } from "../types/number-mention.ts";
import { afterPercentInParentheses, coordinators } from "./count-continuation.ts";
import { wordIsAny } from "./cue-match.ts";
import { grammarWords } from "./grammar-words.ts";
import { monthRanges } from "./month-ranges.ts";
import { findPhrases } from "./phrases.ts";
import { agreedPeriod, type PeriodClaim, type PeriodReading, periodScopeOf, readPeriods } from "./periods.ts";
import { openedOnOtherThan } from "./opening.ts";
import { allPartPhrases, partPhrasesIn, samePart, withPart } from "./year-parts.ts";
import { impliesPreviousYear } from "./implicit-base.ts";
import type { Word } from "./words.ts";
import { afterOutOf, isYearWord, wordValue, yearMention } from "./years.ts";
import { isPart } from "./counted-noun.ts";
import { baseAfterChangeRate } from "./antecedent-clauses.ts";
import { type NumberScope, periodContext, questionOf, sentenceOpening, topicWords, wordsAfter, wordsFollowing } from "./scope.ts";
import type { CountFigure, SentenceSoFar, UnclearPeriod } from "./sentence-state.ts";

/** How many words before the number the comparison with a rate stands: "، مقابل أقل من 11 ملفا". */
const rateComparisonReach = 2;

/**
 * "يعالج اليوم أكثر من 20 ملفا في اليوم، مقابل أقل من 11 ملفا سنة الجائحة": a count compared with a rate (periods.json
 * shorter_spans rates) is a rate too, of the period it names; held back as the rate is.
 */
export function comparedWithRate(scope: NumberScope, catalogue: Catalogue, soFar: SentenceSoFar): UnclearPeriod | undefined {
  const rate = soFar.unclearPeriod;
  // Only a rate the sentence's figures begin with: "بمعدل 358 ملفا في الشهر" after a count is an aside on that count.
  if (!rate || soFar.counts.length > 0 || findPhrases(scope.lead.slice(-rateComparisonReach), catalogue.periods.comparisons).length === 0) return undefined;
  return findPhrases(wordsBetween(scope, rate.start, rate.end), catalogue.periods.shorter_spans.rates).length > 0 ? rate : undefined;
}

/**
 * A count joined by "و" to the count right before it, of another indicator, its clause naming no period, shares
 * that count's period when the words before that count named it: "علما أن حصيلة 2016 كانت قد توقفت عند 65 أمرا
 * و72 موقوفا" (both 2016), or by a verb of its own ("قد عالجت طوال عام 2022 ما مجموعه 5800 ملف، وتتبعت 143 إنابة"). Not after a compared count ("مقابل 96 إنابة و71 أمرا" may or may not go on comparing).
 */
export function coordinatedPeriod(scope: NumberScope, catalogue: Catalogue, own: PeriodReading, soFar: SentenceSoFar): PeriodReading | undefined {
  const previous = soFar.lastCount;
  // A compared count shares its period when its own clause named the year before it: "بعدما سجلت سنة 2024 بأكملها 112
  // أمرا دوليا و140 موقوفا".
  const namedBefore = previous?.clause.some((w) => isYearWord(w) && w.end <= previous.start) === true;
  // The text's period, when the sentence opened on another ("خلال الأشهر الستة الأولى … ليبلغ المجموع السنوي 63 مذكرة
  // و76 موقوفا"), is the count's own, to share as any other.
  const againstOpening = previous !== undefined && openedOnOtherThan(scope.opening, previous.period);
  if (!previous || (previous.compared && !namedBefore) || previous.startsTransition || (previous.period === scope.reference && !againstOpening) || !("claims" in own) || own.claims.length > 0) return undefined;
  const gap = scope.text.slice(previous.end, scope.mention.start);
  // Or a verb coordinated with the count's, a clause of its own, after a count of a whole earlier year: "وللمقارنة،
  // كانت المديرية قد عالجت طوال عام 2022 ما مجموعه 5800 ملف، وتتبعت 143 إنابة" (not after the report's year's total
  // or an earlier half: "ليبلغ مجموع السنة 4480 ملفا، و67 إنابة"، "و3795 في النصف الثاني، ومتابعة 162 إنابة").
  const { before } = scope;
  // A whole earlier year, or a part of one named with its year before the count ("عالجت بين يناير ويونيو 2019 ألفين
  // ومائتين وثلاثين ملفا، ونشرت إحدى وأربعين مذكرة"), not after it ("و3795 في النصف الثاني، ومتابعة 162 إنابة" in a
  // text on 2025-H1), nor only by its distance ("و60 إنابة قبل سنتين، ونشر وعمم 47 أمرا").
  const partNamedBefore = namedBefore && before.length > 0 && !namesPeriodBetween(scope, catalogue, previous.end, before[0]!.start);
  const earlierYear = periodYear(previous.period) < periodYear(scope.reference) && (parsePeriod(previous.period).part === null || partNamedBefore);
  if (wholeYearOfPart(scope, catalogue, soFar.counts) && joinedClause(scope)) return { claims: [{ period: previous.period, start: previous.start, end: previous.end }] };
  const verb = earlierYear && before.length > 0 && before.length <= coordinatedVerbWords && before[0]!.folded.startsWith("و") && scope.yearsBefore.length === 0 && /^[^\S\n]*\p{L}+(?:[^\S\n]+\p{L}+){0,2}[^\S\n]*[،,][^\S\n]*$/u.test(scope.text.slice(previous.end, before[0]!.start));
  // Joined by "و" right after the count before and its noun of up to three words ("3540 برقية بحث وطنية و362 برقية
  // عربية"); words of its clause before it are those of that noun.
  if (!verb && !actionOfSamePart(scope, previous) && (before.some((w) => w.start < previous.end) || !/^[^\S\n]+\p{L}+(?:[^\S\n]+\p{L}+){0,2}[^\S\n]+و[^\S\n]*$/u.test(gap))) return undefined;
  return { claims: [{ period: previous.period, start: previous.start, end: previous.end }] };
}

/**
 * The whole year of a text on a part of it, when the sentence named it before its first count and every count so
 * far is of it: "تسلمت المملكة خلال السنة 22 شخصا، وسلمت 15 أجنبيا، فيما بلغ عدد عمليات التسليم المراقب عمليتين" in a
 * report on the fourth quarter (all the year's: the sentence is about the year). Not a year's total told after the
 * part's count ("تسلم المغرب 16 شخصا خلال النصف الثاني، ليرتفع عددهم في مجموع السنة إلى 31 شخصا، بينما سلمت … 8"):
 * the sentence is about the part.
 */
function wholeYearOfPart(scope: NumberScope, catalogue: Catalogue, counts: readonly CountFigure[]): boolean {
  const reference = parsePeriod(scope.reference);
  const first = counts[0];
  if (reference.part === null || first === undefined) return false;
  const own = parsePeriod(first.period);
  if (own.part !== null || own.year !== reference.year || counts.some((count) => count.period !== first.period)) return false;
  const words = scope.earlier.filter((w) => w.end <= first.start);
  return words.some(isYearWord) || findPhrases(words, catalogue.periods.whole_year).length > 0;
}

/** A clause joined to the one before by "و" or "فيما" (grammar-words joining_conjunctions), its words before the count naming no year. */
function joinedClause(scope: NumberScope): boolean {
  const first = scope.before[0];
  return first !== undefined && (first.folded.startsWith("و") || wordIsAny(first, grammarWords.joining_conjunctions)) && scope.yearsBefore.length === 0;
}

/** The words of the text from `start` to `end`. */
function wordsBetween(scope: NumberScope, start: number, end: number): Word[] {
  const words: Word[] = [];
  for (let word = scope.wordFrom(start); word && word.end <= end; word = scope.wordFrom(word.end)) words.push(word);
  return words;
}

/** Whether the words from `start` to `end` name a year or a part of one. */
function namesPeriodBetween(scope: NumberScope, catalogue: Catalogue, start: number, end: number): boolean {
  const words = wordsBetween(scope, start, end);
  return words.some(isYearWord) || findPhrases(words, partPhrasesIn(scope.reference, catalogue.periods, true)).length > 0 || monthRanges(scope.text, words, catalogue.periods).length > 0;
}

/**
 * An action noun or verb joined by "و" right after the count before and its noun, when that count's period is a part
 * of a year the words before it named: "حصيلة الأشهر الستة الأولى … سجلت توقيف 57 مطلوبا دوليا ونشر 58 مذكرة" (both
 * of the half). Not when a word between the two counts may name a period ("و3795 في النصف الثاني ومتابعة 162").
 */
function actionOfSamePart(scope: NumberScope, previous: CountFigure): boolean {
  const { before } = scope;
  const noun = previous.counted?.word;
  if (parsePeriod(previous.period).part === null || before.length !== 1 || !before[0]!.folded.startsWith("و") || scope.yearsBefore.length > 0) return false;
  if (!noun || noun.start < previous.end || scope.text.slice(previous.end, noun.start).trim() !== "") return false;
  return /^(?:[^\S\n]+\p{L}+)?[^\S\n]+$/u.test(scope.text.slice(noun.end, before[0]!.start));
}

/**
 * A count coordinated with the one before it ("و97 أمرا", "بينهم 65 مغربيا") whose clause names no period shares
 * that count's unclear period: "ترتفع حصيلة الأشهر التسعة إلى 131 إنابة قضائية و97 أمرا دوليا" are both nine
 * months' counts.
 */
export function sharedUnclearPeriod(scope: NumberScope, catalogue: Catalogue, own: PeriodReading, soFar: SentenceSoFar): UnclearPeriod | undefined {
  if (!soFar.unclearPeriod) return undefined;
  // "عالج … خلال الأشهر التسعة الأولى من السنة، وأن المكتب عمم خلال الفترة نفسها 1780 مذكرة": "the same period",
  // no year named, is the one the count before it had.
  const samePeriod = findPhrases(scope.before, catalogue.periods.same_period).length > 0 && scope.yearsBefore.length === 0 && scope.yearsAfter.length === 0;
  if (samePeriod) return soFar.unclearPeriod;
  if (!("claims" in own) || own.claims.length > 0) return undefined;
  const to = scope.lead.at(-1);
  if (to && wordIsAny(to, grammarWords.transitions.to)) return undefined;
  // Not a list's next item, alone at the start of its line ("🔹 … أكثر من 12 ملف فالنهار⏎🔹 125 إنابة قضائية").
  const nextItem = scope.before.length === 0 && scope.text.slice(soFar.unclearPeriod.end, scope.mention.start).includes("\n");
  const coordinated = !nextItem && scope.before.every((w) => wordIsAny(w, coordinators));
  // A verb coordinated with the count's ("استقدم المغرب خلال الأشهر الستة 17 شخصا …، وسلم ثمانية أجانب"): its time too.
  // Not a period of an aside closed before it ("سبعة مطلوبين (20 منذ مطلع السنة)، وسلمت ثلاثة رعايا"), nor in a
  // sentence whose opening named its time ("وخلال الأشهر الثلاثة، تابع … ليصل المجموع خلال الأشهر التسعة إلى 104، ونشر 25 أمرا").
  const aside = scope.text.slice(soFar.unclearPeriod.end, scope.mention.start).includes(")");
  const opened = scope.opening !== null && ("unclear" in scope.opening || scope.opening.claims.length > 0);
  const coordinatedVerb = !aside && !opened && scope.before.length > 0 && scope.before.length <= coordinatedVerbWords && scope.before[0]!.folded.startsWith("و") && scope.yearsBefore.length === 0;
  return coordinated || coordinatedVerb ? soFar.unclearPeriod : undefined;
}

/**
 * A count naming no period after a comparison with a number in words that may be a year ("الأرقام تزادت مقارنة مع
 * ألفين وواحد وعشرين، مثلا الإنابات كانو مية وواحد وتلاتين"): it may be that year's, as it would be after "2021".
 */
export function afterComparedYearOrCount(scope: NumberScope, own: PeriodReading, soFar: SentenceSoFar): UnclearPeriod | undefined {
  const compared = soFar.comparedYearOrCount;
  if (!compared || compared.end > scope.mention.start || !("claims" in own) || own.claims.length > 0) return undefined;
  const unclear = `the sentence compares with «${scope.text.slice(compared.start, compared.end)}», which may be the year ${compared.value} written in words: the count may be that year's`;
  return { unclear, start: compared.start, end: compared.end };
}

/** How many words a coordinated verb's clause may have before its count: "، وسلم ثمانية"، "، وسلمت المملكة 8". */
const coordinatedVerbWords = 3;

/**
 * A count of the same indicator compared with the one before it, without a period of its own ("57 أمرا (مقابل 51 أمرا)"), is of the
 * same period a year earlier, as a change without a base is (periods.json implicit_base); not when the text
 * names several years.
 */
export function comparedImplicitPeriod(scope: NumberScope, catalogue: Catalogue, own: PeriodReading, soFar: SentenceSoFar, indicator: Indicator, compared: boolean): PeriodReading | undefined {
  // The count before it of the same indicator, past that count's parts ("142 شخصا، منهم 83 مغربيا …، مقابل 119 شخصا").
  const previous = [...soFar.counts].reverse().find((c) => c.indicator.id === indicator.id);
  if (!compared || !previous || !("claims" in own) || own.claims.length > 0) return undefined;
  const later = yearAfterItsParts(scope) ?? yearAfterCoordinatedCount(scope);
  if (later) return { claims: [{ period: samePart(wordValue(later), scope.reference), start: later.start, end: later.end }] };
  const parallel = parallelComparison(soFar, previous);
  if (parallel) return { claims: [{ period: parallel, start: scope.mention.start, end: scope.mention.end }] };
  if (!impliesPreviousYear(topicWords(scope), catalogue.periods)) return undefined;
  // "… بارتفاع 8 في المائة مقارنة بالأشهر الستة الأولى من السنة. أما إعلانات البحث فبلغت 182 إعلانا مقابل 180": after
  // a change of the paragraph against another period, "مقابل" alone may compare with that one.
  if (soFar.otherBaseBefore) return { unclear: "it is compared without a period, and an earlier change of its paragraph was against another period than the same one a year before", start: scope.mention.start, end: scope.mention.end };
  if (soFar.otherPartsOnly) return { unclear: "it is compared without a period, and every comparison of the text before it was with another part of the year, none with the same part a year before", start: scope.mention.start, end: scope.mention.end };
  // "44 أمرا مقابل 40، أي ما مجموعه 84 أمرا خلال السنة": added up, the two may be the halves of one year.
  const total = wordsFollowing(scope, totalReach).find((w) => wordIsAny(w, grammarWords.totals));
  if (total) return { unclear: "it is compared with the count before it and added up with it to a total: the other part of the year, or the same part a year before?", start: scope.mention.start, end: total.end };
  // Words after it that may place it in time ("مقابل 1811 ملفا خلال الفصل الثالث"), unread: no guess.
  if (scope.after.some((w) => wordIsAny(w, grammarWords.not_counted))) return undefined;
  return { claims: [{ period: previousYearPeriod(previous.period), start: scope.mention.start, end: scope.mention.end }] };
}

/**
 * A count compared right after the rate of a change, with no count of its kind before it and no period of its
 * own ("تراجعت إشعارات أقسام الاتصال العربية بنسبة 4,7 في المائة بعدما كانت 380 إشعارا"): the change's base, of
 * the same period a year earlier (periods.json implicit_base).
 */
export function baseOfChangeRatePeriod(scope: NumberScope, catalogue: Catalogue, own: PeriodReading, soFar: SentenceSoFar, indicator: Indicator, compared: boolean): PeriodReading | undefined {
  if (!compared || !("claims" in own) || own.claims.length > 0 || soFar.counts.some((c) => c.indicator.id === indicator.id)) return undefined;
  if (baseAfterChangeRate(scope) === undefined || !impliesPreviousYear(topicWords(scope), catalogue.periods)) return undefined;
  return { claims: [{ period: previousYearPeriod(scope.reference), start: scope.mention.start, end: scope.mention.end }] };
}

/** How many words after a compared count a total of the two may be named: "، أي ما مجموعه 84". */
const totalReach = 4;

/**
 * The period an earlier comparison of the sentence named, for a count of the same period as its own: "4677 ملفا
 * مقابل 4480 سنة 2019، و131 إنابة قضائية دولية مقابل 125" compares the letters rogatory with 2019 too.
 */
function parallelComparison(soFar: SentenceSoFar, previous: CountFigure): string | undefined {
  for (let i = soFar.counts.length - 1; i > 0; i--) {
    const [subject, compared] = [soFar.counts[i - 1]!, soFar.counts[i]!];
    if (compared.compared && !subject.compared && subject.period === previous.period && compared.indicator.id !== previous.indicator.id) return compared.period;
  }
  return undefined;
}

/** How many words after a compared count its year may stand, past its parts ("، من بينهم 71 مغربيا، خلال سنة 2022"). */
const partsReach = 8;

/**
 * The year named after the parts of a compared count: "مقابل 119 شخصا، من بينهم 71 مغربيا، خلال سنة 2022" is
 * 2022. Only its parts may come between: a part marker and its number, their nouns, and the year's words.
 */
function yearAfterItsParts(scope: NumberScope): Word | undefined {
  let partNumber = false;
  for (const word of wordsAfter(scope, scope.after.at(-1), partsReach)) {
    if (wordIsAny(word, grammarWords.part_markers)) partNumber = true;
    else if (isYearWord(word)) return partNumber ? word : undefined;
    else if (/^\d+$/u.test(word.folded) && !partNumber) return undefined;
  }
  return undefined;
}

/** How many words a compared count coordinated with this one may take before the year both share: "وعمليتين للتسليم المراقب سنة 2016". */
const coordinatedReach = 6;

/**
 * The year named after a count coordinated with a compared one, no clause mark between: "مقابل 3 عمليات متعددة
 * الأطراف وعمليتين للتسليم المراقب سنة 2016" compares both with 2016.
 */
function yearAfterCoordinatedCount(scope: NumberScope): Word | undefined {
  const following = wordsAfter(scope, scope.after.at(-1) ?? undefined, coordinatedReach);
  const first = following[0];
  if (!first || !coordinatedCount.test(first.folded)) return undefined;
  const year = following.findIndex(isYearWord);
  if (year < 0 || /[،,؛;.:]/u.test(scope.text.slice(scope.mention.end, following[year]!.start))) return undefined;
  return following.slice(1, year).some((w) => /\p{Nd}/u.test(w.folded)) ? undefined : following[year];
}

/** A count joined by "و": its digits or a dual ("و2", "وعمليتين"). */
const coordinatedCount = /^و(?:\p{Nd}+|\p{L}{3,}(?:تين|تان|ين|ان))$/u;

/**
 * A part of a compared count, the year named right after it ("مقابل 119 شخصا، من بينهم 71 مغربيا، خلال سنة 2022"),
 * or before the whole's number: that year, as its whole's.
 */
export function wholesPeriod(scope: NumberScope, catalogue: Catalogue, own: PeriodReading, soFar: SentenceSoFar, indicator: Indicator): PeriodReading | undefined {
  const whole = soFar.lastCount;
  if (!whole?.compared || indicator.part_of !== whole.indicator.id || !("claims" in own) || own.claims.length > 0) return undefined;
  // A comparison told as a clause of its own, its year and a verb of level before its number, is a statement of
  // that year, which its part goes on with: "بعدما كان العدد سنة 2022 قد بلغ 119 شخصا، منهم 71 مواطنا مغربيا"
  // (not "مقابل 119 شخصا سنة 2022، منهم 78 مغربيا", nor "قياسا بسنة 2018 (150 إنابة)، وكانت 61 منها").
  const lead = whole.clause.filter((w) => w.end <= whole.start);
  const opensOnYear = lead.find(isYearWord);
  if (opensOnYear && lead.some((w) => wordIsAny(w, grammarWords.differences.levels))) return { claims: [{ period: whole.period, start: opensOnYear.start, end: opensOnYear.end }] };
  const following: Word[] = [];
  const years: NumberMention[] = [];
  for (const [i, word] of wordsAfter(scope, scope.after.at(-1), phraseReach).entries()) {
    if (isYearWord(word) && i < yearReach) return { claims: [{ period: samePart(wordValue(word), scope.reference), start: word.start, end: word.end }] };
    if (isYearWord(word)) years.push(yearMention(word));
    else if (/^\p{Nd}+$/u.test(word.folded)) break;
    following.push(word);
  }
  // "مقابل 76 موقوفا، منهم 41 مغربيا، في السنة الماضية", "…، بينهم 40 مغربيا، في النصف الأول من 2024": a period
  // phrase after the part, read as the comparison's.
  const named = readPeriods({ words: following, years }, scope.reference, catalogue.periods, periodContext(scope, true));
  return "claims" in named && named.claims.length > 0 ? { claims: [named.claims[0]!] } : undefined;
}

/** How many words after a part its year may stand: "، خلال سنة 2022". */
const yearReach = 4;

/** How many words after a part its period phrase may run: "، خلال الأشهر الستة الأولى من السنة الماضية". */
const phraseReach = 8;

/**
 * A count whose clause names no period, in a sentence opening on a comparison with one ("أما مقارنة مع 2020، سنة
 * الجائحة، حين لم يتجاوز العدد 3950 ملفا"), is of that period.
 */
export function comparedOpeningPeriod(scope: NumberScope, catalogue: Catalogue, own: PeriodReading, opening: Word[] | undefined): PeriodReading | undefined {
  if (!opening || !("claims" in own) || own.claims.length > 0) return undefined;
  const reading = readPeriods(periodScopeOf(opening), scope.reference, catalogue.periods, periodContext(scope, true));
  return "claims" in reading && new Set(reading.claims.map((c) => c.period)).size === 1 ? { claims: [reading.claims[0]!] } : undefined;
}

/**
 * A part ("من بينهم 40 مواطنا مغربيا") whose clause names no period, after a whole of another period than the text's,
 * is of the whole's: the whole year in a report on a part of it ("ليصل عدد الموقوفين خلال السنة بأكملها إلى 74
 * شخصا، من بينهم 40 مواطنا مغربيا"), or a year the whole's sentence names ("أكثر من نصف ما سجل طيلة 2020، حين جرى
 * توقيف 76 شخصا، من بينهم 41 مغربيا").
 */
export function partOfWholePeriod(scope: NumberScope, own: PeriodReading, soFar: SentenceSoFar): PeriodReading | undefined {
  const whole = soFar.lastCount;
  // A compared whole ("مقابل 104 في 2021، من بينهم 71") is no frame: its part may be the text's (wholesPeriod).
  if (!whole || whole.compared || whole.period === scope.reference) return undefined;
  // A whole in a parenthesis the part stands after is an aside: "توقيف 72 شخصا (66 خلال النصف الأول من 2023)، من بينهم 41".
  if (scope.text.slice(whole.end, scope.mention.start).includes(")")) return undefined;
  if (!("claims" in own) || own.claims.length > 0 || !isPart(scope.text, scope.before, scope.after)) return undefined;
  // The last of a series of the same count's periods may not be the whole: "104 أشخاص، مقابل 97 سنة 2019 و76 سنة
  // 2020، من بينهم 62" (of the 104); unless it is told in a clause of its own, its verb of level before it ("…، علما أن
  // مجموع الإنابات المتابعة طيلة السنة الماضية بلغ 162 إنابة، منها 41").
  const toldAlone = whole.clause.some((w) => w.end <= whole.start && wordIsAny(w, grammarWords.differences.levels));
  if (!toldAlone && whole.period !== scope.reference.slice(0, 4) && soFar.counts.filter((c) => c.indicator.id === whole.indicator.id).length > 1) return undefined;
  return { claims: [{ period: whole.period, start: scope.mention.start, end: scope.mention.end }] };
}

/**
 * A part whose clause names no period, after a whole whose own clause named another period than the one the
 * sentence opens with, is of that whole's period: "سجلت سنة 2021 توقيف 104 …، في حين سجلت سنة 2022 توقيف 119 منهم،
 * بينهم 71 مواطنا مغربيا" is of 2022, not of the opening's 2021.
 */
export function partAfterOpeningPeriod(scope: NumberScope, own: PeriodReading, soFar: SentenceSoFar): PeriodReading | undefined {
  const whole = soFar.lastCount;
  if (!whole || !scope.opening || !("claims" in scope.opening) || !("claims" in own) || own.claims.length > 0) return undefined;
  if (scope.opening.claims.some((c) => c.period === whole.period) || !isPart(scope.text, scope.before, scope.after)) return undefined;
  // A count compared with one earlier than the opening's is its base, no whole of the part after it: "171 إنابة، مقابل
  // 162 إنابة سنة 2024، منها 44" is of the 171 (not "في حين سجلت سنة 2022 توقيف 119 منهم، بينهم 71", a later period).
  if (whole.compared && scope.opening.claims.every((c) => periodBefore(whole.period, c.period))) return undefined;
  return { claims: [{ period: whole.period, start: scope.mention.start, end: scope.mention.end }] };
}

/** A clause that names no period takes the one the sentence opens with, if any (opening.ts). */
/**
 * "وقبل عشر سنوات، سنة 2015، لم يكن القطب يعالج سوى 3380 ملفا في السنة كاملة": a whole year the clause names
 * without saying which is that of the period the sentence opens with.
 */
export function wholeOfOpening(reading: PeriodReading, scope: NumberScope): PeriodReading | undefined {
  if (!("claims" in reading) || reading.claims.length === 0 || !reading.claims.every((c) => c.yearless)) return undefined;
  const opening = openingYear(scope);
  if (!opening) return undefined;
  return { claims: reading.claims.map((c) => ({ period: String(opening.year), start: Math.min(c.start, opening.start), end: Math.max(c.end, opening.end) })) };
}

/**
 * "في 2024، عالج القطب 3420 ملفا في النصف الأول" in a report on 2025-H1: a part the clause names without its year
 * is of the year the sentence opens with.
 */
export function partOfOpening(reading: PeriodReading, scope: NumberScope): PeriodReading | undefined {
  if (!("claims" in reading) || reading.claims.length !== 1) return undefined;
  const claim = reading.claims[0]!;
  const opening = claim.partWithoutYear === undefined ? undefined : openingYear(scope);
  if (!opening || opening.year === parsePeriod(claim.period).year) return undefined;
  return { claims: [{ period: withPart(String(opening.year), claim.partWithoutYear!), start: Math.min(claim.start, opening.start), end: Math.max(claim.end, opening.end) }] };
}

/**
 * The year the sentence opens with: of its period, or, in a report on a part, of an opening unclear only on whether
 * its year is whole ("سنة 2019 كانت الرقم القياسي، بـ4480 ملفا طيلة السنة": the clause's words say it is).
 */
function openingYear(scope: NumberScope): { year: number; start: number; end: number } | undefined {
  const { opening } = scope;
  if (!opening) return undefined;
  if ("claims" in opening) {
    const agreed = agreedPeriod(opening.claims);
    return "period" in agreed ? { year: parsePeriod(agreed.period.period).year, start: agreed.period.start, end: agreed.period.end } : undefined;
  }
  if (opening.year !== undefined) return { year: opening.year, start: opening.start, end: opening.end };
  const years = scope.previousClause.years.filter((y) => y.start >= opening.start && y.end <= opening.end);
  return years.length === 1 ? { year: years[0]!.value, start: opening.start, end: opening.end } : undefined;
}

/**
 * "على أساس رقم النصف الأول من 2018، لا على أساس حصيلة السنة كاملة (4060 ملفا)" in a report on 2019-H1: a whole
 * year the clause names without saying which, in a report on a part that does not end its year (whose whole is
 * not over), after a clause naming another year: that year's or another's, not the text's.
 */
export function wholeAfterOtherYear(reading: PeriodReading, scope: NumberScope, catalogue: Catalogue): PeriodReading | undefined {
  if (!("claims" in reading) || reading.claims.length === 0 || !reading.claims.every((c) => c.yearless)) return undefined;
  const { year, part } = parsePeriod(scope.reference);
  if (part === null || part.index === partsInYear(part.kind)) return undefined;
  // An opening naming another year says which ("وقبل عشر سنوات، سنة 2015، …": wholeOfOpening).
  if (scope.opening && "claims" in scope.opening && scope.opening.claims.some((c) => parsePeriod(c.period).year !== year)) return undefined;
  const other = scope.previousClause.years.find((y) => y.value !== year);
  if (!other) return undefined;
  // "في سنة 2016، عالج القطب طيلة السنة 2950 ملفا": a clause naming that whole year alone says which.
  // (The year alone is read as unclear there, whole or part: the count's "طيلة السنة" says whole, as openingYear has it.)
  const named = readPeriods(scope.previousClause, scope.reference, catalogue.periods, periodContext(scope, true));
  const alone = scope.previousClause.years.length === 1 && ("unclear" in named || named.claims.every((c) => c.period === String(other.value)));
  if (alone) return { claims: [{ period: String(other.value), start: other.start, end: other.end }] };
  return { unclear: `it names a whole year after ${other.value}, in a report on ${scope.reference}: the whole of which year?`, start: reading.claims[0]!.start, end: reading.claims[0]!.end };
}

/**
 * An answer that names no period of its own takes its question's ("وشحال كانو فنفس الربع ديال العام اللي فات؟⏎يونس:
 * 790 ملف."; "كم ملفا عالج خلال السنة المنصرمة؟⏎قرابة 3400 ملف": the year before the text's).
 */
export function questionPeriod(reading: PeriodReading, scope: NumberScope, catalogue: Catalogue): PeriodReading | undefined {
  if (!("claims" in reading) || reading.claims.length > 0) return undefined;
  const question = questionOf(scope);
  // A question of its own, not a statement ending on one ("صحيح أن القطب عالج 3380 ملفا …، لكن السؤال هو: من هم …؟").
  // Nor a statement asked as a question, with a count of its own ("هل تعلم أنه نشر قرابة 2000 مذكرة …؟": 2000 is no year).
  if (question.length === 0 || question.length > questionWords || question.some((w, i) => /\p{Nd}/u.test(w.folded) && !yearOfQuestion(question, i))) return undefined;
  const read = readPeriods({ words: question, years: question.filter(isYearWord).map(yearMention) }, scope.reference, catalogue.periods, periodContext(scope, false));
  return "unclear" in read || read.claims.length > 0 ? read : undefined;
}

/** The words a year's number follows: its noun or a word of time ("سنة 2019"، "في 2019"). */
const beforeAYear = [...grammarWords.year_nouns, ...grammarWords.time_prepositions];

/** A year of a question: a year's number after a year's noun or a word of time, or ending it ("… 2019؟"). */
function yearOfQuestion(question: readonly Word[], index: number): boolean {
  const before = question[index - 1];
  return isYearWord(question[index]!) && (index === question.length - 1 || (before !== undefined && wordIsAny(before, beforeAYear)));
}

/** Longer than this, a question is a statement's end, not an interviewer's question. */
const questionWords = 16;

export function orOpening(reading: PeriodReading, scope: NumberScope): PeriodReading {
  return "claims" in reading && reading.claims.length === 0 && scope.opening ? scope.opening : reading;
}

/** A number in parentheses after a figure, in a text whose legend says which period those are of ("84 (78)"), when its clause names none. */
export function legendPeriod(scope: NumberScope, own: PeriodReading): PeriodReading | undefined {
  if (!scope.parenthesised || !("claims" in own) || own.claims.length > 0) return undefined;
  return { claims: [scope.parenthesised] };
}

/** The period a table's header cell or row label names in words (its `periodWords`), the words of one cell. */
function periodOfWords(scope: NumberScope, catalogue: Catalogue, words: readonly Word[]): PeriodReading {
  const span = words.length > 0 ? { start: words[0]!.start, end: words.at(-1)!.end } : undefined;
  const cell = span ? scope.text.slice(span.start, span.end) : "";
  // "| النصف الأول | النصف الثاني | السنة |", "| … | الربع الرابع | المجموع |": the year of the text the parts are of.
  if (span && (wholeYearCell.test(cell.trim()) || totalCell.test(cell.trim()))) return { claims: [{ period: String(parsePeriod(scope.reference).year), ...span }] };
  // "| 2024 - الربع الأول | 1655 |": a transposed table's row label naming the year first.
  const yearFirst = span ? yearFirstPeriod(cell, catalogue.periods.parts) : null;
  if (yearFirst) return { claims: [{ period: yearFirst, ...span! }] };
  const reading = readPeriods(periodScopeOf(words), scope.reference, catalogue.periods, periodContext(scope));
  if ("unclear" in reading) return reading;
  return new Set(reading.claims.map((c) => c.period)).size === 1 ? { claims: [reading.claims[0]!] } : { unclear: `the row's label («${cell}») names no single period`, start: words[0]!.start, end: words.at(-1)!.end };
}

/** A number in a table takes the period its column's header names. */
export function columnPeriod(scope: NumberScope, catalogue: Catalogue): PeriodReading | undefined {
  if (scope.table?.unclear) return { unclear: scope.table.unclear, start: scope.mention.start, end: scope.mention.end };
  // A column beside the periods' that names none ("| ملاحظات |"): which period its numbers are, the table does not say.
  const aside = scope.table?.aside;
  if (aside && aside.length > 0) return { unclear: `its column («${scope.text.slice(aside[0]!.start, aside.at(-1)!.end)}») names no period, beside columns that do`, start: aside[0]!.start, end: aside.at(-1)!.end };
  const words = scope.table?.periodWords;
  if (words) return periodOfWords(scope, catalogue, words);
  const period = scope.table?.period;
  if (!period) return undefined;
  // Under a title naming a part of the year ("الجدول 1: الملفات … (النصف الأول)"), a year column or row is that part.
  const part = /^\d{4}$/u.test(period) ? scope.eachYearsPart : null;
  return { claims: [{ period: part ? `${period}-${part}` : period, start: scope.mention.start, end: scope.mention.end }] };
}

/**
 * A count whose clause names no period, in a sentence that sums up totals or in the second of two "that" clauses,
 * has the period its first count named: "وبذلك يكون عدد الإنابات … خلال سنة 2017 قد بلغ 104 إنابات، فيما بلغ عدد
 * الأوامر … 71 أمرا، وعدد … 80 شخصا" in a report on 2017-Q4 are the year's three totals.
 */
export function summedUpPeriod(scope: NumberScope, catalogue: Catalogue, own: PeriodReading, soFar: SentenceSoFar): PeriodReading | undefined {
  const first = soFar.counts[0];
  if (!first || first.compared || first.period === scope.reference || !("claims" in own) || own.claims.length > 0) return undefined;
  const opening = sentenceOpening(scope)[0];
  const summingUp = (opening !== undefined && wordIsAny(opening, grammarWords.summing_up)) || totalsReached(sentenceOpening(scope));
  if (!summingUp && !recalls(sentenceOpening(scope)) && !parallelThatClauses(scope, first)) return undefined;
  return { claims: [periodClaimOf(first, scope, catalogue)] };
}

/** Forms of "will be" that, with "قد" after them, say what the totals have come to: "وبهذه الأرقام تكون حصيلة السنة قد بلغت …". */
const willBe = grammarWords.will_be;

/** How many words into its sentence "will be" may stand: "وبهذه الأرقام تكون". */
const willBeReach = 3;

/** Whether a sentence opens on "… تكون … قد بلغت" (the totals have come to): it sums up, as "وبذلك" does. */
function totalsReached(opening: readonly Word[]): boolean {
  const at = opening.slice(0, willBeReach).findIndex((w) => wordIsAny(w, willBe));
  return at >= 0 && opening.slice(at + 1, at + 1 + pluperfectReach + 2).some((w) => w.folded === "قد");
}

/** How many words into its sentence the "قد" of a pluperfect may stand: "وكانت المديرية قد أغلقت سنة 2021 على …". */
const pluperfectReach = 3;

/**
 * Whether a sentence recalls an earlier period's results: it opens on a word of recalling ("وللتذكير، فقد سجلت سنة
 * 2024 …") or in the pluperfect ("وكانت المديرية قد أغلقت سنة 2021 على معالجة 4677 ملفا …، وتتبع 131 إنابة").
 */
function recalls(opening: readonly Word[]): boolean {
  const [first] = opening;
  if (!first) return false;
  if (wordIsAny(first, grammarWords.recalling)) return true;
  return wordIsAny(first, grammarWords.negated_past_being) && opening.slice(1, 1 + pluperfectReach).some((w) => w.folded === "قد");
}

/**
 * Two "that" clauses of one verb, the count's opening with "وأن": "فوجدت أن الرقم الرسمي لسنة 2016 كان 2950
 * ملفا، وأن الإنابات بلغت 96 إنابة" says both of 2016.
 */
function parallelThatClauses(scope: NumberScope, first: CountFigure): boolean {
  const [opening] = scope.before;
  return opening?.folded === "وان" && first.clause.some((w) => w.end <= first.start && w.folded === "ان");
}

/** Where the clause of an earlier count named its period ("خلال سنة 2017"), or that count itself when it did not. */
function periodClaimOf(count: CountFigure, scope: NumberScope, catalogue: Catalogue): PeriodClaim {
  const named = readPeriods(periodScopeOf(count.clause), scope.reference, catalogue.periods, periodContext(scope, count.compared));
  const claim = "claims" in named ? named.claims.find((c) => c.period === count.period) : undefined;
  return claim ?? { period: count.period, start: count.start, end: count.end };
}

/**
 * The base in parentheses after a change's rate, its period not named, in a sentence whose earlier base named one:
 * "ارتفع عدد الملفات بنسبة 10 في المائة (1650 ملفا في الربع الأول من 2024)، والإنابات بـ11 في المائة (37 إنابة)"
 * is 37 in the first quarter of 2024 too.
 */
export function parallelBasePeriod(scope: NumberScope, catalogue: Catalogue, own: PeriodReading, soFar: SentenceSoFar): PeriodReading | undefined {
  if (!("claims" in own) || own.claims.length > 0 || !afterPercentInParentheses(scope, catalogue)?.change) return undefined;
  const base = [...soFar.counts].reverse().find((c) => c.compared);
  if (!base || base.period === scope.reference) return undefined;
  // The words that named it, on the first base of that period ("(37 إنابة)" took it from "(1650 ملفا في … 2024)").
  const first = soFar.counts.find((c) => c.compared && c.period === base.period)!;
  return { claims: [periodClaimOf(first, scope, catalogue)] };
}

/** How many words after a count's clause its part may open: "، 684 منها", "، خمسة منهم". */
const partOpeningReach = 3;

/**
 * How many words after "of which" the part's period may take: "منها 151 في النصف الثاني", "من بينها 1105 مذكرات في
 * الأشهر الستة الأخيرة", "منها خلال الفترة الممتدة من يوليوز إلى دجنبر".
 */
const partPeriodReach = 8;

/**
 * In a report on a part of a year, a count naming no period of its own whose part the next clause gives for a part
 * of the year ("298 مذكرة …، منها 151 في النصف الثاني"; "1312 ملفا، 684 منها في النصف الثاني") is the year's.
 */
export function wholeOfLaterPart(scope: NumberScope, catalogue: Catalogue, own: PeriodReading): PeriodReading | undefined {
  const reference = parsePeriod(scope.reference);
  if (!("claims" in own) || own.claims.length > 0 || reference.part === null) return undefined;
  const next = wordsAfter(scope, scope.after.at(-1) ?? undefined, partOpeningReach + partPeriodReach);
  const marker = next.slice(0, partOpeningReach).findIndex((w) => wordIsAny(w, grammarWords.part_markers));
  if (marker < 0) return undefined;
  // On the part's line: a card's next line compares with another period ("منهم 37 مغربيا⏎▲ 15 % مقارنة بالنصف الثاني من 2021").
  const lineEnd = scope.text.indexOf("\n", next[marker]!.end);
  const words = next.slice(marker + 1, marker + 1 + partPeriodReach).filter((w) => lineEnd < 0 || w.end <= lineEnd);
  // A part named by its phrase, or by its months: "98 أمرا، 54 منها بين يوليوز ودجنبر".
  const part = findPhrases(words, allPartPhrases(catalogue.periods))[0];
  const months = part ? undefined : monthRanges(scope.text, words, catalogue.periods)[0];
  const end = part?.end ?? months?.end;
  if (end === undefined) return undefined;
  // A part that is the report's own period makes the count the year's, and so does a part of the year outside it
  // ("87 أمرا، منها 46 في الأشهر الستة الأولى" in a report on the second half: the whole spans both halves); a part
  // within it does not: "3690 ملفا …، منها 1910 ملفات خلال الربع الثاني" in a report on the first half is the half's.
  const partPeriod = readPeriods({ words, years: [] }, scope.reference, catalogue.periods, periodContext(scope));
  const ofTheYear = (period: string) => period === scope.reference || (periodWithin(period, String(reference.year)) && !periodWithin(period, scope.reference));
  const isYears = "claims" in partPeriod && partPeriod.claims.length > 0 && partPeriod.claims.every((c) => ofTheYear(c.period));
  if (!isYears) return undefined;
  // "في 2024، عالج القطب 7215 ملفا، منها 3420 في النصف الأول": the year the sentence opens with, when it names one.
  const opening = partPeriod.claims.every((c) => c.partWithoutYear !== undefined) ? openingYear(scope) : undefined;
  return { claims: [{ period: String(opening?.year ?? reference.year), start: next[marker]!.start, end }] };
}

/**
 * The whole "out of" which a part of a part of the year is, of the same indicator and naming no period of its own,
 * after a pair told so with the year named ("1032 مذكرة … في النصف الثاني من أصل 2009 في السنة، و156 … من أصل 305"):
 * the year, as the pair before it. Alone, such a whole may be of the same half ("عمليتين … بتنسيق مع الشرطة
 * الإسبانية، من أصل 3 عمليات من هذا النوع"): not read here.
 */
export function wholeOfPartPeriod(scope: NumberScope, own: PeriodReading, soFar: SentenceSoFar, indicator: Indicator): PeriodReading | undefined {
  const part = soFar.lastCount;
  if (!("claims" in own) || own.claims.length > 0 || !part || part.indicator.id !== indicator.id || !afterOutOf(scope.text, scope.mention)) return undefined;
  const { year, part: ofYear } = parsePeriod(part.period);
  const pairBefore = soFar.counts.some((whole, i) => {
    const before = soFar.counts[i - 1];
    return before !== undefined && whole.period === String(parsePeriod(before.period).year) && parsePeriod(before.period).part !== null && afterOutOf(scope.text, whole);
  });
  return ofYear === null || !pairBefore ? undefined : { claims: [{ period: String(year), start: scope.mention.start, end: scope.mention.end }] };
}
