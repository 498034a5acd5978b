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

/**
 * A list of phrases prepared once (the lists are the catalogue's fixed arrays): the cues any of them starts with,
 * and for each such cue the phrases that start with it, by their place in the list. A word that may start a
 * phrase is then tried against those phrases only, where trying every phrase of a long list ("other_bodies")
 * at every word that starts one of them was most of the time spent finding phrases.
 */
interface PhraseIndex {
  starts: CueList;
  byFirstCue: ReadonlyMap<string, readonly number[]>;
}

const indexes = new WeakMap<readonly Phrase[], PhraseIndex>();

function indexOf(phrases: readonly Phrase[]): PhraseIndex {
  let index = indexes.get(phrases);
  if (!index) {
    const byFirstCue = new Map<string, number[]>();
    phrases.forEach((phrase, place) => {
      for (const cue of phrase[0] ?? []) {
        const places = byFirstCue.get(cue) ?? [];
        if (places.at(-1) !== place) places.push(place);
        byFirstCue.set(cue, places);
      }
    });
    index = { starts: cueList([...byFirstCue.keys()]), byFirstCue };
    indexes.set(phrases, index);
  }
  return index;
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
  const { starts, byFirstCue } = indexOf(phrases);
  const lexemes = lexemesOf(words);
  for (let i = 0; i < words.length; i++) {
    // One lookup tells the words no phrase can start at: most words of a text.
    if (!lexemes[i]!.matches(starts)) continue;
    const length = phraseLengthAt(lexemes, i, phrases, lexemes[i]!.placesIn(byFirstCue));
    if (length > 0) found.push({ index: i, start: words[i]!.start, end: words[i + length - 1]!.end });
  }
  return found;
}

/** The length of the first of `phrases` (of those at `places`, whose first word matches) that matches at `index`, 0 when none does. */
function phraseLengthAt(lexemes: readonly Lexeme[], index: number, phrases: readonly Phrase[], places: readonly number[]): number {
  for (const place of places) {
    const phrase = phrases[place]!;
    if (index + phrase.length > lexemes.length) continue;
    let k = 1;
    while (k < phrase.length && lexemes[index + k]!.matches(cueList(phrase[k]!))) k++;
    if (k === phrase.length) return phrase.length;
  }
  return 0;
}

/** A multi-word cue written with spaces ("ولايات متحده") as a phrase. */
export function cuePhrase(cue: string): Phrase {
  return cue.split(" ").map((word) => [word]);
}
