import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { clampWidth, columnLetter, columnWidth, textLength } from "../../pipeline/publish/xlsx/cells.ts";

/** The plain definition: the longest line, in code points. */
const longestLine = (text: string) => Math.max(...text.split("\n").map((line) => [...line].length));

describe("column widths", () => {
  it("measure the longest line in code points, lone surrogates included", () => {
    const units = fc.constantFrom("a", "ع", "\n", "\uD83D", "\uDE00", "😀", "\uDBFF\uDFFF", " ");
    fc.assert(fc.property(fc.array(units, { maxLength: 40 }).map((parts) => parts.join("")), (text) => textLength(text) === longestLine(text)));
    fc.assert(fc.property(fc.string({ unit: "binary" }), (text) => textLength(text) === longestLine(text)));
    expect(textLength("حصيلة\nDGSN 2022 😀")).toBe(11);
  });

  it("are the longest text plus two, between 8 and 60 characters", () => {
    expect(columnWidth(["abc"])).toBe(8);
    expect(columnWidth(["x".repeat(20), "y"])).toBe(22);
    expect(columnWidth(["x".repeat(200)])).toBe(60);
    fc.assert(fc.property(fc.nat(1000), (n) => clampWidth(n) === Math.min(60, Math.max(8, n + 2))));
  });

  it("name columns as a spreadsheet does", () => {
    expect([1, 26, 27, 52, 703].map(columnLetter)).toEqual(["A", "Z", "AA", "AZ", "AAA"]);
  });
});
