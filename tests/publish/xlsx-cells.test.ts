import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { clampWidth, columnLetter, columnWidth, rowHeight, textLength, wrappedLines } from "../../pipeline/publish/xlsx/cells.ts";

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

  it("leave room for every line of a wrapped text, up to the tallest row Excel allows", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 120 }), { minLength: 1, maxLength: 5 }), fc.integer({ min: 8, max: 60 }), (paragraphs, width) => {
        const lines = wrappedLines(paragraphs.join("\n"), width);
        // At least a line per paragraph, and lines enough to hold each one at `width` characters a line.
        expect(lines).toBeGreaterThanOrEqual(paragraphs.length);
        expect(lines * width).toBeGreaterThanOrEqual(Math.max(...paragraphs.map(textLength)));
      }),
    );
    expect(wrappedLines("a".repeat(45), 45)).toBe(1);
    expect(wrappedLines(`${"a".repeat(46)}\nb`, 45)).toBe(3);
    expect([1, 2, 3, 27, 28, 1000].map(rowHeight)).toEqual([undefined, 30, 45, 405, 409, 409]);
  });

  it("name columns as a spreadsheet does", () => {
    expect([1, 26, 27, 52, 703].map(columnLetter)).toEqual(["A", "Z", "AA", "AZ", "AAA"]);
  });
});
