// Reads a number as a count: its counted noun and the clause around it choose the indicator (indicator-choice.ts), or
// it continues the previous figure of its sentence (count-continuation.ts); its clause gives the period, or
// what count-periods.ts and parenthesis-periods.ts find around it, unless the text leaves it open (unclear-periods.ts,
// retrospective.ts); a count said aside (another body's or country's, a partner's part, an average, a restatement:
// count-aside.ts) is held back.
import type { Catalogue } from "../catalogue/load.ts";
import { parsePeriod } from "../lib/period.ts";
import type { Indicator } from "../types/catalogue-indicators.ts";
import { grammarWords } from "./grammar-words.ts";
import { remainderWord } from "./remainder.ts";
import { countedNoun, type CountedNoun, isPart } from "./counted-noun.ts";
import { wordIsAny } from "./cue-match.ts";
import { agreedPeriod, type PeriodReading, readPeriods } from "./periods.ts";
import { heldBack, quoteSpan, type Reading, unaccounted } from "./reading.ts";
import { andRightBefore, type NumberScope, opensPeriod, periodContext, questionOf } from "./scope.ts";
import type { CountFigure, SentenceSoFar, UnclearPeriod } from "./sentence-state.ts";
import type { Word } from "./words.ts";
import { withheld } from "./not-stated.ts";
import { recordedForPeriod } from "./verb-qualifier.ts";
import { findPhrases } from "./phrases.ts";
import { allPartPhrases } from "./year-parts.ts";
import { comparedFrame, endsTransition, lastStepAfter, laterEndBeforeDatedStep, levelAfterChange, nextStep, startsTransition, transitionEndPeriod, transitionStartPeriod } from "./transition.ts";
import { comparedInLead, comparisonOpening, inRelativeOfPeriod } from "./count-continuation.ts";
import { changeSubjectNoun, coordinatedNoun, earlierEndNoun, elidedNoun, laterEndNoun, parallelNoun } from "./borrowed-noun.ts";
import { opensParenthesis } from "./clauses.ts";
import { ownClause } from "./own-clause.ts";
import { restatedPart } from "./this-figure.ts";
import { yearNamedByEvent } from "./not-a-base.ts";
import { isYearValue } from "./years.ts";
import { sharedPeriodAfter } from "./shared-period-after.ts";
import { afterComparedYearOrCount, baseOfChangeRatePeriod, wholeOfLaterPart, columnPeriod, coordinatedPeriod, comparedImplicitPeriod, comparedOpeningPeriod, comparedWithRate, legendPeriod, orOpening, parallelBasePeriod, questionPeriod, partAfterOpeningPeriod, partOfOpening, partOfWholePeriod, sharedUnclearPeriod, summedUpPeriod, wholeAfterOtherYear, wholeOfOpening, wholeOfPartPeriod, wholesPeriod } from "./count-periods.ts";
import { carriedPeriod, comparisonClausePeriod, referredClausePeriod, restatedAcrossPeriods, restatedTotalPeriod } from "./clause-before-periods.ts";
import { chooseIndicator } from "./indicator-choice.ts";
import { countAside } from "./count-aside.ts";
import { beforeEvent, changeAgainstWholeYear, countOverOpeningSpan, partOfCountOrWhole, yearOrPart } from "./unclear-periods.ts";
import { finalFigureOf } from "./provisional.ts";
import { lookingBackDoubt } from "./retrospective.ts";
import { totalAfterSpan } from "./spans.ts";
import { exactOfBound, partBeforeParenthesis, periodInParenthesisAfter, subjectOfComparedParenthesis, sumOfHalvesAfter, yearBeforeParenthesis } from "./parenthesis-periods.ts";
import { plusAfterQualifier } from "./change-direction.ts";

