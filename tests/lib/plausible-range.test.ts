import { describe, expect, it } from "vitest";
import { withinPlausibleRange } from "../../pipeline/lib/plausible-range.ts";
import type { Indicator } from "../../pipeline/types/catalogue-indicators.ts";

const withRange = (range: Indicator["range"]) => ({ range }) as Indicator;

describe("withinPlausibleRange", () => {
  it("takes both ends as inside", () => {
    expect(withinPlausibleRange(withRange({ min: 100, max: 100000 }), 100)).toBe(true);
    expect(withinPlausibleRange(withRange({ min: 100, max: 100000 }), 100000)).toBe(true);
  });

  it("puts a value below the minimum or above the maximum outside", () => {
    expect(withinPlausibleRange(withRange({ min: 100, max: 100000 }), 88)).toBe(false);
    expect(withinPlausibleRange(withRange({ min: 0, max: 10000 }), 421000)).toBe(false);
  });

  it("leaves an open end open, and takes every value when there is no range or no indicator", () => {
    expect(withinPlausibleRange(withRange({ min: 0 }), 1e9)).toBe(true);
    expect(withinPlausibleRange(withRange(undefined), -5)).toBe(true);
    expect(withinPlausibleRange(undefined, 7)).toBe(true);
  });
});
