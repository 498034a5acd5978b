import type { IgnoreRules } from "../types/catalogue-ignore.ts";
import type { NumberMention } from "../types/number-mention.ts";
import { fold } from "../arabic/normalise.ts";
import { wordMatchesAny } from "./cue-match.ts";
import type { Word } from "./words.ts";

type IgnoreRule = IgnoreRules["rules"][number];

/** A word with the article, alone or after a conjunction ("الملفات", "والملفات"). */
const definite = /^[وف]?ال\p{L}{2,}/u;

/** The first ignore rule whose every condition holds for a number, given the words right before and after it. */
export function matchIgnoreRule(
  rules: readonly IgnoreRule[],
  mention: NumberMention,
  previousWord: Word | undefined,
  nextWord: Word | undefined,
  text: string,
): IgnoreRule | undefined {
  return rules.find((rule) => {
    if ((mention.kind !== "number" && mention.kind !== "percent") || (rule.kinds && !rule.kinds.includes(mention.kind))) return false;
    if (rule.followed_by && !(nextWord && wordMatchesAny(nextWord.folded, rule.followed_by))) return false;
    // Right after it on its line: "عملية واحدة⏎• التسليم المراقب" is a list's next item.
    if (rule.followed_by_definite && !(nextWord && definite.test(nextWord.folded) && /^[^\S\n]+$/u.test(text.slice(mention.end, nextWord.start)))) return false;
    if (rule.preceded_by && !(previousWord && wordMatchesAny(previousWord.folded, rule.preceded_by))) return false;
    if (rule.value_between && !(mention.value >= rule.value_between[0]! && mention.value <= rule.value_between[1]!)) return false;
    if (rule.written && !wordMatchesAny(fold(mention.text), rule.written)) return false;
    if (rule.unqualified && mention.qualifier !== undefined) return false;
    return true;
  });
}
