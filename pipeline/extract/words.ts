import { fold, foldingTable, type OffsetRuns } from "../arabic/normalise.ts";
import type { Lexeme } from "./cue-match.ts";

/** A word of the normalised text: folded for matching, with its span in the raw text. */
export interface Word {
  folded: string;
  start: number;
  end: number;
  /** The lexeme of `folded`, kept by the first cue test that asks about the word (cue-match.ts wordIsAny). */
  lexeme?: Lexeme;
}

/**
 * Letters and digits written together ("125أمرا", "بـ19") are two words: a number glued to its noun, a clitic to
 * its number. A word is a run of letters (\p{L}) or a run of digits (\p{N}), as /\p{L}+|\p{N}+/u finds them; the
 * scan below classifies each code unit once (the regular expression, a slice and a fold per word cost more than
 * the rest of finding the words).
 */
const OTHER = 0;
const LETTER = 1;
const DIGIT = 2;
const UNKNOWN = 3;

const unitClass = new Uint8Array(0x10000).fill(UNKNOWN);
const astralClass = new Map<number, number>();

const classify = (character: string) => (/\p{L}/u.test(character) ? LETTER : /\p{N}/u.test(character) ? DIGIT : OTHER);

/** Whether the code point at `i` is a letter, a digit or neither; its length in code units is codeLength(…). */
function classAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code < 0xd800 || code > 0xdfff) {
    let known = unitClass[code]!;
    if (known === UNKNOWN) unitClass[code] = known = classify(String.fromCharCode(code));
    return known;
  }
  const point = text.codePointAt(i)!;
  // A lone surrogate is neither a letter nor a digit.
  if (point < 0x10000) return OTHER;
  let known = astralClass.get(point);
  if (known === undefined) astralClass.set(point, (known = classify(String.fromCodePoint(point))));
  return known;
}

const codeLength = (text: string, i: number) => (text.codePointAt(i)! > 0xffff ? 2 : 1);

/**
 * Every distinct folded word of the run, one string each: a word is folded and made a string once, not at each of
 * its occurrences, and every lookup keyed by a word (cue-match.ts) meets the same string, its hash already known.
 */
class FoldedWords {
  private hashes = new Int32Array(1024);
  private words: (string | undefined)[] = new Array(1024);
  private count = 0;

  /** The folded form of text[start, end), from the table when an equal word is in it. */
  of(text: string, start: number, end: number): string {
    let hash = 0;
    for (let k = start; k < end; k++) hash = (Math.imul(hash, 31) + foldingTable[text.charCodeAt(k)]!) | 0;
    const mask = this.hashes.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const word = this.words[slot];
      if (word === undefined) return this.add(slot, hash, fold(text.slice(start, end)));
      if (this.hashes[slot] === hash && sameFolded(word, text, start, end)) return word;
    }
  }

  private add(slot: number, hash: number, word: string): string {
    this.hashes[slot] = hash;
    this.words[slot] = word;
    if (++this.count * 2 > this.hashes.length) this.grow();
    return word;
  }

  private grow(): void {
    const { hashes, words } = this;
    this.hashes = new Int32Array(hashes.length * 2);
    this.words = new Array(hashes.length * 2);
    const mask = this.hashes.length - 1;
    for (let i = 0; i < hashes.length; i++) {
      const word = words[i];
      if (word === undefined) continue;
      let slot = hashes[i]! & mask;
      while (this.words[slot] !== undefined) slot = (slot + 1) & mask;
      this.hashes[slot] = hashes[i]!;
      this.words[slot] = word;
    }
  }
}

function sameFolded(word: string, text: string, start: number, end: number): boolean {
  if (word.length !== end - start) return false;
  for (let k = 0; k < word.length; k++) if (word.charCodeAt(k) !== foldingTable[text.charCodeAt(start + k)]) return false;
  return true;
}

const foldedWords = new FoldedWords();

/**
 * A lone alif or ta marbuta after a word and one space is the word's ending that a page's line-breaking split off
 * ("87 أمر ا" for "87 أمرا", "71 إناب ة" for "71 إنابة"): it is joined back to its word. Neither is a word alone.
 */
const strayEndingCodes = new Set(["ا", "ة"].map((letter) => letter.charCodeAt(0)));

/** A word hyphenated at a line end ("معلو-" then "مات", as a PDF copied to text breaks it) is one word: -\n, -\r\n or -\r between. */
function isHyphenatedBreak(text: string, from: number, to: number): boolean {
  if (text.charCodeAt(from) !== 0x2d) return false;
  if (to - from === 2) return text.charCodeAt(from + 1) === 0x0a || text.charCodeAt(from + 1) === 0x0d;
  return to - from === 3 && text.charCodeAt(from + 1) === 0x0d && text.charCodeAt(from + 2) === 0x0a;
}

/** Raw offsets of normalised offsets asked in increasing order: rawOffset without a search from the start each time. */
class RawOffsets {
  private run = 0;
  constructor(private readonly runs: OffsetRuns) {}
  at(n: number): number {
    const runs = this.runs;
    while (2 * this.run + 2 < runs.length && runs[2 * this.run + 2]! <= n) this.run++;
    return runs[2 * this.run + 1]! + (n - runs[2 * this.run]!);
  }
}

/** Every word of `normalised`, in order, located in the raw text through the offset map. */
export function findWords(normalised: string, map: OffsetRuns): Word[] {
  const words: Word[] = [];
  const raw = new RawOffsets(map);
  const length = normalised.length;
  let previousEnd = -2;
  let last: Word | undefined;
  let i = 0;
  while (i < length) {
    const kind = classAt(normalised, i);
    if (kind === OTHER) {
      i += codeLength(normalised, i);
      continue;
    }
    const start = i;
    do i += codeLength(normalised, i);
    while (i < length && classAt(normalised, i) === kind);
    const end = i;
    if (last && end - start === 1 && strayEndingCodes.has(normalised.charCodeAt(start)) && start === previousEnd + 1 && normalised.charCodeAt(previousEnd) === 0x20) {
      last.folded += foldedWords.of(normalised, start, end);
      last.end = raw.at(end);
    } else if (last && isHyphenatedBreak(normalised, previousEnd, start)) {
      last.folded += foldedWords.of(normalised, start, end);
      last.end = raw.at(end);
    } else {
      last = { folded: foldedWords.of(normalised, start, end), start: raw.at(start), end: raw.at(end) };
      words.push(last);
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
