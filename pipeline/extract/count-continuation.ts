// What a count takes from the count before it in its sentence: it continues it in a comparison ("4 عمليات
// للتسليم المراقب، مقابل عمليتين سنة 2022"), a parenthesis or a restatement ("تسعين أمر، 90"), or is coordinated
// with it and read with its clause's words ("2246 مذكرة لإيقاف سريان الأبحاث الدولية، و359 مذكرة … العربي").
import type { Catalogue } from "../catalogue/load.ts";
import type { Indicator } from "../types/catalogue-indicators.ts";
import { opensParenthesis } from "./clauses.ts";
import { type CountedNoun, isPart } from "./counted-noun.ts";
import { opensOnOutOf } from "./part-of-next.ts";
import { sameStem, wordIsAny, wordMatchesAny } from "./cue-match.ts";
import { grammarWords, withoutConjunction, withoutLam } from "./grammar-words.ts";
import { labelledByYear } from "./parenthesis.ts";
import { separatesByBar, separatesValues } from "./slash-legend.ts";
import { givenByCorrection } from "./spoken-corrections.ts";
import { decide, type PatternInput, rankIndicators } from "./patterns.ts";
import { changeDirection } from "./percent-change.ts";
import { readPeriods } from "./periods.ts";
import { allPartPhrases } from "./year-parts.ts";
import { findPhrases, type PhraseMatch } from "./phrases.ts";
import { type NumberScope, periodContext } from "./scope.ts";
import type { CountFigure, SentenceSoFar } from "./sentence-state.ts";
import { endsTransition } from "./transition.ts";
import type { Word } from "./words.ts";
import { isYearWord } from "./years.ts";

/** Words that may stand alone before a count coordinated with the one before it ("و97 أمرا", "بينهم 65"). */
export const coordinators = [...grammarWords.part_markers, "و", "من"];

/** How close to the number a comparison word must be for the number to be the compared figure ("مقابل 58 أمرا", "بعدما كان عددهم 27"). */
export const comparisonReach = 4;

/** The last `comparisonReach` words of the lead, not counting fillers and years ("بعدما كان العدد سنة 2022 قد بلغ"). */
function nearLead(scope: NumberScope): Word[] {
  const near: Word[] = [];
  let counted = 0;
  for (let i = scope.lead.length - 1; i >= 0 && counted < comparisonReach; i--) {
    const word = scope.lead[i]!;
    near.unshift(word);
    if (!isYearWord(word) && !wordIsAny(word, grammarWords.comparison_fillers)) counted++;
  }
  return near;
}

/**
 * Whether the number's sentence opens on a comparison with a year ("وبالمقارنة مع النصف الثاني من 2022، حين بلغ
 * العدد 3040 ملفا، تسجل الحصيلة ارتفاعا بنحو 6 في المائة") and its clause names no year of its own: the number is
 * the compared figure, not the subject of the sentence's change. The words of that opening comparison, or undefined.
 */
export function comparisonOpening(scope: NumberScope, catalogue: Catalogue): Word[] | undefined {
  const first = scope.earlier[0];
  // The opening of the sentence, not of the last words of a long one (a card's lines: "(+١٠٪ مقارنة مع ٢٠١٥)⏎⚖️ ٩٦ …").
  if (!first || scope.earlierFromStart === false || scope.yearsBefore.length > 0 || scope.yearsAfter.length > 0) return undefined;
  const mark = scope.text.slice(first.start, scope.mention.start).search(/[،,؛;]/u);
  if (mark < 0) return undefined;
  const beforeMark = scope.earlier.filter((w) => w.end <= first.start + mark);
  // No longer an opening than comparisonOpeningWords (a bare one is a single word).
  const comparing = beforeMark.length <= comparisonOpeningWords && findPhrases(beforeMark, catalogue.periods.comparisons).length > 0;
  // A bare "for comparison" ("وللمقارنة، فإن ما عالجته المصالح طيلة سنة 2020، في عز الجائحة، لم يتجاوز 3950 ملفا")
  // opens on what the sentence says up to the number's clause, unless the number is a part of a count before it
  // ("…، 162 إنابة، من بينها 41 تخص الصنف ذاته").
  const bare = comparing && beforeMark.length === 1 && !isPart(scope.text, scope.before, scope.after);
  const opening = bare ? scope.earlier : beforeMark;
  const compares = opening.length <= (bare ? bareOpeningWords : comparisonOpeningWords) && comparing && opening.some(isYearWord);
  if (!compares) return undefined;
  // Not an opening that tells a change itself ("سجلت جل المؤشرات ارتفاعا مقارنة مع 2024، …، التي تراجعت إلى 329"):
  // its year is that change's base, and a count after it is no compared figure.
  const { increase, decrease } = catalogue.indicators.change_words;
  return opening.some((w) => wordIsAny(w, increase) || wordIsAny(w, decrease)) ? undefined : opening;
}

/**
 * Whether the number stands in a relative clause of a period ("دون مستوى الفترة ذاتها من سنة 2019، التي سجلت 2300
 * ملف"; "بالفترة ذاتها من السنة الماضية، حين بلغ العدد 1420 ملفا"): it is that period's count, given as the base
 * of a comparison, as after "مقابل"; the sentence's change is not its own.
 */
