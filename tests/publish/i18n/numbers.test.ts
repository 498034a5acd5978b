// Numbers, percentages, periods and dates in each language's convention, the same on every machine.
import { execFileSync } from "node:child_process";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { projectPath } from "../../../pipeline/lib/paths.ts";
import { decimalsOf, formatNumber, formatPercent, pluralCategory } from "../../../pipeline/publish/i18n/numbers.ts";
import { dateLabel, periodLabel } from "../../../pipeline/publish/i18n/periods.ts";

describe("formatNumber", () => {
  it("writes 5,800 in English, 5 800 in French, 5.800 in Arabic with Western digits (ar-MA)", () => {
    expect(formatNumber("en", 5800)).toBe("5,800");
    expect(formatNumber("fr", 5800)).toBe("5\u202F800");
    expect(formatNumber("ar", 5800)).toBe("5.800");
    expect(formatNumber("en", 1234567.25)).toBe("1,234,567.25");
    expect(formatNumber("fr", 1234567.25)).toBe("1\u202F234\u202F567,25");
    expect(formatNumber("ar", 1234567.25)).toBe("1.234.567,25");
    expect(formatNumber("en", 4677.4194, { decimals: 0 })).toBe("4,677");
    expect(formatNumber("en", 24, { signed: true })).toBe("+24");
    expect(formatNumber("en", 0, { signed: true })).toBe("0");
    expect(() => formatNumber("en", Number.NaN)).toThrow(/non-finite/);
  });

  it("writes percentages with each language's spacing", () => {
    expect(formatPercent("en", 59.7)).toBe("59.7%");
    expect(formatPercent("fr", 59.7)).toBe("59,7\u00A0%");
    expect(formatPercent("ar", 59.7)).toBe("59,7\u200E%\u200E");
    expect(formatPercent("en", -3.5, { signed: true })).toBe("-3.5%");
  });

  it("picks the plural category the counted noun needs", () => {
    expect([1, 2, 3, 11, 100, 119].map((n) => pluralCategory("ar", n))).toEqual(["one", "two", "few", "many", "other", "many"]);
    expect([0, 1, 2].map((n) => pluralCategory("fr", n))).toEqual(["one", "one", "other"]);
  });

  it("writes every number as Intl.NumberFormat does (CLDR en, fr, ar-MA): any magnitude, decimals, sign, percent", () => {
    const cldr = { en: "en", fr: "fr", ar: "ar-MA" } as const;
    const intl = (lang: "en" | "fr" | "ar", value: number, decimals: number, signed: boolean, percent: boolean) =>
      new Intl.NumberFormat(cldr[lang], {
        numberingSystem: "latn",
        useGrouping: true,
        minimumFractionDigits: decimals,
        maximumFractionDigits: decimals,
        signDisplay: signed ? "exceptZero" : "auto",
        ...(percent ? { style: "unit", unit: "percent", unitDisplay: "short" } : {}),
      }).format(value);
    const same = (value: number, decimals: number | undefined, signed: boolean, percent: boolean) => {
      for (const lang of ["en", "fr", "ar"] as const) {
        const ours = (percent ? formatPercent : formatNumber)(lang, value, { decimals, signed });
        expect(ours, `${lang} ${value} ${decimals} ${signed} ${percent}`).toBe(intl(lang, value, Math.min(decimals ?? decimalsOf(value), 20), signed, percent));
      }
    };
    // Halves at every place (rounded away from zero from the shortest decimal), carries, signs of zero, magnitudes.
    const edges = [0, -0, 0.5, 1.5, 2.5, -2.5, 1.005, 0.045, 9.995, 99.95, 999.5, 999_999.5, 0.1 + 0.2, 1e-7, 5e-324, 2 ** 53, 1e21, 1.2345678901234567e25, Number.MAX_VALUE, -0.0001];
    for (const value of edges) for (const decimals of [undefined, 0, 1, 2, 3, 20]) for (const signed of [false, true]) for (const percent of [false, true]) same(value, decimals, signed, percent);
    const values = fc.oneof(
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.double({ min: -1e7, max: 1e7, noNaN: true }),
      fc.integer({ min: -1e9, max: 1e9 }).map((n) => n / 1000),
      fc.integer({ min: -1e6, max: 1e6 }).map((n) => n / 100 + 0.005),
    );
    fc.assert(fc.property(values, fc.option(fc.integer({ min: 0, max: 20 }), { nil: undefined }), fc.boolean(), fc.boolean(), same), { numRuns: 3000 });
  });

  it("gives the same bytes under any TZ and LANG", () => {
    const script = `
      import { formatNumber, formatPercent } from ${JSON.stringify(projectPath("pipeline/publish/i18n/numbers.ts"))};
      import { dateLabel, periodLabel } from ${JSON.stringify(projectPath("pipeline/publish/i18n/periods.ts"))};
      const out = [];
      for (const lang of ["en", "fr", "ar"]) out.push(formatNumber(lang, 1234567.25), formatPercent(lang, -3.5, { signed: true }), dateLabel(lang, "2026-01-01"), periodLabel(lang, "2016-H1"));
      console.log(JSON.stringify(out));`;
    const run = (env: Record<string, string>) => execFileSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], { env: { ...process.env, ...env }, encoding: "utf8" });
    const reference = run({ TZ: "UTC", LANG: "C", LC_ALL: "C" });
    expect(run({ TZ: "Pacific/Kiritimati", LANG: "ar_MA.UTF-8", LC_ALL: "ar_MA.UTF-8" })).toBe(reference);
    expect(run({ TZ: "America/Los_Angeles", LANG: "fr_FR.UTF-8", LC_ALL: "fr_FR.UTF-8" })).toBe(reference);
    expect(JSON.parse(reference)).toContain("1 January 2026");
  });
});

