// What is left of a whole after its part: "143 إنابة، من بينها 31 إنابة تتعلق بالمخدرات، والباقي، أي 112 إنابة، يهم
// جرائم القتل" (no indicator counts the letters rogatory on other crimes), "أما النسبة المتبقية، أي 15 في المائة،
// فتوزعت على قضايا متفرقة" (the other cases' share, named after it).
import type { Catalogue } from "../catalogue/load.ts";
import { type CategoryMatch, categoriesIn } from "./categories.ts";
import { wordIsAny } from "./cue-match.ts";
import { grammarWords } from "./grammar-words.ts";
import { allPartPhrases } from "./year-parts.ts";
import { findPhrases } from "./phrases.ts";
import { type NumberScope, wordsFollowing } from "./scope.ts";
import type { Word } from "./words.ts";

/** How many words before the number (or ending the clause before it) or after it a word of the remainder may stand. */
const remainderReach = 2;

/** How many words after a remainder's share may name its category: "، فتوزعت على قضايا متفرقة". */
const categoryReach = 6;

const isRemainder = (word: Word) => wordIsAny(word, grammarWords.remainder);

/** The word that makes the number a remainder ("والباقي، أي 112 إنابة", "الإنابات الـ72 الباقية"), if any. */
export function remainderWord(scope: NumberScope): Word | undefined {
  return (
    scope.before.slice(-remainderReach).find(isRemainder) ??
    (scope.before.length <= 1 ? scope.previousClause.words.slice(-remainderReach).find(isRemainder) : undefined) ??
    scope.after.slice(0, remainderReach).find(isRemainder)
  );
}

/** The categories named among the `reach` words after the number, in text order. */
const categoriesAfter = (scope: NumberScope, catalogue: Catalogue, reach: number): CategoryMatch[] => categoriesIn(wordsFollowing(scope, reach).slice(0, reach), catalogue.breakdowns);

/** The category a remainder's share names after it, up to its sentence's end ("والباقي، 9 في المائة، قضايا متنوعة"), if it is one. */
export function remainderCategory(scope: NumberScope, catalogue: Catalogue): CategoryMatch | undefined {
  if (!remainderWord(scope)) return undefined;
  const named = categoriesAfter(scope, catalogue, categoryReach);
  return named.length === 1 ? named[0] : undefined;
}

/** How many words after a remainder's share may name the categories it spreads over: "بين نقل المحكوم عليهم والإرهاب وقضايا أخرى". */
const spreadReach = 10;

/**
 * "فيما تتوزع النسبة المتبقية (15 في المائة) بين نقل المحكوم عليهم والإرهاب وقضايا أخرى": a remainder's share spread
 * over several categories named after it is theirs together; the span of those categories, if so.
 */
export function remainderSpread(scope: NumberScope, catalogue: Catalogue): { start: number; end: number } | undefined {
  if (!remainderWord(scope)) return undefined;
  const named = categoriesAfter(scope, catalogue, spreadReach);
  return new Set(named.map((c) => c.code)).size > 1 ? { start: named[0]!.start, end: named.at(-1)!.end } : undefined;
}

/** How many words after the number the part of the year a rest is for may take: "ملفات في النصف الثاني". */
const restPeriodReach = 5;

/**
 * "منها 3104 في النصف الأول. الفرق إذن 3208 ملفات في النصف الثاني": the difference of a whole and its part, for the
 * part of the year the number's clause names after it, is that part's level, not the amount of a change.
 */
export function restOfWhole(scope: NumberScope, catalogue: Catalogue): boolean {
  if (!scope.lead.some((w) => wordIsAny(w, grammarWords.differences.rest_of_whole))) return false;
  return findPhrases(scope.after.slice(0, restPeriodReach), allPartPhrases(catalogue.periods)).length > 0;
}
