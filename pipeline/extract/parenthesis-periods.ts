/**
 * The period a count in parentheses takes from what stands right before the parenthesis: a part of the year
 * ("حصيلة النصف الأول (2760 ملفا)"), a year ("رقم 2018 (112 إنابة)"), the bound or rounded figure it makes exact
 * ("تجاوزت المائة (104 إنابات)"), or a change's base it is the later end against ("مقارنة مع 2022 (87 أمرا بدل 106)");
 * and the period a parenthesis right after a count names ("طرح 45 أمرا (النصف الأول) من المجموع السنوي").
 */
import type { Catalogue } from "../catalogue/load.ts";
import { parsePeriod } from "../lib/period.ts";
import type { Indicator } from "../types/catalogue-indicators.ts";
import { intersect, intervalOf } from "../validate/interval.ts";
import { opensParenthesis } from "./clauses.ts";
import { wordIsAny, wordMatchesAny } from "./cue-match.ts";
import { grammarWords } from "./grammar-words.ts";
import { agreedPeriod, type PeriodReading, periodScopeOf, readPeriods } from "./periods.ts";
import { partNamed, withPart } from "./year-parts.ts";
import { type NumberScope, periodContext } from "./scope.ts";
import type { SentenceSoFar } from "./sentence-state.ts";
import type { Word } from "./words.ts";
import { isYearWord, wordValue, yearNouns } from "./years.ts";

/** How many words right before a parenthesis may name the part of a year its count is of: "حصيلة النصف الأول (". */
const partBeforeReach = 3;

/** What a parenthesis may hold besides its count: the counted noun ("(2760 ملفا)"), no words of a period of its own. */
const bareParenthesis = /^[^\S\n]*(?:\p{L}+[^\S\n]*){0,2}\)/u;

/** For a count alone in a parenthesis ("(2760 ملفا)"): where the parenthesis opens, and the few words right before it. */
function beforeBareParenthesis(scope: NumberScope): { open: number; words: Word[] } | undefined {
  if (!opensParenthesis(scope.text, scope.mention) || !bareParenthesis.test(scope.text.slice(scope.mention.end, scope.mention.end + 40))) return undefined;
  const { open, words } = beforeParenthesis(scope);
  return { open, words: words.slice(-partBeforeReach) };
}

/** Where the parenthesis the number opens starts, and its clause's words before it. */
function beforeParenthesis(scope: NumberScope): { open: number; words: Word[] } {
  const open = scope.text.lastIndexOf("(", scope.mention.start);
  return { open, words: scope.before.filter((w) => w.end <= open) };
}

/**
 * A count alone in a parenthesis right after a part of the year ("بطرح حصيلة النصف الأول (2760 ملفا) من الحصيلة
 * السنوية"): that part's, whatever the words after the parenthesis name. The year is the text's.
 */
export function partBeforeParenthesis(scope: NumberScope, catalogue: Catalogue): PeriodReading | undefined {
  const { words } = beforeBareParenthesis(scope) ?? { words: [] };
  if (words.length === 0 || scope.yearsBefore.some((y) => y.start >= words[0]!.start)) return undefined;
  const part = partNamed(words, catalogue.periods);
  const reference = parsePeriod(scope.reference);
  if (!part || reference.part === null) return undefined;
  return { claims: [{ period: withPart(String(reference.year), part), start: words[0]!.start, end: words.at(-1)!.end }] };
}

/**
 * A count alone in a parenthesis right after a year ("لكنه يظل أعلى من رقم 2018 (112 إنابة)", "أعلى من مستوى 2018
 * (78 أمرا)"): that year's, with the part of it the words before name, if any. Not in a report on a part of a
 * year that names none (the year or its same part?).
 */
export function yearBeforeParenthesis(scope: NumberScope, catalogue: Catalogue): PeriodReading | undefined {
  const { open, words } = beforeBareParenthesis(scope) ?? { open: -1, words: [] };
  // The year right before the parenthesis, or its record's epithet between them ("متجاوزة رقم 2019 القياسي (125)");
  // read as a word: after "رقم" the recognizer may take it for an identifier.
  const epithet = words.length > 1 && wordMatchesAny(words.at(-1)!.folded, catalogue.periods.record_words);
  const year = words.at(epithet ? -2 : -1);
  if (!year || !isYearWord(year) || words.filter(isYearWord).length !== 1 || /\S/u.test(scope.text.slice(words.at(-1)!.end, open))) return undefined;
  const part = partNamed(words, catalogue.periods);
  if (!part && parsePeriod(scope.reference).part !== null) return undefined;
  return { claims: [{ period: withPart(String(wordValue(year)), part ?? undefined), start: year.start, end: year.end }] };
}

/**
 * A count opening a parenthesis right after a bound or rounded figure of the same indicator that it fits: the exact
 * figure, of the same period ("تجاوزت المائة (104 إنابات)"، "قرابة 3400 ملف (3380 بالضبط)"), not another period's
 * value compared with it, as after an exact figure ("17 شخصا (15 في نفس الفترة من 2024)").
 */
