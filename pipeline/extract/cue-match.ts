// Does a word of the text match a catalogue cue? Cues are folded stems without clitics; a word matches when,
// after taking off one attached prefix (or none), it is the cue followed by one known ending. Matching is the
// hot path of extraction, so the word's side is prepared once: each distinct word's bases (the word without a
// prefix and an ending, every way it can be cut), and each distinct word keeps its answer for every cue list it
// was asked about, so that a match is worked out once per word and list. A list is a set of its cues: preparing
// it costs a lookup per cue, not a form per cue and ending (which a cold run of one article paid for thousands
// of cues).
import { readFileSync } from "node:fs";
import { projectPath } from "../lib/paths.ts";
import { validateAgainst } from "../lib/schemas.ts";
import type { CueAffixes } from "../types/cue-affixes.ts";
import type { Word } from "./words.ts";

const affixesFile = projectPath("pipeline", "extract", "cue-affixes.json");
const affixes = validateAgainst<CueAffixes>("cue-affixes.schema.json", JSON.parse(readFileSync(affixesFile, "utf8")), affixesFile);

/** The prefixes that are not a conjunction: an adjective right after its noun never opens with و or ف. */
const attachedPrefixes = affixes.prefixes.filter((p) => !p.startsWith("و") && !p.startsWith("ف"));

/** The word itself and the word without each prefix it starts with, keeping at least two letters. */
function stemsOf(word: string, prefixes: readonly string[]): string[] {
  const result = [word];
  for (const prefix of prefixes) {
    if (word.startsWith(prefix) && word.length - prefix.length >= 2) result.push(word.slice(prefix.length));
  }
  return result;
}

/**
 * Every cue a stem may be a form of: the stem without each ending it has (a cue with that ending), and, for a
 * feminine ending, the stem without it and with ه (a cue in ه, ة, takes those endings in place of its ه).
 */
function basesOf(stems: readonly string[]): string[] {
  const bases = new Set<string>();
  for (const stem of stems) {
    for (const suffix of affixes.suffixes) if (stem.endsWith(suffix) && stem.length > suffix.length) bases.add(stem.slice(0, stem.length - suffix.length));
    for (const suffix of affixes.feminine_suffixes) if (stem.endsWith(suffix)) bases.add(`${stem.slice(0, stem.length - suffix.length)}ه`);
  }
  return [...bases];
}

/**
 * A list of cues, numbered as first seen, as a set. The catalogue's lists are fixed arrays, known by identity; a
 * list built on the fly ("[...part_markers, "و"]") is known by its content.
 */
export interface CueList {
  id: number;
  cues: ReadonlySet<string>;
}

const listsByContent = new Map<string, CueList>();

/**
 * Where an array of cues keeps its list once resolved: a property of the array (not enumerable, so that no
 * comparison, copy or serialisation sees it), read as fast as any property, where a WeakMap lookup hashed the
 * array at every call.
 */
const resolved = Symbol("cue list");
type Resolvable = readonly string[] & { [resolved]?: CueList };

/** The list asked last: loops ask one list about word after word. */
let lastCues: readonly string[] | undefined;
let lastList: CueList | undefined;

/** A list of cues, resolved once for a loop that asks it about many words. */
export function cueList(cues: readonly string[]): CueList {
  if (cues === lastCues) return lastList!;
  // A list of one cue, often written on the spot ("[noun]"), is known by its cue: no key to build, no property to add.
  let list = cues.length === 1 ? listsByContent.get(cues[0]!) : (cues as Resolvable)[resolved];
  if (!list) {
    const key = cues.join("\u0001");
    list = listsByContent.get(key);
    if (!list) {
      list = { id: listsByContent.size, cues: new Set(cues) };
      listsByContent.set(key, list);
    }
    if (cues.length !== 1 && Object.isExtensible(cues)) Object.defineProperty(cues, resolved, { value: list });
  }
  lastCues = cues;
  lastList = list;
  return list;
}

/**
 * A distinct word of the texts: the cues it may be a form of, and whether it matches each cue list it was asked
 * about. A text asks the same few lists about the same words many times over (each number's clause is read for
 * periods, nouns and markers), and its vocabulary is small beside its length: each answer is worked out once,
 * and after that a match is a lookup by the list's number.
 */
