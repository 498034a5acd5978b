import { fold, type OffsetRuns, rawOffset } from "../arabic/normalise.ts";

/** A word of the normalised text: folded for matching, with its span in the raw text. */
export interface Word {
  folded: string;
  start: number;
  end: number;
}

/** Letters and digits written together ("125أمرا", "بـ19") are two words: a number glued to its noun, a clitic to its number. */
const wordPattern = /\p{L}+|\p{N}+/gu;

/**
 * A lone alif after a word and one space is the word's accusative ending that a page's line-breaking split off
 * ("87 أمر ا" for "87 أمرا"): it is joined back to its word.
 */
const strayEnding = "ا";

/** A word hyphenated at a line end ("معلو-" then "مات", as a PDF copied to text breaks it) is one word. */
const hyphenatedBreak = /^-(\r\n|\n|\r)$/u;

/** Every word of `normalised`, in order, located in the raw text through the offset map. */
export function findWords(normalised: string, map: OffsetRuns): Word[] {
  const words: Word[] = [];
  let previousEnd = -2;
  for (const match of normalised.matchAll(wordPattern)) {
    const start = match.index;
    const end = start + match[0].length;
    const last = words.at(-1);
    if (last && match[0] === strayEnding && start === previousEnd + 1 && normalised[previousEnd] === " ") {
      last.folded += strayEnding;
      last.end = rawOffset(map, end);
    } else if (last && hyphenatedBreak.test(normalised.slice(previousEnd, start))) {
      last.folded += fold(match[0]);
      last.end = rawOffset(map, end);
    } else {
      words.push({ folded: fold(match[0]), start: rawOffset(map, start), end: rawOffset(map, end) });
    }
    previousEnd = end;
  }
  return words;
}

/** The index of the first word starting at or after `offset`; `words` is in text order. */
export function firstWordAt(words: readonly Word[], offset: number): number {
  let low = 0;
  let high = words.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (words[middle]!.start < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The words lying wholly inside the raw span [start, end); `words` is in text order. */
export function wordsWithin(words: readonly Word[], start: number, end: number): Word[] {
  const result: Word[] = [];
  for (let i = firstWordAt(words, start); i < words.length && words[i]!.end <= end; i++) result.push(words[i]!);
  return result;
}
