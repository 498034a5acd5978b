import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { normalise, normaliseCompact } from "../../pipeline/arabic/normalise.ts";
import { offsetMapOf, toRawOffset } from "../../pipeline/text/offset-map.ts";

const pieces = ["ع", "م", "ل", "ي", "ة", "\u0640", "\u064E", "\u0651", "\u200F", "\u200B", "\uFEFF", "“", "”", "٥", "۸", "0", " ", "\n", "a", "ا\u0654", "😀"];

describe("offset map", () => {
  it("keeps one pair per change of step", () => {
    // "aXbc" with X a zero-width space: normalised "abc", raw offsets 0, 2, 3, end 4.
    const map = offsetMapOf(normaliseCompact("a\u200Bbc").runs);
    expect([0, 1, 2, 3].map((i) => toRawOffset(map, i))).toEqual([0, 2, 3, 4]);
  });

  it("maps every normalised offset back as the full map of normalise() does", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 60 }), (parts) => {
        const raw = parts.join("");
        const full = normalise(raw).map;
        const map = offsetMapOf(normaliseCompact(raw).runs);
        full.forEach((rawOffset, i) => expect(toRawOffset(map, i)).toBe(rawOffset));
      }),
      { numRuns: 2000 },
    );
  });
});
