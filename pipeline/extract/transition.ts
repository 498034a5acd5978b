// A change told by its two ends: "انتقل عدد الأوامر من 49 إلى 57 أمرا", "ارتفع من 2710 إلى 2954 ملفا". The
// number after "من" is the earlier end, so it describes the base period (the same period a year earlier,
// periods.json implicit_base, unless its own words name one); the number after "إلى" is the later end, the
// period the clause names. Without a word of change before them, "من 49 إلى 57" may be a range, and neither
// number is read as an end.
import type { Catalogue } from "../catalogue/load.ts";
import { parsePeriod, periodBefore, previousPartPeriod, previousYearPeriod } from "../lib/period.ts";
import { listHeadingAbove } from "../text/list-items.ts";
import { changeSpan, namesYearsCount } from "./change-span.ts";
import { isYearWord, wordValue, yearNouns } from "./years.ts";
import { wordIsAny, wordMatchesAny } from "./cue-match.ts";
import { grammarWords, withoutConjunction } from "./grammar-words.ts";
import { agreedPeriod, type PeriodClaim, type PeriodReading, periodScopeOf, readPeriods } from "./periods.ts";
import { samePart } from "./year-parts.ts";
import { impliesPreviousYear } from "./implicit-base.ts";
import { clauseWords, type NumberScope, periodContext, sentenceOpening, topicWords, wordsAfter, wordsFollowing } from "./scope.ts";
import type { SentenceSoFar } from "./sentence-state.ts";
import type { Word } from "./words.ts";
import type { Indicator } from "../types/catalogue-indicators.ts";
import { lookingBackDoubt, looksBack } from "./retrospective.ts";

/** How many words before "من" the word of change may stand ("ارتفع عدد الملفات المعالجة من ..."). */
const changeReach = 12;

const { transitions } = grammarWords;

/**
 * The later end followed by its change with a sign in parentheses: "الملفات وطلبات المعلومات: من 4677 إلى 5800
 * (+24%)". The sign says the two numbers are a change's ends, not a range.
 */
