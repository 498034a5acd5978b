// The word lists of the recognizer, loaded once from pipeline/arabic/lexicon/*.json (each checked against its
// schema in schemas/) and compiled into one table from every written form, clitics included, to its readings.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { UserError } from "../../lib/errors.ts";
import { projectPath } from "../../lib/paths.ts";
import { validateAgainst } from "../../lib/schemas.ts";
import type { ArabicContext } from "../../types/arabic-context.ts";
import type { ArabicDualNouns } from "../../types/arabic-dual-nouns.ts";
import type { ArabicNumerals } from "../../types/arabic-numerals.ts";
import type { ArabicPercent } from "../../types/arabic-percent.ts";
import type { ArabicQualifiers } from "../../types/arabic-qualifiers.ts";
import type { NumberMention } from "../../types/number-mention.ts";
import { foldWord, normaliseCompact } from "../normalise.ts";
import { precompiledLexicon } from "./lexicon-revive.ts";

export type QualifierCode = NonNullable<NumberMention["qualifier"]>;

/** How a scale word is inflected, which decides what it multiplies (see schemas/arabic-numerals.schema.json). */
export type ScaleNumber = "singular" | "dual" | "plural" | "accusative" | "dualConstruct";

export interface UnitAtom {
  kind: "unit";
  value: number;
  standalone: boolean;
  teenHead: boolean;
  tensHead: boolean;
  hundredHead: boolean;
  /** عشر/عشرة, which also end a teen. */
  teenTail: boolean;
}
export interface HundredAtom {
  kind: "hundred";
  value: number;
  standalone: boolean;
  multipliable: boolean;
}
export interface ScaleAtom {
  kind: "scale";
  value: number;
  number: ScaleNumber;
}
/** One number word, the pieces the grammar in words.ts composes. */
export type Atom =
  | UnitAtom
  | HundredAtom
  | ScaleAtom
  | { kind: "teen"; value: number }
  | { kind: "ten"; value: number }
  | { kind: "fraction"; value: number }
  | { kind: "decimalPoint" };

export interface Qualifier {
  /** Folded words after the first one. */
  rest: string[];
  code: QualifierCode;
}

/** What a written word, once its clitics are set aside, can be. */
export type Meaning =
  | { kind: "atom"; atom: Atom }
  /** A word that matters only inside a phrase (من in أكثر من, المائة in في المائة) or joins numbers (و). */
  | { kind: "phraseWord" }
  | { kind: "dualNoun" }
  /** سالب، ناقص before a number: it is negative. */
  | { kind: "minus" }
  | { kind: "scaleLinker" }
  | { kind: "qualifier"; qualifiers: Qualifier[] }
  | { kind: "yearMarker" }
  | { kind: "month"; rests: string[][] }
  | { kind: "ordinal" }
  | { kind: "identifierMarker" }
  | { kind: "vague" };

/** One reading of a written (folded) word: which clitics it starts with and what the rest is. */
export interface Reading {
  /** Length of the clitics in front (و، ف، ب، ل، ك، ال and their combinations), not part of a mention. */
  prefixLength: number;
  /** The word after the clitics as the lexicon spells it (normalised, not folded), hamzas included. */
  spelling: string;
  /** The clitics are exactly و or وال: "and", which joins the parts of one number. */
  conjunction: boolean;
  /** A preposition or ف is among the clitics: such a word starts a number but never continues one. */
  preposition: boolean;
  /** The article ال is among the clitics. */
  definite: boolean;
  meaning: Meaning;
}

/** A reading whose meaning is of kind K. */
export type ReadingAs<K extends Meaning["kind"]> = Reading & { meaning: Extract<Meaning, { kind: K }> };
export type AtomReading = ReadingAs<"atom">;

/** Everything the recognizer may need to know about one written (folded) word, computed once. */
export interface WordInfo {
  /** The folded word. */
  text: string;
  /** All readings, shortest clitics first. */
  readings: Reading[];
  /** The readings as a number word. */
  atoms: AtomReading[];
  /** The first reading of each other kind, if any. */
  dualNoun?: ReadingAs<"dualNoun">;
  minus?: ReadingAs<"minus">;
  qualifier?: ReadingAs<"qualifier">;
  month?: ReadingAs<"month">;
  yearMarker: boolean;
  ordinal: boolean;
  identifierMarker: boolean;
  /** Moroccan Arabic's "of" between a number and its scale ("ربعة د الألاف"). */
  scaleLinker: boolean;
  /** Whether the word does anything on its own (not only inside a phrase). */
  active: boolean;
}

