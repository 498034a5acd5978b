// Does a word of the text match a catalogue cue? Cues are folded stems without clitics; a word matches when,
// after taking off one attached prefix (or none), it is the cue followed by one known ending.
import { readFileSync } from "node:fs";
import { projectPath } from "../lib/paths.ts";
import { validateAgainst } from "../lib/schemas.ts";
import type { CueAffixes } from "../types/cue-affixes.ts";

const affixesFile = projectPath("pipeline", "extract", "cue-affixes.json");
const affixes = validateAgainst<CueAffixes>("cue-affixes.schema.json", JSON.parse(readFileSync(affixesFile, "utf8")), affixesFile);
const suffixes = new Set(affixes.suffixes);
const feminineSuffixes = new Set(affixes.feminine_suffixes);

/** The word itself and the word without each prefix it starts with, keeping at least two letters. */
function stems(word: string, prefixes: readonly string[] = affixes.prefixes): string[] {
  const result = [word];
  for (const prefix of prefixes) {
    if (word.startsWith(prefix) && word.length - prefix.length >= 2) result.push(word.slice(prefix.length));
  }
  return result;
}

/** The prefixes that are not a conjunction: an adjective right after its noun never opens with و or ف. */
const attachedPrefixes = affixes.prefixes.filter((p) => !p.startsWith("و") && !p.startsWith("ف"));

function stemMatches(stem: string, cue: string): boolean {
  if (stem.startsWith(cue) && suffixes.has(stem.slice(cue.length))) return true;
  if (!cue.endsWith("ه")) return false;
  const base = cue.slice(0, -1);
  return stem.startsWith(base) && feminineSuffixes.has(stem.slice(base.length));
}

/** `word` must be folded (see arabic/normalise.ts); cues are folded in the catalogue. */
export function wordMatchesCue(word: string, cue: string): boolean {
  return stems(word).some((stem) => stemMatches(stem, cue));
}

/** Words that may stand between a number and its counted noun. */
export const fillerWords: readonly string[] = affixes.fillers;

export function wordMatchesAny(word: string, cues: readonly string[]): boolean {
  return cues.some((cue) => wordMatchesCue(word, cue));
}

/** As wordMatchesAny, for a word that cannot carry a conjunction: "ملفات السيارات", not "ملف والسيارات". */
export function wordMatchesAnyAttached(word: string, cues: readonly string[]): boolean {
  const wordStems = stems(word, attachedPrefixes);
  return cues.some((cue) => wordStems.some((stem) => stemMatches(stem, cue)));
}
