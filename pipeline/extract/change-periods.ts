// The period of a percentage change and the period it is compared with (percent-reading.ts reads the change): the
// periods its clause names, the counts of its sentence it is measured against, the sentence's opening and closing
// words, a span of years, and, when the text names no base, the same period a year earlier (periods.json
// implicit_base).
import { lookingBackDoubt } from "./retrospective.ts";
import { yearOrPart } from "./unclear-periods.ts";
import { rangeBefore, totalAfterSpan } from "./spans.ts";
import type { Catalogue } from "../catalogue/load.ts";
import { parsePeriod, periodBefore, periodMonths, periodYear, previousPartPeriod, previousYearPeriod, sameLength } from "../lib/period.ts";
import type { Indicator } from "../types/catalogue-indicators.ts";
import { grammarWords } from "./grammar-words.ts";
import type { CountFigure, SentenceSoFar } from "./sentence-state.ts";
import { wordIsAny } from "./cue-match.ts";
import { changeDirection } from "./percent-change.ts";
import { changeSpan } from "./change-span.ts";
import { closingComparisonBase } from "./closing-comparison.ts";
import { coordinatedChange, namesBase, yearOnYearWord } from "./change-direction.ts";
import { agreedPeriod, type PeriodClaim, periodScopeOf, readPeriods } from "./periods.ts";
import { partNamed, samePart } from "./year-parts.ts";
import { impliesPreviousYear, namesEarlierLevel, namesSpanOfYears } from "./implicit-base.ts";
import { findPhrases, phraseMatchAt } from "./phrases.ts";
import { periodsBetween } from "./transition.ts";
import { recordRecalled, yearNamedByEvent } from "./not-a-base.ts";
import { claimsOf, type NumberScope, periodContext, sentenceOpening, topicWords } from "./scope.ts";
import type { Word } from "./words.ts";
import { clauseStart } from "./topic-years.ts";
import { isYearWord, wordValue, yearNouns } from "./years.ts";

/** How many words at the end of the clause before may name the period a relative clause refers to: "من قفزة السنة السابقة". */
const referredPeriodWords = 4;

/**
 * "وهي وتيرة أبطأ من قفزة السنة السابقة، حين ارتفع العدد بـ24 في المائة": a change in a clause opening with a
 * relative word is of the period the clause before ends on.
 */
function relativeClausePeriod(scope: NumberScope, catalogue: Catalogue): string | undefined {
  const first = scope.before[0];
  const last = scope.previousClause.words.at(-1);
  if (!first || !last || !wordIsAny(first, grammarWords.relatives)) return undefined;
  const tail = scope.previousClause.words.slice(-referredPeriodWords);
  const reading = readPeriods(periodScopeOf(tail), scope.reference, catalogue.periods, periodContext(scope));
  if (!("claims" in reading)) return undefined;
  const agreed = agreedPeriod(reading.claims.filter((c) => c.end === last.end));
  return "period" in agreed ? agreed.period.period : undefined;
}

/**
 * "وإذا كان النصف الأول قد استأثر بـ3104 ملفات، فإن الأشهر الستة الأخيرة جاءت أكثر كثافة، متجاوزة حصيلة النصف
 * الثاني من 2022 بنحو 5,5 في المائة": the clause right before the change, with no number of its own, names its
 * subject's period (not earlier than the text's): the change is of that period, not of the count before it.
 */
function subjectClausePeriod(scope: NumberScope, catalogue: Catalogue, soFar: SentenceSoFar): string | undefined {
  const clause = scope.previousClause;
  if (clause.words.length === 0 || clause.years.length > 0) return undefined;
  // The clause from its mark: a clause also ends at a number ("مقابل 2760 ملفا في الأشهر الستة الأولى").
  const end = clause.words.at(-1)!.end;
  const start = clauseStart(scope.text, clause.words[0]!.start);
  if (/\p{Nd}/u.test(scope.text.slice(start, end)) || soFar.counts.some((c) => c.start < end && c.end > start)) return undefined;
  const reading = readPeriods(clause, scope.reference, catalogue.periods, periodContext(scope));
  if (!("claims" in reading)) return undefined;
  const agreed = agreedPeriod(reading.claims);
  return "period" in agreed && !periodBefore(agreed.period.period, scope.reference) ? agreed.period.period : undefined;
}

/**
 * The period the words after a change name as its own, not compared with ("… ما يعني ارتفاعا بنحو 9 في المائة
 * هذه السنة"): it is the change's, whatever period the count before it or the sentence's opening has.
 */
function ownPeriodAfter(scope: NumberScope, catalogue: Catalogue): string | undefined {
  if (findPhrases(scope.after, catalogue.periods.comparisons).length > 0) return undefined;
  const after = claimsOf(scope, catalogue, "after", scope.reference);
  if ("unclear" in after) return undefined;
  const agreed = agreedPeriod(after);
  if (!("period" in agreed)) return undefined;
  // "وكانت الملفات قد سجلت زيادة بـ24 في المائة سنة 2022" in the 2023 results: an earlier period right after the
  // change, with no word of comparison, is when it happened, not its base.
  const first = scope.after[0];
  // The words after the change open on "in" or the year's noun: "سنة 2022", "في السنة التي قبلها", "في عدد الملفات سنة 2024".
  const inPeriod = first !== undefined && periodOfWords.includes(first.folded);
  // "أي بزيادة تقارب 70 في المائة عن سنة 2015" in a text on 2015 that gives 2019's count: "عن" says the base, whatever year.
  if (first !== undefined && first.folded === "عن" && !inPeriod) return undefined;
  return !periodBefore(agreed.period.period, scope.reference) || inPeriod ? agreed.period.period : undefined;
}