export interface CountReading {
  reading: Reading;
  counted: CountedNoun | null;
  /** The number is the earlier end of a change told by its two ends (transition.ts), whatever it was read as. */
  startsTransition: boolean;
  /** A comparison word stands just before it ("مقابل 58 أمرا"): it is the figure a change is measured against. */
  compared: boolean;
  /** Its period was unclear: what a count coordinated with it shares. */
  unclearPeriod?: UnclearPeriod;
  /** It counts one kind of what its noun names ("23 ملفا تتعلق بنقل أطفال"; about-kind.ts): a count compared with it does too. */
  oneKind?: true;
  /** It was held back as one partner's part (partner-place.ts): a count of the same indicator compared with it is that partner's too. */
  partnerPart?: { indicatorId: string; partner: string };
  /** It is compared with no noun of its own and may be a year in words: the counts after it in the sentence may be that year's. */
  yearOrCount?: true;
}

/**
 * The count a coordinated count without its noun goes on from in a list of the same part of earlier years ("مقابل
 * 78 في الفترة نفسها من 2024، و71 في 2023"): the count before it, when that one is already of another year than
 * the report's (after the report's own count, "و170 في 2024" may be the whole year).
 */
function listedAfter(scope: NumberScope, inherited: CountedNoun | null, soFar: SentenceSoFar): CountFigure | undefined {
  const previous = soFar.lastCount;
  return inherited?.how === "elided" && previous && previous.period !== scope.reference ? previous : undefined;
}

/**
 * A count of a series takes the part of the year of the count it goes on from, when that is the report's own part:
 * "مقابل 58 في الفترة ذاتها من 2024 و51 في 2023" in a report on 2025-H1 is 2023-H1, as a list's title would say.
 */
function seriesScope(scope: NumberScope, series: CountFigure | undefined): NumberScope {
  const part = series?.period.slice(5);
  return part && part === scope.reference.slice(5) ? { ...scope, eachYearsPart: part } : scope;
}

/**
 * "وهو أقل من 106 أوامر في 2022", "وهي أكثر من 41 سنة 2021": "it is less / more than" a number of a year of its own,
 * said of the figure before it in the sentence: the recognizer's "less / more than" compares two periods' values. So
 * is "it stayed less than" a number of another period: "وإن ظل أقل بقليل من 33 موقوفا سجلوا في الربع الأخير من السنة
 * المنصرمة".
 */
function comparativeOfPrevious(scope: NumberScope, catalogue: Catalogue, soFar: SentenceSoFar): boolean {
  const { qualifier } = scope.mention;
  const last = soFar.lastCount;
  if ((qualifier !== "lt" && qualifier !== "gt") || !last) return false;
  if (scope.lead.length > 0 && scope.lead.length <= 3 && scope.lead.some((w) => wordIsAny(w, grammarWords.remaining_verbs))) {
    const after = readPeriods({ words: scope.after, years: scope.yearsAfter }, scope.reference, catalogue.periods, periodContext(scope, true));
    return "claims" in after && after.claims.length > 0 && after.claims.every((c) => c.period !== last.period);
  }
  if (scope.lead.length === 0 || scope.lead.length > 2 || !wordIsAny(scope.lead[0]!, grammarWords.pronouns_of_being)) return false;
  if (scope.yearsAfter.some((y) => String(y.value) !== last.period.slice(0, 4))) return true;
  // "قرابة ألفي ملف، وهو رقم يفوق ألفا وسبعمائة وستين ملفا سجلت في الربع الأول": another part of the year.
  const after = scope.yearsAfter.length > 0 ? null : readPeriods({ words: scope.after, years: [] }, scope.reference, catalogue.periods, periodContext(scope, true));
  return after !== null && "claims" in after && after.claims.length > 0 && after.claims.every((c) => c.period !== last.period);
}

/**
 * A number with the article, right after its noun ("26 من الموقوفين الـ44 مغاربة": the 44 arrested): it counts the
 * noun before it, an adjective of it; the word after it is the sentence's predicate.
 */
