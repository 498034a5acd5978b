// chart.svg as a whole: which form it takes for the data, and what every form guarantees (well-formed,
// self-contained, a text alternative, sized for a phone, deterministic bytes).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatPeriod } from "../../pipeline/lib/period.ts";
import { chartForm, renderChartSvg, type ChartSeries } from "../../pipeline/publish/chart.ts";
import { checkWellFormed, desc, figureRows, marks, panels, texts } from "./chart-svg.ts";

const files: ChartSeries = {
  indicatorId: "files_processed",
  label: "Files & requests <processed>",
  labelAr: "ملفات وطلبات معلومات",
  unit: "files",
  kind: "count",
  points: [
    { period: "2022", value: 5800, qualifier: "" },
    { period: "2020", value: 4140, qualifier: "gt" },
    { period: "2021", value: 2900, qualifier: "approx" },
  ],
};
const operations: ChartSeries = { indicatorId: "operations", label: "Interpol operations", labelAr: 'عمليات "أنتربول"', unit: "operations", points: [{ period: "2022", value: 5, qualifier: "" }] };
const onePeriod: ChartSeries[] = [
  { ...files, points: [{ period: "2022", value: 5800, qualifier: "" }] },
  operations,
  {
    indicatorId: "files_processed_pct_change",
    label: "Change in files processed",
    labelAr: "تغير الملفات",
    unit: "percent",
    kind: "percent_change",
    points: [
      { period: "2022", value: 40, qualifier: "gt", basePeriod: "2020" },
      { period: "2022", value: 24, qualifier: "", basePeriod: "2021", lower: 23.5, upper: 24.5 },
    ],
  },
];
const severalPeriods: ChartSeries[] = [files, operations];

function rootAttributes(svg: string): string {
  return svg.slice(0, svg.indexOf(">"));
}

describe("the form of the chart", () => {
  it("is small multiples for several periods, the key figures for one, a note for none", () => {
    expect(chartForm(severalPeriods)).toBe("small-multiples");
    expect(chartForm(onePeriod)).toBe("figures");
    expect(chartForm([])).toBe("empty");
    expect(chartForm([{ ...operations, points: [] }])).toBe("empty");
  });

  it("draws no marks and no lines for a single period: a table of the figures instead", () => {
    const svg = renderChartSvg(onePeriod);
    expect(panels(svg)).toHaveLength(0);
    expect(svg).not.toMatch(/class="(mark|line|bar)"/);
    const rows = figureRows(svg);
    // One row per figure: the change against 2021 and the one against 2020 are two rows.
    expect(rows).toHaveLength(4);
    expect(rows.map((row) => texts(row, "value")[0])).toEqual(["5\u202F800", "5", "+24%", ">+40%"]);
    expect(texts(rows[2]!)).toContain("vs 2021");
    expect(texts(rows[3]!)).toContain("vs 2020");
    expect(desc(svg)).toMatch(/^Table of the key figures for 2022/);
  });

  it("says there is no data when there is none", () => {
    const svg = renderChartSvg([]);
    checkWellFormed(svg);
    expect(texts(svg)).toContain("No data");
    expect(desc(svg)).toBe("No data.");
  });
});

describe.each([
  ["small multiples", severalPeriods],
  ["key figures", onePeriod],
  ["no data", [] as ChartSeries[]],
])("every form (%s)", (_, series) => {
  const svg = renderChartSvg(series, { title: "DGSN figures" });

  it("is well-formed and self-contained", () => {
    const names = checkWellFormed(svg);
    expect(names[0]).toBe("svg");
    expect(rootAttributes(svg)).toContain('xmlns="http://www.w3.org/2000/svg"');
    expect(svg).not.toMatch(/<script|<style|<image|<foreignObject|@font-face|url\(|href=/);
  });

  it("has a text alternative: a title and a description the root is labelled by", () => {
    const names = checkWellFormed(svg);
    expect(names.slice(1, 3)).toEqual(["title", "desc"]);
    expect(rootAttributes(svg)).toContain('role="img"');
    expect(rootAttributes(svg)).toContain('aria-labelledby="chart-title chart-desc"');
    expect(svg).toContain('<title id="chart-title">DGSN figures</title>');
    expect(desc(svg).length).toBeGreaterThan(0);
  });

  it("is 360 px wide, to be shown at about its size on a 375 px phone, and draws inside its box", () => {
    expect(rootAttributes(svg)).toMatch(/ width="360" height="[\d.]+" viewBox="0 0 360 [\d.]+"/);
    const height = Number(/ height="([\d.]+)"/.exec(rootAttributes(svg))![1]);
    for (const m of svg.matchAll(/\s(x|x1|x2|cx)="(-?[\d.]+)"/g)) expect(Number(m[2])).toBeLessThanOrEqual(360);
    for (const m of svg.matchAll(/\s(y|y1|y2|cy)="(-?[\d.]+)"/g)) expect(Number(m[2])).toBeLessThanOrEqual(height);
    for (const m of svg.matchAll(/\s(x|y|x1|y1|x2|y2|cx|cy)="(-?[\d.]+)"/g)) expect(Number(m[2])).toBeGreaterThanOrEqual(0);
  });

  it("writes every number with at most 2 decimals", () => {
    for (const match of svg.matchAll(/\s(?:x|y|x1|y1|x2|y2|cx|cy|r|width|height|font-size)="([^"]*)"/g)) {
      expect(match[1]).toMatch(/^-?\d+(\.\d{1,2})?$|^100%$/);
    }
  });
});