export function inRelativeOfPeriod(scope: NumberScope, catalogue: Catalogue): boolean {
  let relative = scope.before.length - 1;
  while (relative >= 0 && !wordIsAny(scope.before[relative]!, grammarWords.relatives)) relative--;
  if (relative < 0) return false;
  const head = [...scope.previousClause.words, ...scope.before.slice(0, relative)];
  const last = head.at(-1);
  if (!last) return false;
  if (isYearWord(last)) return true;
  const { previous_year: previousYear, same_period: samePeriod } = catalogue.periods;
  if ([...findPhrases(head, previousYear), ...findPhrases(head, samePeriod)].some((m) => m.end === last.end)) return true;
  // "وبالمقارنة مع الربع الثاني من السنة الجارية، الذي عالج خلاله القطب 1760 ملفا": a period of the year the text
  // is about, compared with.
  const compared = findPhrases(head, catalogue.periods.comparisons).length > 0;
  return compared && [...findPhrases(head, catalogue.periods.current_period), ...findPhrases(head, allPartPhrases(catalogue.periods))].some((m) => m.end === last.end);
}

/** How many words a sentence's opening comparison may have: "وبالمقارنة مع النصف الثاني من 2022". */
const comparisonOpeningWords = 8;

/** How many words may follow a bare "for comparison" to the number's clause: "وللمقارنة، فإن ما عالجته المصالح نفسها طيلة سنة 2020". */
const bareOpeningWords = 16;

