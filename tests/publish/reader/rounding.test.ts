// The rule for showing derived figures: counts whole, percentages and ratios to 3 significant digits, no
// more precision than the interval supports, one-sided figures rounded so that they stay true.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { roundDerived } from "../../../pipeline/publish/reader/rounding.ts";

describe("roundDerived", () => {
  it("rounds the seed's derived figures as the README says", () => {
    expect(roundDerived(4677.4194, "", 4658.6345, 4696.3563, "count")).toEqual({ qualifier: "", value: 4677, interval: { lower: 4659, upper: 4696 }, decimals: 0, approx: true });
    expect(roundDerived(4142.8571, "lt", null, 4142.8571, "count")).toMatchObject({ value: 4143, interval: null, approx: false });
    expect(roundDerived(59.6639, "", null, null, "percent")).toMatchObject({ value: 59.7, decimals: 1, approx: false });
    expect(roundDerived(1.1226, "", null, null, "ratio")).toMatchObject({ value: 1.12, decimals: 2 });
    expect(roundDerived(0.6452, "", null, null, "ratio")).toMatchObject({ value: 0.645, decimals: 3 });
    expect(roundDerived(8.8474, "", 8.0, 9.5, "ratio")).toMatchObject({ value: 8.8, decimals: 1, interval: { lower: 8, upper: 9.5 } });
  });

  const value = fc.double({ min: 0.001, max: 1e7, noNaN: true });
  const kind = fc.constantFrom("count" as const, "percent" as const, "ratio" as const);

  it("keeps a one-sided figure true: '< x' is shown as a bound at least x, '> x' at most x", () => {
    fc.assert(
      fc.property(value, kind, fc.constantFrom("lt" as const, "lte" as const, "gt" as const, "gte" as const), (v, unit, qualifier) => {
        const shown = roundDerived(v, qualifier, null, null, unit);
        if (qualifier === "lt" || qualifier === "lte") expect(shown.value).toBeGreaterThanOrEqual(v - 1e-9 * v);
        else expect(shown.value).toBeLessThanOrEqual(v + 1e-9 * v);
      }),
    );
  });

  it("never shows more decimals than the kind and the interval allow", () => {
    fc.assert(
      fc.property(value, kind, fc.double({ min: 0.0001, max: 1e5, noNaN: true }), (v, unit, width) => {
        const free = roundDerived(v, "", null, null, unit);
        const bounded = roundDerived(v, "", v - width / 2, v + width / 2, unit);
        // A whole part is never rounded away: from 100 up, no decimals; below, 3 significant digits.
        if (unit === "count" || v >= 100) expect(free.decimals).toBe(0);
        else expect(String(Math.round(v * 10 ** free.decimals)).replace(/0+$/, "").length, "significant digits").toBeLessThanOrEqual(3);
        expect(bounded.decimals).toBeLessThanOrEqual(free.decimals);
        expect(10 ** -bounded.decimals).toBeGreaterThanOrEqual(Math.min(10 ** -free.decimals, width / 100));
        expect(Math.abs(bounded.value - v)).toBeLessThanOrEqual(10 ** -bounded.decimals / 2 + 1e-9 * v);
      }),
    );
  });
});
