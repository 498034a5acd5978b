// Phrases of consecutive words, each word given with its alternatives (the catalogue's period phrases).
import { type CueList, cueList, type Lexeme, lexemeOf, wordMatchesAny } from "./cue-match.ts";
import type { Word } from "./words.ts";

export type Phrase = readonly (readonly string[])[];

export interface PhraseMatch {
  /** Index of its first word in the list searched. */
  index: number;
  /** Raw span from its first word's start to its last word's end. */
  start: number;
  end: number;
}

/** Whether `phrase` matches the words starting at `index`. */
export function phraseAt(words: readonly Word[], index: number, phrase: Phrase): boolean {
  if (index + phrase.length > words.length) return false;
  for (let k = 0; k < phrase.length; k++) if (!wordMatchesAny(words[index + k]!.folded, phrase[k]!)) return false;
  return true;
}

/** Every first word of a list of phrases, merged once per list (the lists are the catalogue's fixed arrays). */
const firstWords = new WeakMap<readonly Phrase[], CueList>();

function firstWordsOf(phrases: readonly Phrase[]): CueList {
  let words = firstWords.get(phrases);
  if (!words) {
    words = cueList(phrases.flatMap((phrase) => phrase[0] ?? []));
    firstWords.set(phrases, words);
  }
  return words;
}

/**
 * The lexemes of a list of words, by the list: a clause's words are searched for one list of phrases after
 * another (readPeriods looks for some fifteen), and each word is looked up once.
 */
const lexemeLists = new WeakMap<readonly Word[], Lexeme[]>();

function lexemesOf(words: readonly Word[]): Lexeme[] {
  let lexemes = lexemeLists.get(words);
  // A list grown since (none is, but a stale answer would be silent) is looked up again.
  if (!lexemes || lexemes.length !== words.length) {
    lexemes = words.map((word) => lexemeOf(word.folded));
    lexemeLists.set(words, lexemes);
  }
  return lexemes;
}

/** Every match of any of `phrases` in `words`, in text order. */
export function findPhrases(words: readonly Word[], phrases: readonly Phrase[]): PhraseMatch[] {
  const found: PhraseMatch[] = [];
  // One lookup tells the words no phrase can start at: most words of a text.
  const starts = firstWordsOf(phrases);
  const lexemes = lexemesOf(words);
  for (let i = 0; i < words.length; i++) {
    if (!lexemes[i]!.matches(starts)) continue;
    const length = phraseLengthAt(words, i, phrases);
    if (length > 0) found.push({ index: i, start: words[i]!.start, end: words[i + length - 1]!.end });
  }
  return found;
}

/** The length of the first of `phrases` that matches at `index`, 0 when none does. */
function phraseLengthAt(words: readonly Word[], index: number, phrases: readonly Phrase[]): number {
  for (const phrase of phrases) if (phraseAt(words, index, phrase)) return phrase.length;
  return 0;
}

/** A multi-word cue written with spaces ("ولايات متحده") as a phrase. */
export function cuePhrase(cue: string): Phrase {
  return cue.split(" ").map((word) => [word]);
}
