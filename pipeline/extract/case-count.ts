// A count "against" the suspects of one case ("فيما صدرت مذكرتا بحث دوليتان في حق مشتبه فيهما"): the warrants or
// notices of that case, which a news story about it gives, not the year's figure of the same kind.
import { wordIsAny } from "./cue-match.ts";
import { grammarWords } from "./grammar-words.ts";
import type { NumberScope } from "./scope.ts";
import type { Word } from "./words.ts";

/** How many words after the number "في حق" may stand: "مذكرتا بحث دوليتان في حق". */
const againstReach = 5;

/** "في حق" and a suspect or accused person after the number in its clause, if any: the words from "في" to that person. */
export function againstSuspects(scope: NumberScope): Word[] | undefined {
  const after = scope.after.slice(0, againstReach + 2);
  for (let i = 0; i + 2 < after.length && i < againstReach; i++) {
    if (after[i]!.folded !== "في" || after[i + 1]!.folded !== "حق") continue;
    const person = after[i + 2]!;
    if (wordIsAny(person, grammarWords.case_subjects)) return after.slice(i, i + 3);
  }
  return undefined;
}
