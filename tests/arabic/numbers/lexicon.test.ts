// The word lists are data: each file is checked against its schema, and the loader refuses contradictions.
import { describe, expect, it } from "vitest";
import { isUserError } from "../../../pipeline/lib/errors.ts";
import { foldWord } from "../../../pipeline/arabic/normalise.ts";
import { compileLexicon, type LexiconSources, lexicon, readLexiconSources } from "../../../pipeline/arabic/numbers/lexicon.ts";
import { validateAgainst } from "../../../pipeline/lib/schemas.ts";

const sources = () => structuredClone(readLexiconSources());

function compileError(change: (s: LexiconSources) => void): unknown {
  const s = sources();
  change(s);
  try {
    compileLexicon(s);
  } catch (error) {
    return error;
  }
  return undefined;
}

describe("the lexicon", () => {
  it("reads and validates every file against its schema", () => {
    const s = readLexiconSources();
    expect(s.numerals.data.units.length).toBeGreaterThan(10);
    expect(s.duals.data.nouns.length).toBeGreaterThan(50);
    expect(() => validateAgainst("arabic-qualifiers.schema.json", { qualifiers: [{ phrase: "أكثر من", code: "more" }] }, "q.json")).toThrow(/qualifiers\/0\/code: must be equal to one of the allowed values/);
    expect(() => validateAgainst("arabic-dual-nouns.schema.json", { nouns: [{ singular: "ملف", dual: ["ملفات"] }] }, "d.json")).toThrow(/pattern/);
    expect(() => validateAgainst("arabic-numerals.schema.json", { ...s.numerals.data, extra: 1 }, "n.json")).toThrow(/unknown field "extra"/);
  });

  it("is loaded once", () => expect(lexicon()).toBe(lexicon()));

  it("lists the seed's dual nouns (عمليتين) and no scale dual (ألفين is a number word)", () => {
    const words = lexicon().words;
    expect(words.get(foldWord("عمليتين"))?.dualNoun).toBeDefined();
    expect(words.get(foldWord("ألفين"))?.dualNoun).toBeUndefined();
  });

  it("refuses a form claimed twice, naming the file and entry", () => {
    const error = compileError((s) => s.numerals.data.tens[0]!.forms.push("خمسة"));
    expect(isUserError(error)).toBe(true);
    expect(String(error)).toMatch(/pipeline\/arabic\/lexicon\/numerals\.json:\/tens\/0: "خمسة" reads as "خمسه", which .*\/units\/7 already has/);
  });

  it("refuses two spellings that fold to the same word", () => {
    expect(isUserError(compileError((s) => s.numerals.data.units[1]!.forms.push("واحده")))).toBe(true);
  });

  it("refuses a dual noun that is also a number word", () => {
    const error = compileError((s) => s.duals.data.nouns.push({ singular: "ألف", dual: ["ألفين"] }));
    expect(String(error)).toMatch(/dual-nouns\.json:\/nouns\/\d+\/dual/);
  });

  it("refuses a teen tail that is not worth ten", () => {
    expect(isUserError(compileError((s) => s.numerals.data.teenTails.push("خمسة")))).toBe(true);
  });

  it("drops false friends whatever they look like (لست is not ل + ست)", () => {
    expect(lexicon().words.get(foldWord("لست"))).toBeUndefined();
    expect(lexicon().words.get(foldWord("لستة"))?.atoms[0]?.meaning.atom).toMatchObject({ kind: "unit", value: 6 });
  });
});
