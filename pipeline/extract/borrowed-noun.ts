// The noun a number borrows when none follows it: from the label before its colon, from the number coordinated
// with it ("2950 و3380 ملفا"), from the other end of a change told by its two ends ("من 380 إلى 402 إعلان",
// "عدد الموقوفين من 82 إلى 142"), from what its sentence names as changing, or from the count before it when its
// noun is not said again ("و310 على الصعيد العربي", "170 إنابة | 162 سنة 2024").
import type { CountedNoun } from "./counted-noun.ts";
import { grammarWords } from "./grammar-words.ts";
import { sameStem, wordIsAny } from "./cue-match.ts";
import type { NumberScope } from "./scope.ts";
import type { SentenceSoFar } from "./sentence-state.ts";
import { isYearWord } from "./years.ts";

/**
 * The head noun of a label before its colon, when the number right after it counts a noun no indicator takes
 * alone ("■ المغاربة الموقوفون بالخارج: 71 مواطنا سنة 2022"): the label says what is counted.
 */
export function labelNoun(scope: NumberScope, catalogued: readonly string[]): CountedNoun | undefined {
  const colon = scope.text.slice(scope.before[0]?.start ?? scope.mention.start, scope.mention.start).search(/[:：]\s*$/u);
  if (colon < 0) return undefined;
  const head = scope.before.find((w) => wordIsAny(w, catalogued));
  return head && { folded: head.folded, word: head, how: "label", qualifier: scope.wordAfter(head) };
}

/** A number coordinated with the next one, which the noun follows, counts that noun: "بلغ 2950 و3380 ملفا سنتي 2016 و2017". */
export function coordinatedNoun(scope: NumberScope, catalogued: readonly string[]): CountedNoun | null {
  const next = /^\s*و\s*([0-9٠-٩][0-9٠-٩.,]*)\s+/u.exec(scope.text.slice(scope.mention.end, scope.mention.end + 24));
  if (!next) return null;
  const noun = scope.wordFrom(scope.mention.end + next[0].length);
  if (!noun || noun.start !== scope.mention.end + next[0].length || !wordIsAny(noun, catalogued)) return null;
  return { folded: noun.folded, word: noun, how: "after", qualifier: scope.wordAfter(noun) };
}

/** The earlier end of a change with no noun of its own counts what its later end does: "من 380 إلى 402 إعلان". */
export function laterEndNoun(scope: NumberScope, catalogued: readonly string[]): CountedNoun | null {
  const to = scope.after.at(-1);
  const laterEnd = to && scope.wordAfter(to);
  const noun = laterEnd && scope.wordAfter(laterEnd);
  if (!noun || !wordIsAny(noun, catalogued)) return null;
  return { folded: noun.folded, word: noun, how: "later_end", qualifier: scope.wordAfter(noun) };
}

/** Nor its later end: the noun its sentence names as what changes ("ما دام عدد الموقوفين … واصل ارتفاعه، من 104 في 2021 إلى 119 في 2022"). */
export function changeSubjectNoun(scope: NumberScope, catalogued: readonly string[]): CountedNoun | null {
  const words = [...scope.earlier, ...scope.before];
  for (let i = words.length - 2; i >= 0; i--) {
    const noun = words[i + 1]!;
    if (wordIsAny(words[i]!, grammarWords.count_of) && wordIsAny(noun, catalogued)) return { folded: noun.folded, word: noun, how: "count_of", qualifier: scope.wordAfter(noun) };
  }
  return null;
}

/** The later end of a change with no noun of its own counts what its earlier end does: "عدد الموقوفين من 82 إلى 142". */
export function earlierEndNoun(scope: NumberScope, soFar: SentenceSoFar): CountedNoun | null {
  const to = scope.lead.at(-1);
  if (!soFar.transitionNoun || !to || !wordIsAny(to, grammarWords.transitions.to)) return null;
  return { ...soFar.transitionNoun, how: "earlier_end" };
}

/** "و" alone before the number, attached or not ("و310", "و 310"): joined to the count before it. */
const joinedByAnd = (scope: NumberScope) => /و\s*$/u.test(scope.text.slice(Math.max(0, scope.mention.start - 2), scope.mention.start)) && scope.before.every((w) => w.folded === "و");

