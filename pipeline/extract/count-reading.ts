// Reads a number as a count: its counted noun and the clause around it choose the indicator (patterns.ts), or
// it continues the previous figure of its sentence (count-continuation.ts); its clause gives the period, or
// what count-periods.ts finds around it; a figure of another body or country, an average or a restatement is
// held back.
import type { Catalogue } from "../catalogue/load.ts";
import { parsePeriod } from "../lib/period.ts";
import type { Indicator } from "../types/catalogue-indicators.ts";
import { averageIn, severalYearsTotal, yearlyRate } from "./averages.ts";
import { foreignCountryOpening, locatedAbroad, partnerBeforeParenthesis, partnerNamed, partnerNationality, partnerOrigin, sentAbroad } from "./foreign-section.ts";
import { grammarWords } from "./grammar-words.ts";
import { concernsOneKind } from "./about-kind.ts";
import { remainderWord } from "./remainder.ts";
import { countedNoun, type CountedNoun, isPart, namedByCountOf } from "./counted-noun.ts";
import { namesPartOfYear, partOfWholeOrPart, wholeOfPrevious } from "./part-and-whole.ts";
import { sameStem, wordMatchesAny } from "./cue-match.ts";
import { decide, type PatternInput, rankIndicators } from "./patterns.ts";
import { agreedPeriod, partNamed, type PeriodReading, readPeriods, withPart } from "./periods.ts";
import { Evidence, heldBack, quoteSpan, type Reading, unaccounted } from "./reading.ts";
import { clauseWords, type NumberScope, opensOnTopic, opensPeriod, patternInput, periodContext, questionOf, sentenceOpening } from "./scope.ts";
import type { CountFigure, SentenceSoFar, UnclearPeriod } from "./sentence-state.ts";
import type { Word } from "./words.ts";
import { withheld } from "./not-stated.ts";
import { recordedForPeriod } from "./verb-qualifier.ts";
import { differenceWords, endsTransition, levelAfterChange, nextStep, startsTransition, transitionEndPeriod, transitionStartPeriod } from "./transition.ts";
import { afterPercentInParentheses, backReferenced, comparedInLead, comparisonOpening, comparisonReach, continued, elidedContext, inRelativeOfPeriod, pairedWithWholeAndPart, repeatedNounCompared, sameNounCompared, sameNounNumber, yearInParenthesesItem } from "./count-continuation.ts";
import { seriesContinued } from "./count-series.ts";
import { recalledIndicator } from "./recalled.ts";
import { changeSubjectNoun, coordinatedNoun, earlierEndNoun, elidedNoun, labelNoun, laterEndNoun } from "./borrowed-noun.ts";
import { opensParenthesis } from "./clauses.ts";
import { ownClause } from "./own-clause.ts";
import { otherBody, otherBodyReason, sameBodyAsBefore } from "./other-body.ts";
import { yearNamedByEvent } from "./not-a-base.ts";
import { isYearValue } from "./years.ts";
import { carriedPeriod, columnPeriod, comparedImplicitPeriod, comparedOpeningPeriod, comparedWithRate, comparisonClausePeriod, legendPeriod, orOpening, parallelBasePeriod, questionPeriod, partAfterOpeningPeriod, partOfWholePeriod, referredClausePeriod, restatedAcrossPeriods, sharedUnclearPeriod, summedUpPeriod, wholeAfterOtherYear, wholeOfOpening, wholesPeriod } from "./count-periods.ts";

const howWords: Record<CountedNoun["how"], string> = {
  after: "counted",
  dual: "counted (dual)",
  count_of: "counted (after عدد)",
  part: "counted (a part of the previous figure)",
  pronoun: "counted (named before the clause)",
  relative: "counted (the head of its relative clause, «منها»)",
  before: "counted (named before the number)",
  label: "counted (the table row's label)",
  later_end: "counted (after the change's later end)",
  earlier_end: "counted (as the change's earlier end)",
  elided: "counted (the noun of the count before it, not said again)",
};

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
}

/**
 * The restating word before a number ("أي", "بالتحديد") when the sentence has no count before it to restate:
 * it then restates what the sentence gave otherwise ("ثلث الملفات، أي 2104 ملفات"; "31 في المائة من
 * المبادلات، أي 1800 ملف"), a part, not the indicator's count.
 */