function definiteNumberNoun(scope: NumberScope, catalogued: readonly string[]): CountedNoun | null {
  // Only when the article stands right before the number ("الـ44"); then the word before it, in its clause or the one before.
  if (!/ال[ـ]?$/u.test(scope.text.slice(Math.max(0, scope.mention.start - 3), scope.mention.start))) return null;
  const noun = [scope.before, scope.previousClause.words, scope.earlier].map((list) => list.filter((w) => !/^الـ?$/u.test(w.folded)).at(-1)).find((w) => w !== undefined && w.end <= scope.mention.start);
  if (!noun || !/^\s*ال[ـ]?$/u.test(scope.text.slice(noun.end, scope.mention.start)) || !wordIsAny(noun, catalogued)) return null;
  return { folded: noun.folded, word: noun, how: "before", qualifier: null };
}

/** The counted noun the quote runs to: not a transposed table's column header, lines above the number. */
function quotedNoun(scope: NumberScope, counted: CountedNoun | null): Word | null | undefined {
  if (counted?.how === "label" && counted.word && scope.text.slice(counted.word.end, scope.mention.start).includes("\n")) return null;
  return counted?.word;
}

/**
 * A year the number's own clause names by what happened in it, known to periods.json event_years, in a report on a
 * whole year: "ثم تراجع العدد إلى 3950 ملفا في سنة الجائحة" (2020), before any period the clauses around it lend.
 */
function ownEventYear(scope: NumberScope, catalogue: Catalogue, own: PeriodReading, soFar: SentenceSoFar): PeriodReading | undefined {
  if (!("claims" in own) || own.claims.length > 0 || parsePeriod(scope.reference).part !== null) return undefined;
  // A rate compared with a rate stays a rate: "20 ملفا في اليوم، مقابل أقل من 11 ملفا سنة الجائحة".
  if (comparedWithRate(scope, catalogue, soFar)) return undefined;
  const event = yearNamedByEvent({ ...scope, previousClause: { words: [], years: [] } }, catalogue);
  return event && event.year !== null ? { claims: [{ period: String(event.year), start: event.start, end: event.end }] } : undefined;
}

/**
 * The year of the clause a compared count is set against, for "the previous year" of the count's clause, when that
 * clause names one year later than the text's, and the text is on a whole year: "على أن يتخطى عدد الملفات … عتبة 4
 * آلاف ملف خلال 2018، بعد أن بلغ 3380 ملفا السنة الماضية" (2017, the year before 2018, not before the text's own).
 */
function clauseYearCompared(scope: NumberScope, catalogue: Catalogue, words: readonly Word[]): string | undefined {
  const years = scope.previousClause.years;
  const reference = parsePeriod(scope.reference);
  // A later year than the text's: a forecast's or an aim's, which the count before it is set against.
  if (years.length !== 1 || reference.part !== null || years[0]!.value <= reference.year) return undefined;
  // Only "the previous year" is read from it: "هذا العام" stays the text's own ("… خلال العام 2025، بعدما شارك 1620 موظفا … هذا العام").
  return findPhrases(words, catalogue.periods.previous_year).length > 0 ? String(years[0]!.value) : undefined;
}

/**
 * "📁 +1900 ملف", "الفرق: +240 ملفا": a plus sign before a count is "more than" in a post, "by" in a difference;
 * which one the text does not say (a sum's "5 + 3 = 8" is a calculation, calculation.ts).
 */
const plusBefore = (scope: NumberScope) => /(?:^|[^\p{Nd}\s])\s*\+$/u.test(scope.text.slice(Math.max(0, scope.mention.start - 3), scope.mention.start));

export function readCount(given: NumberScope, catalogue: Catalogue, soFar: SentenceSoFar, catalogued: readonly string[]): CountReading {
  const read = readCountIgnoringSign(given, catalogue, soFar, catalogued);
  // A plus sign after a qualifier ("تقريبا +20 ملفا") is inside the mention, and as doubtful.
  if (!(plusBefore(given) && given.mention.qualifier === undefined) && !plusAfterQualifier(given.mention)) return read;
  const reason = `a count written with a plus sign («+${given.mention.text}»): more than ${given.mention.value}, or an increase by ${given.mention.value}? The text does not say`;
  return { ...read, reading: withheld(read.reading, reason) };
}

