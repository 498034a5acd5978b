import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseCli } from "../../pipeline/cli/args.ts";
import { isCalendarDate } from "../../pipeline/lib/dates.ts";

describe("isCalendarDate", () => {
  it("accepts every real day written YYYY-MM-DD, and only those", () => {
    const day = fc.date({ min: new Date("0001-01-01T00:00:00Z"), max: new Date("9999-12-31T00:00:00Z"), noInvalidDate: true });
    fc.assert(fc.property(day, (d) => isCalendarDate(d.toISOString().slice(0, 10))));
    for (const text of ["2024-02-29", "2026-11-29", "2000-12-31"]) expect(isCalendarDate(text)).toBe(true);
    for (const text of ["2023-02-29", "2024-02-30", "2024-13-01", "2024-00-10", "2024-2-9", "24-02-09", "2024-02-09T00:00", " 2024-02-09", "", "2024/02/09"]) {
      expect(isCalendarDate(text), text).toBe(false);
    }
  });

  it("checks --date on the command line", () => {
    expect(parseCli(["--date", "2024-02-29"]).date).toBe("2024-02-29");
    expect(() => parseCli(["--date", "2024-02-30"])).toThrow(/--date 2024-02-30: is not a day of the calendar/);
  });
});