function restatesNothing(scope: NumberScope, soFar: SentenceSoFar): Word | undefined {
  if (soFar.lastCount || soFar.counts.length > 0) return undefined;
  // What it would restate: a share or a fraction before it in the sentence ("عالج بالضبط 3 آلاف و120 ملفا" restates nothing).
  const from = scope.earlier[0]?.start ?? scope.before[0]?.start ?? scope.mention.start;
  if (!shareOrFraction.test(scope.text.slice(from, scope.mention.start))) return undefined;
  return scope.lead.slice(-comparisonReach).find((w) => wordMatchesAny(w.folded, grammarWords.restating));
}

/** A share or a fraction a later number may restate in units: "31 في المائة من المبادلات، أي 1800 ملف", "ثلث الملفات، أي 2104". */
const shareOrFraction = /[%٪]|الم[ائ]ة|بالم[ائ]ة|ثلث|ربع|نصف|خمس|أخماس|اخماس|أرباع|ارباع|أثلاث|اثلاث/u;

/** Whether the counted noun is a word of the clause before the number's ("الإنابات القضائية …، ميا وطناش"). */
const namedInClauseBefore = (scope: NumberScope, counted: CountedNoun) => counted.word !== null && scope.previousClause.words.includes(counted.word);

/**
 * A part whose noun after it names what it is about, not what it counts ("تهم 48 منها قضايا الاتجار في المخدرات"):
 * read with the whole's noun, among the whole's parts.
 */
function partOfWhole(scope: NumberScope, catalogue: Catalogue, counted: CountedNoun, soFar: SentenceSoFar) {
  const wholeNoun = soFar.lastCounted;
  if (counted.how !== "after" || !wholeNoun || !isPart(scope.text, scope.before, scope.after)) return undefined;
  const retry = candidates(scope, catalogue, { ...wholeNoun, word: null, how: "part" }, soFar);
  const decision = decide(rankIndicators(retry.indicators, retry.input));
  return "match" in decision ? decision.match : undefined;
}

/**
 * The indicator chosen, and the count of a series the number goes on from, if it does (count-series.ts); `recalls`:
 * the count recalls an earlier value of a figure just given, a comparison with it ("وكان العدد قد بلغ 97 شخصا قبل عام").
 */
type IndicatorChoice = { indicator: Indicator; evidence: Evidence; series?: CountFigure; recalls?: true } | { reading: Reading; oneKind?: true };

/**
 * The candidates a count may be: after "منها / من بينهم", only the indicators declared part of the previous
 * figure's (a part is not its whole: "ثلاث عمليات متعددة الأطراف، انصبت اثنتان منها على ..." is no count of
 * operations); for a count "similar" to the previous one, only other indicators, read with that one's words too.
 */
function candidates(scope: NumberScope, catalogue: Catalogue, counted: CountedNoun, soFar: SentenceSoFar): { indicators: Indicator[]; input: PatternInput } {
  const previous = soFar.lastCount;
  const counts = catalogue.indicators.indicators.filter((i) => i.kind === "count");
  const input = { ...patternInput(scope, counted.folded, counted.qualifier, counted.how === "pronoun" || counted.how === "relative" || namedInClauseBefore(scope, counted)), sentAbroad: sentAbroad(clauseWords(scope), catalogue.breakdowns) };
  // The whole of a part may be the last figure of the previous sentence ("... إذ تم تسلم تسعة أشخاص من بين هؤلاء"),
  // unless this one opens on a topic of its own.
  const whole = previous ?? (opensOnTopic(scope) ? undefined : soFar.previousSentence);
  // "التي تابع المكتب تنفيذ 125 منها": of the relative's head, not a part of the figure before.
  // With no figure before it, "منها" refers to a noun ("أما الإنابات …، فقد بلغ عدد ما تمت متابعة تنفيذه منها 162
  // إنابة"): the count is of that noun, read by its own cues.
  if (isPart(scope.text, scope.before, scope.after) && counted.how !== "relative" && whole !== undefined) {
    // A part of the year ("7146 ملفا، منها 3690 خلال النصف الأول") is the whole's count for a shorter period.
    const sameCount = whole !== undefined && namesPartOfYear(scope, catalogue);
    return { indicators: counts.filter((i) => whole !== undefined && (i.part_of === whole.indicator.id || (sameCount && i.id === whole.indicator.id))), input };
  }
  if (!previous) return { indicators: counts, input };
  if (counted.qualifier && wordMatchesAny(counted.qualifier.folded, grammarWords.similar)) {
    return { indicators: counts.filter((i) => i.id !== previous.indicator.id), input: { ...input, clause: [...input.clause, ...previous.clause] } };
  }
  return { indicators: counts, input };
}

/**
 * "بلغ عدد المغاربة الموقوفين بالخارج 54 شخصا": after "persons", a part of what they count that "عدد" names before
 * the number (the Moroccans among the persons arrested) is what the number counts.
 */