/** The words that put a change in the period after them ("سنة 2022", "في السنة التي قبلها"), where "عن 2022" compares with it. */
const periodOfWords = ["في", "خلال", ...yearNouns];

/**
 * The period of a change and the period it is compared with. The period: one the clause names before the
 * percentage that is not earlier than the reference, else that of the count it follows, else the one the
 * sentence opens with, else the reference. The base: the first period named after
 * it ("مقارنة مع سنة 2021"), else one named before it that is earlier ("يفوق ما سجل في 2020 بأكثر من 40 في
 * المائة"), else the period of an earlier count of the same indicator in the sentence ("46 أمرا، مقابل 58 أمرا
 * خلال النصف الأول من 2022، أي بتراجع نسبته 21 بالمئة").
 */
export type Base = PeriodClaim | { start: number; end: number; period: string; counted: true } | { start: number; end: number; period: string; implicit: true | "earlier_level" };

/**
 * "وكانت الإنابات قد عرفت في 2019 ارتفاعا بـ14 في المائة مقارنة بـ2018": an earlier year than the text's named before
 * the change, when the change compares after it with a year before that one, is the change's own period.
 */
function earlierOwnPeriod(scope: NumberScope, catalogue: Catalogue, before: readonly PeriodClaim[], after: readonly PeriodClaim[], base: PeriodClaim, period: string): string | undefined {
  if (period !== scope.reference || !after.includes(base) || findPhrases(scope.after, catalogue.periods.comparisons).length === 0) return undefined;
  const earlier = [...new Set(before.filter((c) => periodBefore(c.period, period)).map((c) => c.period))];
  return earlier.length === 1 && periodBefore(base.period, earlier[0]!) && sameLength(base.period, earlier[0]!) ? earlier[0] : undefined;
}

/**
 * "بعد سنة 2019 التي ارتفع فيها عدد الملفات بنحو 10 في المائة"، "بعد سنة 2020 الاستثنائية التي تراجع فيها …": a
 * change in a relative clause right after a year, or after the year and its adjective, is of that year.
 */
function yearBeforeRelative(scope: NumberScope): string | undefined {
  const relative = scope.before.findIndex((w) => wordIsAny(w, grammarWords.relatives));
  const [adjective, year] = [scope.before[relative - 1], scope.before[relative - 2]];
  if (adjective && isYearWord(adjective)) return adjective.folded;
  return adjective?.folded.startsWith("ال") && year && isYearWord(year) ? year.folded : undefined;
}

/**
 * "بعد أن تراجع سنة 2020 بنحو 11.8%": a year right after the verb of change, the rate right after it, says when the
 * change happened, not what it is compared with.
 */
function yearAfterChangeVerb(scope: NumberScope, catalogue: Catalogue): string | undefined {
  // The rate's "بـ" may open the percentage's own words ("بنحو 11.8%") or stand before it ("بـ 11.8%").
  const rate = /ب[ـ\s]*$/u.test(scope.text.slice(Math.max(0, scope.mention.start - 3), scope.mention.start)) || scope.text.slice(scope.mention.start, scope.mention.end + 1).startsWith("ب");
  const words = scope.before.at(-1)?.folded.startsWith("ب") ? scope.before.slice(0, -1) : scope.before;
  const year = words.at(-1);
  if (!year || !isYearWord(year) || !(rate || scope.before.length > words.length)) return undefined;
  const verbAt = words.length >= 3 && (wordIsAny(words.at(-2)!, yearNouns) || words.at(-2)!.folded === "في") ? words.length - 3 : words.length - 2;
  const verb = words[verbAt];
  return verb && changeDirection([verb], catalogue.indicators.change_words) !== undefined ? year.folded : undefined;
}

/** Whether the words after a change name a period, its base: "عن سنة 2015". */
function namesBaseAfter(scope: NumberScope, catalogue: Catalogue): boolean {
  const after = claimsOf(scope, catalogue, "after", scope.reference);
  return !("unclear" in after) && after.length > 0;
}

/** Whether the sentence opens on "for comparison," ("للمقارنة،", "وبالمقارنة،"). */
function opensForComparison(scope: NumberScope): boolean {
  const first = sentenceOpening(scope)[0];
  return first !== undefined && first.folded.endsWith("مقارنه") && /^\s*[،,]/u.test(scope.text.slice(first.end, first.end + 3));
}

