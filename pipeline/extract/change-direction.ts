// Whether a percentage is a change, and which way: a change word in its lead ("بزيادة"), a sign ("+24%"), a
// comparative ("أكثر بـ7 في المائة", "25 في المائة أقل من السنة الماضية"), a change word before its lead (across
// "أي" or a figure in parentheses), or the previous change's direction for an elliptic one ("وبـ34% عن 2022").
import type { Catalogue } from "../catalogue/load.ts";
import type { PeriodPhrases } from "../types/catalogue-periods.ts";
import type { NumberMention } from "../types/number-mention.ts";
import { wordIsAny, wordMatchesAny } from "./cue-match.ts";
import { grammarWords, withoutConjunction } from "./grammar-words.ts";
import { changeDirection, type Direction } from "./percent-change.ts";
import { allPartPhrases } from "./year-parts.ts";
import { findPhrases, type Phrase } from "./phrases.ts";
import { type NumberScope, ofThemAfter, opensOnTotal } from "./scope.ts";
import type { SentenceSoFar } from "./sentence-state.ts";
import { changeNounOfEnds } from "./transition.ts";
import type { Word } from "./words.ts";
import { yearsAgo } from "./years-ago.ts";
import { oncePer } from "../lib/once-per.ts";

/**
 * Whether the clause after the number names a period to compare with ("مع سنة 2020", "مقارنة بالسنة الماضية", "قبل
 * ثلاث سنوات", "بالأشهر الستة السابقة"), or says it is year on year ("وبنسبة 21.5% على أساس سنوي").
 */
export function namesBase(scope: NumberScope, catalogue: Catalogue): boolean {
  const { periods } = catalogue;
  // "وبنحو 9 في المائة قياسا بالنصف الأول من السنة نفسها": a part of a year named after it is a base too.
  return (
    scope.yearsAfter.length > 0 ||
    findPhrases(scope.after, basePhrases(periods)).length > 0 ||
    yearsAgo(scope.after, periods).length > 0 ||
    scope.after.slice(0, yearOnYearReach).some((w) => isYearOnYear(w, catalogue))
  );
}

/** The phrases that name a base period, listed once per catalogue (a list is prepared once, by identity: phrases.ts). */
const basePhrases = oncePer((periods: PeriodPhrases): Phrase[] => [...periods.previous_year, ...periods.same_period, ...periods.previous_part, ...allPartPhrases(periods)]);

/** How many words after a change may say it is year on year ("بزيادة 8 في المائة سنويا", "على أساس سنوي"). */
const yearOnYearReach = 3;

const isYearOnYear = (word: Word, catalogue: Catalogue) => wordIsAny(word, catalogue.periods.implicit_base.year_on_year);

/** The word that makes a change year on year ("زيادة سنوية", "سنويا"), if any. */
export const yearOnYearWord = (scope: NumberScope, catalogue: Catalogue) => [...scope.lead, ...scope.after.slice(0, yearOnYearReach)].find((w) => isYearOnYear(w, catalogue));

/** A plus sign between a qualifier and the digits it qualifies, inside the mention: "تقريبا +20%". */
export const plusAfterQualifier = (mention: NumberMention) => mention.qualifier !== undefined && /\+[^\S\n]*\p{Nd}/u.test(mention.text);

/** "+24%" and "−12%" are changes by their sign; "25 في المائة أقل من السنة الماضية" by the word after, when a base period follows. */
function signedDirection(scope: NumberScope, catalogue: Catalogue): Direction | undefined {
  if (scope.mention.value < 0) return -1;
  if (/\+\s*$/u.test(scope.text.slice(Math.max(0, scope.mention.start - 2), scope.mention.start)) || plusAfterQualifier(scope.mention)) return 1;
  // In parentheses, a sign apart from the digits ("(- 25 %)") or typed after them in right-to-left order ("(%14+)").
  const sign = /\([^\S\n]*([+\-−])[^\S\n]*$/u.exec(scope.text.slice(Math.max(0, scope.mention.start - 4), scope.mention.start))?.[1] ?? /^[^\S\n]*([+\-−])[^\S\n]*\)/u.exec(scope.text.slice(scope.mention.end, scope.mention.end + 4))?.[1];
  if (sign) return sign === "+" ? 1 : -1;
  // "أكثر بـ7 في المائة من سنة 2023": a comparative right before the percentage written with بـ.
  const last = scope.lead.at(-1)?.folded === "ب" ? scope.lead.at(-2) : scope.lead.at(-1);
  if (last && /^\s*بـ?\s*$/u.test(scope.text.slice(last.end, scope.mention.start))) {
    if (wordIsAny(last, moreWords)) return 1;
    if (wordIsAny(last, lessWords)) return -1;
  }
  if (!namesBase(scope, catalogue)) return undefined;
  const next = scope.after[0];
  if (next && wordIsAny(next, lessWords)) return -1;
  if (next && wordIsAny(next, moreWords)) return 1;
  return undefined;
}

