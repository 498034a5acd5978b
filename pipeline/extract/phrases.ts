// Phrases of consecutive words, each word given with its alternatives (the catalogue's period phrases).
import { type CueList, cueList, type Lexeme, lexemeOfWord, wordIsAny } from "./cue-match.ts";
import type { Word } from "./words.ts";
import { oncePer } from "../lib/once-per.ts";

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
  for (let k = 0; k < phrase.length; k++) if (!wordIsAny(words[index + k]!, phrase[k]!)) return false;
  return true;
}

/**
 * A list of phrases prepared once (the lists are the catalogue's fixed arrays): the cues any of them starts with,
 * and for each such cue the phrases that start with it, by their place in the list. A word that may start a
 * phrase is then tried against those phrases only, where trying every phrase of a long list ("other_bodies")
 * at every word that starts one of them was most of the time spent finding phrases. Each phrase's later words
 * are resolved to their cue lists here, once, rather than at each word tried, and the phrases a word may start
 * are kept by its lexeme, worked out the first time the word is met.
 */
interface PhraseIndex {
  starts: CueList;
  byFirstCue: ReadonlyMap<string, readonly number[]>;
  laterWords: readonly (readonly CueList[])[];
  placesByLexeme: Map<Lexeme, readonly number[]>;
}

/** A list's index, built once per list (by identity): the cues its phrases may start with, and their later words' cue lists. */
const indexOf = oncePer((phrases: readonly Phrase[]): PhraseIndex => {
  const byFirstCue = new Map<string, number[]>();
  phrases.forEach((phrase, place) => {
    for (const cue of phrase[0] ?? []) {
      const places = byFirstCue.get(cue) ?? [];
      if (places.at(-1) !== place) places.push(place);
      byFirstCue.set(cue, places);
    }
  });
  const laterWords = phrases.map((phrase) => phrase.slice(1).map((cues) => cueList(cues)));
  return { starts: cueList([...byFirstCue.keys()]), byFirstCue, laterWords, placesByLexeme: new Map() };
});

/** Every match of any of `phrases` in `words`, in text order. */
export function findPhrases(words: readonly Word[], phrases: readonly Phrase[]): PhraseMatch[] {
  const found: PhraseMatch[] = [];
  const index = indexOf(phrases);
  for (let i = 0; i < words.length; i++) {
    const place = placeAt(words, i, index);
    if (place >= 0) found.push({ index: i, start: words[i]!.start, end: words[i + phrases[place]!.length - 1]!.end });
  }
  return found;
}

/** The place in `phrases` of the first of them that matches the words starting at `at`, -1 when none does. */
export const phraseMatchAt = (words: readonly Word[], at: number, phrases: readonly Phrase[]): number => (at >= 0 && at < words.length ? placeAt(words, at, indexOf(phrases)) : -1);

function placeAt(words: readonly Word[], at: number, index: PhraseIndex): number {
  const lexeme = lexemeOfWord(words[at]!);
  // One lookup tells the words no phrase can start at: most words of a text.
  if (!lexeme.matches(index.starts)) return -1;
  let places = index.placesByLexeme.get(lexeme);
  if (!places) index.placesByLexeme.set(lexeme, (places = lexeme.placesIn(index.byFirstCue)));
  return firstMatchingPlace(words, at, index, places);
}

/** The first of the phrases at `places` (whose first word matches) that matches at `at`, -1 when none does. */
function firstMatchingPlace(words: readonly Word[], at: number, index: PhraseIndex, places: readonly number[]): number {
  for (const place of places) {
    const later = index.laterWords[place]!;
    if (at + later.length >= words.length) continue;
    let k = 0;
    while (k < later.length && lexemeOfWord(words[at + 1 + k]!).matches(later[k]!)) k++;
    if (k === later.length) return place;
  }
  return -1;
}

/** Phrases by the cue they were made from: a rule that turns a cue into a phrase at each call gets the same one. */
const phrasesByCue = new Map<string, Phrase>();

/** A multi-word cue written with spaces ("ولايات متحده") as a phrase. */
export function cuePhrase(cue: string): Phrase {
  let phrase = phrasesByCue.get(cue);
  if (!phrase) phrasesByCue.set(cue, (phrase = cue.split(" ").map((word) => [word])));
  return phrase;
}