export interface Lexicon {
  /** The words that play a part, looked up by their folded form. */
  words: WordTable;
  /** Folded percent phrases, as word lists. */
  percentPhrases: string[][];
  percentSigns: ReadonlySet<number>;
  hijriYearSuffixes: ReadonlySet<string>;
  /** Verbs after which "الرقم" is the figure, not an identifier's marker ("كان الرقم 5800"). */
  figureVerbs: ReadonlySet<string>;
  /** Adverbs that may follow an identifier's digits ("الرقم 19 مجانا"): not what the digits count. */
  identifierAdverbs: ReadonlySet<string>;
  /** Words right after a number that bound it, folded, with their qualifier ("ونيفا": more than). */
  qualifiersAfter: ReadonlyMap<string, QualifierCode>;
}

const lexiconDir = projectPath("pipeline", "arabic", "lexicon");

function load<T>(file: string, schema: string): Source<T> {
  const label = `pipeline/arabic/lexicon/${file}`;
  const data: unknown = JSON.parse(readFileSync(join(lexiconDir, file), "utf8"));
  return { data: validateAgainst<T>(schema, data, label), label };
}


// Clitics: a conjunction, then a preposition, then the article; ل + ال is written لل.
const conjunctions = ["", "و", "ف"];
const prepositions = ["", "ب", "ل", "ك"];

export interface Prefix {
  text: string;
  conjunction: boolean;
  preposition: boolean;
  definite: boolean;
}

function prefixes(withArticle: boolean): Prefix[] {
  const out: Prefix[] = [];
  for (const c of conjunctions) {
    for (const p of prepositions) {
      for (const article of withArticle ? ["", "ال"] : [""]) {
        const text = c + (p === "ل" && article ? "لل" : p + article);
        out.push({ text, conjunction: c === "و" && p === "", preposition: c === "ف" || p !== "", definite: article !== "" });
      }
    }
  }
  return out;
}
/** Every set of clitics, in the order readings are added; a compiled lexicon refers to them by index. */
export const allPrefixes: readonly Prefix[] = prefixes(true);
const bare: Prefix = { text: "", conjunction: false, preposition: false, definite: false };
const prefixesWithoutArticle = prefixes(false);

class ReadingTable {
  readonly map = new Map<string, Reading[]>();

  /** Adds `spelling` (folded to its stem) with every allowed set of clitics; without them for a phrase word. */
  add(spelling: string, meaning: Meaning, withArticle: boolean, withClitics = true): void {
    const stem = foldWord(spelling);
    // Once per form, not once per set of clitics: the lexicon is compiled at the start of every run.
    const normalised = normaliseCompact(spelling).text;
    for (const prefix of withClitics ? (withArticle ? allPrefixes : prefixesWithoutArticle) : [bare]) {
      const word = prefix.text + stem;
      const reading: Reading = {
        prefixLength: prefix.text.length,
        spelling: normalised,
        conjunction: prefix.conjunction,
        preposition: prefix.preposition,
        definite: prefix.definite,
        meaning,
      };
      const list = this.map.get(word);
      if (list) list.push(reading);
      else this.map.set(word, [reading]);
    }
  }

  /** The table without the false friends; each word's WordInfo is built when the word is first looked up. */
  finish(falseFriends: readonly string[]): WordTable {
    for (const word of falseFriends) this.map.delete(word);
    return WordTable.of(this.map);
  }
}

/** Everything about one word, its readings shortest clitics first. */
function wordInfo(text: string, readings: Reading[]): WordInfo {
  readings.sort((a, b) => a.prefixLength - b.prefixLength);
  return {
    text,
    readings,
    atoms: readings.filter((r): r is AtomReading => r.meaning.kind === "atom"),
    dualNoun: readingOf(readings, "dualNoun"),
    minus: readingOf(readings, "minus"),
    qualifier: readingOf(readings, "qualifier"),
    month: readingOf(readings, "month"),
    yearMarker: readingOf(readings, "yearMarker") !== undefined,
    ordinal: readingOf(readings, "ordinal") !== undefined,
    identifierMarker: readingOf(readings, "identifierMarker") !== undefined,
    scaleLinker: readingOf(readings, "scaleLinker") !== undefined,
    active: readings.some((r) => r.meaning.kind !== "phraseWord" && r.meaning.kind !== "vague" && r.meaning.kind !== "scaleLinker"),
  };
}

interface PhraseEntry<T> {
  /** The folded words after the first. */
  rest: string[];
  restSpellings: string[];
  item: T;
}

