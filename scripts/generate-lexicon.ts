// Writes pipeline/arabic/numbers/lexicon-compiled.ts from pipeline/arabic/lexicon/ (see scripts/lexicon-source.ts).
import { writeFile } from "node:fs/promises";
import { compiledLexiconFile, generateCompiledLexicon } from "./lexicon-source.ts";

await writeFile(compiledLexiconFile, generateCompiledLexicon());
console.log(`wrote ${compiledLexiconFile}`);
