// "of this kind" after a count's noun refers to that noun as an earlier sentence named it: "تنشر الشرطة \"مذكرة بحث
// دولية\" … وفي سنة 2018 نشرت شرطتنا 78 مذكرة من هذا النوع" counts international warrants, which "مذكرة" alone does
// not say. The earlier mention's words (its genitive and adjectives) are read instead of the number's own clause.
import type { CountedNoun } from "./counted-noun.ts";
import { sameStem } from "./cue-match.ts";
import { grammarWords } from "./grammar-words.ts";
import { cuePhrase, findPhrases } from "./phrases.ts";
import type { NumberScope } from "./scope.ts";

/** "of this kind" (grammar-words same_kind), as phrases. */
export const sameKind = grammarWords.same_kind.map(cuePhrase);

/** How far back, in characters before the number's sentence, the noun "of this kind" refers to may stand: a paragraph or two. */
const reach = 600;

/** How many words after the earlier noun say what it is: its genitive and adjectives ("مذكرة بحث دولية"). */
const phraseLength = 4;

/** The earlier mention of the noun a count "of this kind" refers to, and the words to read it with; undefined for any other count. */
export function sameKindAntecedent(scope: NumberScope, counted: CountedNoun | null): { noun: CountedNoun; within: NumberScope } | undefined {
  if (counted?.how !== "after" || !counted.word) return undefined;
  // "78 مذكرة من هذا النوع": the phrase right after the noun, "من" between.
  const next = scope.after.filter((w) => w.start >= counted.word!.end).slice(0, 3);
  if (!findPhrases(next, sameKind).some((m) => m.index <= 1)) return undefined;
  const sentenceStart = scope.earlier[0]?.start ?? scope.before[0]?.start ?? scope.mention.start;
  const earlier = scope.wordsIn(Math.max(0, sentenceStart - reach), sentenceStart);
  for (let i = earlier.length - 1; i >= 0; i--) {
    const word = earlier[i]!;
    if (!sameStem(word.folded, counted.folded)) continue;
    const words = earlier.slice(i + 1, i + 1 + phraseLength);
    const noun: CountedNoun = { folded: word.folded, word, how: "after", qualifier: words[0] ?? null };
    return { noun, within: { ...scope, before: [], earlier: [], lead: [], after: words } };
  }
  return undefined;
}
