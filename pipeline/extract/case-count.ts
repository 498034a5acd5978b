// A count "against" the suspects of one case ("فيما صدرت مذكرتا بحث دوليتان في حق مشتبه فيهما"): the warrants or
// notices of that case, which a news story about it gives, not the year's figure of the same kind.
import { wordIsAny } from "./cue-match.ts";
import { grammarWords } from "./grammar-words.ts";
import type { NumberScope } from "./scope.ts";
import type { Word } from "./words.ts";

/** How many words after the number "في حق" may stand: "مذكرتا بحث دوليتان في حق". */
const againstReach = 5;

/**
 * "حقه", "حقها", "حقهما": against the one or two persons its pronoun stands for, a case's. Not "حقهم" (the many
 * persons a count before it counts: "توقيف 73 شخصا صادرة في حقهم أوامر دولية" is the year's).
 */
const againstThem = /^حق(?:ه|ها|هما)$/u;

/**
 * "في حق" and a suspect or accused person after the number in its clause, or "في حقهما" (its pronoun for the case's
 * persons) right before the number ("ومن بينهم شخصان … صدرت في حقهما مذكرتا بحث دوليتان"), if any: those words.
 */
export function againstSuspects(scope: NumberScope): Word[] | undefined {
  const after = scope.after.slice(0, againstReach + 2);
  for (let i = 0; i + 2 < after.length && i < againstReach; i++) {
    if (after[i]!.folded !== "في" || after[i + 1]!.folded !== "حق") continue;
    const person = after[i + 2]!;
    if (wordIsAny(person, grammarWords.case_subjects)) return after.slice(i, i + 3);
  }
  // Before it, from the last mark or figure ("شخصان … صدرت في حقهما مذكرتا بحث": the words go to the first count's clause).
  const near = scope.lead.slice(-againstReach);
  const at = near.findIndex((w, i) => w.folded === "في" && againstThem.test(near[i + 1]?.folded ?? ""));
  return at < 0 ? undefined : near.slice(at, at + 2);
}
