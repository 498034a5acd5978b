import type { IgnoreRules } from "../types/catalogue-ignore.ts";
import type { NumberMention } from "../types/number-mention.ts";
import { insideMarkup } from "../arabic/markup.ts";
import { fold } from "../arabic/normalise.ts";
import { wordIsAny } from "./cue-match.ts";
import { grammarWords } from "./grammar-words.ts";
import { onChartAxis } from "../text/axis-ticks.ts";
import type { Word } from "./words.ts";

type IgnoreRule = IgnoreRules["rules"][number];

/** A word with the article, alone or after a conjunction ("الملفات", "والملفات"). */
const definite = /^[وف]?ال\p{L}{2,}/u;

/**
 * Whether the number's own word, after its qualifier if any ("أقل من خمس الملفات"), is one of `words` as written,
 * maybe after a conjunction: "سبعة" is a numeral, not the fraction "خمس"'s like.
 */
function writtenAs(mention: NumberMention, words: readonly string[]): boolean {
  const last = fold(mention.text).split(/\s+/u).at(-1)!;
  return words.includes(last) || (/^[وف]/u.test(last) && words.includes(last.slice(1)));
}

/**
 * Whether a number is definite, as an adjective of a definite noun is: the article on it ("الأشهر الستة", where
 * the mention starts after "ال") or a definite word right after it ("الأشهر 9 الأولى").
 */
function withArticle(mention: NumberMention, nextWord: Word | undefined, text: string): boolean {
  if (/ال$/u.test(text.slice(Math.max(0, mention.start - 2), mention.start)) || /^ال/u.test(fold(mention.text))) return true;
  return nextWord !== undefined && definite.test(nextWord.folded) && /^[^\S\n]+$/u.test(text.slice(mention.end, nextWord.start));
}

/** Whether only a closing mark, a clause's or a sentence's, follows the number: "أي أقل من الخمس." */
const clauseEndsAfter = (text: string, mention: NumberMention) => /^[^\S\n]*(?:[.،,؛;:!?؟)»"\n]|$)/u.test(text.slice(mention.end, mention.end + 4));

/** Square brackets around a name, a colon and numbers (one, a range or a list): "[المائدة: 2]", "[قريش: 3-4]". */
const referenceOpening = /\[[^[\]\n:：\p{N}]{1,40}[:：][\s\p{N}\-–،,]*$/u;
const referenceClosing = /^[\s\p{N}\-–،,]*\]/u;

/** Whether the number stands in a reference in square brackets ("[المائدة: 2]"). */
function inReferenceBrackets(text: string, mention: NumberMention): boolean {
  return referenceOpening.test(text.slice(Math.max(0, mention.start - 48), mention.start)) && referenceClosing.test(text.slice(mention.end, mention.end + 24));
}

/** Whether a word follows a demonstrative ("هذا الفصل"، "هذه المادة"), with only spaces between. */
function afterDemonstrative(text: string, word: Word): boolean {
  const before = /(\p{L}+)[^\S\n]+$/u.exec(text.slice(Math.max(0, word.start - 16), word.start));
  return before !== null && grammarWords.demonstratives.includes(fold(before[1]!));
}

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
    if (rule.followed_by && !(nextWord && wordIsAny(nextWord, rule.followed_by))) return false;
    // Right after it on its line: "عملية واحدة⏎• التسليم المراقب" is a list's next item.
    if (rule.followed_by_definite && !(nextWord && definite.test(nextWord.folded) && /^[^\S\n]+$/u.test(text.slice(mention.end, nextWord.start)))) return false;
    // Right before it, no mark between: "المادة 12" is a law's article, "ما يكفي من المادة: 4480 ملفا" is material,
    // "حصيلة فصلية.. أزيد من 1500 ملف" a headline's pause, "خلال الفصل (171 طيلة السنة)" an aside.
    if (rule.preceded_by && !(previousWord && wordIsAny(previousWord, rule.preceded_by) && !/[:：،,؛;.…(]/u.test(text.slice(previousWord.end, mention.start)))) return false;
    if (rule.not_after_demonstrative && previousWord && afterDemonstrative(text, previousWord)) return false;
    if (rule.value_between && !(mention.value >= rule.value_between[0]! && mention.value <= rule.value_between[1]!)) return false;
    if (rule.written && !writtenAs(mention, rule.written)) return false;
    if (rule.unqualified && mention.qualifier !== undefined) return false;
    if (rule.qualified_at_clause_end && (mention.qualifier === undefined || !clauseEndsAfter(text, mention))) return false;
    if (rule.on_chart_axis && !onChartAxis(text, mention.start)) return false;
    // The text here is the one the reading sees, markup masked as spaces (read-source.ts).
    if (rule.in_markup && !insideMarkup(text, mention)) return false;
    if (rule.definite && !withArticle(mention, nextWord, text)) return false;
    if (rule.in_reference_brackets && !inReferenceBrackets(text, mention)) return false;
    return true;
  });
}
