import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { compressOffsets, toRawOffset } from "../../pipeline/text/offset-map.ts";

describe("offset map", () => {
  it("keeps one breakpoint per change of step", () => {
    // raw "aXbc" with X removed: normalised "abc" → raw offsets 0, 2, 3, end 4
    const map = compressOffsets([0, 2, 3, 4]);
    expect(map).toEqual([[0, 0], [1, 2]]);
    expect([0, 1, 2, 3].map((i) => toRawOffset(map, i))).toEqual([0, 2, 3, 4]);
  });

  it("maps every offset back as the full map does", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 3 }), { maxLength: 60 }), (steps) => {
        const full = [0];
        for (const step of steps) full.push(full.at(-1)! + step);
        const map = compressOffsets(full);
        full.forEach((raw, i) => expect(toRawOffset(map, i)).toBe(raw));
      }),
      { numRuns: 1000 },
    );
  });
});
