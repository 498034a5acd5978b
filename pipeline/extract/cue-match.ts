// Does a word of the text match a catalogue cue? Cues are folded stems without clitics; a word matches when,
// after taking off one attached prefix (or none), it is the cue followed by one known ending. Matching is the
// hot path of extraction, so both sides are prepared once: each distinct word's stems, and each cue's forms
// (the cue with every ending it may take), and a match is a set lookup.
import { readFileSync } from "node:fs";
import { projectPath } from "../lib/paths.ts";
import { validateAgainst } from "../lib/schemas.ts";
import type { CueAffixes } from "../types/cue-affixes.ts";

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

/** Stems by word, for words as they come (a text's vocabulary is small beside its length). */
const stemCache = new Map<string, string[]>();
const attachedStemCache = new Map<string, string[]>();

function cached(cache: Map<string, string[]>, word: string, prefixes: readonly string[]): string[] {
  let stems = cache.get(word);
  if (!stems) {
    stems = stemsOf(word, prefixes);
    cache.set(word, stems);
  }
  return stems;
}

/** Every form a cue takes in a text, its clitics taken off: the cue with each ending; a cue in ه (ة) also with its feminine endings. */
const formCache = new Map<string, Set<string>>();

function formsOf(cue: string): Set<string> {
  let forms = formCache.get(cue);
  if (!forms) {
    forms = new Set(affixes.suffixes.map((suffix) => cue + suffix));
    if (cue.endsWith("ه")) for (const suffix of affixes.feminine_suffixes) forms.add(cue.slice(0, -1) + suffix);
    formCache.set(cue, forms);
  }
  return forms;
}

const anyStemIsForm = (stems: readonly string[], cue: string) => {
  const forms = formsOf(cue);
  return stems.some((stem) => forms.has(stem));
};

/** The forms of every cue of a list, merged once per list (the catalogue's lists are fixed arrays). */
const listForms = new WeakMap<readonly string[], Set<string>>();

/** The same, by content, for a list built on the fly ("[...part_markers, "و"]"): its forms are built once too. */
const contentForms = new Map<string, Set<string>>();

function formsOfList(cues: readonly string[]): Set<string> {
  let forms = listForms.get(cues);
  if (!forms) {
    const key = cues.join("\u0001");
    forms = contentForms.get(key);
    if (!forms) {
      forms = new Set(cues.flatMap((cue) => [...formsOf(cue)]));
      contentForms.set(key, forms);
    }
    listForms.set(cues, forms);
  }
  return forms;
}

const anyStemIn = (stems: readonly string[], forms: ReadonlySet<string>) => {
  for (const stem of stems) if (forms.has(stem)) return true;
  return false;
};

/** `word` must be folded (see arabic/normalise.ts); cues are folded in the catalogue. */
export function wordMatchesCue(word: string, cue: string): boolean {
  return anyStemIsForm(cached(stemCache, word, affixes.prefixes), cue);
}

/** Words that may stand between a number and its counted noun. */
export const fillerWords: readonly string[] = affixes.fillers;

export function wordMatchesAny(word: string, cues: readonly string[]): boolean {
  return anyStemIn(cached(stemCache, word, affixes.prefixes), formsOfList(cues));
}

/** As wordMatchesAny, for a word that cannot carry a conjunction: "ملفات السيارات", not "ملف والسيارات". */
export function wordMatchesAnyAttached(word: string, cues: readonly string[]): boolean {
  return anyStemIn(cached(attachedStemCache, word, attachedPrefixes), formsOfList(cues));
}