export function changePeriods(scope: NumberScope, catalogue: Catalogue, soFar: SentenceSoFar, subject: Indicator): { period: string; base: Base } | { unclear: string } {
  // "زيادة سنوية لا تتعدى 8 في المائة": year on year, whatever the sentence compared before.
  const yearOnYear = yearOnYearWord(scope, catalogue);
  if (rangeBefore(scope)) return { unclear: "its sentence names a range of years before it: it may compare totals over spans of years, not two periods" };
  const spanTotal = totalAfterSpan(scope);
  if (spanTotal && scope.yearsBefore.length === 0 && scope.yearsAfter.length === 0) return { unclear: spanTotal };
  const span = spanOfYears(scope) ?? betweenTwoPeriods(scope, catalogue) ?? (yearOnYear ? undefined : overSpanOfYears(scope, catalogue));
  if (span) return span;
  // "بعدما كانت قد تراجعت إلى 87 أمرا في 2023 عقب تسجيل 106 أوامر في 2022، أي بانخفاض بلغ وقتها نحو 18 في المائة":
  // a change "then" is of a time the text went back to, not of its own period; which one it does not say.
  const then = scope.before.find((w) => wordIsAny(w, grammarWords.then_and_now.then));
  if (then) return { unclear: `«${then.folded}» (then) places the change at an earlier time the text went back to, and it does not say which` };
  const before = claimsOf(scope, catalogue, "before", scope.reference);
  if ("unclear" in before) return before;
  const own = before.filter((c) => !periodBefore(c.period, scope.reference));
  const periods = [...new Set(own.map((c) => c.period))];
  if (periods.length > 1) return { unclear: `the clause names both ${periods[0]} and ${periods[1]}` };
  // "للمقارنة، الربع الأخير من 2017 سجل 905 ملفات، أي بزيادة تقارب 6 في المائة": "for comparison," opens on the
  // base's period and counts; the change is the report's, against them.
  // Not when the change names its base after it ("وللمقارنة، فقد عالج القطب خلال سنة 2019 … 4480 ملفا، أي بزيادة
  // تقارب 70 في المائة عن سنة 2015"): the opening then gives the compared count's period, which the change is of.
  // So does one opening on a comparison with one earlier period ("مقارنة بالنصف الأول 2022 (2760 ملفا): +930 ملفا (+33,7%)").
  const forComparison = (opensForComparison(scope) || openingComparisonBase(scope, catalogue, scope.reference) !== undefined) && !namesBaseAfter(scope, catalogue);
  const opening = !forComparison && scope.opening && ("unclear" in scope.opening ? scope.opening : agreedPeriod(scope.opening.claims));
  if (periods.length === 0 && opening && "unclear" in opening) return { unclear: opening.unclear };
  // "7 أشخاص، مقابل 9 أشخاص في النصف الأول من السنة الماضية (ناقص 22 في المائة)": the words before a change's
  // parenthesis after a compared count name that count's period, the change's base, not its own.
  const afterCompared = soFar.counts.some((c) => c.indicator.id === subject.id && c.compared && parenthesisedAfter(scope, c));
  const opened = opening && "period" in opening && !afterCompared ? opening.period.period : undefined;
  const countPeriod = subjectCountPeriod(scope, catalogue, soFar, subject);
  // An elliptic change ("وبـ34% عن مستوى 2022") is of the period of the change it follows.
  const elliptic = coordinatedChange(scope) || /^و/u.test(scope.lead[0]?.folded ?? "") ? soFar.previousChangePeriod : undefined;
  const named =
    yearBeforeRelative(scope) ??
    yearAfterChangeVerb(scope, catalogue) ??
    periods[0] ??
    (forComparison ? scope.reference : undefined) ??
    ownPeriodAfter(scope, catalogue) ??
    relativeClausePeriod(scope, catalogue) ??
    elliptic ??
    backReferencedPeriod(scope, soFar, subject) ??
    subjectClausePeriod(scope, catalogue, soFar) ??
    laterOfTwoCounts(scope, catalogue, soFar, subject, countPeriod) ??
    laterThanRecalled(scope, soFar, subject, countPeriod) ??
    opened;
  // In a text looking back at its year that went on to a later one, a change naming no period may be of either.
  const lookingBack = named === undefined ? lookingBackDoubt(scope.reference, scope.publishedYear, scope.topicYear) : undefined;
  if (lookingBack) return { unclear: lookingBack };
  const period = named ?? scope.reference;
  const after = claimsOf(scope, catalogue, "after", period);
  if ("unclear" in after) return after;
  // A period named after the change that is its own ("خلال النصف الأول من 2023") is no base; compared with
  // ("مقارنة مع سنة 2023" in the 2023 results), it makes the change unreadable.
  const earlierPeriod = (c: PeriodClaim) => periodBefore(c.period, period) && !recordRecalled(scope, c, catalogue);
  const base = after.find(earlierPeriod) ?? before.find(earlierPeriod) ?? explainedComparisonBase(scope, catalogue, period) ?? openingComparisonBase(scope, catalogue, period);
  if (base) {
    const own = earlierOwnPeriod(scope, catalogue, before, after, base, period) ?? period;
    // "مقارنة مع النصف الأول من 2024" for a change read as the text's quarter: a change is between periods of one length.
    if (!sameLength(own, base.period)) return { unclear: `it is compared with ${base.period}, a period of another length than its own (${own})` };
    return { period: own, base };
  }
  // "ارتفع عدد الموقوفين إلى 131 شخصا، أي بزيادة 10,1 في المائة" in a report on a quarter that gave the year's counts:
  // naming neither its period nor its base, the change is of the year or of the quarter.
  const yearOrItsPart = named === undefined ? yearOrPart(scope, catalogue) : undefined;
  if (yearOrItsPart) return { unclear: yearOrItsPart };
  const compared = findPhrases(scope.after, catalogue.periods.comparisons).length > 0;
  if (compared && after.some((c) => !periodBefore(c.period, period))) return { unclear: `it is compared with a period that is not before its own (${period})` };
  if (yearOnYear) return yearOnYearPeriods(scope, catalogue, period, soFar, subject, yearOnYear);
  const nearest = (c: { start: number }) => Math.abs(c.start - scope.mention.start);
  // A base as long as the period: the whole year's change is not measured against a half ("الـ24 في المائة المسجلة على مستوى السنة كاملة").
  const isBase = (base: string) => periodBefore(base, period) && sameLength(base, period);
  // Not a count of the statement after a colon that follows: "…بـ24 في المائة، لكنها تبقى مرتفعة: فقبل أربع سنوات … 4480 ملفا".
  const colon = scope.text.slice(scope.mention.end).search(/[:：](?!\p{Nd})/u);
  const statementEnd = colon < 0 ? Infinity : scope.mention.end + colon;
  // Nor a count after it that something exceeds: "الارتفاع يناهز 29 في المائة، …، متجاوزة حتى سنة 2022 التي سجلت 106 أوامر".
  const exceeded = (c: CountFigure) => c.start > scope.mention.end && c.clause.some((w) => w.end <= c.start && exceeding(w));
  const bases = soFar.counts.filter((c) => c.indicator.id === subject.id && isBase(c.period) && c.start < statementEnd && !recordRecalled(scope, c, catalogue) && !exceeded(c));
  // "مقابل 2230 ملفا في النصف الأول (+10 في المائة)، و2050 ملفا في النصف الثاني من 2020 (+19 في المائة)": a
  // change in parentheses after a count of an earlier period is against that count.
  // "من 4677 ملفا سنة 2021 إلى 5800 ملف سنة 2022، بزيادة 24 في المائة، بعدما كان العدد 3950 ملفا خلال سنة 2020":
  // after a change told by its two ends, its earlier end.
  const earlierEnd = bases.filter((c) => c.startsTransition && c.end <= scope.mention.start).at(-1);
  // The nearest count before the change ("مقابل 1740 ملفا خلال النصف الثاني من 2017، أي بارتفاع نسبته 21 في المائة،
  // علما أن النصف الأول من 2018 عرف معالجة 1950 ملفا"), else after it ("بزيادة 24 في المائة مقارنة مع 4677 ملفا").
  const earlier = bases.filter((c) => c.end <= scope.mention.start);
  // In a sentence naming a span of years ("خلال الفترة الممتدة من 2019 إلى 2024"), the nearest count is one of the
  // span's and the change may run across the whole of it.
  const spanned = namesSpanOfYears(topicWords(scope), catalogue.periods);
  const counted = bases.find((c) => parenthesisedAfter(scope, c)) ?? earlierEnd ?? (spanned ? undefined : (earlier.length > 0 ? earlier : bases).sort((a, b) => nearest(a) - nearest(b))[0]);
  if (spanned && !counted && bases.length > 0) return { unclear: "the sentence names a span of years, and the change may be across the whole span or against the year before: which base?" };
  if (counted) return { period, base: { period: counted.period, start: scope.mention.start, end: scope.mention.end, counted: true } };
  const closing = closingComparisonBase(scope, catalogue, period);
  if (closing) return { period, base: closing };
  if (soFar.unclearStarts.includes(subject.id)) return { unclear: "its base is the earlier end of the change told before it, or the count compared before it, whose period the text does not say" };
  // "أي بأكثر من 55 في المائة مقارنة بسنة الجائحة": the year its own words name by an event, before the base of the
  // sentence's change before it.
  const event = yearNamedByEvent(scope, catalogue);
  if (event && event.year !== null && parsePeriod(period).part === null && periodBefore(String(event.year), period)) return { period, base: { period: String(event.year), start: scope.mention.start, end: scope.mention.end, counted: true } };
  if (event) return { unclear: `it is compared with a year named by what happened in it («${event.text}»), not by its number` };
  if (soFar.previousBase !== undefined && isBase(soFar.previousBase)) {
    // "نموا بـ18,4 في المائة سنة 2021، ثم 24 في المائة سنة 2022": a change of another period than the change before it
    // is a step of a series, against its own year before or the first change's base: the text does not say.
    if (soFar.previousChangePeriod !== undefined && soFar.previousChangePeriod !== period) return { unclear: "it is a step of a series of changes of other periods, against its own year before or the base of the change before it" };
    return { period, base: { period: soFar.previousBase, start: scope.mention.start, end: scope.mention.end, counted: true } };
  }
  // "ارتفعت بنحو 17 في المائة من نصف إلى آخر. في المقابل، تراجعت الأوامر … بنسبة 17 في المائة": which base?
  if (soFar.otherBaseBefore) return { unclear: "it names no base, and an earlier change of its paragraph was against another period than the same one a year before" };
  // "بارتفاع يناهز 17 في المائة قياسا بما قبل الجائحة": compared with what the reading takes for no period.
  if (compared && comparedWithWordsOnly(scope, catalogue)) return { unclear: "it is compared with something the reading does not take for a period or a count" };
  // "بل تجاوز مستواه السابق بنحو 29 في المائة": an earlier level the text does not date; the count the change is
  // computed from dates it, or it is held back (implicit-bases.ts).
  if (namesEarlierLevel(topicWords(scope), catalogue.periods)) return { period, base: { period: previousYearPeriod(period), start: scope.mention.start, end: scope.mention.end, implicit: "earlier_level" } };
  if (impliesPreviousYear(topicWords(scope), catalogue.periods)) return { period, base: { period: previousYearPeriod(period), start: scope.mention.start, end: scope.mention.end, implicit: true } };
  return { unclear: "a percentage change without a base period (compared with which year?)" };
}

