// The words that govern a count from outside its own clause, read with its clause's words when its indicator is
// chosen: what led to it ("66 أمرا دوليا …، أفضت إلى توقيف 74 شخصا": the warrants led to the arrests of persons).
import { wordIsAny } from "./cue-match.ts";
import { grammarWords } from "./grammar-words.ts";
import { cuePhrase, findPhrases } from "./phrases.ts";
import type { NumberScope } from "./scope.ts";
import type { SentenceSoFar } from "./sentence-state.ts";
import type { Word } from "./words.ts";

/**
 * The words outside the number's clause that govern it, if any: the clause of the figure before it when the number
 * has none of its own (a preposition and an action noun right before it), that figure's noun when an action noun
 * coordinated with it opens the clause, or what led to it when the clause opens with a verb of result or refers back
 * to it ("على إثرها").
 */
export function governingWords(scope: NumberScope, soFar: SentenceSoFar): readonly Word[] {
  if (scope.before.length === 0) return scope.lead.length > 0 ? ledBy(scope) : [];
  return scope.before.length === 1 ? coordinatedActionNoun(scope, soFar) : resultOfEarlier(scope, soFar);
}

/**
 * The words that govern a number whose clause the figure before it took, when a preposition and an action noun
 * stand right before it, no mark between them ("61 أمرا أسفرت عن توقيف 74 مطلوبا"; "أسفرت 66 أمرا دوليا عممها
 * المكتب عن إيقاف 74 شخصا"): every word from that figure's noun, which says what led to it ("أمرا دوليا").
 */
function ledBy(scope: NumberScope): Word[] {
  const lead = scope.lead;
  // A verb or the noun's words, a preposition and the action it leads to, a noun ("أسفرت عن توقيف"، "مكنت من
  // توقيف") or a phrase governing the number with "على" ("عن إلقاء القبض على"), not the noun's own complements
  // ("مذكرة لتوقيف سريان الأبحاث الدولية و347 مذكرة"); "عن القبض على" as "عن إلقاء القبض على".
  const at = (i: number) => (lead.length + i >= 1 ? lead.at(i)!.folded : "");
  const isPreposition = (i: number) => grammarWords.result_prepositions.includes(at(i));
  const ledTo = isPreposition(-2) || (at(-1) === "علي" && (isPreposition(-3) || isPreposition(-4)));
  return ledTo ? [...lead] : [];
}

/**
 * "شهدت تعميم 98 أمرا دوليا وتوقيف 104 أشخاص": an action noun coordinated right after the count before it (its noun
 * and adjective between, no mark) opens the number's clause: that count's noun and adjective say what the action
 * followed (the warrants), and only they (not the rest of its clause), and not after a count of persons.
 */
function coordinatedActionNoun(scope: NumberScope, soFar: SentenceSoFar): readonly Word[] {
  const counted = soFar.lastCounted;
  const count = soFar.lastCount;
  const action = scope.before[0]!;
  // Not after a count of persons: "تسليم 15 أجنبيا لبلدانهم واستقدام 22 مطلوبا" are two kinds of persons.
  if (!counted?.word || !count || count.indicator.unit === "persons" || !action.folded.startsWith("و") || action.folded.length < 4) return [];
  const gap = scope.text.slice(count.end, action.start);
  if (/[،,؛;.:()\n]/u.test(gap) || gap.trim().split(/\s+/u).length > 2) return [];
  return counted.qualifier && counted.qualifier.end <= action.start ? [counted.word, counted.qualifier] : [counted.word];
}

/** Words that refer back to what led to a count: "على إثرها", "بموجبها" (grammar-words result_phrases). */
const resultPhrases = grammarWords.result_phrases.map(cuePhrase);

/**
 * The words of what led to the number, when its clause opens with a verb of result, a preposition and an action noun
 * and a count came before in the sentence ("ونشر المكتب 66 أمرا دوليا …، أفضت إلى توقيف 74 شخصا": the clause of that
 * count), or with the two last, the sentence opening with the verb ("وأسفرت الأوامر الدولية …، وعددها 66 أمرا، عن
 * توقيف 74 شخصا": the sentence's first clause, the verb's subject); none otherwise ("فضلا عن تعميم"، "إلى جانب").
 */
function resultOfEarlier(scope: NumberScope, soFar: SentenceSoFar): readonly Word[] {
  const { earlier } = scope;
  // "…، ما مكن من توقيف 72 شخصا": the relative "ما" (or "مما") before the verb of result refers to the clause before.
  const before = scope.before.length > 1 && /^م?ما$/u.test(scope.before[0]!.folded) ? scope.before.slice(1) : scope.before;
  // A sentence opening on the verb of result ("وأسفرت عن توقيف 140 شخصا") goes on from the last count of the one before.
  const count = soFar.lastCount ?? (earlier.length === 0 && before.length === 3 ? soFar.previousSentence : undefined);
  // "ونشر 106 أوامر دولية بإلقاء القبض، تم على إثرها توقيف 119 شخصا": words referring back to what led to it.
  if (count !== undefined && findPhrases(before, resultPhrases).length > 0) return count.clause;
  if (count === undefined || (before.length !== 2 && before.length !== 3) || !grammarWords.result_prepositions.includes(before.at(-2)!.folded)) return [];
  const isResult = (word: Word | undefined) => word !== undefined && wordIsAny(word, grammarWords.result_verbs);
  if (before.length === 3) return isResult(before[0]) ? count.clause : [];
  // The verb opens the sentence, or its first clause after a fronted phrase ("وعلى المستوى الوطني، أسفرت الأوامر …").
  const verb = earlier.findIndex((w, i) => isResult(w) && (i === 0 || /[،,؛;]/u.test(scope.text.slice(earlier[i - 1]!.end, w.start))));
  if (verb < 0) return [];
  const opening = earlier[verb]!;
  const firstMark = scope.text.slice(opening.end).search(/[،,؛;]/u);
  return firstMark < 0 ? [] : earlier.filter((w) => w.start >= opening.start && w.end <= opening.end + firstMark);
}
