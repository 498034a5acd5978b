// The period a count takes from the clause right before its own: the period that clause ended on, after a relative
// word ("مقارنة مع سنة 2016، التي شهدت معالجة 2950 ملفا"), "in it" or "amounting to" ("والبالغ 4.060 ملفا"); the
// total it names, restated ("بمجموع ما عولج طيلة السنة الماضية، أي 6312 ملفا"); or an earlier clause's period after
// "for comparison". Part of the count's period reading (count-reading.ts), beside count-periods.ts.
import type { Catalogue } from "../catalogue/load.ts";
import { wordIsAny } from "./cue-match.ts";
import { grammarWords } from "./grammar-words.ts";
import { type PeriodClaim, type PeriodReading, periodScopeOf, readPeriods } from "./periods.ts";
import { type NumberScope, periodContext } from "./scope.ts";
import type { SentenceSoFar } from "./sentence-state.ts";
import { isYearWord, yearMention } from "./years.ts";

/**
 * A clause that opens with a relative word takes the period the previous clause ended on: "مقارنة مع سنة 2016،
 * التي شهدت معالجة 2950 ملفا" is 2016; "مقارنة مع نفس الفترة من السنة الماضية، التي عرفت معالجة 2.760 ملفا"
 * the same half of the year before.
 */
export function carriedPeriod(scope: NumberScope, catalogue: Catalogue, own: PeriodReading): PeriodReading | undefined {
  const [first] = scope.before;
  if (!first || !wordIsAny(first, grammarWords.relatives)) return undefined;
  // A relative clause naming its own year before the number is of that year: "لم يكن مألوفا قبل سنتين، حين بلغ
  // مجموع ما عولج طيلة سنة 2016 بأكملها 2950 ملفا".
  if ("claims" in own && own.claims.length > 0 && scope.yearsBefore.length > 0) return undefined;
  // Only the end of the previous clause can be what the relative word refers to; when a figure ended it ("… بأكثر من
  // 10 في المائة، حين بلغ …"), the words of the sentence before.
  const previous = scope.previousClause.words.length > 0 ? scope.previousClause : periodScopeOf(scope.earlier);
  if (previous.words.length === 0) return undefined;
  // "the previous year" there is the year before the figure's, as in a comparison ("بارتفاع … عن السنة الماضية التي
  // سجلت فيها 143 إنابة"); but the year before publication where the clause gives the results "for" it ("حصيلة
  // نشاطها برسم السنة المنصرمة، والتي تميزت بمعالجة …" in January; grammar-words results_of_period).
  const compared = !previous.words.some((w) => wordIsAny(w, grammarWords.results_of_period));
  const reading = readPeriods(previous, scope.reference, catalogue.periods, periodContext(scope, compared));
  if ("unclear" in reading) return reading;
  const last = lastInText(reading.claims);
  return last ? { claims: [last] } : undefined;
}

/**
 * A number restating ("أي 6312 ملفا") a clause that names a total and its period, and no number: "وإذا قورن هذا
 * الرقم بمجموع ما عولج طيلة السنة الماضية، أي 6312 ملفا" is of the previous year. A clause naming the figure
 * before again ("وهو العدد نفسه المسجل في …") is no new total (restatedAcrossPeriods).
 */
export function restatedTotalPeriod(scope: NumberScope, catalogue: Catalogue, own: PeriodReading): PeriodReading | undefined {
  const clause = scope.previousClause.words;
  const restating = scope.before.length === 1 && wordIsAny(scope.before[0]!, grammarWords.restating);
  if (!restating || !("claims" in own) || own.claims.length > 0 || clause.some((w) => /\p{N}/u.test(w.folded) && !isYearWord(w))) return undefined;
  const total = clause.findIndex((w) => wordIsAny(w, grammarWords.count_of));
  if (total < 0 || clause.slice(total + 1, total + 3).some((w) => wordIsAny(w, grammarWords.itself))) return undefined;
  return lastPeriodOfClauseBefore(scope, catalogue, true);
}

/**
 * A number that restates ("أي ٨٤ إنابة") right after a clause naming another period than the figure before it
 * ("أربع وثمانين إنابة، وهو العدد نفسه المسجل في الأشهر الستة الأخيرة من 2024، أي ٨٤ إنابة"): it may restate
 * either, so its period is unclear.
 */
export function restatedAcrossPeriods(scope: NumberScope, catalogue: Catalogue, own: PeriodReading, soFar: SentenceSoFar): PeriodReading | undefined {
  const figure = soFar.lastCount;
  const restating = scope.before.length === 1 && wordIsAny(scope.before[0]!, grammarWords.restating);
  if (!figure || !restating || !("claims" in own) || own.claims.length > 0 || scope.previousClause.words.length === 0) return undefined;
  const reading = readPeriods(scope.previousClause, scope.reference, catalogue.periods, periodContext(scope));
  const other = "claims" in reading ? reading.claims.find((c) => c.period !== figure.period) : undefined;
  if (!other) return undefined;
  return { unclear: `it restates a figure, and the clause before it names another period (${other.period}) than the figure's (${figure.period})`, start: other.start, end: other.end };
}