const signedChangeAfterEnds = /^[^\S\n]*(?:\p{L}+[^\S\n]+){0,2}(?:إلى|الى)[^\S\n]+[0-9٠-٩][0-9٠-٩.,٬]*[^\S\n]*(?:\p{L}+[^\S\n]*){0,2}\([^\S\n]*[+\-−][^\S\n]*[0-9٠-٩]/u;

/** Whether the number opens a transition: a word of change, then "من" right before it, and "إلى" ending its words after. */
export function startsTransition(scope: NumberScope): boolean {
  const from = scope.before.at(-1);
  const to = scope.after.at(-1);
  if (!to || !wordIsAny(to, transitions.to)) return false;
  // An earlier end that names its own year is no bound of a range, word of change or not: "الانخفاض 18 في
  // المائة: من 106 أوامر سنة 2022 إلى 87 أمرا هذه السنة" ("من" may open the clause, after its mark).
  const opener = from ?? scope.lead.at(-1);
  if (opener && wordIsAny(opener, transitions.from) && scope.after.slice(0, -1).some(isYearWord)) return true;
  if (!from || !wordIsAny(from, transitions.from)) return false;
  // The word of change may end the clause before: "تضاعف عدد عمليات التسليم المراقب مرتين ونصف، من عمليتين سنة 2022 إلى خمس".
  const lead = scope.before.length > 1 ? scope.before.slice(0, -1) : scope.earlier;
  const changes = (words: readonly Word[]) => words.slice(-changeReach).some((w) => wordIsAny(w, transitions.words));
  // Or end a clause the next one goes on from with its own noun: "الإنابات انتقلت من 47 إلى 51، والأوامر … من 33 إلى
  // 37"; or "the number of" ("انخفض من 125 إلى 118 إنابة (-6%)، وعدد الأوامر … من 84 إلى 63 أمرا (-25%)، وعدد
  // المبحوث عنهم … من 97 إلى 76 شخصا"), the word of change anywhere before in the sentence.
  if (coordinatedCount.test(scope.before[0]!.folded)) return scope.earlier.some((w) => wordIsAny(w, transitions.words));
  // Or open the clause, its subject as long as it takes before "من": "وارتفع عدد الأوامر الدولية بإلقاء القبض التي
  // نشرها وعممها المكتب المركزي الوطني «أنتربول الرباط» من 112 أمراً إلى 124".
  const opensOnChange = wordIsAny(scope.before[0]!, transitions.words) && !scope.before.slice(1, -1).some((w) => /\p{N}/u.test(w.folded));
  return changes(lead) || opensOnChange || (coordinatedNoun.test(scope.before[0]!.folded) && changes(scope.earlier)) || signedChangeAfterEnds.test(scope.text.slice(scope.mention.end, scope.mention.end + 80)) || changeAfterEnds(scope, to) || changeInListHeading(scope);
}

/** How many items of a list its heading may stand over, and how long a heading may be. */
const headingReach = 12;
const headingLength = 60;

/**
 * The heading over the list item the number stands on names the change ("ثانيا: ما انخفض⏎- الأجانب الموقوفون …: من
 * أربعة إلى اثنين فقط"): a word of change in it makes the item's two ends a change's, not a range's.
 */
function changeInListHeading(scope: NumberScope): boolean {
  const heading = listHeadingAbove(scope.text, scope.mention.start, headingReach);
  if (!heading || scope.text.slice(heading.start, heading.end).trim().length > headingLength) return false;
  return scope.wordsIn(heading.start, heading.end).some((w) => wordIsAny(w, transitions.words));
}

/** How many words after the later end its noun of change may stand ("إلى 112 أمرا، أي بنسبة"). */
const afterEndsReach = 4;

/**
 * The later end followed by "ب" and a noun of change: "من 1450 إلى 1620، بزيادة تقارب 12 في المائة"، "من 87 إلى 112
 * أمرا، أي بنسبة 29 في المائة" (grammar-words transitions.after_ends). As a sign in parentheses does, the noun says
 * the two numbers are a change's ends, not a range's.
 */
function changeAfterEnds(scope: NumberScope, to: Word): boolean {
  let previous = scope.wordAfter(to);
  for (let k = 0; previous && k < afterEndsReach; k++) {
    const word = scope.wordAfter(previous);
    if (word && changeNounOfEnds(word, previous)) return true;
    previous = word;
  }
  return false;
}

/** "بزيادة", "بتراجع", or "بنسبة" after "أي": the noun of change or rate that follows a change's later end. */
export function changeNounOfEnds(word: Word, before: Word | null): boolean {
  const bare = word.folded.replace(/^و?ب/u, "");
  if (bare === word.folded) return false;
  return wordMatchesAny(bare, transitions.after_ends) || (before !== null && withoutConjunction(before.folded) === "اي" && wordMatchesAny(bare, transitions.rate_after_ends));
}

/** A noun with the article after "و", opening a clause coordinated with the one before ("والأوامر"). */
const coordinatedNoun = /^وال/u;

/** "the number of" after "و", opening a clause coordinated with the one before ("وعدد الأوامر"). */
const coordinatedCount = /^وعدد$/u;

/** Whether the number closes a transition the sentence's previous count opened: "إلى" right before it. */
export function endsTransition(scope: NumberScope, soFar: SentenceSoFar): boolean {
  const to = scope.lead.at(-1);
  return soFar.lastCount?.startsTransition === true && to !== undefined && wordIsAny(to, transitions.to);
}

/**
 * The level a change told before it in its sentence reached: "ارتفع عدد المبحوث عنهم … بنحو 10 في المائة إلى 131
 * شخصا", "… بـ28 شخصا، ليبلغ 104 أشخاص": the number counts what the change's subject names.
 */
export function levelAfterChange(scope: NumberScope): boolean {
  const level = scope.lead.at(-1);
  if (!level || !(wordIsAny(level, transitions.to) || wordIsAny(level, grammarWords.differences.levels))) return false;
  return afterChangeWord(scope);
}

/** Whether a word of change ("ارتفع"، "تراجع") stands before the number in its sentence. */
export const afterChangeWord = (scope: NumberScope): boolean => [...scope.earlier, ...scope.before].some((w) => wordIsAny(w, transitions.words));

/** How many words before a year its comparison word may stand: "مقارنة بسنة 2019". */
const baseYearReach = 3;

/** The signs and words of a percentage ("%"، "في المائة"، "بالمئة"): two of them between an end of a change and a base year are two changes. */
export const percentSign = "[%٪]|في الما?ئ|بالما?ئ";
const percentWords = new RegExp(percentSign, "gu");

/** How many words after an end of a change the next step's number may stand ("من 76 إلى 104 أشخاص ثم إلى 119"). */
const stepReach = 7;

/**
 * The words of a next step after an end of a change told in several steps ("من 76 إلى 104 ثم إلى 119"), if
 * any and no year is named: the two-end reading (the earlier end a year before the later) does not hold for such
 * a chain.
 */
export function nextStep(scope: NumberScope): Word[] | undefined {
  const following = [...scope.after, ...wordsAfter(scope, scope.after.at(-1), stepReach)].slice(0, stepReach);
  const then = following.findIndex((w) => wordIsAny(w, transitions.then));
  // Steps that name their years ("من 2240 ملفا سنة 2021 إلى 2760 سنة 2022، ثم 3104 سنة 2023") are read one by one.
  if (then < 0 || following.some(isYearWord)) return undefined;
  const rest = following.slice(then + 1);
  const number = rest[0] && wordIsAny(rest[0], transitions.to) ? rest[1] : rest[0];
  return number && /^\p{Nd}+$/u.test(number.folded) ? following.slice(then, following.indexOf(number) + 1) : undefined;
}

/**
 * "ثم إلى" before a change's last step, when the step before it was held back for its period, its clause names none
 * and its sentence a year after the text's ("… من 71 أمرا سنة 2017 إلى 84 أمرا سنة 2019، فيما ارتفع عدد … من 80
 * شخصا إلى 89 ثم إلى 97 شخصا خلال الفترة نفسها" in a text on 2017): the steps may run past the text's period, and
 * which period each is, the text does not say, the last one's no more than the others'. Otherwise the last step is
 * the text's own ("من 12 شخصا قبل سنتين إلى 14 ثم إلى 16 شخصا").
 */
export function lastStepAfter(scope: NumberScope, catalogue: Catalogue, soFar: SentenceSoFar): Word[] | undefined {
  const lead = scope.lead.slice(-2);
  if (lead.length < 2 || !wordIsAny(lead[0]!, transitions.then) || !wordIsAny(lead[1]!, transitions.to) || soFar.lastCount !== undefined) return undefined;
  // Its own period named ("ثم إلى قرابة 4500 ملف خلال السنة الماضية") says which.
  const own = readPeriods({ words: scope.after, years: scope.yearsAfter }, scope.reference, catalogue.periods, periodContext(scope, true));
  const later = [...scope.earlier, ...scope.before].some((w) => isYearWord(w) && wordValue(w) > parsePeriod(scope.reference).year);
  return later && "claims" in own && own.claims.length === 0 && scope.yearsBefore.length === 0 ? lead : undefined;
}

/**
 * The period of the earlier end: the one its own words after it name ("من 49 سنة 2022 إلى ..."), else that of
 * the sentence's first earlier end, else the period before the one the transition's words name (or the
 * reference period), a year earlier.
 */
export function transitionStartPeriod(scope: NumberScope, catalogue: Catalogue, soFar: SentenceSoFar): PeriodReading {
  const own = readPeriods({ words: scope.after, years: scope.yearsAfter }, scope.reference, catalogue.periods, periodContext(scope, true));
  if ("unclear" in own || own.claims.length > 0) return own;
  const between = periodsBetween(untilNextCount(scope), scope, catalogue) ?? openingBetween(scope, catalogue);
  if (between) return { claims: [between[0]] };
  // A second change of the sentence told by its ends starts where the first did: "من 143 إنابة سنة 2022 إلى 168
  // إنابة هذه السنة، وانتقل عدد الأوامر من 106 إلى 124 أمرا" (106 in 2022).
  const first = soFar.counts.find((c) => c.startsTransition);
  // Not when the first went on in steps ("من 19 سنة 2021 إلى 22 ثم 27 شخصا، في حين تراجع عدد الأجانب من 15 إلى 12"):
  // which of its steps the second starts from, the text does not say.
  const steps = first && [...scope.earlier, ...scope.before].some((w) => w.start > first.end && wordIsAny(w, transitions.then));
  if (first && steps) return { unclear: "it is the earlier end of a change told after one in several steps, and the text does not say which step's period it starts from", start: scope.mention.start, end: scope.mention.end };
  if (first) return { claims: [{ period: first.period, start: first.start, end: first.end }] };
  const named = readPeriods({ words: scope.before, years: scope.yearsBefore }, scope.reference, catalogue.periods, periodContext(scope));
  if ("unclear" in named) return named;
  // A sentence whose opening period is unclear ("وقد انتقل الرقم خلالها من 2710 …" after a term of several years)
  // leaves the later end's period, and so the earlier end's, unclear.
  if (named.claims.length === 0 && scope.opening && "unclear" in scope.opening) return scope.opening;
  const agreed = agreedPeriod(named.claims);
  if ("conflict" in agreed) return { claims: agreed.conflict };
  const lookingBack = "period" in agreed ? undefined : lookingBackDoubt(scope.reference, scope.publishedYear, scope.topicYear);
  // Looking back, a change goes on between the two periods the text last compared (comparedFrame), if it may.
  const frame = lookingBack ? comparedFrame(scope, catalogue.periods) : undefined;
  if (frame) return { claims: [{ period: frame.earlier, start: scope.before.at(-1)?.start ?? scope.mention.start, end: scope.mention.end }] };
  if (lookingBack) return { unclear: lookingBack, start: scope.mention.start, end: scope.mention.end };
  if (!("period" in agreed) && stepDatedBefore(scope, 2)) return { unclear: "it is the earlier end of a change whose next step is dated before the text's period, and the text does not say which period that is", start: scope.mention.start, end: scope.mention.end };
  const later = "period" in agreed ? agreed.period.period : scope.reference;
  const from = scope.before.at(-1)!;
  // A sentence that names another year ("بدل خمس عمليات سنة 2022، كما ارتفع … من عمليتين … إلى أربع") may compare
  // with it: the year before is then a guess.
  // Also later in the sentence, before its next count: "من 33 أمرا إلى 48 أمرا، بزيادة 45 في المائة، رغم تراجعه
  // بنحو 8 في المائة مقارنة مع الفترة ذاتها من 2021" (not "…: 131 شخصا في 2023 مقابل 119 في 2022", another count's).
  // In a yearly report, the year before is the guess itself ("… من 22 إلى 27، … ضعف ما سجل في 2022" in 2023).
  const laterYear = parsePeriod(later).year;
  const guessed = (year: number) => year === laterYear || (later === String(laterYear) && year === laterYear - 1);
  const otherYear = [...scope.earlier, ...scope.before, ...untilNextCount(scope)].find((w) => isYearWord(w) && !guessed(wordValue(w)));
  // "من 97 إلى 131 شخصا، بارتفاع نسبته 35 في المائة مقارنة بسنة 2019": the change's base, when it is the other year named.
  const rest = untilNextCount(scope);
  const baseYear = rest.find((w, i) => isYearWord(w) && rest.slice(Math.max(0, i - baseYearReach), i).some((x) => wordIsAny(x, grammarWords.base_comparisons)));
  // Not a later change's base: "من 76 إلى 104، أي بنسبة 37 في المائة، وبنسبة 7 في المائة قياسا بسنة 2019".
  const ownBase = baseYear !== undefined && (scope.text.slice(scope.mention.end, baseYear.start).match(percentWords) ?? []).length <= 1;
  if (baseYear && ownBase && otherYear === baseYear) return { claims: [{ period: samePart(wordValue(baseYear), later), start: baseYear.start, end: baseYear.end }] };
  // "قفز من 3120 ملفا إلى 3815 ملفا، أي بزيادة تقارب 22 في المائة خلال سنتين": two years back, also when that is the other year named.
  const span = changeSpan(restOfSentence(scope), catalogue.periods);
  // "تراجعا بنسبة 17 في المائة بين النصفين، إذ انتقلت من 58 أمرا إلى 48": in a half-year report, the half before.
  const halves = parsePeriod(later).part?.kind === "H" ? (span ?? changeSpan(scope.earlier, catalogue.periods)) : undefined;
  const namesYear = () => [...scope.earlier, ...restOfSentence(scope)].some(isYearWord);
  if (halves?.half && !(halves.betweenHalves && namesYear())) return { claims: [{ period: previousPartPeriod(later)!, start: halves.start, end: halves.end }] };
  const yearsBack = span && !span.half && parsePeriod(later).year - span.years;
  if (span && yearsBack && (!otherYear || wordValue(otherYear) === yearsBack)) {
    return { claims: [{ period: samePart(yearsBack, later), start: span.start, end: span.end }] };
  }
  // "من 131 إنابة إلى 171 إنابة، بزيادة تفوق 30 في المائة خلال خمس سنوات": over more years than are read back
  // (years_ago.longest_change_span), which writers count from either end: no guess of the year before.
  if (!span && namesYearsCount(untilNextCount(scope), catalogue.periods)) {
    return { unclear: "it is the earlier end of a change over a span of years that writers count from either end", start: scope.mention.start, end: scope.mention.end };
  }
  // After a sentence whose last figure was of a period further back ("بعدما كان لا يتعدى 40 شخصا قبل سنتين. وارتفع
  // عدد الأشخاص الذين سلموا إلى المغرب من 7 إلى 12 شخصا"), the text compares with that period too, maybe: no guess.
  const previous = soFar.previousSentence?.period;
  const isFurtherBack = (period: string | undefined) => period !== undefined && period !== later && period !== previousYearPeriod(later) && periodBefore(period, later);
  // Going on ("كما ارتفع عدد الموقوفين من 66 إلى 81") from a sentence whose change started further back ("انتقلت من
  // 46 أمرا قبل ثلاث سنوات إلى 57 أمرا هذه السنة"): from the same period.
  const previousStart = soFar.previousTransitionStart;
  if (isFurtherBack(previousStart?.period) && wordMatchesAny(scope.earlier[0]?.folded ?? scope.before[0]?.folded ?? "", grammarWords.continuations)) {
    return { claims: [{ period: previousStart!.period, start: from.start, end: scope.mention.end }] };
  }
  // Or any figure of the sentences before it in its paragraph ("75 في النصف الثاني، مقابل 74 في الأول … . غير أن
  // عدد المغاربة … انخفض قليلا، من 45 إلى 43"): the half before, or the same half a year before?
  const furtherBack = isFurtherBack(previous) || isFurtherBack(previousStart?.period) || soFar.recent.some((c) => isFurtherBack(c.period));
  // A sentence comparing another period before ("84 إنابة في النصف الثاني مقابل 78 في النصف الأول، فيما ارتفع
  // عدد الأوامر من 52 إلى 60"): which period the change starts from is a guess.
  const sentenceBefore = readPeriods(periodScopeOf(scope.earlier), scope.reference, catalogue.periods, periodContext(scope));
  const otherPeriod = "claims" in sentenceBefore && sentenceBefore.claims.some((c) => c.period !== later && c.period !== previousYearPeriod(later));
  if (!impliesPreviousYear(topicWords(scope), catalogue.periods) || otherYear || furtherBack || otherPeriod) {
    const frame = otherYear ? undefined : comparedFrame(scope, catalogue.periods);
    if (frame?.later === later) return { claims: [{ period: frame.earlier, start: from.start, end: scope.mention.end }] };
    return {
      unclear: "it is the earlier end of a change, and the text does not say which period that is",
      start: from.start,
      end: scope.mention.end,
    };
  }
  return {
    claims: [
      {
        period: previousYearPeriod(later),
        start: from.start,
        end: scope.mention.end,
      },
    ],
  };
}

/**
 * The two periods the text last compared (number-scope.ts comparedPeriods), when a change told by its ends may go on
 * with them: its sentence names no other year and no span of years ("تضاعف … في ظرف تسع سنوات، فيما انتقل عدد
 * الموقوفين من 82 إلى 142" starts further back). The change then runs from the earlier to the later: in a text looking
 * back ("ففي سنة 2022 عالج القطب 5800 ملف…، ليصل هذا العدد في 2024 إلى 7215 ملفا. الإنابات … انتقلت من 143 إنابة إلى
 * 162 إنابة"), whatever the two; in the year's own report, only when the earlier is the year before.
 */
export function comparedFrame(scope: NumberScope, phrases: Catalogue["periods"]): { earlier: string; later: string } | undefined {
  const compared = scope.comparedPeriods;
  if (!compared) return undefined;
  const sentence = [...scope.earlier, ...scope.before, ...restOfSentence(scope)];
  const ownYears = new Set([parsePeriod(compared.earlier).year, parsePeriod(compared.later).year]);
  if (sentence.some((w) => isYearWord(w) && !ownYears.has(wordValue(w))) || changeSpan(sentence, phrases) !== undefined || namesYearsCount(sentence, phrases)) return undefined;
  return looksBack(scope.reference, scope.publishedYear) || compared.earlier === previousYearPeriod(compared.later) ? compared : undefined;
}

/**
 * The periods of a change's two ends named after "بين" ("من 79 إلى 88 بين 2014 و2016", "من 55 إلى 61 إنابة بين
 * النصف الأول من 2018 ونظيره من 2019"): the earlier end's and the later end's, when they are two, in order.
 */
export function periodsBetween(words: readonly Word[], scope: NumberScope, catalogue: Catalogue): [PeriodClaim, PeriodClaim] | undefined {
  const at = words.findIndex((w) => wordIsAny(w, grammarWords.between));
  if (at < 0) return undefined;
  const after = words.slice(at + 1);
  // The two ends are named for themselves, not against the figure: "بين 2020 والسنة المنصرمة" is the last calendar year.
  const reading = readPeriods(periodScopeOf(after), scope.reference, catalogue.periods, periodContext(scope));
  if (!("claims" in reading)) return undefined;
  const claims = [...reading.claims].sort((a, b) => a.start - b.start);
  const [first, second] = claims;
  const two = claims.length === 2 && first!.period !== second!.period && periodBefore(first!.period, second!.period);
  return two ? [first!, second!] : undefined;
}

/**
 * The two periods a sentence opens on with "بين", set off by a comma ("بين 2015 و2024، انتقل عدد الملفات … من 2610
 * ملفات إلى 7215 ملفا"): those of the change's two ends.
 */
export function openingBetween(scope: NumberScope, catalogue: Catalogue): [PeriodClaim, PeriodClaim] | undefined {
  const opening = sentenceOpening(scope);
  const first = opening[0];
  if (!first || !wordIsAny(first, grammarWords.between)) return undefined;
  const comma = opening.findIndex((w) => /^\s*[،,]/u.test(scope.text.slice(w.end, w.end + 3)));
  return comma < 0 ? undefined : periodsBetween(opening.slice(0, comma + 1), scope, catalogue);
}

/**
 * The period of a change's later end when its words say more than its own period: the later of two named after
 * "بين" ("من 79 إلى 88 بين 2014 و2016"), or in the sentence's opening ("بين 2015 و2024، …"); the sentence's (or the
 * text's) when they name how long the change took ("من 2700 إلى 3720 ملفا في ثلاث سنوات": a span, not the period of
 * the count).
 */
export function transitionEndPeriod(scope: NumberScope, catalogue: Catalogue, soFar: SentenceSoFar): PeriodReading | undefined {
  if (!endsTransition(scope, soFar)) return undefined;
  const between = periodsBetween(scope.after, scope, catalogue) ?? openingBetween(scope, catalogue);
  if (between) return { claims: [between[1]] };
  const span = changeSpan(scope.after, catalogue.periods);
  if (!span) return undefined;
  const rest = scope.after.filter((w) => w.end <= span.start || w.start >= span.end);
  const own = readPeriods({ words: rest, years: scope.yearsAfter.filter((y) => y.end <= span.start || y.start >= span.end) }, scope.reference, catalogue.periods, periodContext(scope));
  return "claims" in own && own.claims.length === 0 && scope.opening ? scope.opening : own;
}

/**
 * The later end of a change whose next step the sentence dates before the text's period ("انخفض عدد المبحوث عنهم … من
 * 97 إلى 76 شخصا، …، ليرتفع الرقم إلى 104 موقوفين سنة 2021" in a text on 2024): when its own words name no period, which
 * period it is, the text does not say (otherwise the earlier end takes its period from this one's).
 */
export function laterEndBeforeDatedStep(scope: NumberScope, own: PeriodReading, soFar: SentenceSoFar, indicator: Indicator): PeriodReading | undefined {
  const to = scope.lead.at(-1);
  if (!to || !wordIsAny(to, transitions.to) || soFar.transitionIndicator !== indicator.id) return undefined;
  if (!("claims" in own) || own.claims.length > 0 || !stepDatedBefore(scope, 1)) return undefined;
  return { unclear: "it is an end of a change whose next step is dated before the text's period, and the text does not say which period this end is", start: to.start, end: scope.mention.end };
}

/**
 * Whether the sentence goes on, past `steps` further ends ("إلى 76", "إلى 104 موقوفين"), to a year before the text's:
 * "من 97 إلى 76 شخصا، …، ليرتفع الرقم إلى 104 موقوفين سنة 2021" in a text on 2024 (a chain of steps that ends before
 * it: none of its ends is the text's own period).
 */
export function stepDatedBefore(scope: NumberScope, steps: number): boolean {
  const reference = parsePeriod(scope.reference).year;
  const rest = restOfSentence(scope).filter((w) => w.start >= scope.mention.end);
  // A step of the same count: "إلى" after "the number" or "then" ("ليرتفع الرقم إلى 104"، "ثم إلى 119"), not another
  // subject's change ("في حين نزل عدد مذكرات البحث … إلى 2410").
  const ofTheCount = (i: number) => rest.slice(Math.max(0, i - 2), i).some((w) => grammarWords.the_number.includes(w.folded) || wordIsAny(w, transitions.then));
  let found = 0;
  for (let i = 0; i < rest.length; i++) {
    const next = rest[i + 1];
    if (wordIsAny(rest[i]!, transitions.to) && next !== undefined && /^\p{Nd}+$/u.test(next.folded) && !isYearWord(next) && (found === 0 && steps > 1 ? true : ofTheCount(i))) found++;
    if (found >= steps && isYearWord(rest[i]!) && wordValue(rest[i]!) < reference) return true;
  }
  return false;
}

/** The words of the rest of the sentence after the change's later end, up to the next count (a number not followed by a percent). */
function untilNextCount(scope: NumberScope): Word[] {
  const words: Word[] = [];
  let seenLaterEnd = false;
  for (const word of restOfSentence(scope)) {
    const isNumber = /^\p{Nd}+$/u.test(word.folded) && !isYearWord(word);
    if (isNumber && seenLaterEnd && !isPercent(scope, word)) break;
    if (isNumber) seenLaterEnd = true;
    words.push(word);
  }
  return words;
}

/** Whether a number written as a word of the text is a percentage ("45 في المائة", "45%"). */
const percentAfter = new RegExp(`^\\s*(?:${percentSign})`, "u");
const isPercent = (scope: NumberScope, word: Word) => percentAfter.test(scope.text.slice(word.end, word.end + 12));

/** The words of the number's clause and of the rest of its sentence. */
function restOfSentence(scope: NumberScope): Word[] {
  const clause = clauseWords(scope);
  return [...clause, ...wordsAfter(scope, clause.at(-1))];
}

/** How many words before a number a change word makes it the amount of the change ("سجل ارتفاعا بـ12 إنابة"). */
const differenceReach = 3;

/**
 * The words that make a count the amount of a change, not a level ("بزيادة 1120 ملفا", "1120 ملفا إضافيا"), or
 * undefined. A word introducing the new level between the change word and the number ("ارتفع إلى 5800",
 * "ارتفع ليبلغ 5800") makes it a level.
 */
export function differenceWords(scope: NumberScope): Word[] | undefined {
  const { differences } = grammarWords;
  const near = withoutBoundingVerb(scope).slice(-differenceReach);
  for (let i = near.length - 1; i >= 0; i--) {
    const word = near[i]!;
    // "من" as a change's earlier end stands right before it ("ارتفع من 2950"), not before a period's year ("أكثر مما
    // عولج في النصف الأول من 2021 بنحو 460 ملفا").
    const from = wordIsAny(word, transitions.from) && /^[^\p{Nd}]*$/u.test(scope.text.slice(word.end, scope.mention.start));
    // "الفرق بين النصفين في عدد الملفات بلغ 375 ملفا": the level's verb gives the amount a difference noun before it names.
    const amount = wordIsAny(word, differences.levels) ? scope.lead.filter((w) => w.end <= word.start).find((w) => w.folded.startsWith("ال") && wordIsAny(w, differences.amount_nouns)) : undefined;
    if (amount) return [amount];
    if (wordIsAny(word, differences.levels) || from) return afterDifference(scope);
    // "لكن عدد الموقوفين ارتفع: 131 شخصا": a colon between the change and the number gives what it rose to.
    // "تراجعت المحجوزات: حجزنا 164 سيارة": the change announces the sentence after its colon, whose verb is the number's own.
    if (wordIsAny(word, differences.words) && ownVerbAfterColon(scope, word)) continue;
    if (wordIsAny(word, differences.words)) return levelAfterColon(scope, word) ? afterDifference(scope) : [word];
  }
  return afterDifference(scope) ?? byAmount(scope) ?? restatedDifference(scope);
}

/** Whether a colon stands between the change word and the number, with words of the number's own clause after it. */
const ownVerbAfterColon = (scope: NumberScope, word: Word) => /[:：][^\S\n]*\p{L}/u.test(scope.text.slice(word.end, scope.mention.start));

/** Whether the change word stands right before the number, a colon between: "ارتفع: 131 شخصا". */
const levelAfterColon = (scope: NumberScope, word: Word) => /^\s*[:：]\s*$/u.test(scope.text.slice(word.end, scope.mention.start));

/**
 * "الفارق، أي 680 ملفا": a number that "أي" restates is the amount the clause before names as a difference; not
 * when the clause after says it is a period's result ("الفرق، أي 3795 ملفا، هو حصيلة النصف الثاني": a half worked
 * out from the year and the other half).
 */
function restatedDifference(scope: NumberScope): Word[] | undefined {
  if (scope.before.length !== 1 || !wordIsAny(scope.before[0]!, grammarWords.restating)) return undefined;
  const word = scope.previousClause.words.slice(-differenceReach).reverse().find((w) => wordIsAny(w, grammarWords.differences.words));
  return word && !namedAsResult(scope) ? [word] : undefined;
}

/** The clause right after the number's says "it is the result of …": "، هو حصيلة النصف الثاني". */
function namedAsResult(scope: NumberScope): boolean {
  const it = scope.wordFrom(scope.after.at(-1)?.end ?? scope.mention.end);
  const noun = it && scope.wordFrom(it.end);
  if (!it || !noun || !/^[^\S\n]*[،,][^\S\n]*$/u.test(scope.text.slice(scope.after.at(-1)?.end ?? scope.mention.end, it.start))) return false;
  return wordIsAny(it, grammarWords.pronouns_of_being) && wordIsAny(noun, grammarWords.result_nouns);
}

/**
 * A count after "بـ" that a comparison or a change measures: "يفوق الرقم الرسمي بنحو 50 شخصا", "بعمليتين أكثر من
 * 2024", "ارتفع عدد الأوامر … بـ5 أوامر" (by how much, not a level). Returns the verb or comparative, or undefined.
 */
function byAmount(scope: NumberScope): Word[] | undefined {
  const { mention, text } = scope;
  // "أقل بعملية واحدة من السنة الماضية": the noun after "بـ", then the number as its adjective.
  const noun = scope.lead.at(-1);
  const byNoun = mention.form === "words" && noun !== undefined && /^و?ب/u.test(noun.folded) && /^\s*$/u.test(text.slice(noun.end, mention.start));
  if (!byNoun && !/(?:^|[^\p{L}])و?بـ?\s*$/u.test(text.slice(Math.max(0, mention.start - 4), mention.start))) return undefined;
  // A comparative compares with "من"/"عن" after it (or after the number its noun's); alone it is a superlative
  // ("أعلى حصيلة … بأزيد من 7 آلاف ملف").
  // "أكثر بـ680 ملفا من سنة 2017": right before the number, the comparative compares after the number's noun.
  const rightBefore = (i: number, lead: readonly Word[]) => i === lead.length - 1 || (i === lead.length - 2 && /^و?ب$/u.test(lead.at(-1)!.folded));
  const afterNoun = (i: number, lead: readonly Word[]) => rightBefore(i, lead) && scope.after.slice(0, 2).some((w) => comparedWith.includes(w.folded));
  const comparedNext = (lead: readonly Word[], i: number) => comparedWith.includes((byNoun && i === lead.length - 2 ? scope.after[0] : lead[i + 1])?.folded ?? "") || afterNoun(i, lead);
  // "متجاوزا الفصل الأول بـ140 ملفا": a participle of exceeding too (grammar-words exceeding_participles).
  const compares = (w: Word, i: number, lead: readonly Word[]) => wordIsAny(w, grammarWords.qualifier_verbs.gt) || wordIsAny(w, grammarWords.exceeding_participles) || (isComparative(w) && comparedNext(lead, i));
  // "أكثر مما عولج في النصف الأول من 2021 بنحو 460 ملفا": the comparative before the period it compares with, in the clause.
  const verb = scope.lead.find(compares) ?? scope.before.find(compares) ?? verbBeforeParenthesis(scope, compares);
  if (verb) return [verb];
  // "ارتفع عدد الأوامر الدولية بإلقاء القبض بـ5 أوامر": a change word of the clause, however far, and "بـ" before the number.
  const changed = scope.lead.find((w) => wordIsAny(w, grammarWords.differences.words));
  if (changed) return [changed];
  // "أي بزيادة 11 إنابة عن السنة الماضية، وبـ19 إنابة عما سجل في 2016": "وبـ" alone opening the clause gives another
  // amount of the change named before the previous amount.
  const coordinated = scope.lead.length === 1 && scope.lead[0]!.folded === "وب" ? [...scope.earlier.slice(-coordinatedAmountReach)].reverse().find((w) => wordIsAny(w, grammarWords.differences.words)) : undefined;
  if (coordinated) return [coordinated];
  // The comparative may be read into the next mention ("أكثر من 2024"): the sentence's words, not the clause's.
  const after = wordsFollowing(scope, 2).slice(0, 2).find(isComparative);
  return after && [after];
}

/** How far back the change an amount after "وبـ" shares may stand: "بزيادة 11 إنابة عن السنة الماضية، وبـ19". */
const coordinatedAmountReach = 8;

/** How many words before a parenthesised base the verb comparing with it may stand: "يفوق ما سجل سنة 2021 (". */
const parenthesisReach = 8;

/**
 * "يفوق ما سجل سنة 2021 (4677 ملفا) بـ1123 ملفا": right after a parenthesis that gives the base, "بـ" and the
 * number say by how much the verb before the parenthesis compares.
 */
function verbBeforeParenthesis(scope: NumberScope, compares: (w: Word, i: number, lead: readonly Word[]) => boolean): Word | undefined {
  if (!/\)[^\S\n]*و?بـ?[^\S\n]*$/u.test(scope.text.slice(Math.max(0, scope.mention.start - 8), scope.mention.start))) return undefined;
  const open = scope.text.lastIndexOf("(", scope.mention.start);
  const before = scope.earlier.filter((w) => w.end <= open).slice(-parenthesisReach);
  return before.find((w, i) => compares(w, i, before));
}

