import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { comparePeriods, fromJanuaryTo, isPeriod, parsePeriod, periodBefore, periodMidpoint, periodWithin, previousPartPeriod, previousYearPeriod } from "../../pipeline/lib/period.ts";

const period = fc
  .tuple(fc.integer({ min: 1950, max: 2100 }), fc.constantFrom("", "-H1", "-H2", "-Q1", "-Q2", "-Q3", "-Q4"))
  .map(([year, part]) => `${year}${part}`);

describe("periods", () => {
  it("accepts years, half-years and quarters only", () => {
    for (const good of ["2022", "2016-H1", "2016-H2", "2023-Q4"]) expect(isPeriod(good)).toBe(true);
    for (const bad of ["22", "2022-H3", "2022-Q5", "2022-h1", "2022-S1", "2022 ", "H1-2022"]) expect(isPeriod(bad)).toBe(false);
    expect(() => parsePeriod("2022-H3")).toThrow();
  });

  it("orders chronologically, a year before the parts that start with it", () => {
    const sorted = ["2017", "2016-H2", "2016-Q2", "2016", "2016-Q1", "2016-H1", "2015-H2"].sort(comparePeriods);
    expect(sorted).toEqual(["2015-H2", "2016", "2016-H1", "2016-Q1", "2016-Q2", "2016-H2", "2017"]);
  });

  it("steps back one year keeping the part", () => {
    expect(previousYearPeriod("2022")).toBe("2021");
    expect(previousYearPeriod("2016-H1")).toBe("2015-H1");
    expect(previousYearPeriod("2020-Q3")).toBe("2019-Q3");
  });

  it("steps back one part of a year, across the new year", () => {
    expect(previousPartPeriod("2017-H1")).toBe("2016-H2");
    expect(previousPartPeriod("2017-H2")).toBe("2017-H1");
    expect(previousPartPeriod("2019-Q1")).toBe("2018-Q4");
    expect(previousPartPeriod("2019-Q3")).toBe("2019-Q2");
    expect(previousPartPeriod("2019")).toBeNull();
  });

  it("places half-years between years on a time axis", () => {
    expect(periodMidpoint("2016")).toBe(2016.5);
    expect(periodMidpoint("2016-H1")).toBe(2016.25);
    expect(periodMidpoint("2016-H2")).toBe(2016.75);
  });

  it("knows containment and precedence", () => {
    expect(periodWithin("2016-H1", "2016")).toBe(true);
    expect(periodWithin("2016", "2016-H1")).toBe(false);
    expect(periodBefore("2015", "2016-H1")).toBe(true);
    expect(periodBefore("2016-H1", "2016")).toBe(false);
    expect(periodBefore("2016-H1", "2016-H2")).toBe(true);
  });

  it("is a total order consistent with previousYearPeriod (property)", () => {
    fc.assert(
      fc.property(period, period, (a, b) => {
        expect(Math.sign(comparePeriods(a, b)) + Math.sign(comparePeriods(b, a))).toBe(0);
        expect(comparePeriods(previousYearPeriod(a), a)).toBeLessThan(0);
        expect(periodBefore(previousYearPeriod(a), a)).toBe(true);
      }),
    );
  });
});

describe("fromJanuaryTo", () => {
  it("is the period from January to the end of a report's period, when there is one", () => {
    expect(["2022-Q1", "2022-Q2", "2022-H1", "2022-Q3", "2022-Q4", "2022-H2", "2022"].map(fromJanuaryTo)).toEqual(["2022-Q1", "2022-H1", "2022-H1", null, "2022", "2022", "2022"]);
  });
});