/**
 * Whether the change's clause ends on words, at a clause mark or the sentence's end, with no year nor number after
 * its comparison ("قياسا بما قبل الجائحة،"): not on a number that may be its base ("مقارنة مع ألفين وسبعة عشر"، "قياسا
 * بسنة 2020 التي لم يتعد فيها عدد هذه الأوامر 63 أمرا").
 */
function comparedWithWordsOnly(scope: NumberScope, catalogue: Catalogue): boolean {
  // "مقارنة بالفترة نفسها" is the same period a year before; "بـ15% لا أكثر" compares nothing.
  const comparing = scope.after.some((w) => wordIsAny(w, grammarWords.base_comparisons));
  if (!comparing || scope.yearsAfter.length > 0 || findPhrases(scope.after, catalogue.periods.same_period).length > 0) return false;
  const end = scope.after.at(-1)!.end;
  return /^[^\S\n]*(?:[،,؛;.!؟?)\n]|$)/u.test(scope.text.slice(end, end + 3));
}

/**
 * A change year on year is against the same period a year before its own. After a count of another period than
 * the text's, it is the text's when the sentence counts the text's period a year before ("… وحصيلة الربع الأول 1650
 * ملفا، مقابل 1556 ملفا في الربع الثالث من 2023، أي أن العدد ارتفع بنحو 21 في المائة على أساس سنوي" in a report on
 * 2024-Q3); else which of the two it is is a guess ("بلغ … في النصف الأول من 2023 … 3104 ملفات، … زيادة سنوية").
 */
