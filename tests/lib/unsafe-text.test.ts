import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formulaLikeStart, unclosedBidiControl, unsafeTextProblem } from "../../pipeline/lib/unsafe-text.ts";

/** What a spreadsheet skips without showing it before a formula sign. */
const invisible = ["", " ", "\t ", "\u00A0", "\u202F", "\u2007", "\u3000", "\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF", "\u200E", "\u200F", "\u061C", "\u00A0\u200B "];
const signs = ["=", "+", "-", "@", "\uFF1D", "\uFF0B", "\uFF0D", "\uFF20"];

describe("formulaLikeStart", () => {
  it("finds each sign, in its ASCII and full-width forms, after any invisible lead", () => {
    fc.assert(
      fc.property(fc.constantFrom(...invisible), fc.constantFrom(...signs), fc.string(), (lead, sign, rest) => {
        const found = formulaLikeStart(`${lead}${sign}${rest}`);
        // A lead that starts with a tab is refused for the tab itself, as before.
        expect(found).toBe(lead.startsWith("\t") ? "\t" : sign);
      }),
    );
  });

  it("refuses a leading tab or carriage return", () => {
    expect(formulaLikeStart("\tabc")).toBe("\t");
    expect(formulaLikeStart("\rabc")).toBe("\r");
  });

  it("accepts text that starts with a letter, a digit or a quotation mark, whatever follows", () => {
    fc.assert(
      fc.property(fc.constantFrom("حصيلة", "DGSN", "5 آلاف", "«", '"', "(", "2022"), fc.string(), (start, rest) => {
        expect(formulaLikeStart(`${start}${rest}`)).toBeNull();
      }),
    );
  });

  it("accepts a sign that is not at the start", () => {
    expect(formulaLikeStart("a = b")).toBeNull();
    expect(formulaLikeStart("")).toBeNull();
    expect(formulaLikeStart("   ")).toBeNull();
  });
});

describe("unclosedBidiControl", () => {
  it.each([
    ["an override closed by PDF", "a\u202E85\u202Cb", null],
    ["nested embeddings, all closed", "\u202A\u202Bx\u202C\u202C", null],
    ["isolates (not overrides or embeddings)", "\u2067x\u2069", null],
    ["a stray PDF", "x\u202C", null],
    ["an override left open", "5800 \u202E0085", 5],
    ["an embedding closed only on the next line", "\u202Bx\nx\u202C", 0],
    ["the second of two openers left open", "\u202Dx\u202C\u202Ey", 3],
  ])("%s", (_, text, index) => {
    expect(unclosedBidiControl(text)).toBe(index);
  });
});

describe("unsafeTextProblem", () => {
  it("says which sign and that it follows invisible characters", () => {
    expect(unsafeTextProblem("\u200B=1+2")).toBe('the text "\u200B=1+2" starts with "=" after white space or invisible characters, which a spreadsheet runs as a formula');
    expect(unsafeTextProblem("-5")).toBe('the text "-5" starts with "-", which a spreadsheet runs as a formula');
  });

  it("names the open override and its position", () => {
    expect(unsafeTextProblem("ab\u202Ecd")).toMatch(/opens a bidi override \(U\+202E at character 3\) that it does not close with U\+202C/);
    expect(unsafeTextProblem("ab\u202Acd")).toMatch(/opens a bidi embedding \(U\+202A at character 3\)/);
  });

  it("has nothing to say of safe text", () => {
    expect(unsafeTextProblem("حصيلة الأمن المغربي في التعاون الدولي")).toBeNull();
  });
});
