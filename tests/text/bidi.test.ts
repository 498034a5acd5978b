// Bidi overrides and embeddings around numbers (pipeline/text/bidi.ts), and the ingest stage refusing them.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadCatalogue } from "../../pipeline/catalogue/load.ts";
import { findBidiOverrides } from "../../pipeline/text/bidi.ts";
import { runStages } from "../helpers/extract.ts";
import { userErrorOf } from "../helpers/user-error.ts";

const RLO = "\u202E";
const LRO = "\u202D";
const RLE = "\u202B";
const LRE = "\u202A";
const PDF = "\u202C";
const RLI = "\u2067";
const PDI = "\u2069";

/** [offset, reason] of each problem. */
const problems = (text: string) => findBidiOverrides(text).map((p) => [p.offset, p.reason]);

describe("findBidiOverrides", () => {
  it.each<[string, string, Array<[number, string]>]>([
    ["an override around digits: displays 5800, holds 85", `عالج ${RLO}0085${PDF} ملف`, [[5, "digit"]]],
    ["a left-to-right override", `عالج ${LRO}5800${PDF} ملف`, [[5, "digit"]]],
    ["an embedding", `عالج ${RLE}5800${PDF} ملف`, [[5, "digit"]]],
    ["a left-to-right embedding", `${LRE}٥٨٠٠${PDF}`, [[0, "digit"]]],
    ["around a number word", `عالج ${RLO}خمسة${PDF} ملفات`, [[5, "number word"]]],
    ["around a number word with a clitic", `${RLO}وخمسة${PDF}`, [[0, "number word"]]],
    ["digits touching letters reorder too", `${RLO}G20${PDF}`, [[0, "digit"]]],
    ["unclosed: its scope runs to the end of the line", `${RLO}عالج 58 ملفا`, [[0, "digit"]]],
    ["unclosed: to the end of the text", `عالج ${RLO}58`, [[5, "digit"]]],
    ["inside a number with nothing in its scope", `58${RLO}${PDF}00`, [[2, "inside a number"]]],
    ["inside a number word", `خم${RLO}${PDF}سة`, [[2, "number word"]]],
    ["two problems, in order", `${RLO}1${PDF} و ${LRO}2${PDF}`, [[0, "digit"], [6, "digit"]]],
  ])("%s", (_, text, expected) => expect(problems(text)).toEqual(expected));

  it.each<[string, string]>([
    ["no control characters", "عالج 5800 ملف"],
    ["an override around words only", `قال ${RLO}المصدر${PDF} إن 5800 ملف`],
    ["an unclosed override ends at the line end", `${RLO}المصدر\n5800 ملف`],
    ["an unclosed override ends at a lone CR", `${RLO}المصدر\r5800 ملف`],
    ["an unclosed override ends at a paragraph separator", `${RLO}المصدر\u20295800 ملف`],
    ["isolates do not reorder digits", `عالج ${RLI}5800${PDI} ملف`],
    ["marks do not reorder digits", "عالج \u200F5800\u200E ملف \u061C5"],
    ["a PDF with nothing open does nothing", `58${PDF}00`],
    ["a PDI ends the scopes opened inside its isolate", `${RLI}${RLO}المصدر${PDI} 5800`],
    ["an override after a number", `5800${RLO} ملف`],
    ["a word that is no number word", `${RLO}عمليات${PDF} 5`],
  ])("accepts %s", (_, text) => expect(findBidiOverrides(text)).toEqual([]));

  it("closes the innermost scope at each PDF", () => {
    // RLE … (LRO … PDF) … 58 PDF: the LRO holds words only, the RLE holds the digits.
    expect(problems(`${RLE}${LRO}المصدر${PDF} 58${PDF}`)).toEqual([[0, "digit"]]);
  });

  it("ignores a PDF inside an isolate for the scopes outside it", () => {
    expect(problems(`${RLO}${RLI}المصدر${PDF}${PDI} 58`)).toEqual([[0, "digit"]]);
  });

  it("gives each problem's code point, name and scope end", () => {
    const text = `x${RLO}0085${PDF}y`;
    expect(findBidiOverrides(text)).toEqual([{ offset: 1, codePoint: 0x202e, name: "RIGHT-TO-LEFT OVERRIDE", scopeEnd: 6, reason: "digit" }]);
  });

  it("stays linear on a line of 100,000 overrides, unclosed or closed by isolates", () => {
    expect(findBidiOverrides(`${RLO.repeat(100_000)}5`)).toHaveLength(100_000);
    expect(findBidiOverrides(`${`${RLI}${RLO}x${PDI}`.repeat(50_000)}5`)).toEqual([]);
  });

  it("reports only override and embedding characters, each once, with a scope after it (property)", () => {
    const piece = fc.constantFrom(RLO, LRO, RLE, LRE, PDF, RLI, PDI, "\u2066", "\u2068", "5", "٥", "خمسة", "ملف", " ", "\n", "\r", "\u200F");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (parts) => {
        const text = parts.join("");
        const found = findBidiOverrides(text);
        expect(new Set(found.map((p) => p.offset)).size).toBe(found.length);
        for (const p of found) {
          expect([0x202a, 0x202b, 0x202d, 0x202e]).toContain(text.charCodeAt(p.offset));
          expect(p.scopeEnd).toBeGreaterThan(p.offset);
        }
        // Without overrides and embeddings, nothing is reported.
        expect(findBidiOverrides(text.replace(/[\u202A\u202B\u202D\u202E]/g, ""))).toEqual([]);
      }),
      { numRuns: 1000 },
    );
  });
});

describe("ingest", () => {
  const catalogue = loadCatalogue();

  it("refuses a source with an override around a number, naming the file, the line:column and the code point", () => {
    const error = userErrorOf(() => runStages(`العنوان\r\nعالج المكتب ${RLO}0085${PDF} ملفا`, catalogue));
    expect(error.file).toBe("raw/t.txt");
    expect(error.position).toBe("2:13");
    expect(error.problem).toContain("U+202E RIGHT-TO-LEFT OVERRIDE");
    expect(error.fix).toContain("U+202E");
    expect(error.fix).toContain("\\u202e");
  });

  it("counts the others in the message", () => {
    const error = userErrorOf(() => runStages(`${RLO}5${PDF}\n${LRE}6${PDF}\n${RLE}7${PDF}`, catalogue));
    expect(error.position).toBe("1:1");
    expect(error.problem).toContain("2 more such control characters");
  });

  it("keeps isolates and marks, as before", () => {
    const extracted = runStages(`عالج المكتب ${RLI}143${PDI} إنابة و\u200F106 أوامر`, catalogue);
    expect(extracted.mentions.map((m) => m.value)).toEqual([143, 106]);
  });
});
