// The lexicon as `npm run lexicon` compiled it (lexicon-compiled.ts, written by scripts/lexicon-source.ts):
// compiling the word lists into their 8,548 written forms took 50-100 ms at the start of every run; reviving the
// compiled table costs a few. It is used only while the word lists are the bytes it was compiled from, so that
// an edited list is read, checked and compiled as before; a test fails when it drifts from the code.
import { compiledLexicon } from "./lexicon-compiled.ts";
import { allPrefixes, type Lexicon, lexiconSourcesHash, type Meaning, type QualifierCode, type Reading, WordTable } from "./lexicon.ts";

/** The compiled lexicon's data (a JSON text in lexicon-compiled.ts). */
export interface CompiledLexiconData {
  /** The word table's number of slots. */
  size: number;
  /** The spelling and meaning of each set of readings the compilation added, which readings refer to by index. */
  entries: Array<[string, Meaning]>;
  /** The folded words, their hashes and their readings as pairs of an entry's index and a prefix's (allPrefixes). */
  texts: string[];
  hashes: number[];
  readings: number[][];
  percentPhrases: string[][];
  percentSigns: number[];
  hijriYearSuffixes: string[];
  figureVerbs: string[];
  identifierAdverbs: string[];
  qualifiersAfter: Array<[string, QualifierCode]>;
}

/** The compiled lexicon, or undefined when the word lists are not those it was compiled from. */
export function precompiledLexicon(): Lexicon | undefined {
  if (compiledLexicon.sources !== lexiconSourcesHash()) return undefined;
  const data = JSON.parse(compiledLexicon.data) as CompiledLexiconData;
  const readingsOf = (refs: unknown): Reading[] => {
    const pairs = refs as number[];
    const readings: Reading[] = [];
    for (let i = 0; i < pairs.length; i += 2) {
      const [spelling, meaning] = data.entries[pairs[i]!]!;
      const prefix = allPrefixes[pairs[i + 1]!]!;
      readings.push({ prefixLength: prefix.text.length, spelling, conjunction: prefix.conjunction, preposition: prefix.preposition, definite: prefix.definite, meaning });
    }
    return readings;
  };
  const words = new WordTable(data.size, readingsOf);
  for (let i = 0; i < data.texts.length; i++) words.place(data.texts[i]!, data.hashes[i]!, data.readings[i]);
  return { words, percentPhrases: data.percentPhrases, percentSigns: new Set(data.percentSigns), hijriYearSuffixes: new Set(data.hijriYearSuffixes), figureVerbs: new Set(data.figureVerbs), identifierAdverbs: new Set(data.identifierAdverbs), qualifiersAfter: new Map(data.qualifiersAfter) };
}
