// recognizeNormalised(text, normalised, runs), for text normalised once by ingest, finds what recognizeNumbers(text)
// finds, offsets included; and recognizeInSource turns a number too long to hold into the user's error.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normaliseCompact } from "../../../pipeline/arabic/normalise.ts";
import { recognizeInSource, recognizeNormalised, recognizeNumbers } from "../../../pipeline/arabic/numbers/index.ts";
import { userErrorOf } from "../../helpers/user-error.ts";

/** What a call gives: its mentions, or the error it throws. */
function outcome(run: () => unknown): unknown {
  try {
    return run();
  } catch (error) {
    return { error: (error as Error).name, message: (error as Error).message };
  }
}

const pieces = [
  "خمسة", "وعشرون", "ألف", "ألفا", "و", "مائة", "المائة", "في", "ناقص", "سالب", "عمليتين", "سنة", "ماي", "رقم", "أكثر من",
  "5", "800", "٥٬٨٠٠", "١،٢٣٤", "2022", "12/05/2022", "10:30", "0661234567", "+212", "9007199254740993", "1,5", "%",
  "“", "”", "«", "»", "\u200F", "\u202E", "\u202C", "\u200B", "ـ", "َ", "ً", "\r\n", "\r", "\n", " ", "، ", ".", "-", "😀",
];
const texts = fc.oneof(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }).map((p) => p.join("")), fc.string({ unit: "binary", maxLength: 60 }));

describe("recognizeNormalised", () => {
  it("gives what recognizeNumbers gives, for any text normalised by normaliseCompact", () => {
    fc.assert(
      fc.property(texts, (text) => {
        const { text: normalised, runs } = normaliseCompact(text);
        expect(outcome(() => recognizeNormalised(text, normalised, runs))).toEqual(outcome(() => recognizeNumbers(text)));
      }),
      { numRuns: 2000 },
    );
  });

  it("reads typographic quotes as recognizeNumbers does (which then skips normalising)", () => {
    const text = "قال: «عالج 5 آلاف و800 ملف» و“24 في المائة”";
    const { text: normalised, runs } = normaliseCompact(text);
    expect(normalised).not.toBe(text);
    expect(recognizeNormalised(text, normalised, runs)).toEqual(recognizeNumbers(text));
  });
});

describe("recognizeInSource", () => {
  const source = (text: string) => {
    const { text: normalised, runs } = normaliseCompact(text);
    return { file: "raw/x.txt", text, normalised, offset_map: runs };
  };

  it("finds the mentions of an ingested source", () => {
    const text = "عالج 5 آلاف و800 ملف";
    expect(recognizeInSource(source(text))).toEqual(recognizeNumbers(text));
  });

  it("reports a number too long to hold exactly as a UserError at file:line:column, with a fix", () => {
    const error = userErrorOf(() => recognizeInSource(source("سطر أول\r\nعالج \u200F12345678901234567890 ملفا")));
    expect(error.file).toBe("raw/x.txt");
    expect(error.position).toBe("2:7");
    expect(error.problem).toContain('"12345678901234567890" (20 digits) cannot be held exactly');
    expect(error.fix).toMatch(/clean copy/);
  });

  it("shortens a very long number in the message", () => {
    const error = userErrorOf(() => recognizeInSource(source(`عدد ${"3".repeat(50_000)}`)));
    expect(error.position).toBe("1:5");
    expect(error.problem.length).toBeLessThan(300);
    expect(error.problem).toContain("(50000 digits)");
  });
});