/** Phrases grouped by their folded first word (kept with its first spelling). */
function groupByFirstWord<T>(phrases: ReadonlyArray<{ words: string[]; item: T }>): Map<string, { spelling: string; entries: PhraseEntry<T>[] }> {
  const groups = new Map<string, { spelling: string; entries: PhraseEntry<T>[] }>();
  for (const { words, item } of phrases) {
    const [first, ...rest] = words;
    const key = foldWord(first!);
    const group = groups.get(key) ?? { spelling: first!, entries: [] };
    group.entries.push({ rest: rest.map(foldWord), restSpellings: rest, item });
    groups.set(key, group);
  }
  return groups;
}

/** Checks that no folded form is claimed twice, which would make the data say two things at once. */
class FormRegistry {
  private readonly owner = new Map<string, string>();

  /** Registers `form` and returns it unchanged. */
  claim(form: string, file: string, pointer: string): string {
    const folded = foldWord(form);
    const previous = this.owner.get(folded);
    if (previous !== undefined) {
      throw new UserError(
        file,
        pointer,
        `"${form}" reads as "${folded}", which ${previous} already has`,
        "keep each form (after folding أ إ آ → ا, ة → ه, ى → ي) in one entry only",
      );
    }
    this.owner.set(folded, `${file}:${pointer}`);
    return form;
  }
}

/** One lexicon file's data, with the file name used in error messages. */
export interface Source<T> {
  data: T;
  label: string;
}

export interface LexiconSources {
  numerals: Source<ArabicNumerals>;
  qualifiers: Source<ArabicQualifiers>;
  percent: Source<ArabicPercent>;
  duals: Source<ArabicDualNouns>;
  context: Source<ArabicContext>;
}

/** Reads and checks the lexicon files of pipeline/arabic/lexicon/. */
export function readLexiconSources(): LexiconSources {
  return {
    numerals: load<ArabicNumerals>("numerals.json", "arabic-numerals.schema.json"),
    qualifiers: load<ArabicQualifiers>("qualifiers.json", "arabic-qualifiers.schema.json"),
    percent: load<ArabicPercent>("percent.json", "arabic-percent.schema.json"),
    duals: load<ArabicDualNouns>("dual-nouns.json", "arabic-dual-nouns.schema.json"),
    context: load<ArabicContext>("context.json", "arabic-context.schema.json"),
  };
}