function subgroupCounted(scope: NumberScope, catalogue: Catalogue, counted: CountedNoun, soFar: SentenceSoFar, decided: Indicator, catalogued: readonly string[]) {
  if (counted.how !== "after" || !wordMatchesAny(counted.folded, grammarWords.generic_counted)) return undefined;
  // "تراجع عدد الأجانب المسلمين مقارنة مع 2022، حين بلغ 15 شخصا": a clause of "when it amounted to" says how many of
  // what "عدد" named in the clause before.
  const relative = scope.before[0] !== undefined && wordMatchesAny(scope.before[0].folded, grammarWords.relatives);
  const named = namedByCountOf(scope.before) ?? (relative ? namedByCountOf(scope.previousClause.words) : undefined);
  if (!named || !wordMatchesAny(named.folded, catalogued) || wordMatchesAny(named.folded, grammarWords.generic_counted)) return undefined;
  // The noun's adjective counts too: "عدد المواطنين المغاربة الموقوفين خارج أرض الوطن 39 شخصا" (Moroccans).
  const choice = candidates(scope, catalogue, { folded: named.folded, word: named, how: "count_of", qualifier: scope.wordAfter(named) }, soFar);
  const decision = decide(rankIndicators(choice.indicators, choice.input));
  const fits = "match" in decision && (decision.match.indicator.part_of === decided.id || (relative && named.end <= scope.before[0]!.start));
  return fits ? { indicator: decision.match.indicator, word: named, evidence: decision.match.evidence } : undefined;
}

/** "… بنحو 10 في المائة إلى 131 شخصا": the level of a change whose noun says only "persons" counts what the change's subject names. */
const levelOfGenericNoun = (scope: NumberScope, counted: CountedNoun | null) => counted !== null && wordMatchesAny(counted.folded, grammarWords.generic_counted) && levelAfterChange(scope);