function yearOnYearPeriods(scope: NumberScope, catalogue: Catalogue, period: string, soFar: SentenceSoFar, subject: Indicator, word: Word): { period: string; base: Base } | { unclear: string } {
  // "ومقارنة مع 2023، …، فإن الارتفاع السنوي يناهز 14 في المائة" in a report on 2024-H2: against the whole of 2023 or its half?
  const named = [...scope.earlier, ...scope.before];
  const reference = parsePeriod(scope.reference);
  const bareYear = reference.part !== null && named.some((w) => isYearWord(w) && wordValue(w) === reference.year - 1) && partNamed(named, catalogue.periods) === undefined;
  if (bareYear) return { unclear: `a change year on year («${word.folded}») in a sentence that names ${reference.year - 1} alone, in a report on ${scope.reference}: against the whole year or its same part?` };
  if (period === scope.reference) return { period, base: { period: previousYearPeriod(period), start: word.start, end: word.end } };
  const base = previousYearPeriod(scope.reference);
  const counted = soFar.counts.some((c) => c.indicator.id === subject.id && c.period === base && c.end <= scope.mention.start);
  if (counted) return { period: scope.reference, base: { period: base, start: scope.mention.start, end: scope.mention.end, counted: true } };
  return { unclear: `a change year on year («${word.folded}») after a count of ${period}: of that period or the text's?` };
}