export function exactOfBound(scope: NumberScope, indicator: Indicator, catalogue: Catalogue, soFar: SentenceSoFar): PeriodReading | undefined {
  const last = soFar.lastCount;
  if (!last?.qualifier || last.indicator.id !== indicator.id || !opensParenthesis(scope.text, scope.mention)) return undefined;
  // Its counted noun may stand between, and the noun's adjectives: "فاقت مائة إنابة (115 بالتحديد)", "ما يزيد عن مائة
  // إنابة قضائية دولية (104 إنابات تحديدا)".
  const noun = last.counted?.word;
  const from = noun && noun.start >= last.end && noun.end <= scope.mention.start ? noun.end : last.end;
  if (!nounAdjectivesThenParenthesis.test(scope.text.slice(from, scope.mention.start))) return undefined;
  // Within what the bound or the rounding allows (the catalogue's rounding rules, validate/interval.ts).
  const allowed = intervalOf({ value: last.value, qualifier: last.qualifier, decimals: 0, unit: indicator.unit }, catalogue.rounding);
  const { value } = scope.mention;
  if (intersect([allowed, { lower: value, upper: value, lowerOpen: false, upperOpen: false }]) === null) return undefined;
  return { claims: [{ period: last.period, start: last.start, end: last.end }] };
}

/** At most a noun's adjectives (letters only, no mark) before the parenthesis a number opens. */
const nounAdjectivesThenParenthesis = /^(?:[^\S\n]+\p{L}+){0,3}[^\S\n]*\([^\S\n]*$/u;

/** A comparison word (grammar-words pair_comparisons) and a number after a count in its parenthesis: "(87 أمرا بدل 106)", "(5 مقابل 4)". */
const comparedInParenthesis = new RegExp(`^[^\\S\\n]*(?:\\p{L}+[^\\S\\n]*){0,2}(?:${grammarWords.pair_comparisons.join("|")})[^\\S\\n]*\\p{Nd}`, "u");

/**
 * A count opening a parenthesis that compares it with another ("تراجع بنحو 18 في المائة مقارنة مع 2022 (87 أمرا
 * بدل 106)"): the later end of the change, of the text's own period; the year before the parenthesis is the base's,
 * which the compared number after it takes.
 */
export function subjectOfComparedParenthesis(scope: NumberScope): PeriodReading | undefined {
  if (!opensParenthesis(scope.text, scope.mention) || !comparedInParenthesis.test(scope.text.slice(scope.mention.end, scope.mention.end + 40))) return undefined;
  // The year before the parenthesis is a base ("مقارنة مع 2022 (…"), not the period the pair is of ("لم تتراجع إلا في 2020 (118 إنابة مقابل 125)").
  const before = beforeParenthesis(scope).words;
  const year = before.at(-1);
  if (!year || !isYearWord(year) || !before.slice(-1 - baseWordReach, -1).some((w) => wordIsAny(w, grammarWords.change_base_words))) return undefined;
  return { claims: [{ period: scope.reference, start: scope.mention.start, end: scope.mention.end }] };
}

/** How far before the year its change's base word may stand (grammar-words change_base_words): "مقارنة مع 2022". */
const baseWordReach = 3;

/** A parenthesis right after a count and its noun: "45 أمرا (النصف الأول)". */
const parenthesisAfterNoun = /^[^\S\n]*\p{L}+[^\S\n]*\(([^()\n]{1,40})\)/u;

/** How many words a parenthesis naming a period alone may hold: "(خلال النصف الأول من السنة)". */
const periodParenthesisWords = 6;

/**
 * "فإن طرح 45 أمرا (النصف الأول) من المجموع السنوي البالغ 98 أمرا": a parenthesis right after a count and its noun
 * that names a period and nothing else (no number but a year) gives the count that period, whatever the rest of
 * its clause names.
 */
export function periodInParenthesisAfter(scope: NumberScope, catalogue: Catalogue): PeriodReading | undefined {
  const match = parenthesisAfterNoun.exec(scope.text.slice(scope.mention.end, scope.mention.end + 80));
  if (!match) return undefined;
  const start = scope.mention.end + match.index + match[0].length - match[1]!.length - 1;
  const inside = scope.wordsIn(start, start + match[1]!.length);
  // A year only after its noun ("(سنة 2021)"): "قرابة ألفي مذكرة (1987 بالتحديد)" restates the value.
  const yearAfterNoun = (w: Word, i: number) => isYearWord(w) && i > 0 && wordIsAny(inside[i - 1]!, yearNouns);
  if (inside.length === 0 || inside.length > periodParenthesisWords || inside.some((w, i) => /\p{N}/u.test(w.folded) && !yearAfterNoun(w, i))) return undefined;
  const reading = readPeriods(periodScopeOf(inside), scope.reference, catalogue.periods, periodContext(scope));
  if (!("claims" in reading)) return undefined;
  const agreed = agreedPeriod(reading.claims);
  return "period" in agreed ? { claims: [agreed.period] } : undefined;
}

/** Two counts in a parenthesis right after a count, joined by "ثم", "و" or "+": "112 أمرا (53 ثم 59)". */
const twoPartsAfter = /^[^\S\n]*(?:\p{L}+[^\S\n]*){0,2}\([^\S\n]*(\p{Nd}+)[^\S\n]*(?:ثم|و|\+)[^\S\n]*(\p{Nd}+)[^\S\n]*\)/u;

/**
 * In a report on a half-year, a count whose own clause names no period, followed by a parenthesis of its two halves
 * ("وبلغ عدد الأوامر … 112 أمرا (53 ثم 59)", 53 + 59 = 112): the whole year's count.
 */
export function sumOfHalvesAfter(scope: NumberScope, own: PeriodReading): PeriodReading | undefined {
  const reference = parsePeriod(scope.reference);
  if (!("claims" in own) || own.claims.length > 0 || reference.part?.kind !== "H") return undefined;
  const parts = twoPartsAfter.exec(scope.text.slice(scope.mention.end, scope.mention.end + 40));
  if (!parts || Number(parts[1]) + Number(parts[2]) !== scope.mention.value || scope.mention.qualifier !== undefined) return undefined;
  return { claims: [{ period: String(reference.year), start: scope.mention.start, end: scope.mention.end + parts.index + parts[0].length }] };
}
