// The clause before a number's own that names what the number is of, when its own clause does not: the verb of
// an object set off by a period between commas, and the subject of a change whose end, or whose base after its
// rate, the number is. scope.ts reads them with the number's clause (patternClause).
import { wordIsAny, wordMatchesAny } from "./cue-match.ts";
import { grammarWords } from "./grammar-words.ts";
import type { NumberScope } from "./scope.ts";
import type { Word } from "./words.ts";
import { dayNumber } from "./day-number.ts";
import { isYearWord } from "./years.ts";

/** Where the last mark ending a clause before `offset` stands, or -1: not a comma or a point between digits ("4,7", "5.800"). */
function lastMarkBefore(text: string, offset: number): number {
  for (let i = offset - 1; i >= 0; i--) {
    const c = text[i]!;
    if (c === "،" || c === "؛" || c === ";" || c === ":" || c === "\n") return i;
    if ((c === "," || c === ".") && !/\p{Nd}/u.test(text[i + 1] ?? "")) return i;
  }
  return -1;
}

/** The sentence's words before the number's clause between two offsets. */
const earlierWithin = (scope: NumberScope, start: number, end: number) => scope.earlier.filter((w) => w.start > start && w.end <= end);

/** How many words a period set off by commas may take: "، خلال الفترة ذاتها،", "، خلال الأشهر الستة الأخيرة من سنة 2023،". */
const asideWords = 8;

/**
 * The clause before a period (or a partner) set off by commas, when the number opens the clause right after it
 * ("وتسلمت المملكة، خلال الفترة ذاتها، 17 شخصا مطلوبا"; "سلمت سلطات عدة دول أجنبية إلى المغرب، خلال سنة 2015، ما
 * مجموعه 12 شخصا"; "أعادت المصالح الأمنية المغربية، بتنسيق مع نظيراتها الأجنبية، 22 شخصا"): the verb and subject
 * whose object the number is. None when that clause holds a number of its own.
 */
export function clauseBeforeAside(scope: NumberScope): Word[] {
  const aside = scope.previousClause.words;
  // The number opens its clause, or only "ما مجموعه" (a total of) stands before it.
  if (!(scope.before.length === 0 || isTotalOf(scope.before)) || aside.length === 0 || aside.length > asideWords || !grammarWords.aside_openers.includes(aside[0]!.folded)) return [];
  const comma = scope.text.slice(0, aside[0]!.start).search(/[،,][^\S\n]*$/u);
  if (comma < 0) return [];
  const clause = earlierWithin(scope, lastMarkBefore(scope.text, comma), comma);
  // Years and dates there say when, when the aside names the year itself ("في سنة 2025 أفادت المديرية بأن المصالح أوقفت،
  // خلال سنة 2025، ما مجموعه 152 شخصا"); beside another aside they may be another thing's ("…«المغرب 2025» عالج، طيلة 29
  // يوما من المنافسات، 1340 طلبا").
  return holdsNumber(clause, aside.some(isYearWord)) ? [] : clause;
}

/** Whether words hold a number, or one other than a year or a date's day (a dateline's "29 دجنبر 2025") when `datesAside`. */
const holdsNumber = (words: readonly Word[], datesAside: boolean) =>
  words.some((w, i) => /\p{N}/u.test(w.folded) && !(datesAside && (isYearWord(w) || (dayNumber.test(w.folded) && words[i + 2] !== undefined && isYearWord(words[i + 2]!)))));

/** "ما مجموعه"، "ما مجموعها": "a total of" before a number. */
const isTotalOf = (words: readonly Word[]) => words.length === 2 && words[0]!.folded === "ما" && /^مجموع(?:ه|ها|هم)$/u.test(words[1]!.folded);

/**
 * The clause that tells the change a number belongs to, when its own names nothing: the number is the later end
 * of a change told by its ends ("تراجعت إشعارات البحث الصادرة عن أقسام الاتصال بالدول العربية من 401 إلى 380
 * إشعارا"), the earlier end opening its clause after the change's rate ("مقابل تراجع نظيرتها العربية بنسبة 14,1 في
 * المائة، من 347 إلى 298"), or the base compared right after the rate (baseAfterChangeRate). None unless that
 * clause has a word of change.
 */
export function clauseOfChange(scope: NumberScope): Word[] {
  const end = changeClauseEnd(scope);
  if (end === undefined) return [];
  const start = lastMarkBefore(scope.text, end);
  // Only a mark between ("…، من 347"): the change is told in the clause before that mark.
  const clause = earlierWithin(scope, start, end).length > 0 || start < 0 ? earlierWithin(scope, start, end) : earlierWithin(scope, lastMarkBefore(scope.text, start), start);
  return clause.some((w) => wordIsAny(w, grammarWords.transitions.words)) ? clause : [];
}

/** Where the clause telling the change ends, for a number that is an end of it or its base (clauseOfChange). */
function changeClauseEnd(scope: NumberScope): number | undefined {
  const { transitions } = grammarWords;
  const [from, earlierEnd, to] = scope.earlier.slice(-3);
  const laterEnd = scope.before.length === 0 && from && earlierEnd && to && wordIsAny(to, transitions.to) && /^\p{Nd}+$/u.test(earlierEnd.folded) && wordIsAny(from, transitions.from);
  if (laterEnd) return from.start;
  const opensOnFrom = scope.before.length === 1 && wordIsAny(scope.before[0]!, transitions.from) && wordMatchesAny(scope.after[0]?.folded ?? "", transitions.to);
  return opensOnFrom ? scope.before[0]!.start : baseAfterChangeRate(scope);
}

/**
 * Where the clause of a change's rate ends, for a count opening on a comparison right after it ("تراجعت إشعارات
 * أقسام الاتصال العربية بنسبة 4,7 في المائة بعدما كانت 380 إشعارا"): the count is the change's base, of what it changed.
 */
export function baseAfterChangeRate(scope: NumberScope): number | undefined {
  const opener = scope.before[0];
  if (!opener || scope.before.length > 3 || !wordIsAny(opener, grammarWords.earlier_clause_openers)) return undefined;
  return /(?:[%٪]|في الما?ئة|بالما?ئة)[^\S\n]*$/u.test(scope.text.slice(Math.max(0, opener.start - 16), opener.start)) ? opener.start : undefined;
}