/** The indicator its own cues give; failing those, the previous figure it continues. */
function chooseIndicator(scope: NumberScope, catalogue: Catalogue, counted: CountedNoun | null, soFar: SentenceSoFar, catalogued: readonly string[], compared: boolean): IndicatorChoice {
  const evidence = new Evidence(scope.text, scope.qualifierVerb);
  if (counted?.word) evidence.words(howWords[counted.how], [counted.word]);
  else if (counted) evidence.note(`${howWords[counted.how]} «${counted.folded}»`);
  const paired = counted === null || counted.how === "elided" ? pairedWithWholeAndPart(scope, soFar, compared) : undefined;
  if (paired) return { indicator: paired.indicator, evidence: evidence.note(`the ${paired.indicator.part_of === undefined ? "whole's" : "part's"} value of a pair compared with a whole and its part (${paired.indicator.id})`), recalls: true };
  const nested = counted?.how === "part" ? partOfWholeOrPart(scope, catalogue, soFar) : undefined;
  if (nested) return { reading: heldBack(`ambiguous: «${nested.marker}» after a whole and its part may be a part of either (${nested.ids.join(" or ")})`, evidence, null, null, { candidates: nested.ids }) };
  // "23 ملفا تتعلق بنقل أطفال …، مقابل 17 ملفا في السنة التي قبلها": compared with a count of one kind, the same kind.
  if (compared && counted?.how === "after" && soFar.oneKind && sameStem(counted.folded, soFar.oneKind.folded)) {
    return { reading: unaccounted(`compared with a count of one kind of «${soFar.oneKind.folded}», it counts that kind too: no indicator counts it`, evidence, { counted: counted.folded }), oneKind: true };
  }
  const same = sameNounCompared(scope, counted, soFar, catalogued, compared);
  if (same) return { indicator: same.indicator, evidence: evidence.note(`compared with the figure before it, the same noun (${same.indicator.id})`) };
  const choice = counted ? candidates(scope, catalogue, counted, soFar) : undefined;
  const decision = counted && choice ? decide(rankIndicators(choice.indicators, choice.input)) : undefined;
  const among = decision && "none" in decision ? wholeOfPrevious(scope, counted!, soFar) : undefined;
  if (among) return { indicator: among.indicator, evidence: evidence.words("the whole of the count before it", [among.marker]) };
  const subgroup = decision && "match" in decision ? subgroupCounted(scope, catalogue, counted!, soFar, decision.match.indicator, catalogued) : undefined;
  if (subgroup) return { indicator: subgroup.indicator, evidence: evidence.words("the number of", [subgroup.word]).words("context", subgroup.evidence) };
  const oneKind = decision && "match" in decision ? concernsOneKind(scope, counted!, decision.match) : undefined;
  if (oneKind) return { reading: unaccounted(`a count of «${counted!.folded}» concerning one kind of them («${scope.text.slice(oneKind.start, oneKind.end)} …»), not all of them: no indicator counts that kind`, evidence, { counted: counted!.folded }), oneKind: true };
  if (decision && "match" in decision) return { indicator: decision.match.indicator, evidence: evidence.words("context", decision.match.evidence) };
  // "من 22 شخصا إلى 27": the later end counts what the earlier end was read as, by the words of its own clause.
  const earlierEnd = counted?.how === "earlier_end" && decision && "none" in decision ? catalogue.indicators.indicators.find((i) => i.id === soFar.transitionIndicator) : undefined;
  if (earlierEnd) return { indicator: earlierEnd, evidence: evidence.note(`what the change's earlier end counts (${earlierEnd.id})`) };
  // A dual names what it counts ("مرتين", twice): when no indicator ever counts that noun, it borrows no other's.
  if (counted?.how === "dual" && !wordMatchesAny(counted.folded, catalogued)) return { reading: unaccounted(`no indicator counts "${counted.folded}" in this context`, evidence, { counted: counted.folded }) };
  const whole = decision && "none" in decision ? partOfWhole(scope, catalogue, counted!, soFar) : undefined;
  if (whole) return { indicator: whole.indicator, evidence: evidence.words("context", whole.evidence).note("a part of the previous figure") };
  const elided = counted && choice && decision && "none" in decision ? elidedContext(scope, counted, soFar, choice, catalogued) : undefined;
  if (elided) return { indicator: elided.indicator, evidence: evidence.words("context", elided.evidence).note(`read with the clause of the count coordinated before it (${soFar.lastCount!.indicator.id})`) };
  // "ارتفع عدد المبحوث عنهم دوليا الذين تم توقيفهم بنسبة 4,8 %، من 62 إلى 65 شخصا": the ends of a change count
  // what the sentence says changes, when their own noun decides nothing.
  // Another noun of the sentence, read with the number's candidates, when its own decides nothing.
  const decidedBy = (noun: CountedNoun | null | undefined, within = scope) => {
    const other = noun && candidates(within, catalogue, noun, soFar);
    const decided = other && decide(rankIndicators(other.indicators, other.input));
    return decided && "match" in decided ? decided.match : undefined;
  };
  const changing = decision && "none" in decision && (startsTransition(scope) || endsTransition(scope, soFar) || levelOfGenericNoun(scope, counted)) ? changeSubjectNoun(scope, catalogued) : null;
  // Read with the subject's own words, from its noun on: "ارتفع عدد الأشخاص المطلوبين للعدالة المغربية الذين تم تسليمهم إلى المغرب …، من 16 شخصا".
  const subject = changing?.word ? { ...scope, before: [...scope.earlier, ...scope.before].filter((w) => w.start >= changing.word!.start) } : scope;
  const byChange = decidedBy(changing, subject);
  if (byChange) return { indicator: byChange.indicator, evidence: evidence.words("what changes", [changing!.word!, ...byChange.evidence]) };
  const labelled = decision && "none" in decision && counted?.how === "after" ? labelNoun(scope, catalogued) : undefined;
  const byLabel = decidedBy(labelled);
  if (byLabel) return { indicator: byLabel.indicator, evidence: evidence.words("label", [labelled!.word!, ...byLabel.evidence]) };
  const repeated = decision && "none" in decision ? repeatedNounCompared(scope, counted, soFar, catalogue, catalogued) : undefined;
  if (repeated) return { indicator: repeated.indicator, evidence: evidence.note(`the noun of the figure before it, compared with it (${repeated.indicator.id})`) };
  const numbered = decision && "none" in decision ? sameNounNumber(scope, counted, soFar, catalogued) : undefined;
  if (numbered) return { indicator: numbered.indicator, evidence: evidence.note(`"the number" of the figure before it that counts the same noun (${numbered.indicator.id})`), recalls: true };
  const continuing = continued(scope, soFar, counted, compared);
  if (continuing && "either" in continuing) {
    const ids = continuing.either.map((figure) => figure.indicator.id);
    return { reading: heldBack(`ambiguous: «${scope.before.at(-1)?.folded ?? ""}» after a part may compare the whole or the part (${ids.join(" or ")})`, evidence, null, null, { candidates: ids }) };
  }
  if (continuing) return { indicator: continuing.indicator, evidence: evidence.note(`continues the figure before it (${continuing.indicator.id})`) };
  const series = seriesContinued(scope, catalogue, soFar.counts, soFar.lastCount, counted, catalogued);
  if (series) return { indicator: series.indicator, evidence: evidence.note(`the next count of a series, one per period (${series.indicator.id})`), series };
  const item = counted ? undefined : yearInParenthesesItem(scope, soFar);
  if (item) return { indicator: item.indicator, evidence: evidence.note(`a value of a list with its year in parentheses, after a figure of ${item.indicator.id}`) };
  const referred = backReferenced(scope, soFar, counted);
  if (referred) return { indicator: referred.indicator, evidence: evidence.note(`"the figure" of the count before it (${referred.indicator.id})`) };
  const recalled = choice && decision && "none" in decision ? recalledIndicator(soFar, choice.indicators, choice.input) : undefined;
  if (recalled) return { indicator: recalled.indicator, evidence: evidence.words("context", recalled.evidence).note(`the rest of its cue named by a figure just before (${recalled.indicator.id})`) };
  const governor = scope.before.at(-1)?.folded;
  if (!counted || !decision) return { reading: unaccounted("no counted noun follows the number, and its clause names none an indicator counts", null, { ...(governor && { governor }) }) };
  const hint = { counted: counted.folded, ...(governor && { governor }) };
  if ("ambiguous" in decision) {
    const ids = decision.ambiguous.map((m) => m.indicator.id);
    return { reading: heldBack(`ambiguous: the cues of ${ids.join(" and ")} fit equally well`, evidence, null, null, { ...hint, candidates: ids }) };
  }
  return { reading: unaccounted(`no indicator counts "${counted.folded}" in this context`, evidence, hint) };
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
 * said of the figure before it in the sentence: the recognizer's "less / more than" compares two periods' values.
 */
function comparativeOfPrevious(scope: NumberScope, soFar: SentenceSoFar): boolean {
  const { qualifier } = scope.mention;
  if ((qualifier !== "lt" && qualifier !== "gt") || !soFar.lastCount || scope.yearsAfter.length === 0) return false;
  return scope.lead.length > 0 && scope.lead.length <= 2 && wordMatchesAny(scope.lead[0]!.folded, grammarWords.pronouns_of_being) && scope.yearsAfter.some((y) => String(y.value) !== soFar.lastCount!.period.slice(0, 4));
}

/**
 * A number with the article, right after its noun ("26 من الموقوفين الـ44 مغاربة": the 44 arrested): it counts the
 * noun before it, an adjective of it; the word after it is the sentence's predicate.
 */
function definiteNumberNoun(scope: NumberScope, catalogued: readonly string[]): CountedNoun | null {
  // Only when the article stands right before the number ("الـ44"); then the word before it, in its clause or the one before.
  if (!/ال[ـ]?$/u.test(scope.text.slice(Math.max(0, scope.mention.start - 3), scope.mention.start))) return null;
  const noun = [scope.before, scope.previousClause.words, scope.earlier].map((list) => list.filter((w) => !/^الـ?$/u.test(w.folded)).at(-1)).find((w) => w !== undefined && w.end <= scope.mention.start);
  if (!noun || !/^\s*ال[ـ]?$/u.test(scope.text.slice(noun.end, scope.mention.start)) || !wordMatchesAny(noun.folded, catalogued)) return null;
  return { folded: noun.folded, word: noun, how: "before", qualifier: null };
}

/** The counted noun the quote runs to: not a transposed table's column header, lines above the number. */
function quotedNoun(scope: NumberScope, counted: CountedNoun | null): Word | null | undefined {
  if (counted?.how === "label" && counted.word && scope.text.slice(counted.word.end, scope.mention.start).includes("\n")) return null;
  return counted?.word;
}

/** How many words right before a parenthesis may name the part of a year its count is of: "حصيلة النصف الأول (". */
const partBeforeReach = 3;

/** What a parenthesis may hold besides its count: the counted noun ("(2760 ملفا)"), no words of a period of its own. */
const bareParenthesis = /^[^\S\n]*(?:\p{L}+[^\S\n]*){0,2}\)/u;