const lessWords = ["اقل", "ادني"];
const moreWords = ["اكثر", "اعلي"];

/**
 * A change coordinated with the one before it, its verb not repeated: "تراجع عدد الأوامر بنسبة 20 في المائة، وعدد
 * الموقوفين بنسبة 25 في المائة" (a decrease of the arrests too).
 */
export function coordinatedChange(scope: NumberScope): boolean {
  const [first] = scope.before;
  if (first === undefined || !first.folded.startsWith("و")) return false;
  // "، والأوامر الدولية بإلقاء القبض بـ11%": the thing changed, then the amount after "بـ", and no verb of its own.
  const byAmount = /بـ?\s*$/u.test(scope.text.slice(Math.max(0, scope.mention.start - 3), scope.mention.start)) && scope.before.length <= coordinatedNounWords;
  return byAmount || scope.before.some((w) => wordIsAny(w, grammarWords.count_of));
}

/** How many words the thing a coordinated change is of may have: "والأوامر الدولية بإلقاء القبض بـ". */
const coordinatedNounWords = 6;

/**
 * The direction a change word gives from before its lead: across a figure in parentheses ("متجاوزة الرقم القياسي
 * السابق (4060 ملفا سنة 2018) بنحو 10 في المائة"), or across "أي" from the clause before ("ارتفع عدد المبحوث عنهم
 * … إلى 146 هذه السنة، أي بنحو 14 في المائة"; "بزيادة 295 ملفا، أي بنسبة 8 في المائة").
 */