/** The prepositions after a comparative that name what it compares with. */
const comparedWith = ["من", "مما", "عن"];

const isComparative = (word: Word) => wordIsAny(word, grammarWords.comparatives.increase) || wordIsAny(word, grammarWords.comparatives.decrease);

/** The lead without the verb that bounds the number and the negation right before it ("الفارق إذن لا يتعدى 270 ملفا"). */
function withoutBoundingVerb(scope: NumberScope): Word[] {
  const at = scope.qualifierVerb ? scope.lead.indexOf(scope.qualifierVerb) : -1;
  if (at < 0) return scope.lead;
  const negated = at > 0 && wordIsAny(scope.lead[at - 1]!, grammarWords.negations);
  return [...scope.lead.slice(0, negated ? at - 1 : at), ...scope.lead.slice(at + 1)];
}

/**
 * "1120 ملفا إضافيا": an adjective of addition right after the counted noun, or after its accusative adjective ("28
 * شخصا مطلوبا إضافيا"); or a comparative with a period
 * after it ("460 مذكرة أقل من السنة السابقة", "19 أمرا أقل من سنة 2022"), or a bare word of change ending the
 * clause ("8 إنابات زيادة.", not "5800 ملف بزيادة 24 في المائة"): by how much, not a level.
 */
function afterDifference(scope: NumberScope): Word[] | undefined {
  const [, second, third] = scope.after;
  const adjective = scope.after.slice(0, 2).find((w) => wordIsAny(w, grammarWords.differences.after)) ?? (second?.folded.endsWith("ا") && third && wordIsAny(third, grammarWords.differences.after) ? third : undefined);
  if (adjective) return [adjective];
  // The comparative after the noun or its adjective ("12 أمرا دوليا أقل مما نشرته"); "than what" compares amounts
  // whatever follows, "than" a period ("أقل من السنة السابقة", not "أكثر من نصفهم").
  for (const at of [1, 2]) {
    const [word, compared, next] = scope.after.slice(at, at + 3);
    if (!word || !isComparative(word) || !compared || !comparedWith.includes(compared.folded)) continue;
    if (compared.folded === "مما" || (next !== undefined && namesPeriod(next))) return [word];
  }
  // "530 ملفا أقل.", "أي 12 أمرا زيادة،": a comparative or a change word ending the clause after the noun.
  const word = scope.after[1];
  return word && scope.after.length === 2 && (grammarWords.differences.words.includes(word.folded) || isComparative(word)) && endsClause(scope.text, word) ? [word] : undefined;
}

/** Whether a clause mark or the text's end follows the word. */
const endsClause = (text: string, word: Word) => /^\s*(?:[.،,؛;!)]|$)/u.test(text.slice(word.end, word.end + 3));

/** A year in digits or a year noun ("سنة"، "السنة"، "العام"): what a comparative compares a period's count with. */
const namesPeriod = (word: Word) => isYearWord(word) || wordIsAny(word, yearNouns) || wordIsAny(word, partNouns);

/** The nouns of a part of a year a comparison may name after "أكثر من": "ست إنابات أكثر من النصف الأول من السنة الماضية". */
const partNouns = grammarWords.period_part_nouns;