/**
 * A count alone in a parenthesis right after a part of the year ("بطرح حصيلة النصف الأول (2760 ملفا) من الحصيلة
 * السنوية"): that part's, whatever the words after the parenthesis name. The year is the text's.
 */
function partBeforeParenthesis(scope: NumberScope, catalogue: Catalogue): PeriodReading | undefined {
  if (!opensParenthesis(scope.text, scope.mention) || !bareParenthesis.test(scope.text.slice(scope.mention.end, scope.mention.end + 40))) return undefined;
  const open = scope.text.lastIndexOf("(", scope.mention.start);
  const words = scope.before.filter((w) => w.end <= open).slice(-partBeforeReach);
  if (words.length === 0 || scope.yearsBefore.some((y) => y.start >= words[0]!.start)) return undefined;
  const part = partNamed(words, catalogue.periods);
  const reference = parsePeriod(scope.reference);
  if (!part || reference.part === null) return undefined;
  return { claims: [{ period: withPart(String(reference.year), part), start: words[0]!.start, end: words.at(-1)!.end }] };
}

/**
 * "📁 +1900 ملف", "الفرق: +240 ملفا": a plus sign before a count is "more than" in a post, "by" in a difference;
 * which one the text does not say (a sum's "5 + 3 = 8" is a calculation, calculation.ts).
 */
