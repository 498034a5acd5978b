// Persons said to be still at large ("عن مصير «قرابة مائة مطلوب» قالت إنهم ما زالوا في حالة فرار"): those the police
// have not arrested, whom no indicator counts, however much their noun looks like a count of arrests.
import { wordIsAny } from "./cue-match.ts";
import { grammarWords } from "./grammar-words.ts";
import type { NumberScope } from "./scope.ts";
import type { Word } from "./words.ts";

/** How many words after the number the verb of remaining may stand: "«قرابة مائة مطلوب» قالت إنهم ما زالوا". */
const stillReach = 8;

/** How many words after that verb the word of flight may stand: "ما زالوا في حالة فرار". */
const flightReach = 3;

/** The verb of remaining and the word of flight after the number in its clause, if the clause says its persons are still at large. */
export function stillAtLarge(scope: NumberScope): Word[] | undefined {
  const { still, at_large: flight } = grammarWords.still_at_large;
  const after = scope.after.slice(0, stillReach + flightReach + 1);
  for (let i = 0; i < after.length && i < stillReach; i++) {
    if (!wordIsAny(after[i]!, still)) continue;
    const fled = after.slice(i + 1, i + 1 + flightReach).findIndex((w) => wordIsAny(w, flight));
    if (fled >= 0) return after.slice(i, i + 2 + fled);
  }
  return undefined;
}
