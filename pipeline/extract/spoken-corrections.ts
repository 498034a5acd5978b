// A speaker correcting the number just said: "عمم المكتب 3450 مذكرة بحث على الصعيد الوطني، عفوا، 3540": the number
// right after the word of correction (grammar-words spoken_corrections) replaces the last number of its kind before
// it, which is withdrawn (still read, so that the new value takes its indicator: count-continuation.ts). A sentence
// opening on a correction, said ("عفوا، 298") or written ("والصحيح أنه بلغ 37 إنابة"), corrects the sentence before.
import type { NumberMention } from "../types/number-mention.ts";
import type { Span } from "./clauses.ts";
import { wordIsAny } from "./cue-match.ts";
import { grammarWords } from "./grammar-words.ts";
import { cuePhrase, findPhrases, phraseAt, phraseMatchAt } from "./phrases.ts";
import { type Word, wordsWithin } from "./words.ts";

/** The words of correction, each a phrase ("عفوا", "سمح ليا"). */
const corrections = grammarWords.spoken_corrections.map(cuePhrase);

/**
 * What may stand between the word of correction and the number it gives: marks and spaces ("عفوا، 3540", "أقصد: 131"),
 * or a few words the speaker says before giving it, up to a colon ("سمحي ليا، خليني نكون دقيق: 5 آلاف و800").
 */
const rightBefore = /^[\s،,:…."«»]*(?:(?:\p{L}+[^\S\n]+){0,3}\p{L}+[^\S\n]*[:：][^\S\n]*)?$/u;

/** The numbers of the sentence a speaker corrects, each with the words that correct it ("عفوا"). */
export function spokenCorrections(text: string, words: readonly Word[], sentence: Span, mentions: readonly NumberMention[]): Map<NumberMention, string> {
  const corrected = new Map<NumberMention, string>();
  for (const word of findPhrases(wordsWithin(words, sentence.start, sentence.end), corrections)) {
    const given = mentions.find((m) => m.start >= word.end && m.start <= sentence.end);
    if (!given || !rightBefore.test(text.slice(word.end, given.start))) {
      const unsaid = given ? undefined : deniedBefore(words, word, sentence, mentions);
      if (unsaid) corrected.set(unsaid, text.slice(word.start, word.end));
      continue;
    }
    const said = mentions.filter((m) => m.end <= word.start && m.start >= sentence.start && m.kind === given.kind).at(-1);
    // "6312 ملفا، عفوا أقصد 6312 ملفا بالضبط": the same value said again withdraws nothing.
    if (said && said.value !== given.value) corrected.set(said, text.slice(word.start, word.end));
  }
  return corrected;
}

/**
 * The number a speaker takes back with "no" and a word of correction after it, giving no other in the sentence: "وحنا
 * سلمنا 51 أجنبي... لا لا، سمحي ليا، قلبت الرقم." The count and a "no" at most a few words before the correction.
 */
function deniedBefore(words: readonly Word[], word: { index: number; start: number }, sentence: Span, mentions: readonly NumberMention[]): NumberMention | undefined {
  const said = mentions.filter((m) => m.end <= word.start && m.start >= sentence.start && (m.kind === "number" || m.kind === "percent")).at(-1);
  if (!said) return undefined;
  const between = wordsWithin(words, said.end, word.start);
  return between.length <= deniedReach && between.some((w) => wordIsAny(w, grammarWords.denials)) ? said : undefined;
}

/** How many words may stand between a number taken back and its correction: its noun, "لا لا". */
const deniedReach = 4;

/** Whether a word of correction stands right before the number, marks between: "عفوا، 3540" (a clause of its own). */
export function givenByCorrection(text: string, mention: NumberMention, wordsBefore: readonly Word[]): boolean {
  const word = wordsBefore.at(-1);
  const ending = corrections.some((phrase) => wordsBefore.length >= phrase.length && phraseAt(wordsBefore, wordsBefore.length - phrase.length, phrase));
  return word !== undefined && ending && rightBefore.test(text.slice(word.end, mention.start));
}

/**
 * The number a sentence opens with after a word of correction ("… مذكرة لإيقاف الأبحاث المذاعة عربيا... عفوا،
 * مائتان وثمان وتسعون"): it corrects the last count of the sentence before, an ellipsis between them.
 */
export function correctionOpening(text: string, words: readonly Word[], sentence: Span, mentions: readonly NumberMention[]): { given: NumberMention; word: string } | undefined {
  const sentenceWords = wordsWithin(words, sentence.start, sentence.end);
  const opening = spokenCorrectionOpening(sentenceWords);
  if (!opening) return writtenCorrectionOpening(text, sentenceWords, mentions);
  const given = mentions.find((m) => m.start >= opening.end);
  return given && rightBefore.test(text.slice(opening.end, given.start)) ? { given, word: text.slice(opening.start, opening.end) } : undefined;
}

/** "the right one" ("والصحيح", "والصواب"), not a verb of correcting ("صحح الرسم يوم 9 يناير"): the retractions with the article. */
const rightOnes = grammarWords.retractions.filter((w) => w.startsWith("ال"));

/** How many words may stand between a written correction's word and the number it gives: "والصحيح أنه بلغ 37". */
const writtenCorrectionReach = 4;

/**
 * A sentence opening on a written correction ("ورد في المذكرة … أن عدد الإنابات … بلغ 34 إنابة. والصحيح أنه بلغ 37
 * إنابة": grammar-words retractions), its number in its first clause, a few words after: it corrects the last count
 * of the sentence before.
 */
function writtenCorrectionOpening(text: string, sentenceWords: readonly Word[], mentions: readonly NumberMention[]): { given: NumberMention; word: string } | undefined {
  const word = sentenceWords[0];
  if (!word || !wordIsAny(word, rightOnes)) return undefined;
  const given = mentions.find((m) => m.start >= word.end);
  if (!given || (given.kind !== "number" && given.kind !== "percent") || /[،,؛;.:!؟?\n]/u.test(text.slice(word.end, given.start))) return undefined;
  const between = sentenceWords.filter((w) => w.start >= word.end && w.end <= given.start);
  return between.length <= writtenCorrectionReach ? { given, word: text.slice(word.start, word.end) } : undefined;
}

/**
 * The words of a sentence with no number that takes the last one back, "no" and a word of correction at its opening
 * ("51 أجنبي... لا لا، سمحي ليا، قلبت الرقم."): the count said before it is withdrawn, whatever follows.
 */
export function takenBack(text: string, words: readonly Word[], sentence: Span): string | undefined {
  const opening = spokenCorrectionOpening(wordsWithin(words, sentence.start, sentence.end));
  return opening?.denied ? text.slice(opening.start, opening.end) : undefined;
}

/**
 * A word of correction opening a sentence, maybe after a speaker's "no" ("لا لا، سمح لي، تمنية وتمانين"): from the
 * sentence's first word to the correction's last, and whether a "no" came first.
 */
function spokenCorrectionOpening(sentenceWords: readonly Word[]): (Span & { denied: boolean }) | undefined {
  let first = 0;
  while (first < sentenceWords.length - 1 && wordIsAny(sentenceWords[first]!, grammarWords.denials)) first++;
  const place = phraseMatchAt(sentenceWords, first, corrections);
  return place < 0 ? undefined : { start: sentenceWords[0]!.start, end: sentenceWords[first + corrections[place]!.length - 1]!.end, denied: first > 0 };
}