/**
 * A count opening its clause, its clause naming no period, right after a clause about an earlier period that
 * names it, is of that period: "بعدما اقتصر هذا النوع من العمليات سنة 2021 على فرنسا وإسبانيا، بثلاث عمليات" (2021).
 */
export function comparisonClausePeriod(scope: NumberScope, catalogue: Catalogue, own: PeriodReading): PeriodReading | undefined {
  const previous = scope.previousClause;
  if (!("claims" in own) || own.claims.length > 0 || scope.before.length > 0 || previous.years.length === 0) return undefined;
  if (!previous.words[0] || !wordIsAny(previous.words[0], grammarWords.earlier_clause_openers)) return undefined;
  return lastPeriodOfClauseBefore(scope, catalogue, true);
}

/** The last period the clause before the number's names, if any (read as a comparison's when `comparison`). */
function lastPeriodOfClauseBefore(scope: NumberScope, catalogue: Catalogue, comparison: boolean): PeriodReading | undefined {
  const reading = readPeriods(scope.previousClause, scope.reference, catalogue.periods, periodContext(scope, comparison));
  const last = "claims" in reading ? lastInText(reading.claims) : undefined;
  return last ? { claims: [last] } : undefined;
}

/**
 * The claim ending last in the text: readPeriods lists its claims by kind, not by place ("حصيلة هذه الأشهر الستة
 * بحصيلة 2015 كاملة" lists 2015 before the half).
 */
function lastInText(claims: readonly PeriodClaim[]): PeriodClaim | undefined {
  return claims.reduce<PeriodClaim | undefined>((latest, c) => (!latest || c.end > latest.end ? c : latest), undefined);
}

/**
 * A count that names no period of its own, in a clause opening with "البالغ" (amounting to) or "حين" (when), or right
 * after "فيها" (in it), or in a relative clause holding it, is of the period the clause before names: "ما عالجه القطب طوال سنة
 * 2018، والبالغ 4.060 ملفا", "كنا نعتبر سنة 2016 سنة جيدة، وقد عالجنا فيها 2950 ملفا".
 */
export function referredClausePeriod(scope: NumberScope, catalogue: Catalogue, own: PeriodReading): PeriodReading | undefined {
  if (!("claims" in own) || own.claims.length > 0) return undefined;
  const amounting = scope.before[0] !== undefined && wordIsAny(scope.before[0], grammarWords.amounting);
  // Right before the number, or anywhere in a relative clause on the year the clause before named ("طيلة 2020، السنة
  // التي لم يتجاوز فيها عدد المستفيدين 420 موظفا").
  const relative = scope.before.slice(0, 2).some((w) => wordIsAny(w, grammarWords.relatives));
  const inIt = (relative ? scope.before : scope.before.slice(-2)).some((w) => wordIsAny(w, grammarWords.in_it));
  if (inIt) return periodReferredTo(scope, catalogue);
  // "وأكثر من أربعة أضعاف رقم 2020، حين لم يتعد العدد 420 موظفا": "when" opening the clause right after a year is that year (not "في حين", whereas).
  const when = scope.before[0] !== undefined && wordIsAny(scope.before[0], grammarWords.time_conjunctions);
  const lastBefore = scope.previousClause.words.at(-1);
  if (when && lastBefore !== undefined && isYearWord(lastBefore)) {
    const years = scope.previousClause.words.filter(isYearWord).map(yearMention);
    const reading = readPeriods({ words: scope.previousClause.words, years }, scope.reference, catalogue.periods, periodContext(scope, false));
    return "claims" in reading && reading.claims.length > 0 ? { claims: [reading.claims.at(-1)!] } : undefined;
  }
  return amounting ? lastPeriodOfClauseBefore(scope, catalogue, false) : undefined;
}

/**
 * The period "in it" refers to: the period the clause before names, itself, not the one after it ("ويأتي هذا الأداء
 * بعد سنة 2025 التي وصفتها المديرية بالقياسية، إذ بلغ عدد الملفات المعالجة خلالها 7640 ملفا" is of 2025), and a
 * year named so is the whole year ("during it"), also in a report on a part of a year.
 */
function periodReferredTo(scope: NumberScope, catalogue: Catalogue): PeriodReading | undefined {
  const words = scope.previousClause.words.filter((w) => !wordIsAny(w, catalogue.periods.after_words));
  const reading = readPeriods({ words, years: scope.previousClause.years }, scope.reference, catalogue.periods, { ...periodContext(scope, false), comparedWithWholeYear: true });
  return "claims" in reading && reading.claims.length > 0 ? { claims: [reading.claims.at(-1)!] } : undefined;
}
