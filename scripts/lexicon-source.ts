// The source of pipeline/arabic/numbers/lexicon-compiled.ts: the lexicon compiled from the word lists of
// pipeline/arabic/lexicon/, with a hash of their bytes (see pipeline/arabic/numbers/lexicon-revive.ts).
// `npm run lexicon` (and `npm run types`) writes it; a test fails when it drifts.
import { join } from "node:path";
import { allPrefixes, compileLexicon, type Lexicon, lexiconSourcesHash, type Meaning, readLexiconSources } from "../pipeline/arabic/numbers/lexicon.ts";
import type { CompiledLexiconData } from "../pipeline/arabic/numbers/lexicon-revive.ts";

export const compiledLexiconFile = join("pipeline", "arabic", "numbers", "lexicon-compiled.ts");

/** The lexicon's data in the compiled form: readings refer to their entry (one per set added) and their clitics. */
export function compiledData(lexicon: Lexicon): CompiledLexiconData {
  const entryIndex = new Map<Meaning, number>();
  const entries: Array<[string, Meaning]> = [];
  const prefixIndex = new Map(allPrefixes.map((prefix, index) => [prefix.text, index]));
  const data: CompiledLexiconData = {
    size: lexicon.words.size,
    entries,
    texts: [],
    hashes: [],
    readings: [],
    percentPhrases: lexicon.percentPhrases,
    percentSigns: [...lexicon.percentSigns],
    hijriYearSuffixes: [...lexicon.hijriYearSuffixes],
    figureVerbs: [...lexicon.figureVerbs],
    identifierAdverbs: [...lexicon.identifierAdverbs],
    qualifiersAfter: [...lexicon.qualifiersAfter],
  };
  for (const { text, hash, readings } of lexicon.words.entries()) {
    const refs: number[] = [];
    for (const reading of readings) {
      let entry = entryIndex.get(reading.meaning);
      if (entry === undefined) {
        entry = entries.push([reading.spelling, reading.meaning]) - 1;
        entryIndex.set(reading.meaning, entry);
      }
      const prefix = prefixIndex.get(text.slice(0, reading.prefixLength));
      const expected = prefix === undefined ? undefined : allPrefixes[prefix];
      if (entries[entry]![0] !== reading.spelling || !expected || expected.conjunction !== reading.conjunction || expected.preposition !== reading.preposition || expected.definite !== reading.definite) {
        throw new Error(`the reading of "${text}" as "${reading.spelling}" has no entry and clitics to refer to`);
      }
      refs.push(entry, prefix!);
    }
    data.texts.push(text);
    data.hashes.push(hash);
    data.readings.push(refs);
  }
  return data;
}

/** The TypeScript source of lexicon-compiled.ts. */
export function generateCompiledLexicon(): string {
  const data = compiledData(compileLexicon(readLexiconSources()));
  return [
    "/* Generated from pipeline/arabic/lexicon/ by `npm run lexicon` (scripts/lexicon-source.ts). Do not edit: change the word lists and regenerate. */",
    "// The data is a JSON text: V8 parses JSON faster than the same object written as code.",
    "export const compiledLexicon = {",
    `  sources: ${JSON.stringify(lexiconSourcesHash())},`,
    `  data: ${JSON.stringify(JSON.stringify(data))},`,
    "};",
    "",
  ].join("\n");
}