function changeBeforeLead(scope: NumberScope, catalogue: Catalogue): Direction | undefined {
  const { change_words } = catalogue.indicators;
  const leadStart = scope.lead[0]?.start ?? scope.mention.start;
  const closesParenthesis = scope.text.slice(leadStart, scope.mention.start).includes(")");
  // "أي ما يقارب 43 في المائة من مجموع الملفات" restates a count as a share of a whole, not a change.
  const ofWhole = scope.after[0]?.folded === "من";
  const restates = scope.lead.length > 0 && wordIsAny(scope.lead[0]!, grammarWords.restating) && !ofWhole;
  if (closesParenthesis) return changeDirection(withoutQualifiers(scope.earlier), change_words);
  // "أي" restates what the sentence told since its last percentage: a change word before that one is that one's
  // ("يزيد بنحو 18 في المائة …، استأثرت قضايا … بـ34 في المائة، وتوزعت النسبة المتبقية، أي 22 في المائة").
  if (restates) return changeDirection(withoutQualifiers(sinceLastPercentage(scope)), change_words);
  // "زاد عدد الأوامر بستة أوامر (7,7 في المائة)", "سجلت الأوامر أقوى ارتفاع، بنسبة 17 في المائة": the change word of
  // the clause right before, when the percentage opens a parenthesis right after a figure (not a category's: "تليها
  // فرنسا (22 في المائة)") or a clause of its rate alone.
  const opensParenthesis = /\(\s*$/u.test(scope.text.slice(leadStart - 3, scope.mention.start)) && (scope.lead.length === 0 || afterCountsNoun(scope, scope.lead.length));
  // "أي بزيادة قدرها 430 ملفا وبنسبة ناهزت 14,6 في المائة": the rate's clause may follow the amount's noun, also
  // coordinated without "بـ" ("أي بزيادة 316 ملفا ونسبة 10,2 في المائة"; not opening a clause: "ونسبة 22 في المائة منها").
  const rate = scope.lead.findIndex((w, i) => wordIsAny(w, grammarWords.rate_openers) || (i > 0 && wordIsAny(w, grammarWords.coordinated_rate_openers)));
  const rateAlone = rate >= 0 && scope.lead.length - rate <= rateLead && (rate === 0 || afterCountsNoun(scope, rate));
  // "أي بزيادة 8 إنابات، وهو ما يعادل 8,3 في المائة": "which is" restates the amount as a rate.
  const equals = scope.lead.length >= 2 && scope.lead.length <= equalsLead && wordIsAny(scope.lead[0]!, grammarWords.back_reference_openings) && !ofWhole;
  const from = rate > 0 ? scope.lead[rate]!.start : leadStart;
  // Not the verb of a qualifier there ("تمثل ما يفوق خمس مجموع الملفات، بنسبة 21 في المائة": more than a fifth, no rise).
  return opensParenthesis || rateAlone || equals ? changeDirection(withoutQualifiers(clauseBefore(scope, from)), change_words) : undefined;
}

/** The sentence's words before the number that follow its last percentage, if any. */
function sinceLastPercentage(scope: NumberScope): Word[] {
  const from = scope.earlier[0]?.start ?? scope.mention.start;
  let last = -1;
  for (const match of scope.text.slice(from, scope.mention.start).matchAll(percentage)) last = from + match.index + match[0].length;
  return last < 0 ? scope.earlier : scope.earlier.filter((w) => w.start >= last);
}

/** A percentage's sign or words: "%", "في المائة", "بالمئة" (a pattern's source, for the regular expressions that look for one). */
export const percentageMark = "[%٪]|الم[اى]?[ئي]ة";
const percentage = new RegExp(percentageMark, "gu");

/**
 * The words without a qualifier's verb after "ما" ("فما يزيد عن ثلاثين في المائة منها، وتحديدا 34 في المائة"):
 * "what exceeds" bounds a number, it tells no change.
 */
const withoutQualifiers = (words: readonly Word[]) => words.filter((w, i) => i === 0 || !qualifierOpeners.includes(withoutConjunction(words[i - 1]!.folded)));

/** "ما" and "بما" before a verb of more or less, maybe after a conjunction: "فما يزيد عن"، "بما يفوق". */
const qualifierOpeners = ["ما", "بما"];

/** How many words "which is" may take before the percentage: "وهو ما يعادل", "وهو ما يمثل تقريبا". */
const equalsLead = 4;

/**
 * Whether the lead's first `count` words (at most three) are the noun of a number right before them and the words
 * joining a rate to it: "بزيادة 9 أشخاص (10,2 في المائة)", "بزيادة 320 ملفا أو ما نسبته 12,2 في المائة".
 */
function afterCountsNoun(scope: NumberScope, count: number): boolean {
  const first = scope.lead[0];
  return first !== undefined && count <= 3 && /\p{Nd}[^\S\n]*$/u.test(scope.text.slice(Math.max(0, first.start - 12), first.start));
}

/** How many words a clause of a rate alone may have before its percentage: "بنسبة", "بنسبة تقارب". */
const rateLead = 2;

/** The earlier words of the sentence from the last clause mark before `end` (a parenthesis or the lead) that has words between. */
function clauseBefore(scope: NumberScope, end: number): NumberScope["earlier"] {
  const before = scope.earlier.filter((w) => w.end <= end);
  const last = before.at(-1);
  if (!last) return [];
  const from = Math.max(...[..."،,؛;"].map((mark) => scope.text.lastIndexOf(mark, last.start)));
  return before.filter((w) => w.start > from);
}

/**
 * A percentage opening its line (or its list item) before a dash or a colon says what it is after it: "24% – نسبة
 * ارتفاع الملفات مقارنة مع 2021", "2. 14,3 في المائة: نسبة الزيادة في الملفات".
 */
const figureLineWords = 3;

/** What may stand before a figure opening its line: a list item's number or bullet. */
const itemMarker = /^\s*(?:[0-9٠-٩]{1,2}\s*[.)]|[-–•*▪■●◾]|\p{Extended_Pictographic})?\s*$/u;

function figureLineDirection(scope: NumberScope, catalogue: Catalogue): Direction | undefined {
  return opensFigureLine(scope) ? changeDirection(scope.after.slice(0, figureLineWords), catalogue.indicators.change_words) : undefined;
}

/**
 * Whether the number opens its line (or list item) and a dash or a colon follows it, or it stands alone on its line
 * over a line of words (a card: "+10,2 %⏎نسبة ارتفاع الملفات …"): what it is, is said after.
 */
export function opensFigureLine(scope: NumberScope): boolean {
  const { text, mention } = scope;
  const lineStart = text.lastIndexOf("\n", mention.start - 1) + 1;
  if (itemMarker.test(text.slice(lineStart, mention.start)) && /^\s*(?:[–—-]\s|[:：])/u.test(text.slice(mention.end, mention.end + 3))) return true;
  return opensLine(scope) && /^[^\S\n]*\n[^\S\n]*\p{L}/u.test(text.slice(mention.end, mention.end + 12));
}

/** Whether the number opens its line, a sign at most before it ("+24%⏎مقارنة بـ2021", "▲ 4,7%"). */
export function opensLine(scope: NumberScope): boolean {
  const lineStart = scope.text.lastIndexOf("\n", scope.mention.start - 1) + 1;
  return /^[^\S\n]*[+\-−▲▼]?[^\S\n]*$/u.test(scope.text.slice(lineStart, scope.mention.start));
}