function readCountIgnoringSign(given: NumberScope, catalogue: Catalogue, soFar: SentenceSoFar, catalogued: readonly string[]): CountReading {
  const comparative = comparativeOfPrevious(given, catalogue, soFar);
  // "نُشر 87 أمرا، وهو أقل من 106 أوامر في 2022": the other period's value, compared; no bound.
  const scope = comparative ? { ...given, mention: { ...given.mention, qualifier: undefined } } : given;
  const startsChange = startsTransition(scope);
  // "وبالمقارنة مع النصف الأول من 2025، …، إذ انتقل عددها من 84 إلى 90 إنابة": the opening is the earlier end's
  // period; the later end is the text's own.
  const comparedOpening = endsTransition(scope, soFar) ? undefined : comparisonOpening(scope, catalogue);
  // "… بعد سنة 2023 التي سجلت 2312 مذكرة": a period's count in its relative clause compares as "مقابل" does; so
  // does one "recorded" in a period ("7215 ملفا المسجلة سنة 2024").
  const compared = comparative || comparedInLead(scope, catalogue) || comparedOpening !== undefined || inRelativeOfPeriod(scope, catalogue) || recordedForPeriod(scope.after);
  // The reading is a new object: completed in place rather than copied.
  return Object.assign(readCountAs(scope, catalogue, soFar, catalogued, startsChange, compared, comparedOpening), { startsTransition: startsChange, compared });
}

/**
 * "تتبع المكتب 96 إنابة، ارتفعت إلى 104 إنابات في السنة الموالية": the level a change reaches from the count before it
 * in its sentence is told relative to that count's year ("the following year" of it), not the year the text last named.
 */
function changedFromYear(scope: NumberScope, soFar: SentenceSoFar, indicator: Indicator): { topicYear: number } | undefined {
  const from = soFar.lastCount;
  if (!from || from.compared || from.indicator.id !== indicator.id || !levelAfterChange(scope)) return undefined;
  const { year, part } = parsePeriod(from.period);
  return part === null ? { topicYear: year } : undefined;
}

/**
 * A part ("منها") of a year's count, and a part coordinated with it, is of that year: "سجلت سنة 2024 كاملة معالجة
 * 7215 ملفا، منها 3420 في النصف الأول و3795 في النصف الثاني" names the halves of 2024, whatever year the text is about.
 */
function wholesYear(scope: NumberScope, soFar: SentenceSoFar): { partOfYear: string } | undefined {
  // "منها 3420 في النصف الأول و3795 في النصف الثاني": a part coordinated with the part before it, of the same year.
  const previous = soFar.lastCount;
  const coordinated = andRightBefore(scope);
  if (coordinated && previous && !previous.compared && parsePeriod(previous.period).part !== null) return { partOfYear: String(parsePeriod(previous.period).year) };
  // Not a count compared with it: "87 أمرا (مقابل 106 في 2022)، …، منها 46 في الأشهر الستة الأولى" are parts of 87.
  const whole = [...soFar.counts].reverse().find((count) => !count.compared);
  if (!whole || !isPart(scope.text, scope.before, scope.after) || parsePeriod(whole.period).part !== null) return undefined;
  return { partOfYear: whole.period };
}