export class Lexeme {
  /** By list id, the lists asked about so far: 0 not yet, 1 no match, 2 a match. */
  private answers = new Uint8Array(0);
  private readonly bases: readonly string[];
  constructor(word: string, prefixes: readonly string[]) {
    this.bases = basesOf(stemsOf(word, prefixes));
  }
  matches(list: CueList): boolean {
    const id = list.id;
    if (id >= this.answers.length) this.makeRoomFor(id);
    const known = this.answers[id]!;
    if (known !== 0) return known === 2;
    const answer = this.bases.some((base) => list.cues.has(base));
    this.answers[id] = answer ? 2 : 1;
    return answer;
  }
  private makeRoomFor(id: number): void {
    const answers = new Uint8Array(Math.max(32, 2 * (id + 1)));
    answers.set(this.answers);
    this.answers = answers;
  }
  /** The places listed under any of the word's bases, in ascending order, each once. */
  placesIn(byCue: ReadonlyMap<string, readonly number[]>): number[] {
    const places: number[] = [];
    for (const base of this.bases) places.push(...(byCue.get(base) ?? []));
    return places.length < 2 ? places : [...new Set(places)].sort((a, b) => a - b);
  }
  has(cue: string): boolean {
    return this.bases.includes(cue);
  }
  /** Whether two words may be forms of one stem ("إعلانات", "إعلانا"). */
  sharesBaseWith(other: Lexeme): boolean {
    return this.bases.some((base) => base.length >= sharedBaseLength && other.bases.includes(base));
  }
}

/** The shortest base two words must share to be forms of one stem: two letters are too few ("من", "ما"). */
const sharedBaseLength = 3;

/** Lexemes by word: with every prefix taken off, and (for a word that cannot carry a conjunction) without و and ف. */
const lexemes = new Map<string, Lexeme>();
const attachedLexemes = new Map<string, Lexeme>();

function lexemeIn(cache: Map<string, Lexeme>, word: string, prefixes: readonly string[]): Lexeme {
  let lexeme = cache.get(word);
  if (!lexeme) {
    lexeme = new Lexeme(word, prefixes);
    cache.set(word, lexeme);
  }
  return lexeme;
}

/** The word asked about last and its lexeme: a word is often asked about several lists in a row. */
let lastWord: string | undefined;
let lastLexeme: Lexeme | undefined;

/** The lexeme of a folded word, for a loop that asks it about many lists. */
export function lexemeOf(word: string): Lexeme {
  if (word !== lastWord) {
    lastLexeme = lexemeIn(lexemes, word, affixes.prefixes);
    lastWord = word;
  }
  return lastLexeme!;
}

/** `word` must be folded (see arabic/normalise.ts); cues are folded in the catalogue. */
export function wordMatchesCue(word: string, cue: string): boolean {
  return lexemeOf(word).has(cue);
}

/** Words that may stand between a number and its counted noun. */
export const fillerWords: readonly string[] = affixes.fillers;

export function wordMatchesAny(word: string, cues: readonly string[]): boolean {
  return lexemeOf(word).matches(cueList(cues));
}

/**
 * The lexeme of a word of the text, kept on the word: most cue tests ask about the text's words, each many
 * times (every number reads its clause), and a property read is cheaper than a lookup by the folded string.
 */
export function lexemeOfWord(word: Word): Lexeme {
  return (word.lexeme ??= lexemeIn(lexemes, word.folded, affixes.prefixes));
}

/** As wordMatchesAny, for a word of the text. */
export function wordIsAny(word: Word, cues: readonly string[]): boolean {
  return lexemeOfWord(word).matches(cueList(cues));
}

/** As wordMatchesAny, for a word that cannot carry a conjunction: "ملفات السيارات", not "ملف والسيارات". */
export function wordMatchesAnyAttached(word: string, cues: readonly string[]): boolean {
  return lexemeIn(attachedLexemes, word, attachedPrefixes).matches(cueList(cues));
}

/** Whether a folded word is one of `cues` with a prefix or none, and no ending: "لبلوغ", not "ببلوغه" ("by its reaching"). */
export function wordIsBareCue(word: string, cues: readonly string[]): boolean {
  return stemsOf(word, affixes.prefixes).some((stem) => cues.includes(stem));
}

/** Whether two folded words may be forms of one stem: "إعلانات" (after a verb) and "إعلانا" (after the number). */
export function sameStem(a: string, b: string): boolean {
  return lexemeIn(lexemes, a, affixes.prefixes).sharesBaseWith(lexemeIn(lexemes, b, affixes.prefixes));
}