/** A verb of being that opens a parenthesis right before the number ("(كانت 1455)", Darija "(كانو 1.455)"), if any. */
function beingInParenthesis(scope: NumberScope): Word | undefined {
  const being = scope.lead.at(-1);
  if (!being || !wordIsAny(being, grammarWords.negated_past_being)) return undefined;
  return /\(\s*$/u.test(scope.text.slice(Math.max(0, being.start - 3), being.start)) ? being : undefined;
}

/** Whether a comparison word stands just before the number ("مقابل 58", "بعدما بلغ 97"; not "في المقابل", "in return"). */
export function comparedInLead(scope: NumberScope, catalogue: Catalogue): boolean {
  const last = scope.lead.at(-1);
  if (last && wordIsAny(last, grammarWords.comparison_right_before)) return true;
  // "(كانت 71)": what it was before.
  if (last && beingInParenthesis(scope) === last) return true;
  if (changedFrom(scope)) return true;
  if (wasThen(scope, catalogue)) return true;
  if (baseAfterChange(scope) || afterPercentInParentheses(scope, catalogue)?.change) return true;
  const near = nearLead(scope);
  // "وهو رقم يتجاوز عتبة سبعة آلاف ملف": the verb that bounds the count itself ("more than") compares it with no other period's.
  // Nor does "more than" a fraction of the count before ("أكثر" or "أكثر من", then the fraction): "أكثر من نصفهم (44
  // شخصا)" is a part of it.
  const ofFraction = (m: PhraseMatch) => near.filter((w) => w.start >= m.end).slice(0, 2).some(isFractionOf);
  return findPhrases(near, catalogue.periods.comparisons).some((m) => near[m.index] !== scope.qualifierVerb && !near[m.index]!.folded.includes("المقابل") && !superlative.test(near[m.index]!.folded) && !ofFraction(m));
}

/** How many words after the number its earlier period may take: "العام الماضي", "في النصف الأول من 2022". */
const thenWords = 6;

/**
 * "78 منهم مغاربة أوقفوا خارج المغرب، وكانوا 71 العام الماضي": "and they were" opening its clause, the number, and a
 * period other than the text's after it: what the count before it was then.
 */
function wasThen(scope: NumberScope, catalogue: Catalogue): boolean {
  const [being] = scope.lead;
  if (scope.lead.length !== 1 || !being!.folded.startsWith("و") || !wordMatchesAny(withoutConjunction(being!.folded), grammarWords.past_being)) return false;
  const then = readPeriods({ words: scope.after.slice(0, thenWords), years: scope.yearsAfter }, scope.reference, catalogue.periods, periodContext(scope, true));
  return "claims" in then && then.claims.length > 0 && then.claims.every((c) => c.period !== scope.reference);
}

/** "الأكثر حجزا: مرسيدس (29)": the most, a superlative, compares nothing with the figure before. */
const superlative = /^[وف]?ال(?:اكثر|اقل)$/u;

/**
 * "بلغ عددها 1390 مذكرة، بارتفاع من 1280 في النصف الأول من 2018": a change word and "من" right before the number,
 * and no "إلى" after it: the value the count before it rose or fell from, compared with it.
 */
function changedFrom(scope: NumberScope): boolean {
  const [change, from] = scope.lead.slice(-2);
  if (!change || !from || !wordIsAny(from, grammarWords.transitions.from) || !wordIsAny(change, grammarWords.transitions.words)) return false;
  return !scope.after.some((w) => wordIsAny(w, grammarWords.transitions.to));
}

/** A percentage ending right before: "5%", "5 في المائة", "5 بالمائة". */
const percentEnd = /(?:[%٪]|م[اى]?[ئي]ة)\s*$/u;

/** "بزيادة 5% عن 5800 ملف السنة الماضية": the count right after a change's percentage and "عن" is the change's base. */
function baseAfterChange(scope: NumberScope): boolean {
  const [only] = scope.lead;
  if (scope.lead.length !== 1 || !wordMatchesAny(only!.folded, grammarWords.base_after_change)) return false;
  return percentEnd.test(scope.text.slice(Math.max(0, only!.start - 12), only!.start));
}

/** How many words may stand between a percentage and the count in parentheses after it: "على أساس سنوي". */
const parenthesisedBaseReach = 4;

/**
 * A count opening a parenthesis right after a percentage (and at most a change's base words): "بارتفاع 7 % على
 * أساس سنوي (1 590 مذكرة)" gives the change's base, "36 في المائة (2297 ملفا)" the share's own count. Whether a
 * change word governs that percentage, or undefined when the count is no such parenthesis.
 */
export function afterPercentInParentheses(scope: NumberScope, catalogue: Catalogue): { change: boolean } | undefined {
  if (!opensParenthesis(scope.text, scope.mention) || scope.lead.length > parenthesisedBaseReach) return undefined;
  const percentEndsAt = scope.lead[0]?.start ?? scope.text.lastIndexOf("(", scope.mention.start);
  if (!percentEnd.test(scope.text.slice(Math.max(0, percentEndsAt - 12), percentEndsAt))) return undefined;
  const sentenceBefore = [...scope.earlier, ...scope.before].filter((w) => w.end <= percentEndsAt);
  const changeBefore = (words: readonly Word[]) => changeDirection(words, catalogue.indicators.change_words) !== undefined;
  if (changeBefore(sentenceBefore.slice(-changeWordReach)) || signedPercent.test(scope.text.slice(Math.max(0, percentEndsAt - 16), percentEndsAt))) return { change: true };
  // "ارتفع عدد الملفات بنسبة 10 في المائة (1650 ملفا …)، والإنابات بـ11 في المائة (37 إنابة)": the rate of the
  // sentence's change, its verb elided.
  if (rateOfPercent.test(scope.text.slice(Math.max(0, percentEndsAt - 32), percentEndsAt)) && changeBefore(sentenceBefore)) return { change: true };
  // "52 في المائة من مجموع السنة (2870 مذكرة)": the words between name what the parenthesis counts.
  return scope.lead.length === 0 ? { change: false } : undefined;
}

/** A percentage after "بـ" or "بنسبة", ending right before: "بـ11 في المائة", "بنسبة 9 %". */
const rateOfPercent = /(?:^|[^\p{L}])(?:بـ?|بنسبة\s*)[\p{N}.,٫]+\s*(?:[%٪]|في\s*الم[اى]?[ئي]ة|بالم[اى]?[ئي]ة)\s*$/u;

/** A signed percentage ending right before: "+9%", "-25 %". */
const signedPercent = /[+\-−]\s*[\p{N}.,٫]+\s*[%٪]\s*$/u;

/** The words before a percentage that may hold its change word: "بارتفاع 7 %", "ارتفع عدد الملفات المعالجة بنسبة 10 في المائة". */
const changeWordReach = 9;

/** Whether only a succession word stands between the previous figure and the number: "48 ثم 53". */
function successionBetween(scope: NumberScope, previous: CountFigure): boolean {
  const between = scope.lead.filter((w) => w.start >= previous.end);
  return between.length === 1 && wordIsAny(between[0]!, grammarWords.succession) && !/[.،,؛;\n]/u.test(scope.text.slice(previous.end, scope.mention.start));
}

/**
 * "960 آنذاك، 1810 اليوم", "الأمس 2760 / اليوم 3104": the value said "now" right after the one said "then", or the
 * reverse, the words after the values or before them, is the same label's (then-and-now.ts).
 */
function thenAndNowBetween(scope: NumberScope, previous: CountFigure): boolean {
  const { then, now } = grammarWords.then_and_now;
  const is = (word: Word | undefined | null, list: readonly string[]) => word !== undefined && word !== null && wordIsAny(word, list);
  const opposite = (a: Word | undefined | null, b: Word | undefined | null) => (is(a, then) && is(b, now)) || (is(a, now) && is(b, then));
  const said = scope.wordFrom(previous.end);
  const next = scope.wordFrom(scope.mention.end);
  if (said && next && said.end <= scope.mention.start && /^[^\S\n]*[،,]?[^\S\n]*$/u.test(scope.text.slice(said.end, scope.mention.start)) && opposite(said, next)) return true;
  // The words before: the one right before this value, and the one right before the previous (on its line).
  const words = [...scope.earlier, ...scope.before];
  const own = words.at(-1);
  const theirs = words.filter((w) => w.end <= previous.start).at(-1);
  const adjacent = (word: Word | undefined, at: number) => word !== undefined && /^[^\S\n]*$/u.test(scope.text.slice(word.end, at));
  return adjacent(own, scope.mention.start) && adjacent(theirs, previous.start) && /^[^\n]*$/u.test(scope.text.slice(previous.end, scope.mention.start)) && opposite(theirs, own);
}

/** A fraction's noun of something ("نصفهم", "ثلث الملفات"), not a definite one naming a part of a year ("النصف الأول"). */
const isFractionOf = (word: Word) => wordIsAny(word, grammarWords.fraction_nouns) && !/^[وف]?ال/u.test(word.folded);

/** Whether the word right before the parenthesis a number opens is a fraction's noun: "نصفهم (44 شخصا)". */
export function afterFraction(scope: NumberScope): boolean {
  const before = scope.lead.at(-1);
  return before !== undefined && opensParenthesis(scope.text, scope.mention) && isFractionOf(before);
}

/**
 * The figure a number continues, if it does: a comparison word stands just before it (`comparison`, comparedInLead:
 * "مقابل 58", "بعدما كان 158"), or a word that restates ("إذ بلغ بالتحديد 148"), or it opens a parenthesis ("(57
 * شخصا)") or follows it after a slash ("39 / 45"); and its own noun, if any, is one the figure's indicator counts.
 * After a part ("من بينهم 41 مغربيا، مقابل 63 شخصا"), the comparison is of the whole; `either` when "the number"
 * may continue the whole or its part ("من بينهم 62 مغربيا …، بعدما كان العدد 76").
 */
export function continued(scope: NumberScope, soFar: SentenceSoFar, counted: CountedNoun | null, comparison: boolean): CountFigure | { either: [CountFigure, CountFigure] } | undefined {
  const previous = soFar.lastCount;
  if (!previous) return undefined;
  const near = scope.lead.slice(-comparisonReach);
  // "بلغ 54 شخصا، والصحيح 45": a correction's value replaces the count it withdraws (read-source.ts).
  // "3450 مذكرة بحث، عفوا، 3540": a speaker's correction too, a clause of its own (spoken-corrections.ts).
  // "فيبقى 16 للنصف الثاني": what is left after taking the part from the whole, counted as they are.
  // "تسع وأربعون إنابة، أكثر من ثلثها، وتحديدا سبع عشرة إنابة": after a fraction of the count, a restating word
  // restates the fraction, a part, not the count.
  const fractionBetween = [...scope.earlier, ...scope.before].some((w) => w.start >= previous.end && w.end <= scope.mention.start && isFractionOf(w));
  const restating = (near.some((w) => wordIsAny(w, grammarWords.restating)) && !fractionBetween) || near.some((w) => wordIsAny(w, grammarWords.retractions) || wordIsAny(w, grammarWords.subtraction_results)) || givenByCorrection(scope.text, scope.mention, [...scope.earlier, ...scope.before]);
  // "(1455)", and with a verb of being: "(كانت 1455)", Darija "(كانو 1.455)".
  // On the figure's line, or opening a line of its own under it ("96⏎إنابة قضائية دولية⏎(88 في 2015)"); not after
  // other words of a later line: "104 سيارات محجوزة⏎الأكثر حجزا: مرسيدس (29)" counts the brand's.
  const between = scope.text.slice(previous.end, scope.mention.start);
  const ownLine = !between.includes("\n") || /\n[^\S\n]*\([^\S\n]*\S{0,6}[^\S\n]*$/u.test(between);
  // "4480 (2018: 4060)": a year and a colon opening the parenthesis label the value after them.
  // Not after a fraction of it: "ثمانين شخصا …، أكثر من نصفهم (44 شخصا) مواطنون مغاربة" gives a part in units.
  const parenthesis = (opensParenthesis(scope.text, scope.mention) || beingInParenthesis(scope) !== undefined || labelledByYear(scope.text, scope.mention)) && ownLine && !afterFraction(scope);
  // "39 / 45", "52 – 58", "48 ثم 53": the values of one label for two periods (a legend says which, slash-legend.ts, succession-lines.ts).
  // "٤١ | ٤٥" under a chart's legend giving each series its period (slash-legend.ts): a bar between them too.
  const barred = scope.respective !== null && separatesByBar(scope.text.slice(previous.end, scope.mention.start));
  const slashed = separatesValues(scope.text.slice(previous.end, scope.mention.start)) || barred || successionBetween(scope, previous) || thenAndNowBetween(scope, previous) || scope.seriesStep === true;
  if (saidAgain(scope, previous)) return previous;
  if (!comparison && !restating && !parenthesis && !slashed && !endsTransition(scope, soFar)) return undefined;
  const whole = previous.indicator.part_of === undefined ? undefined : [...soFar.counts].reverse().find((c) => c.indicator.id === previous.indicator.part_of);
  // Unless its own words name the part again: "بينهم 37 مغربيا …، بعدما كان عدد هؤلاء المغاربة 33".
  const target = whole && (counted?.how === "count_of" || counted?.how === "part") && countsNoun(previous.indicator, counted.folded) && !countsNoun(whole.indicator, counted.folded) ? previous : (whole ?? previous);
  // Without a noun of its own, it compares what was said right before it: "بينهم 49 مغربيا …، مقابل 39 في 2023";
  // "the number" after a part ("من بينهم 62 مغربيا …، بعدما كان العدد 76"), or a clause of "it" ("منهم 88 مغربيا
  // …، وهو ثالث ارتفاع بعد 131"), or "was" alone when the whole has no base yet ("انخفض … إلى 76 شخصا، بينهم 41
  // مغربيا …، بعدما كانوا 97"; after "74 شخصا …، مقابل 69 …، من بينهم 45 مغربيا …، بعدما كانوا 42" it is the part's), may be the whole's or the part's: neither.
  const wholeCompared = whole !== undefined && soFar.counts.some((c) => c.indicator.id === whole.indicator.id && c.compared);
  const wasAlone = !wholeCompared && near.some((w) => wordIsAny(w, grammarWords.past_being));
  const either = wasAlone || near.some((w) => wordIsAny(w, grammarWords.count_of)) || scope.lead.some((w) => wordIsAny(w, grammarWords.pronouns_of_being));
  if (!counted) return whole && either ? { either: [whole, previous] } : previous;
  if (counted.how !== "after") return target;
  return byOwnNoun(soFar, target, counted) ?? (countsNoun(target.indicator, counted.folded) ? target : undefined);
}

/**
 * A compared count whose noun is not the last count's but an earlier one's in the sentence compares that one:
 * "استقدم المغرب أربعة مطلوبين من الخارج، وسلم رعيتين أجنبيتين، مقابل تسعة مطلوبين وستة رعايا أجانب".
 */
function byOwnNoun(soFar: SentenceSoFar, target: CountFigure, counted: CountedNoun): CountFigure | undefined {
  // A noun of persons in general compares whoever the last count counted ("واستقبل 17 مطلوبا …، مقابل 15 شخصا").
  if (wordMatchesAny(counted.folded, grammarWords.generic_counted) || (target.counted && sameStem(target.counted.folded, counted.folded))) return undefined;
  return [...soFar.counts].reverse().find((c) => c !== target && !c.compared && c.counted !== null && sameStem(c.counted.folded, counted.folded));
}

/** Whether an indicator counts a noun ("مغاربه" for Moroccan citizens arrested abroad). */
export const countsNoun = (indicator: Indicator, noun: string) => (indicator.cues ?? []).some((p) => p.counted !== undefined && wordMatchesAny(noun, p.counted));

/**
 * How the same number said again is introduced, after its noun at most: "ميا وطناش، بالأرقام 112", "تسعين أمر، 90";
 * not "لا يعني" ("رقم 73 موقوفا لا يعني 73 إدانة": the same value of another thing).
 */
const sayingAgain = /^[^\p{N}\n]{0,24}([،,:؛]|بالأرقام|بالارقام|(?<!لا[^\S\n])يعني)\s*$/u;

/** The same, when the two are written in different signs (words, then digits): a longer noun phrase may stand between ("تلاتة ديال التسليم المراقب ديال المخدرات، 3"). */
const sayingAgainInOtherSigns = /^[^\p{N}\n]{0,48}([،,:؛]|بالأرقام|بالارقام|(?<!لا[^\S\n])يعني)\s*$/u;

const hasDigit = (text: string) => /\p{Nd}/u.test(text);

/** Whether the number repeats the figure just before it in other signs ("تسعين أمر، 90"): the same value, a comma between. */
function saidAgain(scope: NumberScope, previous: CountFigure): boolean {
  if (previous.value !== scope.mention.value) return false;
  const between = scope.text.slice(previous.end, scope.mention.start);
  const otherSigns = hasDigit(scope.text.slice(previous.start, previous.end)) !== hasDigit(scope.mention.text);
  return (otherSigns ? sayingAgainInOtherSigns : sayingAgain).test(between);
}

/** Whether two counted nouns are forms of one noun the catalogue counts ("مذكرة" and "مذكرات"). */
const sameNoun = (a: string, b: string, catalogued: readonly string[]) => catalogued.some((n) => wordMatchesAny(a, [n]) && wordMatchesAny(b, [n]));

/** Whether two counted nouns are one noun, or both a noun of persons in general ("شخصا" and "أشخاص"). */
const sameNounOrPersons = (a: string, b: string, catalogued: readonly string[]) =>
  sameNoun(a, b, catalogued) || (wordMatchesAny(a, grammarWords.generic_counted) && wordMatchesAny(b, grammarWords.generic_counted));

/** How many words the period of a coordinated compared count may take: "على امتداد سنة 2021 كاملة". */
const coordinatedPeriodWords = 6;

/**
 * A count coordinated right after a compared count, its noun the same and nothing after it but its period: the
 * next value of that comparison ("بعدما كان العدد قد بلغ 48 شخصا في الفترة ذاتها من السنة الماضية، و104 أشخاص
 * على امتداد سنة 2021 كاملة").
 */
export function coordinatedCompared(scope: NumberScope, counted: CountedNoun | null, soFar: SentenceSoFar, catalogued: readonly string[]): CountFigure | undefined {
  const previous = soFar.lastCount;
  if (!previous?.compared || counted?.how !== "after" || !counted.word) return undefined;
  if (scope.before.length !== 1 || scope.before[0]!.folded !== "و") return undefined;
  if (scope.after.filter((w) => w.start > counted.word!.start).length > coordinatedPeriodWords || !yearAfter(scope, counted.word)) return undefined;
  // A compared count with no noun of its own ("مقابل 49 في النصف الأول، و40 شخصا في النصف الثاني من 2020"): the noun
  // its indicator counts, or persons for a count of persons.
  const fits = previous.counted
    ? sameNounOrPersons(counted.folded, previous.counted.folded, catalogued)
    : countsNoun(previous.indicator, counted.folded) || (wordMatchesAny(counted.folded, grammarWords.generic_counted) && previous.indicator.unit === "persons");
  return fits ? previous : undefined;
}

/**
 * A count compared with the figure right before it and counting the same noun ("2486 مذكرة لإيقاف سريان الأبحاث
 * الدولية، مقابل 2169 مذكرة سنة 2022") is that figure's indicator in another period, whatever a looser cue of the
 * sentence's topic would make of it alone.
 */
export function sameNounCompared(scope: NumberScope, counted: CountedNoun | null, soFar: SentenceSoFar, catalogued: readonly string[], compared: boolean): CountFigure | undefined {
  // Compared first in its sentence, in parentheses after the period it is of, with the previous sentence's last count
  // when that is no part ("… مقارنة مع 3540 مذكرة سنة 2023. وتتسع الهوة أكثر عند المقارنة مع سنة 2019 (2870 مذكرة)").
  const lastOfSentenceBefore = compared && soFar.counts.length === 0 && opensParenthesis(scope.text, scope.mention) ? soFar.previousSentence : undefined;
  const previous = soFar.lastCount ?? (lastOfSentenceBefore?.indicator.part_of === undefined ? lastOfSentenceBefore : undefined);
  // After a part whose whole the sentence gave, the comparison is of the whole (continued() reads it); after a part
  // named alone, of the part ("… يتعلق بالاتجار في المخدرات، أي 41 إنابة، بعدما كانت 35 إنابة في العام الماضي"). A
  // clause with words of its own besides its period ("مقابل 336 مذكرة لإيقاف الأبحاث المذاعة عربيا") says what it counts itself.
  // Not after a whole the sentence opens on as its frame ("فمن أصل 162 إنابة …، تتعلق 41 إنابة بالاتجار في المخدرات
  // …، مقابل 35 إنابة سنة 2023"): the part is what the sentence says, and what is compared.
  const whole = previous?.indicator.part_of === undefined ? undefined : soFar.counts.find((c) => c.indicator.id === previous!.indicator.part_of);
  const afterWholeAndPart = whole !== undefined && !opensOnOutOf(scope.text, whole.start);
  if (!previous?.counted || afterWholeAndPart || counted?.how !== "after" || !counted.word) return undefined;
  // Without a comparison word, a year of its own after the noun says it recalls another period ("فبلغ عددهم 72
  // شخصا، …، إذ لم يتعد 58 شخصا سنة 2013").
  if (!onlyPeriodAfter(scope, counted.word) || !(compared || yearAfter(scope, counted.word))) return undefined;
  if (labelledBeforeParenthesis(scope, previous, counted, catalogued)) return undefined;
  return sameNoun(counted.folded, previous.counted.folded, catalogued) ? previous : undefined;
}

/**
 * Whether a count opening a parenthesis comes right after its noun named again, with words of its own, past the
 * count it would be compared with ("مقابل تراجع بـ5% لمذكرات أقسام الاتصال العربية (344 مذكرة)"): those words say
 * what it counts, for the cues to read.
 */
function labelledBeforeParenthesis(scope: NumberScope, previous: CountFigure, counted: CountedNoun, catalogued: readonly string[]): boolean {
  if (!opensParenthesis(scope.text, scope.mention)) return false;
  // Past the compared count and its own noun, which may stand before it or after it.
  const previousEnd = Math.max(previous.end, previous.counted?.word?.end ?? previous.end);
  return scope.before.some((w) => w.start > previousEnd && sameNoun(withoutLam(w.folded), counted.folded, catalogued));
}

const yearAfter = (scope: NumberScope, noun: Word) => scope.after.some((w) => w.start > noun.start && isYearWord(w));

/** How many words a period may take after a compared count's noun: "سنة 2022", "قبل ثلاث سنوات", "خلال السنة الماضية". */
const periodWords = 4;

/** Whether the words after the counted noun name a period and nothing else. */
function onlyPeriodAfter(scope: NumberScope, noun: Word): boolean {
  const rest = scope.after.filter((w) => w.start > noun.start);
  return rest.length <= periodWords && (rest.length === 0 || rest.some((w) => /^\p{N}{4}$/u.test(w.folded) || wordIsAny(w, grammarWords.period_headers)));
}

/**
 * A count whose noun no indicator takes alone, the same noun as the count before it in its sentence, with a
 * comparison between them: that count's indicator ("شاركت في أربع عمليات أمنية متعددة الأطراف …، بعدما اقتصرت
 * مشاركتها في السنة السابقة على عمليتين").
 */
export function repeatedNounCompared(scope: NumberScope, counted: CountedNoun | null, soFar: SentenceSoFar, catalogue: Catalogue, catalogued: readonly string[]): CountFigure | undefined {
  const previous = soFar.lastCount;
  if (!previous?.counted || !counted || previous.indicator.part_of !== undefined || !sameNoun(counted.folded, previous.counted.folded, catalogued)) return undefined;
  const between = [...scope.earlier, ...scope.before].filter((w) => w.start >= previous.end && w.end <= scope.mention.start);
  return findPhrases(between, catalogue.periods.comparisons).length > 0 ? previous : undefined;
}

/**
 * A count of "the number" (العدد, الرقم, with the article: standing alone) whose noun no indicator takes alone,
 * the same noun as a count just before it, in its sentence or the paragraph's earlier ones: that count's
 * indicator, in the period its own clause names ("تم توقيف 76 شخصا مبحوثا عنهم … وكان العدد قد بلغ 97 شخصا قبل
 * عام").
 */
export function sameNounNumber(scope: NumberScope, counted: CountedNoun | null, soFar: SentenceSoFar, catalogued: readonly string[]): CountFigure | undefined {
  if (counted?.how !== "after" || !scope.lead.some(isTheNumber)) return undefined;
  const earlier = [...soFar.recent, ...soFar.counts.slice(-recalledReach)].reverse();
  // A noun of persons in general ("شخصا") is the nearest count of persons that is no part ("استقدام اثنين وعشرين
  // مطلوبا …، بعدما كان العدد تسعة عشر شخصا"), not an earlier count of the same word; after a part ("بينهم 41
  // مغربيا، …، وكان العدد قد بلغ 97 شخصا"), its whole.
  const persons = wordMatchesAny(counted.folded, grammarWords.generic_counted);
  const ofPersons = (figure: CountFigure) => persons && figure.indicator.unit === "persons" && figure.indicator.part_of === undefined;
  return earlier.find((figure) => ofPersons(figure) || (figure.counted && sameNoun(counted.folded, figure.counted.folded, catalogued)));
}

/**
 * "واستقدمت … 13 شخصا مطلوبين للعدالة، علما أن عددهم بلغ 22 شخصا طيلة السنة الماضية": "their number" before a count
 * of persons (or of the same noun, or of none) is the count of what the sentence's last count counts, in the period
 * its own clause names.
 */
export function theirNumber(scope: NumberScope, counted: CountedNoun | null, soFar: SentenceSoFar, catalogued: readonly string[]): CountFigure | undefined {
  const previous = soFar.lastCount;
  const number = scope.lead.find((w) => numberOfThem.test(w.folded));
  if (!previous?.counted || !number) return undefined;
  // No noun in its clause ("بعدما كان عددهم 31 طيلة سنة 2024"): "their number" is all it says, when its pronoun
  // agrees with that count's ("هم" persons, "ها" things; not "أوقفت 104 أشخاص …، بناء على الأوامر …، والتي قارب
  // عددها المائة").
  // The noun it borrows must be that count's: not "4480 ملفا، … الأوامر الدولية بإلقاء القبض، البالغ عددها 84".
  if (counted?.how === "pronoun") {
    const agrees = number.folded.endsWith("هم") === (previous.indicator.unit === "persons");
    return agrees && sameNoun(counted.folded, previous.counted.folded, catalogued) ? previous : undefined;
  }
  // A noun after the number, or the number a dual is ("بعدما لم يتجاوز عددها عمليتين سنة 2020").
  if (counted?.how !== "after" && counted?.how !== "dual") return undefined;
  if (sameNoun(counted.folded, previous.counted.folded, catalogued)) return previous;
  if (!wordMatchesAny(counted.folded, grammarWords.generic_counted) || previous.indicator.unit !== "persons") return undefined;
  // "إيقاف 44 شخصا …، ضمنهم 24 مغربيا …، بعدما كان عددهم … لم يتجاوز 41 شخصا": the noun said again is the count's
  // that first named it, not the part's after it (which named persons otherwise: "استقدام 7 أشخاص …، ليبلغ عددهم 13 شخصا").
  if (wordMatchesAny(previous.counted.folded, grammarWords.generic_counted)) return previous;
  const echoed = soFar.counts.filter((c) => c !== previous && c.counted !== null && c.indicator.unit === "persons" && sameStem(c.counted.folded, counted.folded)).at(-1);
  return echoed ?? previous;
}

/** "عددهم", "وعددها": "the number" with a pronoun of what was just counted. */
const numberOfThem = /^[وف]?عدد(?:هم|ها|هن)$/u;

/** How many of the sentence's latest counts "the number" may recall. */
const recalledReach = 16;

/** "العدد", "والرقم": a word of counting with its article, no noun after it to count. */
const isTheNumber = (word: Word) => /^[وف]?ال/u.test(word.folded) && wordIsAny(word, [...grammarWords.count_of, ...grammarWords.count_back_references]);

/**
 * A count coordinated with the one before it and counting the same noun, whose own clause says only what sets it
 * apart: "2246 مذكرة لإيقاف سريان الأبحاث الدولية، و359 مذكرة تخص الأبحاث المذاعة على المستوى العربي" is read
 * with the words of the first count's clause, among the other indicators.
 */
export function elidedContext(scope: NumberScope, counted: CountedNoun, soFar: SentenceSoFar, choice: { indicators: Indicator[]; input: PatternInput }, catalogued: readonly string[]) {
  const previous = soFar.lastCount;
  const noun = previous?.counted?.folded;
  if (!previous || !noun || !scope.before.every((w) => wordIsAny(w, coordinators))) return undefined;
  if (!sameNoun(counted.folded, noun, catalogued)) return undefined;
  const others = choice.indicators.filter((i) => i.id !== previous.indicator.id);
  const decision = decide(rankIndicators(others, { ...choice.input, clause: [...previous.clause, ...choice.input.clause] }));
  return "match" in decision ? decision.match : undefined;
}

/**
 * A count of "the figure" or "the number" with no noun of its own ("قبل سنة واحدة كان الرقم 5800", "كان العدد
 * 3380 سنة 2017"): the figure before it in its sentence, else the last of the previous sentence, in the period its
 * clause names.
 */
export function backReferenced(scope: NumberScope, soFar: SentenceSoFar, counted: CountedNoun | null): CountFigure | undefined {
  if (counted?.how === "after") return undefined;
  // Right before the number: "الرقم" further back may be another ("اتصلوا على الرقم 0522000000 ولا صيفطو رسالة لـ 5050").
  const word = scope.lead.at(-1);
  // Not past a count of its own sentence held back ("وأوقفت 112 مبحوثا عنه [منذ يناير]، بعدما كان العدد 74"): the
  // figure it recalls is that one, not the previous sentence's.
  if (word && wordIsAny(word, grammarWords.count_back_references)) return soFar.lastCount ?? (soFar.lastIndicatorId === undefined ? soFar.previousSentence : undefined);
  // "The number" opening its sentence's counts recalls the previous sentence's figures when they were of one
  // indicator; said after a verb ("كان العدد 3380"), not opening its clause as a masthead's issue does ("، العدد 412،").
  if (word && isTheNumber(word) && scope.lead.length >= 2 && soFar.counts.length === 0 && soFar.lastIndicatorId === undefined) return soFar.previousAlone;
  // "ويظهر تتبع الحصائل السابقة أن هذا العدد في ارتفاع مستمر: فقد انتقل من 2950 سنة 2016 إلى …": the sentence is
  // about "this number", the previous sentence's figure.
  if (!counted && soFar.counts.length === 0 && thisNumber([...scope.earlier, ...scope.before])) return soFar.previousAlone;
  return numberRoseTo(scope) ? soFar.lastCount : undefined;
}

/** "هذا العدد", "هذا الرقم": a demonstrative, then "the number". */
const thisNumber = (words: readonly Word[]) => words.some((w, i) => i > 0 && isTheNumber(w) && wordIsAny(words[i - 1]!, grammarWords.demonstratives));

/** How many of the sentence's counts before a pair may be its whole and its part. */
const pairReach = 4;

/** How far after a pair's value its sentence may say "respectively". */
const respectivelyReach = 80;

/**
 * Two bare values compared with a whole and its part, in their order ("148 مبحوثا عنهم دوليا، منهم 88 مغربيا …،
 * مقابل 140 و83 في السنة المنصرمة"): the first is the whole's, the second the part's. Undefined for any other number.
 */
export function pairedWithWholeAndPart(scope: NumberScope, soFar: SentenceSoFar, compared: boolean): CountFigure | undefined {
  // The sentence's latest counts only: a whole and its part stand right before the pair.
  const latest = soFar.counts.slice(-pairReach).reverse();
  const part = latest.find((c) => c.indicator.part_of !== undefined && !c.compared);
  const whole = part && latest.find((c) => c.indicator.id === part.indicator.part_of && c.end <= part.start);
  if (!part || !whole) return undefined;
  // "مقابل 53 و49 في السنتين السابقتين على التوالي": two years' values of the part, respectively.
  if (/التوالي/u.test(scope.text.slice(scope.mention.end, scope.mention.end + respectivelyReach).split(/[.؟?!\n]/u)[0]!)) return undefined;
  const after = scope.text.slice(scope.mention.end, scope.mention.end + 8);
  const before = scope.text.slice(Math.max(0, scope.mention.start - 8), scope.mention.start);
  if (compared && soFar.lastCount === part && /^\s*و\s*[0-9٠-٩]/u.test(after)) return whole;
  // The second right after the first, "و" alone between them ("140 و83"), not a series of values each with its year.
  const previous = soFar.lastCount;
  const joined = previous !== undefined && /^\s*و\s*$/u.test(scope.text.slice(previous.end, scope.mention.start));
  if (joined && previous.compared && previous.indicator.id === whole.indicator.id && previous.start > part.end && /[0-9٠-٩]\s*و\s*$/u.test(before)) return part;
  return undefined;
}

/**
 * A value with its year in parentheses and no noun, in a list of such values ("الأرقام التالية: 112 (2018)، 125
 * (2019)", "المنحى: 6312 (2023) ← 7215 (2024)"): of the indicator of the figure before it in its sentence, else of
 * the previous sentence's figures when they were all of one.
 */
export function yearInParenthesesItem(scope: NumberScope, soFar: SentenceSoFar): CountFigure | undefined {
  if (!/^\s*\(\s*[0-9٠-٩]{4}\s*\)/u.test(scope.text.slice(scope.mention.end, scope.mention.end + 10))) return undefined;
  return soFar.lastCount ?? (soFar.counts.length === 0 ? soFar.previousAlone : undefined);
}

/**
 * "قبل أن يرتفع العدد إلى 6312", "ليستقر المجموع السنوي عند 125": the number or the total the counts before it
 * came to, with no noun of its own ("the number", "the total", an adjective at most, then a word of the new level).
 */
function numberRoseTo(scope: NumberScope): boolean {
  const near = scope.lead.slice(-4);
  const to = near.at(-1);
  if (!to || !wordIsAny(to, grammarWords.differences.levels)) return false;
  let number = near.length - 2;
  while (number >= 0 && !wordIsAny(near[number]!, grammarWords.count_of)) number--;
  if (number < 1) return false;
  // Nothing it counts after "the number", an adjective at most ("المجموع السنوي", not "عدد الملفات"), and a verb of
  // change or level before it.
  const rest = near.slice(number + 1, -1);
  return rest.every((w) => /يه?$/u.test(w.folded)) && isChangeOrLevel(near[number - 1]!);
}

/** A verb of change or of a level reached, in the past, the present or after ل ("صعد", "يبلغ", "ليستقر"). */
export const isChangeOrLevel = (word: Word) =>
  [word.folded, word.folded.replace(/^ل?[يت]/u, "ا"), word.folded.replace(/^ل?[يت]/u, "")].some((form) => wordMatchesAny(form, grammarWords.transitions.words) || wordMatchesAny(form, grammarWords.differences.levels));
