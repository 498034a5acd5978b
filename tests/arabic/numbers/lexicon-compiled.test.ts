// The compiled lexicon (pipeline/arabic/numbers/lexicon-compiled.ts) is what `npm run lexicon` writes from the
// word lists, and it reads every word exactly as compiling the lists at run time does.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { compileLexicon, lexicon, readLexiconSources } from "../../../pipeline/arabic/numbers/lexicon.ts";
import { precompiledLexicon } from "../../../pipeline/arabic/numbers/lexicon-revive.ts";
import { compiledLexiconFile, generateCompiledLexicon } from "../../../scripts/lexicon-source.ts";
import { repoRoot } from "../../helpers/pipeline.ts";

describe("the compiled lexicon", () => {
  it("is what `npm run lexicon` generates from the word lists (run it after changing them or the compiler)", () => {
    expect(readFileSync(join(repoRoot, compiledLexiconFile), "utf8")).toBe(generateCompiledLexicon());
  });

  it("is the lexicon a run uses while the word lists are unchanged", () => {
    expect(precompiledLexicon()).toBeDefined();
    expect(lexicon()).toBe(lexicon());
  });

  it("gives every word the same readings, in the same order, as compiling the word lists", () => {
    const compiled = compileLexicon(readLexiconSources());
    const revived = precompiledLexicon()!;
    const words = [...compiled.words.entries()];
    expect(words.length).toBeGreaterThan(8000);
    expect([...revived.words.entries()].length).toBe(words.length);
    for (const { text } of words) expect(revived.words.get(text)).toStrictEqual(compiled.words.get(text));
    expect(revived.percentPhrases).toStrictEqual(compiled.percentPhrases);
    expect(revived.percentSigns).toStrictEqual(compiled.percentSigns);
    expect(revived.hijriYearSuffixes).toStrictEqual(compiled.hijriYearSuffixes);
    for (const missing of ["", "كتاب", "لست", "سبعةسبعة"]) expect(revived.words.get(missing)).toBe(compiled.words.get(missing));
  });
});
