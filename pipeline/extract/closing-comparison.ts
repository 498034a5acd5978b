// A clause that closes a sentence by saying what its changes compare: "وبذلك تكون الأوامر قد تراجعت بنحو 20 في
// المائة، والموقوفون بنحو 16 في المائة، إذا ما قورنت سنة الجائحة بسنة 2018" (periods.json closing_comparisons).
// The last year it names is the base of every change before it that names none of its own, nor counts of its
// sentence to be measured against (percent-reading.ts).
import type { Catalogue } from "../catalogue/load.ts";
import { periodBefore } from "../lib/period.ts";
import type { PeriodClaim } from "./periods.ts";
import { findPhrases } from "./phrases.ts";
import { type NumberScope, wordsFollowing } from "./scope.ts";
import { isYearWord } from "./years.ts";

/** How many words of its sentence after a change the closing clause and its year may stand within. */
const closingReach = 24;

/** How many words after the closing clause's opening its year may stand: "قورنت سنة الجائحة بسنة 2018". */
const yearReach = 6;

/** The base the closing clause of the change's sentence names, when it is a year before the change's period. */
export function closingComparisonBase(scope: NumberScope, catalogue: Catalogue, period: string): PeriodClaim | undefined {
  const following = wordsFollowing(scope, closingReach);
  const opening = findPhrases(following, catalogue.periods.closing_comparisons)[0];
  // Set off from the words before it: "… 16 في المائة، إذا ما قورنت …" closes the sentence; "وتتجاوز 40 في المائة
  // إذا قورنت بسنة 2020" is the last change's own comparison, read with its clause.
  if (!opening || opening.index === 0 || !/[،,؛;]/u.test(scope.text.slice(following[opening.index - 1]!.end, opening.start))) return undefined;
  const words = following.slice(opening.index, opening.index + yearReach + 3);
  const year = words.filter(isYearWord).at(-1);
  if (!year || !periodBefore(year.folded, period)) return undefined;
  return { period: year.folded, start: year.start, end: year.end };
}