const plusBefore = (scope: NumberScope) => /(?:^|[^\p{Nd}\s])\s*\+$/u.test(scope.text.slice(Math.max(0, scope.mention.start - 3), scope.mention.start));

export function readCount(given: NumberScope, catalogue: Catalogue, soFar: SentenceSoFar, catalogued: readonly string[]): CountReading {
  const read = readCountIgnoringSign(given, catalogue, soFar, catalogued);
  if (!plusBefore(given) || given.mention.qualifier !== undefined) return read;
  const reason = `a count written with a plus sign («+${given.mention.text}»): more than ${given.mention.value}, or an increase by ${given.mention.value}? The text does not say`;
  return { ...read, reading: withheld(read.reading, reason) };
}

function readCountIgnoringSign(given: NumberScope, catalogue: Catalogue, soFar: SentenceSoFar, catalogued: readonly string[]): CountReading {
  const comparative = comparativeOfPrevious(given, soFar);
  // "نُشر 87 أمرا، وهو أقل من 106 أوامر في 2022": the other period's value, compared; no bound.
  const scope = comparative ? { ...given, mention: { ...given.mention, qualifier: undefined } } : given;
  const startsChange = startsTransition(scope);
  // "وبالمقارنة مع النصف الأول من 2025، …، إذ انتقل عددها من 84 إلى 90 إنابة": the opening is the earlier end's
  // period; the later end is the text's own.
  const comparedOpening = endsTransition(scope, soFar) ? undefined : comparisonOpening(scope, catalogue);
  // "… بعد سنة 2023 التي سجلت 2312 مذكرة": a period's count in its relative clause compares as "مقابل" does; so
  // does one "recorded" in a period ("7215 ملفا المسجلة سنة 2024").
  const compared = comparative || comparedInLead(scope, catalogue) || comparedOpening !== undefined || inRelativeOfPeriod(scope, catalogue) || recordedForPeriod(scope.after);
  return { ...readCountAs(scope, catalogue, soFar, catalogued, startsChange, compared, comparedOpening), startsTransition: startsChange, compared };
}

/**
 * A part ("منها") of a year's count, and a part coordinated with it, is of that year: "سجلت سنة 2024 كاملة معالجة
 * 7215 ملفا، منها 3420 في النصف الأول و3795 في النصف الثاني" names the halves of 2024, whatever year the text is about.
 */
function wholesYear(scope: NumberScope, soFar: SentenceSoFar): { partOfYear: string } | undefined {
  // "منها 3420 في النصف الأول و3795 في النصف الثاني": a part coordinated with the part before it, of the same year.
  const previous = soFar.lastCount;
  const coordinated = /(?:^|\s)و\s*$/u.test(scope.text.slice(Math.max(0, scope.mention.start - 2), scope.mention.start));
  if (coordinated && previous && !previous.compared && parsePeriod(previous.period).part !== null) return { partOfYear: String(parsePeriod(previous.period).year) };
  // Not a count compared with it: "87 أمرا (مقابل 106 في 2022)، …، منها 46 في الأشهر الستة الأولى" are parts of 87.
  const whole = [...soFar.counts].reverse().find((count) => !count.compared);
  if (!whole || !isPart(scope.text, scope.before, scope.after) || parsePeriod(whole.period).part !== null) return undefined;
  return { partOfYear: whole.period };
}