/** Compiles the word lists into the lookup table; a form claimed by two entries is a UserError. */
export function compileLexicon({ numerals, qualifiers, percent: { data: percent }, duals, context }: LexiconSources): Lexicon {
  const table = new ReadingTable();
  const registry = new FormRegistry();
  const claim = (form: string, pointer: string) => registry.claim(form, numerals.label, pointer);
  const n = numerals.data;
  const atom = (stem: string, a: Atom) => table.add(stem, { kind: "atom", atom: a }, true);

  const teenTails = new Set(n.teenTails.map(foldWord));
  n.units.forEach((unit, i) => {
    for (const form of unit.forms) {
      const teenTail = teenTails.has(foldWord(form));
      const { value, standalone, teenHead, tensHead, hundredHead } = unit;
      atom(claim(form, `/units/${i}`), { kind: "unit", value, standalone, teenHead, tensHead, hundredHead, teenTail });
      if (teenTail && value !== 10) {
        throw new UserError(numerals.label, "/teenTails", `"${form}" ends teens but has value ${value}`, "teen tails are عشر/عشرة, units of value 10");
      }
    }
  });
  n.teens.forEach((teen, i) => teen.forms.forEach((f) => atom(claim(f, `/teens/${i}`), { kind: "teen", value: teen.value })));
  n.tens.forEach((ten, i) => ten.forms.forEach((f) => atom(claim(f, `/tens/${i}`), { kind: "ten", value: ten.value })));
  n.hundreds.forEach((h, i) => {
    for (const f of h.forms) atom(claim(f, `/hundreds/${i}`), { kind: "hundred", value: h.value, standalone: h.standalone, multipliable: h.multipliable });
  });
  n.scales.forEach((scale, i) => {
    for (const number of ["singular", "dual", "plural", "accusative", "dualConstruct"] as const) {
      for (const f of scale[number]) atom(claim(f, `/scales/${i}/${number}`), { kind: "scale", value: scale.value, number });
    }
  });
  n.fractions.forEach((fr, i) => fr.forms.forEach((f) => atom(claim(f, `/fractions/${i}`), { kind: "fraction", value: fr.value })));
  n.decimalPoints.forEach((f, i) => atom(claim(f, `/decimalPoints/${i}`), { kind: "decimalPoint" }));
  n.minusWords.forEach((f, i) => table.add(claim(f, `/minusWords/${i}`), { kind: "minus" }, false));
  n.scaleLinkers.forEach((f, i) => table.add(claim(f, `/scaleLinkers/${i}`), { kind: "scaleLinker" }, false, false));
  n.vague.forEach((f, i) => table.add(claim(f, `/vague/${i}`), { kind: "vague" }, true));

  duals.data.nouns.forEach((noun, i) => {
    for (const f of noun.dual) table.add(registry.claim(f, duals.label, `/nouns/${i}/dual`), { kind: "dualNoun" }, false);
    for (const f of noun.construct ?? []) table.add(registry.claim(f, duals.label, `/nouns/${i}/construct`), { kind: "dualNoun" }, false);
  });

  // Words that only matter inside a phrase become tokens too, with no meaning of their own.
  const phraseWords = new Set<string>(["و"]);
  const byFirstWord = groupByFirstWord(qualifiers.data.qualifiers.map((q) => ({ words: q.phrase.split(" "), item: q.code })));
  for (const { spelling, entries } of byFirstWord.values()) {
    // Longest phrase first, so that ما لا يقل عن wins over a shorter phrase with the same start.
    const list: Qualifier[] = entries.map(({ rest, item }) => ({ rest, code: item })).sort((a, b) => b.rest.length - a.rest.length);
    table.add(registry.claim(spelling, qualifiers.label, "/qualifiers"), { kind: "qualifier", qualifiers: list }, false);
    entries.forEach((e) => e.restSpellings.forEach((w) => phraseWords.add(w)));
  }

  const monthsByFirstWord = groupByFirstWord(context.data.months.map((m) => ({ words: m.name.split(" "), item: m.month })));
  for (const { entries } of monthsByFirstWord.values()) entries.forEach((e) => e.restSpellings.forEach((w) => phraseWords.add(w)));
  // Every context word is claimed too, so that no word is both a number word and, say, a month.
  const ctx = context.data;
  const claimContext = (word: string, pointer: string) => registry.claim(word, context.label, pointer);
  for (const { spelling, entries } of monthsByFirstWord.values()) {
    table.add(claimContext(spelling, "/months"), { kind: "month", rests: entries.map((e) => e.rest) }, true);
  }
  ctx.yearMarkers.forEach((w, i) => table.add(claimContext(w, `/yearMarkers/${i}`), { kind: "yearMarker" }, true));
  ctx.ordinals.forEach((w, i) => table.add(claimContext(w, `/ordinals/${i}`), { kind: "ordinal" }, true));
  ctx.identifierMarkers.forEach((w, i) => table.add(claimContext(w, `/identifierMarkers/${i}`), { kind: "identifierMarker" }, true));

  for (const phrase of percent.phrases) phrase.split(" ").forEach((w) => phraseWords.add(w));
  ctx.hijriYearSuffixes.forEach((w) => phraseWords.add(w));
  for (const w of phraseWords) table.add(w, { kind: "phraseWord" }, false, false);

  return {
    words: table.finish(ctx.falseFriends.map(foldWord)),
    percentPhrases: percent.phrases.map((p) => p.split(" ").map(foldWord)),
    percentSigns: new Set(percent.signs.map((s) => s.charCodeAt(0))),
    hijriYearSuffixes: new Set(ctx.hijriYearSuffixes.map(foldWord)),
    figureVerbs: new Set(ctx.figureVerbs.map(foldWord)),
    identifierAdverbs: new Set(ctx.identifierAdverbs.map(foldWord)),
    qualifiersAfter: new Map((qualifiers.data.after ?? []).map((q) => [foldWord(q.word), q.code])),
  };
}

let cached: Lexicon | undefined;

/**
 * The lexicon, on first use: as `npm run lexicon` compiled it (lexicon-compiled.ts) while the word lists are
 * the ones it was compiled from, else read, checked and compiled now (50-100 ms at the start of a run).
 */
export function lexicon(): Lexicon {
  cached ??= precompiledLexicon() ?? compileLexicon(readLexiconSources());
  return cached;
}

/** The lexicon files' names, in the order their bytes are fingerprinted. */
export const lexiconFiles = ["numerals.json", "qualifiers.json", "percent.json", "dual-nouns.json", "context.json"] as const;

/** A hash of the lexicon files' bytes: which word lists a compiled lexicon comes from. */
export function lexiconSourcesHash(): string {
  const hash = createHash("sha256");
  for (const file of lexiconFiles) hash.update(`${file}\0`).update(readFileSync(join(lexiconDir, file))).update("\0");
  return hash.digest("hex");
}