/** An ellipsis right after a number, as a snippet or a feed cuts a text: "14 […]", "71 …", "3 ...", "14 [&#8230;]"; after "و", a number broken off ("ميا و واحد و..."). */
const cutOffAfter = /^[^\S\n]*((?:و[^\S\n]*)?\[?(?:…|\.{3}|&#8230;|&hellip;)\]?)/u;

function readCountAs(scope: NumberScope, catalogue: Catalogue, soFar: SentenceSoFar, catalogued: readonly string[], startsChange: boolean, compared: boolean, comparedOpening: Word[] | undefined): Omit<CountReading, "startsTransition" | "compared"> {
  const { mention } = scope;
  // "4.4 الأشخاص المبحوث عنهم": a section's number; files and persons are counted in whole numbers.
  if (!Number.isInteger(mention.value)) return { counted: null, reading: unaccounted(`a number with decimals («${mention.text}») counts no files nor persons: a section's number, a rate or an average`) };
  const rest = remainderWord(scope);
  if (rest) return { counted: null, reading: unaccounted(`what is left of a whole after its part («${rest.folded}»): no indicator counts it`) };
  const counted = definiteNumberNoun(scope, catalogued) ?? countedNoun({ text: scope.text, mention, before: scope.before, after: scope.after, earlier: scope.earlier, previousClause: scope.previousClause.words, previous: soFar.lastCounted, startsPeriod: (w) => opensPeriod(scope, catalogue, w), wordAfter: scope.wordAfter, label: [...(scope.table?.label ?? []), ...questionOf(scope)], cellOnly: scope.table?.stacked === true }, catalogued);
  // "مقارنة مع ألفين وسبعة عشر، حين …": a number in words that may be a year, compared, with no noun of its own.
  if (compared && mention.form === "words" && isYearValue(mention.value) && counted?.how !== "after") {
    return { counted, reading: heldBack(`a year or a count? «${scope.text.slice(mention.start, mention.end)}» is compared with no noun of its own, and ${mention.value} may be a year written in words`, null), yearOrCount: true };
  }
  // "في حين سلم المغرب 14 […]", "بينهم 71 …": a snippet cut right after the number; what it counts was cut off.
  const cut = cutOffAfter.exec(scope.text.slice(mention.end, mention.end + 16));
  // "كانو ميا و واحد و... لا، سمحي ليا": a speaker breaks off in the middle of the number itself; so may a snippet
  // cut right against its digits, no space between ("عالج 33…", "3 آلاف و7…": 33 or 331?).
  const brokenOff = cut !== null && (cut[1]!.startsWith("و") || (cut[0] === cut[1] && mention.form !== "words"));
  if (brokenOff) return { counted, reading: heldBack(`the number is broken off before its end («${cut[1]}»): its value is not written`, null) };
  if (cut && (counted === null || counted.how === "after")) {
    return { counted, reading: heldBack(`the text is cut off right after it («${cut[1]}»): what it counts is not written`, null) };
  }
  const inherited = startsChange ? (laterEndNoun(scope, catalogued) ?? changeSubjectNoun(scope, catalogued)) : (earlierEndNoun(scope, soFar) ?? coordinatedNoun(scope, catalogued) ?? elidedNoun(scope, soFar));
  const parallel = counted?.how === "after" ? parallelNoun(scope, soFar, catalogued) : null;
  const chosen = chooseIndicator(scope, catalogue, parallel ?? counted ?? inherited, soFar, catalogued, compared);
  if ("reading" in chosen) return { counted, reading: chosen.reading, ...(chosen.oneKind && { oneKind: true as const }) };
  const thisFigure = restatedPart(scope, soFar, chosen.indicator);
  const final = thisFigure ? undefined : finalFigureOf(scope.before, soFar.counts, mention.start);
  const choice = thisFigure
    ? { ...chosen, indicator: thisFigure.figure.indicator, evidence: chosen.evidence.words("this figure", [thisFigure.reference]) }
    : final
      ? { ...chosen, indicator: final.figure.indicator, evidence: chosen.evidence.words("the final figure of the count before it", [final.reference]) }
      : chosen;
  const aside = countAside(scope, catalogue, soFar, choice, counted, compared, startsChange);
  if (aside) return { counted, ...aside };
  const { indicator, evidence } = choice;
  // A step of a series whose years the text names (stepped-series.ts) has its period already.
  const step = scope.respective ? undefined : (startsChange || endsTransition(scope, soFar) || earlierEndNoun(scope, soFar) !== null ? nextStep(scope) : undefined) ?? lastStepAfter(scope, catalogue, soFar);
  if (step) {
    const reason = "the period is unclear: it is an end of a change told in several steps, and the text does not say which period each step is";
    return { counted, reading: heldBack(reason, evidence.words("next step", step), indicator.id, null, { missing: "period" }) };
  }
  const comparedWithWholeYear = compared && soFar.lastCount !== undefined && soFar.lastCount.indicator.id === indicator.id && parsePeriod(soFar.lastCount.period).part === null;
  // A number in parentheses right after a change's base is that base's count: "بارتفاع 8% عن السنة السابقة (3105)".
  // A compared count's "the year before it" is the year before the count it is compared with: "هي 2020: 3950 ملفا
  // مقابل 4480 في السنة التي قبلها" (2019), in a text on 2024.
  const clause = ownClause(scope, catalogue);
  const beforeIt = compared && soFar.lastCount?.indicator.id === indicator.id && clause.words.some((w, i) => wordIsAny(w, catalogue.periods.before_it) || beforeThat(w, clause.words[i + 1]));
  // "في النصف الأول … 84 إنابة، مقابل 78 في الفترة نفسها من السنة الماضية": the same period as the count it is compared with, a
  // year before (2024-H1 in a text on 2025), when that count's is another than the text's (not the whole a part was
  // given "out of": "77 إنابة من أصل 143 إنابة خلال السنة، بعدما كانت 68 إنابة في الفترة نفسها من 2021", in a text on 2022-H2).
  // So is a count in parentheses after "ما سجل في الفترة نفسها من السنة الماضية (1730 ملفا)", the clause it restates.
  // Not after a count itself in parentheses ("قريب من الربع الثاني (415) وأعلى … من الربع نفسه من السنة الماضية (352)").
  const restatedInParenthesis = opensParenthesis(scope.text, scope.mention) && soFar.lastCount !== undefined && !/\(\s*$/u.test(scope.text.slice(Math.max(0, soFar.lastCount.start - 3), soFar.lastCount.start));
  const samePeriodAsCompared = (compared || restatedInParenthesis) && !beforeIt && soFar.lastCount?.indicator.id === indicator.id && !soFar.lastCount.compared && partOrOtherYear(soFar.lastCount.period, scope.reference) && findPhrases(clause.words, catalogue.periods.same_period).length > 0;
  const comparedWith = beforeIt ? comparedCountPeriod(soFar, indicator) : samePeriodAsCompared ? soFar.lastCount!.period : (compared ? clauseYearCompared(scope, catalogue, clause.words) : undefined) ?? scope.reference;
  const own = readPeriods(clause, comparedWith, catalogue.periods, { ...periodContext(seriesScope(scope, choice.series ?? listedAfter(scope, inherited, soFar)), compared || choice.recalls === true || opensParenthesis(scope.text, scope.mention)), comparedWithWholeYear, ...wholesYear(scope, soFar), ...changedFromYear(scope, soFar, indicator) });
  // "وبلغ مجموع مذكرات البحث 466 مذكرة، وارتفع مجموع الموقوفين من 411 إلى 570" after a sentence on 2020-2024's totals.
  const spanTotal = "claims" in own && own.claims.length === 0 && !scope.opening ? totalAfterSpan(scope) : undefined;
  if (spanTotal) return { counted, reading: heldBack(`the period is unclear: ${spanTotal}`, evidence, indicator.id, null, { missing: "period" }) };
  const periods =
    columnPeriod(scope, catalogue) ??
    legendPeriod(scope, own) ??
    (scope.respective ? { claims: [scope.respective] } : undefined) ??
    exactOfBound(scope, indicator, catalogue, soFar) ??
    periodInParenthesisAfter(scope, catalogue) ??
    partBeforeParenthesis(scope, catalogue) ??
    yearBeforeParenthesis(scope, catalogue) ??
    subjectOfComparedParenthesis(scope) ??
    transitionEndPeriod(scope, catalogue, soFar) ??
    laterEndBeforeDatedStep(scope, own, soFar, indicator) ??
    wholeOfPartPeriod(scope, own, soFar, indicator) ??
    partOfCountOrWhole(scope, own, soFar, indicator) ??
    (startsChange ? undefined : countOverOpeningSpan(scope, catalogue)) ??
    sumOfHalvesAfter(scope, own) ??
    carriedPeriod(scope, catalogue, own) ??
    restatedTotalPeriod(scope, catalogue, own) ??
    restatedAcrossPeriods(scope, catalogue, own, soFar) ??
    comparisonClausePeriod(scope, catalogue, own) ??
    referredClausePeriod(scope, catalogue, own) ??
    ownEventYear(scope, catalogue, own, soFar) ??
    beforeEvent(scope, catalogue, own) ??
    (startsChange ? (comparedOpeningPeriod(scope, catalogue, own, comparedOpening) ?? transitionStartPeriod(scope, catalogue, soFar)) : undefined) ??
    afterComparedYearOrCount(scope, own, soFar) ??
    sharedUnclearPeriod(scope, catalogue, own, soFar) ??
    coordinatedPeriod(scope, catalogue, own, soFar) ??
    sharedPeriodAfter(scope, catalogue, own) ??
    comparedWithRate(scope, catalogue, soFar) ??
    summedUpPeriod(scope, catalogue, own, soFar) ??
    comparedImplicitPeriod(scope, catalogue, own, soFar, indicator, compared) ??
    baseOfChangeRatePeriod(scope, catalogue, own, soFar, indicator, compared) ??
    parallelBasePeriod(scope, catalogue, own, soFar) ??
    wholesPeriod(scope, catalogue, own, soFar, indicator) ??
    comparedOpeningPeriod(scope, catalogue, own, comparedOpening) ??
    partOfWholePeriod(scope, own, soFar) ??
    wholeOfLaterPart(scope, catalogue, own) ??
    partAfterOpeningPeriod(scope, own, soFar) ??
    wholeAfterOtherYear(own, scope, catalogue) ??
    partOfOpening(own, scope) ??
    wholeOfOpening(own, scope) ??
    questionPeriod(own, scope, catalogue) ??
    orOpening(own, scope);
  if ("unclear" in periods) {
    const reading = heldBack(`the period is unclear: ${periods.unclear}`, evidence.words("period", [periods]), indicator.id, null, { missing: "period" });
    return { counted, reading, unclearPeriod: periods };
  }
  // "سنة الجائحة كانت «استثناء»: لم تنشر خلالها سوى 63 أمرا": a year named by what happened in it (periods.json event_years).
  const event = periods.claims.length === 0 ? yearNamedByEvent(scope, catalogue) : undefined;
  if (event && (event.year === null || parsePeriod(scope.reference).part !== null)) {
    const reason = `the period is unclear: «${event.text}» names a year by what happened in it${event.year === null ? ", not by its number" : `, and not whether the whole of ${event.year} or a part`}`;
    return { counted, reading: heldBack(reason, evidence, indicator.id, null, { missing: "period" }) };
  }
  const agreed = agreedPeriod(event ? [{ period: String(event.year), start: event.start, end: event.end }] : periods.claims);
  if ("conflict" in agreed) {
    const [a, b] = agreed.conflict;
    return { counted, reading: heldBack(`the period is unclear: the clause names both ${a.period} and ${b.period}`, evidence.words("period", [a, b]), indicator.id, null, { missing: "period" }) };
  }
  const period = "period" in agreed ? agreed.period : null;
  const lookingBack = period ? undefined : lookingBackDoubt(scope.reference, scope.publishedYear, scope.topicYear);
  const frameEnd = lookingBack ? laterEndOfFrame(scope, catalogue, soFar) : undefined;
  if (lookingBack && !frameEnd) return { counted, reading: heldBack(`the period is unclear: ${lookingBack}`, evidence, indicator.id, null, { missing: "period" }) };
  if (frameEnd) evidence.note(`the later end of a change between the two periods the text last compared → ${frameEnd}`);
  const yearsChange = period ? undefined : changeAgainstWholeYear(scope);
  if (yearsChange) {
    const unclear = `its change right after it is measured against a whole year («${yearsChange}»), in a report on ${scope.reference}: the count may be the year's`;
    return { counted, reading: heldBack(`the period is unclear: ${unclear}`, evidence, indicator.id, null, { missing: "period" }), unclearPeriod: { unclear, start: mention.start, end: mention.end } };
  }
  const yearOrItsPart = period ? undefined : yearOrPart(scope, catalogue);
  const titleYear = yearOrItsPart ? wholeYearOfTitle(scope, catalogue, clause.words) : null;
  if (yearOrItsPart && !titleYear) return { counted, reading: heldBack(`the period is unclear: ${yearOrItsPart}`, evidence, indicator.id, null, { missing: "period" }) };
  if (titleYear) evidence.note(`the title names the whole of ${titleYear}, whose counts the text gives with ${scope.reference}'s as parts → ${titleYear}`);
  if (!period && scope.titleSpan) {
    const reason = `the period is unclear: the text's title names «${scope.titleSpan}», a span shorter than its reference period ${scope.reference}, and the count names no period of its own`;
    return { counted, reading: heldBack(reason, evidence, indicator.id, null, { missing: "period" }) };
  }
  if (period && scope.table?.period) evidence.note(`${scope.table.caption ? "the caption's span of years" : "the table's column"} → ${period.period}`);
  else if (period && startsChange) evidence.words("the earlier end of a change", [period]).note(`→ ${period.period}`);
  else if (period) evidence.words("period", [period]).note(`→ ${period.period}`);
  return {
    counted,
    reading: {
      status: "figure",
      indicator,
      breakdown: null,
      category: null,
      period: period?.period ?? frameEnd ?? titleYear ?? scope.reference,
      basePeriod: null,
      value: mention.value,
      qualifier: mention.qualifier,
      ...quoteSpan(mention, [quotedNoun(scope, counted)]),
      evidence: evidence.toString(),
    },
  };
}

/** The later of the two periods the text last compared, for the count that ends a change its earlier end started there (comparedFrame). */
function laterEndOfFrame(scope: NumberScope, catalogue: Catalogue, soFar: SentenceSoFar): string | undefined {
  const frame = endsTransition(scope, soFar) ? comparedFrame(scope, catalogue.periods) : undefined;
  return frame && soFar.lastCount?.period === frame.earlier ? frame.later : undefined;
}

/**
 * Under a title naming the whole year alone (title-span.ts titleWholeYear), a count naming no period is the year's;
 * not a count "of the same period" as one before it, nor one in a sentence that named a part of the year before it
 * ("عالجت خلال النصف الثاني 1120 طلب معلومات … و690 ملفا": the part's).
 */
function wholeYearOfTitle(scope: NumberScope, catalogue: Catalogue, clause: readonly Word[]): string | null {
  if (!scope.titleYear || findPhrases(clause, catalogue.periods.same_period).length > 0) return null;
  return findPhrases([...scope.earlier, ...scope.before], allPartPhrases(catalogue.periods)).length > 0 ? null : scope.titleYear;
}

/** "قبل ذلك" (before that): a year before the count the compared one is set against, as "قبلها" is (grammar-words distal_demonstratives). */
const beforeThat = (word: Word, next: Word | undefined) => word.folded === "قبل" && next !== undefined && wordIsAny(next, grammarWords.distal_demonstratives);

/** Whether `period` is a part of a year, or another year than the reference's. */
function partOrOtherYear(period: string, reference: string): boolean {
  const { year, part } = parsePeriod(period);
  return part !== null || year !== parsePeriod(reference).year;
}

/**
 * The period of the count a compared count's "the year before it" is set against: the last count of its indicator,
 * or, when that is a part of the year after its whole ("31 شخصا سنة 2024، منهم 15 خلال النصف الأول، مقابل 27 شخصا في
 * السنة التي قبلها"), the whole's: the comparison goes on from the whole, the part is said aside.
 */
function comparedCountPeriod(soFar: SentenceSoFar, indicator: Indicator): string {
  const last = soFar.lastCount!;
  const year = String(parsePeriod(last.period).year);
  const whole = parsePeriod(last.period).part === null ? undefined : soFar.counts.find((c) => c.indicator.id === indicator.id && !c.compared && c.period === year && c.end <= last.start);
  return whole?.period ?? last.period;
}