describe("periods and dates", () => {
  it("names half-years and quarters as readers write them", () => {
    expect(["en", "fr", "ar"].map((lang) => periodLabel(lang as "en", "2016-H1"))).toEqual(["H1 2016", "S1 2016", "النصف الأول 2016"]);
    expect(["en", "fr", "ar"].map((lang) => periodLabel(lang as "en", "2023-Q3"))).toEqual(["Q3 2023", "T3 2023", "الربع الثالث 2023"]);
    expect(periodLabel("ar", "2022")).toBe("2022");
  });

  it("writes dates in words, Moroccan month names in Arabic, never a day off", () => {
    expect(dateLabel("en", "2026-12-02")).toBe("2 December 2026");
    expect(dateLabel("fr", "2026-12-02")).toBe("2 décembre 2026");
    expect(dateLabel("ar", "2026-12-02")).toBe("2 دجنبر 2026");
    expect(() => dateLabel("en", "2026-02-30")).toThrow(/not a date/);
  });

  it("writes every date as CLDR does (Intl.DateTimeFormat in en-GB, fr, ar-MA), from the message tables", () => {
    const cldr = { en: "en-GB", fr: "fr", ar: "ar-MA" } as const;
    const iso = (instant: Date) => instant.toISOString().slice(0, 10);
    const leapYear = Array.from({ length: 366 }, (_, day) => iso(new Date(Date.UTC(2024, 0, 1 + day, 12))));
    const years = ["0000-01-01", "0001-02-03", "0099-03-09", "0999-12-31", "1000-01-01", "1999-09-30", "9999-12-31"];
    for (const lang of ["en", "fr", "ar"] as const) {
      const intl = new Intl.DateTimeFormat(cldr[lang], { day: "numeric", month: "long", year: "numeric", timeZone: "UTC", numberingSystem: "latn" });
      for (const date of [...leapYear, ...years]) expect(dateLabel(lang, date), `${lang} ${date}`).toBe(intl.format(new Date(`${date}T12:00:00Z`)));
    }
  });
});