function readCountAs(scope: NumberScope, catalogue: Catalogue, soFar: SentenceSoFar, catalogued: readonly string[], startsChange: boolean, compared: boolean, comparedOpening: Word[] | undefined): Omit<CountReading, "startsTransition" | "compared"> {
  const { mention } = scope;
  // "4.4 الأشخاص المبحوث عنهم": a section's number; files and persons are counted in whole numbers.
  if (!Number.isInteger(mention.value)) return { counted: null, reading: unaccounted(`a number with decimals («${mention.text}») counts no files nor persons: a section's number, a rate or an average`) };
  const rest = remainderWord(scope);
  if (rest) return { counted: null, reading: unaccounted(`what is left of a whole after its part («${rest.folded}»): no indicator counts it`) };
  const counted = definiteNumberNoun(scope, catalogued) ?? countedNoun({ text: scope.text, mention, before: scope.before, after: scope.after, earlier: scope.earlier, previousClause: scope.previousClause.words, previous: soFar.lastCounted, startsPeriod: (w) => opensPeriod(scope, catalogue, w), wordAfter: scope.wordAfter, label: [...(scope.table?.label ?? []), ...questionOf(scope)] }, catalogued);
  // "مقارنة مع ألفين وسبعة عشر، حين …": a number in words that may be a year, compared, with no noun of its own.
  if (compared && mention.form === "words" && isYearValue(mention.value) && counted?.how !== "after") {
    return { counted, reading: heldBack(`a year or a count? «${scope.text.slice(mention.start, mention.end)}» is compared with no noun of its own, and ${mention.value} may be a year written in words`, null) };
  }
  const inherited = startsChange ? (laterEndNoun(scope, catalogued) ?? changeSubjectNoun(scope, catalogued)) : (earlierEndNoun(scope, soFar) ?? coordinatedNoun(scope, catalogued) ?? elidedNoun(scope, soFar));
  const choice = chooseIndicator(scope, catalogue, counted ?? inherited, soFar, catalogued, compared);
  if ("reading" in choice) return { counted, reading: choice.reading, ...(choice.oneKind && { oneKind: true as const }) };
  const average = averageIn([...scope.previousClause.words, ...scope.before, ...scope.after]);
  if (average) return { counted, reading: heldBack(`an average over several periods («${scope.text.slice(average.start, average.end)}»), not a period's count`, choice.evidence, choice.indicator.id) };
  const rate = yearlyRate(scope);
  if (rate) return { counted, reading: heldBack(`a yearly rate («${scope.text.slice(rate.start, rate.end)}»), not a period's count`, choice.evidence, choice.indicator.id) };
  const total = severalYearsTotal(scope, catalogue.periods);
  if (total) return { counted, reading: heldBack(`a total of several years («${scope.text.slice(total.start, total.end)}»), not a period's count`, choice.evidence, choice.indicator.id) };
  const country = foreignCountryOpening(scope.text, sentenceOpening(scope), catalogue.breakdowns);
  if (country) {
    const reason = `a figure of another country («${scope.text.slice(country.start, country.end)}»), not the DGSN's`;
    return { counted, reading: heldBack(reason, choice.evidence, choice.indicator.id) };
  }
  // Persons received from several partners ("تسلم المغرب 16 شخصا من إسبانيا وفرنسا") may be all of them; staff from
  // partner countries are never the DGSN's own (one_partner_is_part).
  const origin = partnerOrigin(scope.after, catalogue.breakdowns);
  const nationality = partnerNationality(scope.after, catalogue.breakdowns) ?? (origin && (origin.countries === 1 || choice.indicator.one_partner_is_part) ? origin : undefined);
  if (nationality) {
    const reason = `a part of the count by nationality («${scope.text.slice(nationality.start, nationality.end)}»), not the count of all`;
    return { counted, reading: heldBack(reason, choice.evidence, choice.indicator.id) };
  }
  // A part ("منها نحو 270 ملفا مصدرها أو وجهتها بلجيكا"، "سبعة منهم على التراب البلجيكي") whose clause names one
  // partner is that partner's part.
  const onePartner = choice.indicator.one_partner_is_part ? partnerNamed(clauseWords(scope), catalogue.breakdowns) : isPart(scope.text, scope.before, scope.after) ? partnerNamed(scope.after, catalogue.breakdowns) : undefined;
  const partner = partnerBeforeParenthesis(scope.text, mention, [...scope.earlier, ...scope.before], catalogue.breakdowns) ?? onePartner;
  if (partner) {
    const reason = `the part of one partner («${scope.text.slice(partner.start, partner.end)}»), not all of ${choice.indicator.id}, which is counted over every partner`;
    return { counted, reading: heldBack(reason, choice.evidence, choice.indicator.id) };
  }
  const body = otherBody(scope) ?? locatedAbroad([...scope.earlier, ...scope.before], catalogue.breakdowns) ?? sameBodyAsBefore(scope);
  if (body) {
    const reason = `${otherBodyReason} («${scope.text.slice(body.start, body.end)}»), not the national figure ${choice.indicator.id} tracks`;
    return { counted, reading: heldBack(reason, choice.evidence, choice.indicator.id) };
  }
  if (afterPercentInParentheses(scope, catalogue)?.change === false) {
    const reason = "the count of the share before it (the part of a breakdown it gives in units): the catalogue tracks the share, not this count";
    return { counted, reading: unaccounted(reason, choice.evidence.note("in parentheses after a percentage no change word governs"), { ...(counted && { counted: counted.folded }) }) };
  }
  const restated = restatesNothing(scope, soFar);
  if (restated) {
    const reason = "it restates a quantity its sentence gives in another form (a fraction, a share), not a count of its own";
    return { counted, reading: heldBack(reason, choice.evidence.words("restating", [restated]), choice.indicator.id) };
  }
  const difference = startsChange ? undefined : differenceWords(scope);
  if (difference) {
    const reason = `the amount of a change, not a count: the catalogue tracks no change of ${choice.indicator.id} in ${choice.indicator.unit}`;
    return { counted, reading: unaccounted(reason, choice.evidence.words("change", difference), { ...(counted && { counted: counted.folded }) }) };
  }
  const { indicator, evidence } = choice;
  // A step of a series whose years the text names (stepped-series.ts) has its period already.
  const step = !scope.respective && (startsChange || endsTransition(scope, soFar) || earlierEndNoun(scope, soFar) !== null) ? nextStep(scope) : undefined;
  if (step) {
    const reason = "the period is unclear: it is an end of a change told in several steps, and the text does not say which period each step is";
    return { counted, reading: heldBack(reason, evidence.words("next step", step), indicator.id, null, { missing: "period" }) };
  }
  const comparedWithWholeYear = compared && soFar.lastCount !== undefined && soFar.lastCount.indicator.id === indicator.id && parsePeriod(soFar.lastCount.period).part === null;
  // A number in parentheses right after a change's base is that base's count: "بارتفاع 8% عن السنة السابقة (3105)".
  // A compared count's "the year before it" is the year before the count it is compared with: "هي 2020: 3950 ملفا
  // مقابل 4480 في السنة التي قبلها" (2019), in a text on 2024.
  const clause = ownClause(scope, catalogue);
  const beforeIt = compared && soFar.lastCount?.indicator.id === indicator.id && clause.words.some((w) => wordMatchesAny(w.folded, catalogue.periods.before_it));
  const comparedWith = beforeIt ? soFar.lastCount!.period : scope.reference;
  const own = readPeriods(clause, comparedWith, catalogue.periods, { ...periodContext(seriesScope(scope, choice.series ?? listedAfter(scope, inherited, soFar)), compared || choice.recalls === true || opensParenthesis(scope.text, scope.mention)), comparedWithWholeYear, ...wholesYear(scope, soFar) });
  const periods =
    columnPeriod(scope, catalogue) ??
    legendPeriod(scope, own) ??
    (scope.respective ? { claims: [scope.respective] } : undefined) ??
    partBeforeParenthesis(scope, catalogue) ??
    transitionEndPeriod(scope, catalogue, soFar) ??
    carriedPeriod(scope, catalogue) ??
    restatedAcrossPeriods(scope, catalogue, own, soFar) ??
    comparisonClausePeriod(scope, catalogue, own) ??
    referredClausePeriod(scope, catalogue, own) ??
    (startsChange ? (comparedOpeningPeriod(scope, catalogue, own, comparedOpening) ?? transitionStartPeriod(scope, catalogue, soFar)) : undefined) ??
    sharedUnclearPeriod(scope, catalogue, own, soFar) ??
    comparedWithRate(scope, catalogue, soFar) ??
    summedUpPeriod(scope, catalogue, own, soFar) ??
    comparedImplicitPeriod(scope, catalogue, own, soFar, indicator, compared) ??
    parallelBasePeriod(scope, catalogue, own, soFar) ??
    wholesPeriod(scope, catalogue, own, soFar, indicator) ??
    comparedOpeningPeriod(scope, catalogue, own, comparedOpening) ??
    partOfWholePeriod(scope, own, soFar) ??
    partAfterOpeningPeriod(scope, own, soFar) ??
    wholeAfterOtherYear(own, scope) ??
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
      period: period?.period ?? scope.reference,
      basePeriod: null,
      value: mention.value,
      qualifier: mention.qualifier,
      ...quoteSpan(mention, [quotedNoun(scope, counted)]),
      evidence: evidence.toString(),
    },
  };
}
