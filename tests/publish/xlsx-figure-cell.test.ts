// A figure of the sheet of indicators by period: a number when it is one exact figure, else text that no
// spreadsheet takes for a formula and that gives back every figure, its mark and its base.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formulaLikeStart } from "../../pipeline/lib/unsafe-text.ts";
import { QUALIFIER_SIGN, type QualifierCode } from "../../pipeline/publish/format.ts";
import type { ReaderObservation } from "../../pipeline/publish/reader/data.ts";
import type { UnitKind } from "../../pipeline/publish/reader/rounding.ts";
import { figureCell, numberFormat } from "../../pipeline/publish/xlsx/figure-cell.ts";

const qualifiers = Object.keys(QUALIFIER_SIGN) as QualifierCode[];

const figure = fc.record({
  value: fc.oneof(fc.integer({ min: -1_000_000, max: 10_000_000 }), fc.double({ min: -1000, max: 1000, noNaN: true }).map((v) => Math.round(v * 100) / 100 + 0)), // + 0: no negative zero
  qualifier: fc.constantFrom(...qualifiers),
  base_period: fc.option(fc.constantFrom("2020", "2021", "2016-H1"), { nil: null }),
  unit: fc.constantFrom("files", "percent"),
});

const observation = (f: { value: number; qualifier: QualifierCode; base_period: string | null; unit: string }) => ({ ...f }) as ReaderObservation;
const kindOf = (unit: string): UnitKind => (unit === "percent" ? "percent" : "count");

describe("figureCell", () => {
  it("is a number exactly when it holds one exact figure without a base period", () => {
    fc.assert(
      fc.property(fc.array(figure, { minLength: 1, maxLength: 3 }), (figures) => {
        const cell = figureCell(figures.map(observation), kindOf);
        const exact = figures.length === 1 && figures[0]!.qualifier === "" && figures[0]!.base_period === null;
        expect(typeof cell.value === "number").toBe(exact);
        if (typeof cell.value === "number") expect(cell.value).toBe(figures[0]!.value);
      }),
    );
  });

  it("writes text that never starts like a formula, one line per figure, each giving back its figure", () => {
    fc.assert(
      fc.property(fc.array(figure, { minLength: 2, maxLength: 3 }), (figures) => {
        const cell = figureCell(figures.map(observation), kindOf);
        expect(typeof cell.value).toBe("string");
        const text = String(cell.value);
        const lines = text.split("\n");
        for (const line of [text, ...lines]) expect(formulaLikeStart(line), line).toBeNull();
        expect(lines).toHaveLength(figures.length);
        lines.forEach((line, index) => {
          const f = figures[index]!;
          const [, base, mark, number, percent] = /^(?:vs (\S+): )?(?:(\S) )?([+\u2212]?[\d.e+-]+)(%?)$/.exec(line)!;
          expect(base ?? null).toBe(f.base_period);
          expect(mark ?? "").toBe(QUALIFIER_SIGN[f.qualifier]);
          expect(Number(number!.replace("\u2212", "-"))).toBe(f.value);
          expect(percent).toBe(f.unit === "percent" ? "%" : "");
        });
      }),
    );
    expect(figureCell([observation({ value: 24, qualifier: "", base_period: "2021", unit: "percent" }), observation({ value: -3.5, qualifier: "approx", base_period: null, unit: "files" })], kindOf).value).toBe(
      "vs 2021: +24%\n≈ \u22123.5",
    );
  });

  it("shows a number with the decimals it is written with, its thousands grouped", () => {
    expect([5800, 4100.5, 59.66, 0].map(numberFormat)).toEqual(["#,##0", "#,##0.0", "#,##0.00", "#,##0"]);
  });
});