describe("labels", () => {
  it("are escaped, in the title, the panels, the figure table and the description", () => {
    for (const svg of [renderChartSvg(severalPeriods, { title: `A & B <c> "d" 'e'` }), renderChartSvg(onePeriod, { title: `A & B <c> "d" 'e'` })]) {
      checkWellFormed(svg);
      expect(svg).toContain("A &amp; B &lt;c&gt; &quot;d&quot; &#39;e&#39;");
      expect(svg).toContain("Files &amp; requests &lt;processed&gt;");
      expect(svg).not.toContain("<processed>");
      expect(desc(svg)).toContain("Files & requests <processed>");
    }
  });

  it("keep Arabic in a right-to-left embedding, so its quotes stay at its ends", () => {
    const svg = renderChartSvg(severalPeriods);
    expect(svg).toContain('xml:lang="ar" fill="#1f2328">\u202Bعمليات &quot;أنتربول&quot;\u202C</text>');
  });
});

describe("the text alternative", () => {
  it("lists every figure of every panel, with its period, qualifier and unit, and says what is missing", () => {
    const text = desc(renderChartSvg(severalPeriods));
    expect(text).toContain("Files & requests <processed> (ملفات وطلبات معلومات; files): 2020: more than 4\u202F140; 2021: about 2\u202F900; 2022: 5\u202F800.");
    expect(text).toContain("Interpol operations (عمليات \"أنتربول\"; operations): 2022: 5.");
    const gap = desc(renderChartSvg([{ ...operations, points: [{ period: "2019", value: 1, qualifier: "" }, { period: "2022", value: 5, qualifier: "" }] }]));
    expect(gap).toContain("2019: 1; 2020: no figure; 2021: no figure; 2022: 5.");
  });
});

describe("determinism", () => {
  it("gives the same bytes for the same figures, whatever their order, and leaves the input alone", () => {
    const input = structuredClone(severalPeriods);
    const svg = renderChartSvg(input);
    expect(input).toEqual(severalPeriods);
    expect(renderChartSvg(structuredClone(severalPeriods))).toBe(svg);
    const reordered = severalPeriods.map((s) => ({ ...s, points: [...s.points].reverse() }));
    expect(renderChartSvg(reordered)).toBe(svg);
  });

  it("lays out any mix of years, half-years, quarters and qualifiers within its box, deterministically", () => {
    const period = fc
      .tuple(fc.integer({ min: 2010, max: 2024 }), fc.constantFrom<null | ["H", number] | ["Q", number]>(null, ["H", 1], ["H", 2], ["Q", 1], ["Q", 3]))
      .map(([year, part]) => formatPeriod({ year, part: part === null ? null : { kind: part[0], index: part[1] } }));
    const point = fc.record({
      period,
      value: fc.oneof(fc.integer({ min: -50, max: 100_000 }), fc.double({ min: -99, max: 500, noNaN: true, noDefaultInfinity: true }).map((v) => Math.round(v * 10) / 10)),
      qualifier: fc.constantFrom("", "gt", "gte", "lt", "lte", "approx" as const),
    });
    const series = fc.array(
      fc.record({
        indicatorId: fc.constantFrom("a", "b", "c"),
        label: fc.string({ maxLength: 80 }),
        labelAr: fc.constantFrom("ملفات", "عمليات \"أنتربول\"", ""),
        unit: fc.constantFrom("files", "percent"),
        kind: fc.constantFrom("count", "percent_change" as const),
        points: fc.array(point, { maxLength: 12 }),
      }),
      { maxLength: 5 },
    );
    fc.assert(
      fc.property(series, (input) => {
        const svg = renderChartSvg(input);
        expect(renderChartSvg(structuredClone(input))).toBe(svg);
        checkWellFormed(svg);
        expect(svg).not.toMatch(/NaN|Infinity|undefined/);
        const root = rootAttributes(svg);
        const width = Number(/ width="([\d.]+)"/.exec(root)![1]);
        const height = Number(/ height="([\d.]+)"/.exec(root)![1]);
        for (const m of svg.matchAll(/\s(x|x1|x2|cx)="(-?[\d.]+)"/g)) expect(Number(m[2])).toBeLessThanOrEqual(width);
        for (const m of svg.matchAll(/\s(y|y1|y2|cy)="(-?[\d.]+)"/g)) expect(Number(m[2])).toBeLessThanOrEqual(height);
        // Every period with a figure is in the text alternative.
        for (const p of input.flatMap((s) => s.points)) expect(desc(svg)).toContain(p.period);
        if (chartForm(input) === "small-multiples") {
          expect(panels(svg)).toHaveLength(input.length);
          expect(panels(svg).flatMap(marks).length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 60 },
    );
  });
});

describe("columns", () => {
  it("puts panels side by side on request, for a wide page", () => {
    const svg = renderChartSvg([files, operations, { ...files, indicatorId: "third" }], { columns: 3 });
    expect(rootAttributes(svg)).toMatch(/ width="1060"/);
    const tops = panels(svg).map((p) => Number(/<rect x="[\d.]+" y="([\d.]+)"/.exec(p)![1]));
    expect(new Set(tops).size).toBe(1);
  });
});