/**
 * An open-addressing hash table from folded words to their WordInfo, probed with a hash the tokenizer computes
 * while it scans a word, so that the many words that play no part cost no string at all. A word's WordInfo is
 * built the first time the word is found: a text uses a few hundred of the table's thousands of words, and the
 * table is built at the start of every run.
 */
export class WordTable {
  static readonly seed = 0x811c9dc5 | 0;
  private readonly mask: number;
  /** The hash of the word in each slot, 0 for an empty slot: most lookups end here, in a small typed array. */
  private readonly hashes: Int32Array;
  private readonly texts: Array<string | undefined>;
  /** What each slot's readings are made from, until its WordInfo is built; then undefined. */
  private readonly pending: unknown[];
  private readonly slots: Array<WordInfo | undefined>;

  /** One step of the FNV-1a hash over folded UTF-16 code units (the tokenizer inlines the same formula). */
  static step(hash: number, code: number): number {
    return Math.imul(hash ^ code, 0x01000193);
  }

  static hash(word: string): number {
    let h = WordTable.seed;
    for (let i = 0; i < word.length; i++) h = WordTable.step(h, word.charCodeAt(i));
    return h;
  }

  /** A table of `words`: each folded word's readings, in the order they were added. */
  static of(words: ReadonlyMap<string, Reading[]>): WordTable {
    let size = 16;
    while (size < words.size * 2) size *= 2;
    const table = new WordTable(size, (pending) => pending as Reading[]);
    for (const [text, readings] of words) table.place(text, WordTable.hash(text), readings);
    return table;
  }

  /**
   * An empty table of `size` slots (a power of two); `readingsOf` turns what `place` was given for a word into
   * its readings, when the word is first found.
   */
  constructor(
    size: number,
    private readonly readingsOf: (pending: unknown) => Reading[],
  ) {
    this.mask = size - 1;
    this.hashes = new Int32Array(size);
    this.texts = new Array<string | undefined>(size).fill(undefined);
    this.pending = new Array<unknown>(size).fill(undefined);
    this.slots = new Array<WordInfo | undefined>(size).fill(undefined);
  }

  /** Adds a word, its hash, and what `readingsOf` makes its readings from. */
  place(text: string, hash: number, pending: unknown): void {
    const h = hash || 1;
    let slot = h & this.mask;
    while (this.hashes[slot] !== 0) slot = (slot + 1) & this.mask;
    this.texts[slot] = text;
    this.pending[slot] = pending;
    this.hashes[slot] = h;
  }

  /** Each word with its hash and readings, in slot order (what a compiled lexicon stores). */
  *entries(): Generator<{ text: string; hash: number; readings: Reading[] }> {
    for (let slot = 0; slot <= this.mask; slot++) {
      const text = this.texts[slot];
      if (text !== undefined) yield { text, hash: this.hashes[slot]!, readings: this.slots[slot]?.readings ?? this.readingsOf(this.pending[slot]) };
    }
  }

  get size(): number {
    return this.mask + 1;
  }

  /** The WordInfo of an occupied slot, built on first use. */
  private info(slot: number): WordInfo {
    const built = this.slots[slot];
    if (built) return built;
    const info = wordInfo(this.texts[slot]!, this.readingsOf(this.pending[slot]));
    this.slots[slot] = info;
    this.pending[slot] = undefined;
    return info;
  }

  /** The word whose folded form equals fold(text[start, end)) and whose hash is `hash`. */
  find(text: string, start: number, end: number, hash: number, fold: Uint16Array | undefined): WordInfo | undefined {
    const h = hash || 1;
    const length = end - start;
    for (let slot = h & this.mask; ; slot = (slot + 1) & this.mask) {
      const stored = this.hashes[slot]!;
      if (stored === 0) return undefined;
      if (stored !== h) continue;
      const word = this.texts[slot]!;
      if (word.length !== length) continue;
      let k = 0;
      if (fold) while (k < length && fold[text.charCodeAt(start + k)] === word.charCodeAt(k)) k++;
      else while (k < length && text.charCodeAt(start + k) === word.charCodeAt(k)) k++;
      if (k === length) return this.info(slot);
    }
  }

  /** The entry of a folded word. */
  get(word: string): WordInfo | undefined {
    return this.find(word, 0, word.length, WordTable.hash(word), undefined);
  }
}

/** The first of `readings` whose meaning is of the given kind. */
function readingOf<K extends Meaning["kind"]>(readings: readonly Reading[], kind: K): ReadingAs<K> | undefined {
  for (const r of readings) if (r.meaning.kind === kind) return r as ReadingAs<K>;
  return undefined;
}