/** Whether the percentage opens a parenthesis after the count's own words, in its clause: "2230 ملفا في النصف الأول (+10 في المائة)". */
const parenthesisedAfter = (scope: NumberScope, count: { end: number }) => count.end <= scope.mention.start && /^[^()\n،,؛;.]{0,60}\(\s*[+\-−]?\s*$/u.test(scope.text.slice(count.end, scope.mention.start));

/**
 * A change "between" two years named right after it ("ارتفع بنحو 29 في المائة بين 2022 و2025", "ما بين سنتي 2022
 * و2025") is of the later year against the earlier, whatever the sentence's counts say; in a report on a part
 * of the year, the same part of each.
 */
function spanOfYears(scope: NumberScope): { period: string; base: Base } | undefined {
  const [first, second] = scope.yearsAfter;
  if (!first || !second || second.value <= first.value) return undefined;
  const opener = scope.after.filter((w) => w.end <= first.start).at(-1);
  const joined = scope.text.slice(first.end, second.start).trim() === "و" || scope.text[second.start - 1] === "و";
  const namesYears = opener && (opener.folded.endsWith("بين") || (wordIsAny(opener, ["سنتي", "عامي"]) && scope.after.some((w) => w.folded.endsWith("بين"))));
  if (!namesYears || !joined) return undefined;
  return { period: samePart(second.value, scope.reference), base: { period: samePart(first.value, scope.reference), start: first.start, end: second.end } };
}

/**
 * A change in a sentence that names two periods after "بين" ("بين النصف الثاني من 2020 ونظيره من 2023، ارتفع عدد
 * الملفات بأزيد من 50 في المائة", "وبين النصف الأول من 2022 ونظيره من 2025، بلغت الزيادة 33,7 في المائة"): of the
 * later against the earlier.
 */
function betweenTwoPeriods(scope: NumberScope, catalogue: Catalogue): { period: string; base: Base } | undefined {
  const between = periodsBetween(scope.after, scope, catalogue) ?? periodsBetween([...scope.earlier, ...scope.before], scope, catalogue);
  if (!between) return undefined;
  const [base, period] = between;
  return { period: period.period, base: { period: base.period, start: base.start, end: period.end } };
}

/**
 * A change "في ظرف سنتين" or "في سنة واحدة" in its clause or the one before ("في سنتين.. الملفات تقفز بـ20 في
 * المائة"), which name no year (change-span.ts): of the reference period, against the same period that many
 * years earlier; "في ظرف نصف سنة" in a half-year report, against the half before.
 */
function overSpanOfYears(scope: NumberScope, catalogue: Catalogue): { period: string; base: Base } | { unclear: string } | undefined {
  if (scope.yearsBefore.length > 0 || scope.yearsAfter.length > 0) return undefined;
  // The clause before counts only when the change's own clause names no base ("وبأزيد من 50 في المائة مقارنة بما كان عليه قبل ثلاث سنوات").
  const ownBase = namesBase(scope, catalogue) || findPhrases(scope.after, catalogue.periods.comparisons).length > 0;
  const previousClause = scope.previousClause.years.length > 0 || ownBase ? [] : scope.previousClause.words;
  const over = changeSpan([...scope.before, ...scope.after], catalogue.periods) ?? changeSpan(previousClause, catalogue.periods);
  if (!over) return undefined;
  // "في النصف الثاني من 2014 لم نتجاوز 1175 ملفا، فالارتفاع يقارب 20 في المائة بين النصفين": the two second halves.
  if (over.betweenHalves && scope.earlier.some(isYearWord)) return undefined;
  if (over.half) {
    const half = parsePeriod(scope.reference).part?.kind === "H" ? previousPartPeriod(scope.reference) : null;
    return half ? { period: scope.reference, base: { period: half, start: over.start, end: over.end } } : { unclear: `a change over half a year in a report on ${scope.reference}: against which half?` };
  }
  return { period: scope.reference, base: { period: samePart(periodYear(scope.reference) - over.years, scope.reference), start: over.start, end: over.end } };
}

/**
 * The latest period of the sentence's counts of the change's subject before the percentage, the compared ones
 * ("مقابل 58 أمرا") and the earlier ends of a transition aside: a change told after its count ("تراجع عدد
 * الملفات إلى 3905 ملفات، أي بانخفاض يقارب 11 في المائة") is that count's change, whatever year the article
 * reports on.
 */
function subjectCountPeriod(scope: NumberScope, catalogue: Catalogue, soFar: SentenceSoFar, subject: Indicator): string | undefined {
  // A count in parentheses after a period ("ما سجل في النصف الثاني من السنة الماضية (3905 ملفات)") is given for comparison.
  const own = soFar.counts.filter((c) => c.indicator.id === subject.id && c.start < scope.mention.start && !c.startsTransition && !c.compared && scope.text[c.start - 1] !== "(");
  // "… 3040 ملفا في النصف الثاني، مقابل 2437 ملفا في النصف الثاني من سنة 2021، أي بارتفاع يناهز 25 في المائة" after
  // the year's 5800: the change between the last count and the earlier one compared with it.
  const last = own.at(-1);
  const comparedWithLast = soFar.counts.some((c) => c.indicator.id === subject.id && c.compared && last !== undefined && c.start > last.end && c.start < scope.mention.start && sameLength(c.period, last.period) && periodBefore(c.period, last.period));
  if (comparedWithLast) return last!.period;
  // "التي عالجت في النصف الأول من السنة 3104 ملفات، أنهت السنة بـ6312 ملفا …، أي بزيادة 9 في المائة": the last count's
  // whole year, not the part of it an earlier count gave; unless a part of a year was compared before the change
  // ("77 إنابة من أصل 143 إنابة خلال السنة، بعدما كانت 68 إنابة في الفترة نفسها من 2021، أي بزيادة 13 في المائة").
  const latest = latestPeriod(own);
  const partCompared = soFar.counts.some((c) => c.indicator.id === subject.id && c.compared && c.start < scope.mention.start && parsePeriod(c.period).part !== null);
  const wholeYear = !partCompared && last !== undefined && latest !== undefined && parsePeriod(last.period).part === null && parsePeriod(latest).year === parsePeriod(last.period).year;
  // "6312 ملفا خلال سنة 2023، منها 3104 في النصف الأول، … استأثرت الفترة من يوليوز إلى دجنبر بـ3208 ملفات، أي
  // بزيادة 3,4 في المائة عن النصف الأول": the last count's part of the year, which the year's total overlaps.
  // Not when a count of it was compared for another length of period ("منها 2150 في النصف الأول و2330 في النصف الثاني،
  // مقابل 4060 ملفا سنة 2018، أي بارتفاع يقارب 10 في المائة": the year's change).
  const comparedOtherLength = soFar.counts.some((c) => c.indicator.id === subject.id && c.compared && c.start < scope.mention.start && last !== undefined && !sameLength(c.period, last.period));
  // And only the part that ends the year's total: "2950 ملفا، كان نصيب النصف الأول منها 1430 ملفا، مسجلا بذلك ارتفاعا
  // بنسبة 10 في المائة قياسا بسنة 2015" is the year's change.
  const endsTogether = last !== undefined && latest !== undefined && periodMonths(last.period)[1] === periodMonths(latest)[1];
  // Nor when the base named after the change is as long as another period ("…، بزيادة تقارب 6 في المائة مقارنة مع
  // 2024"; "منها 1910 ملفات خلال الربع الثاني، بزيادة 7,9 في المائة مقارنة مع النصف الأول من سنة 2024").
  const otherLengthBase = () => {
    const named = readPeriods({ words: scope.after, years: scope.yearsAfter }, scope.reference, catalogue.periods, periodContext(scope, true));
    return "claims" in named && named.claims.length > 0 && !named.claims.some((c) => sameLength(c.period, last!.period));
  };
  const overlapping = endsTogether && !comparedOtherLength && !periodBefore(last!.period, latest!) && !periodBefore(latest!, last!.period) && !otherLengthBase();
  const counted = wholeYear || (!partCompared && overlapping) ? last!.period : latest;
  // "… بلغ 80 شخصا وليس 97، وأن حصيلة 2018، التي بلغت فعلا 88 شخصا، تمثل بالتالي ارتفاعا بنسبة 10 في المائة": a count
  // of the text's own period after those, in a relative clause of its year (read as compared), is the change's.
  const ownLater = soFar.counts.some((c) => c.indicator.id === subject.id && c.compared && c.period === scope.reference && c.start > (last?.end ?? 0) && c.end <= scope.mention.start);
  return ownLater && counted !== undefined && periodBefore(counted, scope.reference) ? scope.reference : counted;
}

/** The latest period among counts', if any. */
const latestPeriod = (counts: readonly CountFigure[]) => counts.map((c) => c.period).reduce<string | undefined>((latest, p) => (latest === undefined || periodBefore(latest, p) ? p : latest), undefined);

/**
 * A change in a sentence about "the figure" of the sentence before, whose own counts of it are all of earlier
 * periods ("هذا الرقم يتجاوز أيضا حصيلة النصف الثاني من السنة الماضية (2110 ملفات)، بزيادة تقارب 4 في المائة"):
 * of that figure's period, those counts its bases.
 */
function backReferencedPeriod(scope: NumberScope, soFar: SentenceSoFar, subject: Indicator): string | undefined {
  const figure = soFar.previousSubject;
  if (!figure || figure.indicator.id !== subject.id) return undefined;
  if (![...scope.earlier, ...scope.before].some((w) => wordIsAny(w, grammarWords.count_back_references))) return undefined;
  const own = soFar.counts.filter((c) => c.indicator.id === subject.id && c.start < scope.mention.start);
  // A change told by its two ends before it ("تراجع فيها الرقم: من 4480 ملفا في 2019 إلى 3950 في 2020، أي بانخفاض
  // نسبته 11,8%"): the change is between them, whatever figure "the figure" names.
  if (own.some((c) => c.startsTransition)) return undefined;
  return own.length > 0 && own.every((c) => periodBefore(c.period, figure.period)) ? figure.period : undefined;
}

/**
 * A change after an earlier year's count whose later count an earlier sentence of the paragraph gave ("نشرت المديرية خلال 2022
 * ما مجموعه 106 أوامر … . وبالرجوع إلى حصيلة 2021، نجد أن عدد هذه الأوامر بلغ 94 أمرا، أي أن الارتفاع في حدود
 * 13 في المائة") is the change between the two: of the later period. Otherwise, or when the change names a base
 * before the count's period, the count's own period.
 */
function laterOfTwoCounts(scope: NumberScope, catalogue: Catalogue, soFar: SentenceSoFar, subject: Indicator, counted: string | undefined): string | undefined {
  if (counted === undefined) return counted;
  // Reports compare a period with the same part of another year: not the first half with the previous second half,
  // nor with the year's total a half-year report gives after its half ("… 1560 ملفا …، لتستقر الحصيلة السنوية عند 2950").
  const later = lastOf(soFar.recent.filter((c) => c.period.slice(4) === counted.slice(4)), subject);
  if (!later || !periodBefore(counted, later.period)) return counted;
  // A base named before the count's own period makes the change the count's: "5800 ملف، بزيادة 24 في المائة عن سنة 2021".
  const after = claimsOf(scope, catalogue, "after", counted);
  if (!("unclear" in after) && after.some((c) => periodBefore(c.period, counted))) return counted;
  return later.period;
}

/**
 * A change after a recalled base alone ("وبالرجوع إلى حصيلة الربع الأخير من 2023، التي بلغت 1,652 ملفا، يتبين أن
 * الارتفاع بلغ 15.3 في المائة"), the later count given by an earlier sentence of the paragraph: of that count's period.
 */
function laterThanRecalled(scope: NumberScope, soFar: SentenceSoFar, subject: Indicator, countPeriod: string | undefined): string | undefined {
  if (countPeriod !== undefined) return undefined;
  // Only a base recalled before the change ("…، وهو يقارب ضعف ما عولج سنة 2016، حين بلغ العدد 2950 ملفا" after it compares something else).
  const recalled = soFar.counts.filter((c) => c.indicator.id === subject.id && c.compared && c.end <= scope.mention.start).at(-1);
  if (!recalled) return undefined;
  // The latest period of the paragraph's own counts of it (not its bases: "مقارنة مع سنة 2021، التي عولج خلالها 4677 ملفا").
  const own = soFar.recent.filter((c) => c.indicator.id === subject.id && !c.compared && c.period.slice(4) === recalled.period.slice(4));
  const latest = latestPeriod(own);
  return latest !== undefined && periodBefore(recalled.period, latest) ? latest : undefined;
}

/** The last figure of `subject` among `figures`. */
function lastOf(figures: readonly CountFigure[], subject: Indicator): CountFigure | undefined {
  for (let i = figures.length - 1; i >= 0; i--) if (figures[i]!.indicator.id === subject.id) return figures[i];
  return undefined;
}

/** A verb or participle of exceeding ("تجاوز"، "متجاوزة"): what follows it is surpassed, no change's base. */
const exceeding = (word: Word) => wordIsAny(word, grammarWords.qualifier_verbs.gt) || wordIsAny(word, grammarWords.exceeding_participles);

/**
 * "… هو المؤشر الوحيد الذي تراجع مقارنة بالفصل السابق، إذ انخفض بـ25%": a change told in a clause that explains
 * the one before it ("إذ", "حيث") is against the base that clause compares with, when its own names none.
 */
function explainedComparisonBase(scope: NumberScope, catalogue: Catalogue, period: string): PeriodClaim | undefined {
  const previous = scope.previousClause;
  const opener = scope.before[0] ?? scope.lead[0];
  if (!opener || !wordIsAny(opener, grammarWords.explanatory_openers) || findPhrases(previous.words, catalogue.periods.comparisons).length === 0) return undefined;
  const reading = readPeriods(previous, period, catalogue.periods, periodContext(scope, true));
  if (!("claims" in reading)) return undefined;
  const earlier = reading.claims.filter((c) => periodBefore(c.period, period));
  return earlier.length === 1 ? earlier[0] : undefined;
}

/** A comma, or a colon, after a word (a parenthesis between): where an opening comparison's clause ends. */
const clauseEndAfter = /^\s*(?:\([^)\n]*\))?\s*[،,:：]/u;
const clauseEndReach = 40;