/**
 * A number joined by "و" to the count before it, with words of its own but no noun ("1870 مذكرة لإيقاف سريان
 * الأبحاث الدولية و310 على الصعيد العربي"), counts that count's noun, not said again.
 */
export function elidedNoun(scope: NumberScope, soFar: SentenceSoFar): CountedNoun | null {
  const previous = soFar.lastCounted;
  const joined = joinedByAnd(scope) || barredYear(scope);
  if (!previous || !joined || soFar.lastCount === undefined || scope.after.length === 0) return null;
  // Not after a part ("منهم 41 مغربيا، في السنة الماضية، و97 سنة 2019": the whole's or the part's?), nor a bound
  // ("وليس أكثر من ألفين": and not more than two thousand, a denial), nor a part itself ("و62 منهم").
  if (soFar.lastCount.indicator.part_of !== undefined || scope.mention.qualifier !== undefined) return null;
  if (wordIsAny(scope.after[0]!, grammarWords.part_markers)) return null;
  return { folded: previous.folded, word: null, how: "elided", qualifier: null };
}

/**
 * A number joined by "و" to the count before it, whose word after it repeats the one after that count's noun
 * ("1105 إشعارات لإلغاء البحث الدولي و171 لإلغاء بحث على المستوى العربي"): it counts that noun, not said again;
 * the repeated word is what sets it apart, not its noun.
 */
export function parallelNoun(scope: NumberScope, soFar: SentenceSoFar, catalogued: readonly string[]): CountedNoun | null {
  const previous = soFar.lastCounted;
  const repeated = previous?.word && previous.qualifier;
  const next = scope.after[0];
  // A noun an indicator counts is the number's own ("140 موقوفا مطلوبا دوليا و31 مطلوبا جرى استقدامهم").
  if (!previous || !repeated || !next || next.folded !== repeated.folded || /\p{Nd}/u.test(next.folded) || wordIsAny(next, catalogued)) return null;
  if (!joinedByAnd(scope) || soFar.lastCount === undefined || scope.mention.qualifier !== undefined) return null;
  return { folded: previous.folded, word: null, how: "elided", qualifier: null };
}

/** How many words may follow a value set apart by a bar: "سنة 2024". */
const barredYearWords = 2;

/** "170 إنابة قضائية دولية | 162 سنة 2024": a value after a bar, with nothing but its year after it. */
function barredYear(scope: NumberScope): boolean {
  if (scope.before.length > 0 || !/\|\s*$/u.test(scope.text.slice(Math.max(0, scope.mention.start - 3), scope.mention.start))) return false;
  return scope.after.length <= barredYearWords && scope.after.some(isYearWord);
}

/**
 * "واصلت إعلانات البحث الصادرة عن شعب الاتصال بالدول العربية تراجعها، إذ لم يعمم منها سوى 329 إعلانا": "of them"
 * before a count, with no count before it in its sentence or its clause before, refers to the noun that clause
 * names, the count's own noun again (not to the previous sentence's figure).
 */
export function partPronounReferent(scope: NumberScope, counted: CountedNoun | null, soFar: SentenceSoFar): CountedNoun | null {
  if (counted?.how !== "after" || soFar.lastCount !== undefined || !scope.before.some((w) => wordIsAny(w, grammarWords.part_markers))) return null;
  // Not of a count the sentence gave before ("بلغ 4480 ملفا، منها 2330 ملفا"; "عالجت … 214 ملفا يتعلق بالفساد، أحيل
  // منها 158 ملفا"), whichever indicator it had.
  const previous = scope.previousClause.words;
  const sentenceStart = scope.earlier[0]?.start ?? previous[0]?.start ?? scope.mention.start;
  if (previous.length === 0 || /\p{Nd}/u.test(scope.text.slice(sentenceStart, scope.before[0]?.start ?? scope.mention.start))) return null;
  const noun = previous.find((w) => sameStem(w.folded, counted.folded));
  return noun ? { folded: noun.folded, word: noun, how: "before", qualifier: scope.wordAfter(noun) } : null;
}