/** A comparative right before "بنسبة" or "بـ" and the percentage: "أعلى بنسبة 11 في المائة من النصف الأول", "أدنى بـ10 في المائة". */
function comparativeDirection(scope: NumberScope): Direction | undefined {
  const last = scope.lead.at(-1);
  const rate = last && wordIsAny(last, grammarWords.rate_openers);
  const comparative = rate ? scope.lead.at(-2) : last;
  if (!comparative || (!rate && !/^\s*بـ?\s*$/u.test(scope.text.slice(comparative.end, scope.mention.start)))) return undefined;
  const { increase, decrease } = grammarWords.comparatives;
  return wordIsAny(comparative, increase) ? 1 : wordIsAny(comparative, decrease) ? -1 : undefined;
}

/** A change noun right after the percentage, as spoken Arabic puts it: "تقريبا 18 في المائة زيادة". */
function changeNounAfter(scope: NumberScope, catalogue: Catalogue): Direction | undefined {
  const next = scope.after[0];
  return next && /^\s+$/u.test(scope.text.slice(scope.mention.end, next.start)) ? changeDirection([next], catalogue.indicators.change_words) : undefined;
}

/** "▲ 10% مقارنة بالنصف الأول من السنة", "⬆️ 15%": an arrow right before the number, as cards and posts write a change. */
function arrowDirection(scope: NumberScope): Direction | undefined {
  const arrow = /([▲△⬆↑🔺📈▼▽⬇↓🔻📉])[\ufe0f\s]*$/u.exec(scope.text.slice(Math.max(0, scope.mention.start - 4), scope.mention.start));
  if (!arrow) return undefined;
  return "▲△⬆↑🔺📈".includes(arrow[1]!) ? 1 : -1;
}

/** The direction of the change a percentage is, or undefined when it is no change (a share). */
export function directionOf(scope: NumberScope, catalogue: Catalogue, previousChange: Direction | undefined): Direction | undefined {
  if (shareReached(scope)) return undefined;
  // Not the verb of a qualifier in the lead ("استأثرت بما يزيد عن ثلث الملفات (36 في المائة)": more than a third).
  const own = changeDirection(withoutQualifiers(scope.lead), catalogue.indicators.change_words) ?? signedDirection(scope, catalogue) ?? changeBeforeLead(scope, catalogue) ?? figureLineDirection(scope, catalogue) ?? changeNounAfter(scope, catalogue) ?? comparativeDirection(scope) ?? arrowDirection(scope);
  return own ?? ((namesBase(scope, catalogue) || coordinatedChange(scope)) && !shareOfTotal(scope) && !levelAfterBeing(scope) ? previousChange : undefined);
}

/**
 * "وارتفعت حصة التكوين الحضوري إلى 75 في المائة": "إلى" right before the percentage, after a share's noun as what
 * changed (grammar-words share_nouns; not "بنسبة", a change's rate), gives the level the share reached.
 */
function shareReached(scope: NumberScope): boolean {
  const last = scope.lead.at(-1);
  if (!last || !wordIsAny(last, grammarWords.transitions.to)) return false;
  return scope.lead.slice(0, -1).some((w) => !w.folded.startsWith("ب") && wordIsAny(w, grammarWords.share_nouns));
}

/**
 * "تراجعت حصة الاتجار في المخدرات إلى 41 في المائة، بعدما كانت 44 في المائة سنة 2018": right after "was", a
 * percentage is the level the measure had then, not a change sharing the previous one's direction.
 */
const levelAfterBeing = (scope: NumberScope) => scope.before.length > 0 && wordMatchesAny(scope.before.at(-1)!.folded, grammarWords.habitual_being);

/**
 * "أي ما يعادل 51 في المائة من مجموع ملفات سنة 2024": a share of a total, which a period after it does not make a change;
 * so is "بنحو 40 في المائة منها", a part's share of the whole before it.
 */
const shareOfTotal = (scope: NumberScope) => opensOnTotal(scope.after) || ofThemAfter(scope);

/** How many words may stand between a change's later end and its rate: "112 أمرا، أي بنسبة". */
const rateAfterEndsReach = 4;

/**
 * "من 87 إلى 112 أمرا، أي بنسبة 29 في المائة": a rate ("بنسبة") right after a change told by its two ends, with no
 * word of change, goes the way the ends go.
 */
export function endsDirection(scope: NumberScope, soFar: SentenceSoFar): Direction | undefined {
  const before = soFar.counts.filter((c) => c.end <= scope.mention.start);
  const later = before.at(-1);
  const earlier = before.at(-2);
  if (!later || !earlier?.startsTransition || earlier.indicator.id !== later.indicator.id || earlier.value === later.value) return undefined;
  const between = [...scope.earlier, ...scope.before].filter((w) => w.start >= later.end);
  const rate = between.some((w, i) => changeNounOfEnds(w, between[i - 1] ?? null));
  return between.length <= rateAfterEndsReach && rate ? (later.value > earlier.value ? 1 : -1) : undefined;
}
