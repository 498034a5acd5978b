import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadCatalogue } from "../../pipeline/catalogue/load.ts";
import { describeInterval, halfUnit, intersect, intervalOf } from "../../pipeline/validate/interval.ts";

const { rounding } = loadCatalogue();
const figure = (value: number, qualifier: "gt" | "gte" | "lt" | "lte" | "approx" | null, unit = "files", decimals = 0) => intervalOf({ value, qualifier, unit, decimals }, rounding);

describe("the range a written figure allows (pipeline/catalogue/rounding.json)", () => {
  it.each([
    ["an exact count", figure(153, null), "153"],
    ["a percentage, to half its last digit", figure(24, null, "percent"), "[23.5, 24.5]"],
    ["a percentage with a decimal", figure(24.5, null, "percent", 1), "[24.45, 24.55]"],
    ["'about' a round figure, to half its last non-zero digit", figure(8000, "approx"), "[7500, 8500]"],
    ["'about 150'", figure(150, "approx"), "[145, 155]"],
    ["'ما يناهز 4.900'", figure(4900, "approx"), "[4850, 4950]"],
    ["a count as a decimal times a scale word ('2,7 ألف'), to half its last written digit", figure(2700, null, "files", 1), "[2650, 2750]"],
    ["'1,25 مليون'", figure(1_250_000, null, "files", 2), "[1245000, 1255000]"],
    ["'more than'", figure(100, "gt"), "> 100"],
    ["'at most'", figure(27, "lte"), "≤ 27"],
    ["a round count on the headline, to half its last non-zero digit", intervalOf({ value: 170, qualifier: null, unit: "letters rogatory", decimals: 0 }, rounding, true), "[165, 175]"],
    ["'7 آلاف' on the headline", intervalOf({ value: 7000, qualifier: null, unit: "files", decimals: 0 }, rounding, true), "[6500, 7500]"],
    ["a headline count with a last digit of its own, exact", intervalOf({ value: 7215, qualifier: null, unit: "files", decimals: 0 }, rounding, true), "7215"],
  ])("%s", (_, interval, described) => {
    expect(describeInterval(interval)).toBe(described);
  });

  it("agrees when ranges meet, and tells open bounds apart", () => {
    expect(intersect([figure(150, "approx"), figure(153, null)])).not.toBeNull();
    expect(intersect([figure(150, "approx"), figure(143, null)])).toBeNull();
    expect(intersect([figure(40, "gt"), figure(40, null)])).toBeNull();
    expect(intersect([figure(40, "gte"), figure(40, null)])).not.toBeNull();
    // A rounded headline and the body's count (held640): "2,7 ألف طلب" restates 2715, not 2790.
    expect(intersect([figure(2700, null, "files", 1), figure(2715, null)])).not.toBeNull();
    expect(intersect([figure(2700, null, "files", 1), figure(2790, null)])).toBeNull();
  });

  it("rounds a bound on a percentage as it rounds the percentage ('لا تتعدى 2,1 في المائة' holds for 2.105 %)", () => {
    expect(describeInterval(figure(2.1, "lte", "percent", 1))).toBe("≤ 2.15");
    expect(describeInterval(figure(40, "gt", "percent"))).toBe("≥ 39.5");
    expect(intersect([figure(2.1, "lte", "percent", 1), intervalOf({ value: 2.105, qualifier: null, unit: "percent", decimals: 3 }, rounding)])).not.toBeNull();
    expect(intersect([figure(2.1, "lte", "percent", 1), figure(2.2, null, "percent", 1)])).toBeNull();
  });

  it("is symmetric, and contains the written value for every qualifier but gt and lt (property)", () => {
    const qualifier = fc.constantFrom(null, "gte", "lte", "approx" as const);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), qualifier, fc.integer({ min: 0, max: 10_000_000 }), qualifier, (a, qa, b, qb) => {
        const x = figure(a, qa);
        const y = figure(b, qb);
        expect(intersect([x, y]) === null).toBe(intersect([y, x]) === null);
        expect(intersect([x, figure(a, null)])).not.toBeNull();
      }),
    );
  });

  it("takes half a unit of the last non-zero digit", () => {
    expect(halfUnit("half_unit_of_last_nonzero_digit", 8000, 0)).toBe(500);
    expect(halfUnit("half_unit_of_last_nonzero_digit", 2_500_000, 1)).toBe(50_000);
    expect(halfUnit("half_unit_of_last_written_digit", 2.5, 1)).toBeCloseTo(0.05);
  });

  it("reads a whole number ending in 5 as rounded to the nearest five, and others as the last non-zero digit", () => {
    expect(halfUnit("half_rounding_step", 175, 0)).toBe(2.5);
    expect(halfUnit("half_rounding_step", 150, 0)).toBe(5);
    expect(halfUnit("half_rounding_step", 8000, 0)).toBe(500);
    expect(halfUnit("half_rounding_step", 2.5, 1)).toBeCloseTo(0.05);
  });
});
