import { fold, type OffsetRuns, rawOffset } from "../arabic/normalise.ts";

/** A word of the normalised text: folded for matching, with its span in the raw text. */
export interface Word {
  folded: string;
  start: number;
  end: number;
}

const wordPattern = /[\p{L}\p{N}]+/gu;

/** Every word of `normalised`, in order, located in the raw text through the offset map. */
export function findWords(normalised: string, map: OffsetRuns): Word[] {
  const words: Word[] = [];
  for (const match of normalised.matchAll(wordPattern)) {
    const start = match.index;
    const end = start + match[0].length;
    words.push({ folded: fold(match[0]), start: rawOffset(map, start), end: rawOffset(map, end) });
  }
  return words;
}

/** The words lying wholly inside the raw span [start, end); `words` is in text order. */
export function wordsWithin(words: readonly Word[], start: number, end: number): Word[] {
  let low = 0;
  let high = words.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (words[middle]!.start < start) low = middle + 1;
    else high = middle;
  }
  const result: Word[] = [];
  for (let i = low; i < words.length && words[i]!.end <= end; i++) result.push(words[i]!);
  return result;
}