/**
 * "ومقارنة بسنة 2019، أي قبل الجائحة، ارتفع عدد الملفات المعالجة بنسبة 4,4 في المائة": a sentence opening on a
 * comparison with one earlier period, in a clause of its own (to a comma, or a colon after the compared count in
 * parentheses: "مقارنة بالنصف الأول 2022 (2760 ملفا): +930 ملفا (+33,7%)"), gives the base of a change that names none.
 * So does a condition that compares ("وإذا قارناها مع 2020، فإن الزيادة تفوق 40 في المائة"; in Darija "وإلى قارناها
 * مع 2020"; periods.json closing_comparisons).
 */
function openingComparisonBase(scope: NumberScope, catalogue: Catalogue, period: string): PeriodClaim | undefined {
  const opening = sentenceOpening(scope);
  if (opening.length === 0 || !(wordIsAny(opening[0]!, grammarWords.base_comparisons) || phraseMatchAt(opening, 0, catalogue.periods.closing_comparisons) >= 0)) return undefined;
  const end = opening.findIndex((w) => clauseEndAfter.test(scope.text.slice(w.end, w.end + clauseEndReach)));
  if (end < 0 || opening[end]!.end > scope.mention.start) return undefined;
  const reading = readPeriods(periodScopeOf(opening.slice(0, end + 1)), period, catalogue.periods, periodContext(scope, true));
  if (!("claims" in reading)) return undefined;
  const earlier = reading.claims.filter((c) => periodBefore(c.period, period));
  // Not for a change of another length than the compared period, which its sentence set beside it: "وإذا قارنا النصف
  // الثاني بنظيره من 2021، … فإن الزيادة تقارب 27 في المائة، وهي نسبة تفوق بكثير الـ24 في المائة المسجلة على مستوى
  // السنة كاملة".
  return earlier.length === 1 && earlier.length === reading.claims.length && sameLength(earlier[0]!.period, period) ? earlier[0] : undefined;
}
