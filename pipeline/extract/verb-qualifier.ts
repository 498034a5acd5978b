// A qualifier a verb gives a number across the measure it names: "تجاوز عددها ستة آلاف" (more than 6,000),
// "ناهزت نسبتها 14 في المائة" (about 14), "لم تتجاوز نسبة الدورات الحضورية منها 18 في المائة" (at most 18). The
// recognizer reads a qualifier written right before the number; this one stands before the measure's noun, or
// after the number ("16٪ تقريبا").
import type { NumberMention } from "../types/number-mention.ts";
import { wordMatchesAny } from "./cue-match.ts";
import { grammarWords } from "./grammar-words.ts";
import { cuePhrase, phraseAt } from "./phrases.ts";
import type { Word } from "./words.ts";

type Qualifier = NonNullable<NumberMention["qualifier"]>;

/** How many words a negated verb of exceeding may stand before the number: the verb and a subject of a few words. */
const negatedReach = 5;

/** The qualifier of a verb among `before` (the clause before the number) followed by a measure noun, if any. */
export function verbQualifier(before: readonly Word[]): { qualifier: Qualifier; verb: Word } | undefined {
  const verbs = grammarWords.qualifier_verbs;
  for (let i = before.length - 2; i >= 0; i--) {
    const word = before[i]!;
    const negated = i > 0 && wordMatchesAny(before[i - 1]!.folded, grammarWords.negations);
    // "did not exceed" bounds the number across its subject too: "لم تتجاوز قضايا الإرهاب 6 بالمائة" (at most 6).
    if (negated && before.length - i <= negatedReach && wordMatchesAny(word.folded, verbs.gt)) return { qualifier: "lte", verb: word };
    if (!wordMatchesAny(before[i + 1]!.folded, grammarWords.measure_nouns)) continue;
    if (wordMatchesAny(word.folded, verbs.gt)) return { qualifier: negated ? "lte" : "gt", verb: word };
    if (wordMatchesAny(word.folded, verbs.approx) && !negated) return { qualifier: "approx", verb: word };
  }
  return undefined;
}

/** How far after the number a trailing qualifier may stand: right after it, or after its counted noun. */
const trailingReach = 2;

/** A qualifier written after the number ("16٪ تقريبا", "74 شخصا على الأقل"), if any. */
export function trailingQualifier(after: readonly Word[]): { qualifier: Qualifier; verb: Word } | undefined {
  const trailing = grammarWords.trailing_qualifiers;
  for (let i = 0; i < Math.min(trailingReach, after.length); i++) {
    for (const code of ["approx", "gte", "lte"] as const) {
      if (trailing[code].some((phrase) => phraseAt(after, i, cuePhrase(phrase)))) return { qualifier: code, verb: after[i]! };
    }
  }
  return undefined;
}

/** The number with the qualifier its clause gives it: its own (the recognizer's), else a verb's across its measure, else one written after it. */
export function qualified(mention: NumberMention, before: readonly Word[], after: readonly Word[]): { mention: NumberMention; verb: Word | null } {
  if (mention.qualifier !== undefined) return { mention, verb: null };
  const found = verbQualifier(before) ?? trailingQualifier(after);
  return found ? { mention: { ...mention, qualifier: found.qualifier }, verb: found.verb } : { mention, verb: null };
}
