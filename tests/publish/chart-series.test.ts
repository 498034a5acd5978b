// The chart from observations (built as the extract stage makes them): several years and half-years, gaps,
// qualifiers, percentage changes against different base periods, a breakdown by category.
import { describe, expect, it } from "vitest";
import { renderChartSvg } from "../../pipeline/publish/chart.ts";
import { loadCatalogue } from "../../pipeline/catalogue/load.ts";
import { roundingRanges } from "../../pipeline/publish/chart/ranges.ts";
import { seriesFromObservations } from "../../pipeline/publish/chart/series.ts";
import type { Indicator } from "../../pipeline/types/catalogue-indicators.ts";
import { observation } from "../fixtures/observations.ts";
import { checkWellFormed, desc, lines, marks, panels, texts, tickLabels, unescapeXml } from "./chart-svg.ts";

const indicator = (id: string, unit: string, extra: Partial<Indicator> = {}): Indicator => ({
  id,
  label: { en: `label of ${id}`, ar: `تسمية ${id}`, fr: `libellé de ${id}` },
  description: `what ${id} counts`,
  unit,
  kind: "count",
  ...extra,
});

const indicators: Indicator[] = [
  indicator("files", "files"),
  indicator("files_change", "percent", { kind: "percent_change", change_of: "files" }),
  indicator("partner_share", "percent"),
  indicator("training_share", "percent"),
  indicator("handed_over", "persons"),
];

const observations = [
  ...[
    ["2016", 4100, null],
    ["2017", 4400, "approx"],
    ["2019", 5000, "gt"],
    ["2020", 5100, null],
    ["2021", 5600, null],
    ["2022", 5800, null],
    ["2016-H1", 2000, null],
    ["2016-H2", 2100, null],
    ["2017-H1", 2300, null],
  ].map(([period, value, qualifier]) => observation({ indicator_id: "files", period: period as string, value: value as number, qualifier: qualifier as "gt" | "approx" | null })),
  // A second source stating the same figure: one point, not two.
  observation({ indicator_id: "files", period: "2022", value: 5800, source_id: "s2" }),
  observation({ indicator_id: "files_change", period: "2022", base_period: "2021", value: 24 }),
  observation({ indicator_id: "files_change", period: "2021", base_period: "2020", value: -3.5, decimals: 1 }),
  observation({ indicator_id: "files_change", period: "2022", base_period: "2020", value: 40, qualifier: "gt" }),
  observation({ indicator_id: "files_change", period: "2017-H1", base_period: "2016-H1", value: 15 }),
  ...[
    ["FR", "2021", 12],
    ["ES", "2021", 30],
    ["ES", "2022", 33],
    ["FR", "2022", 9],
  ].map(([category, period, value]) => observation({ indicator_id: "partner_share", breakdown: "partner_country", category: category as string, period: period as string, value: value as number })),
  observation({ indicator_id: "training_share", period: "2021", value: 2 }),
  observation({ indicator_id: "training_share", period: "2022", value: 1 }),
  observation({ indicator_id: "handed_over", period: "2020", value: 10, qualifier: "lt" }),
  observation({ indicator_id: "handed_over", period: "2022", value: 3 }),
];

const rangeOf = roundingRanges(loadCatalogue().rounding);
const series = seriesFromObservations(indicators, observations, { rangeOf });
const svg = renderChartSvg(series, { title: "Fixture" });
const drawn = panels(svg);
const panelOf = (indicatorId: string, extra = "") => {
  const index = series.findIndex((s) => s.indicatorId === indicatorId && (extra === "" || s.category === extra || s.comparison === extra));
  return drawn[index]!;
};
const markOf = (panel: string, period: string) => marks(panel).find((m) => m.period === period)!;

describe("series from observations", () => {
  it("says \"previous year\" when every change compares a year with the one before", () => {
    const yearly = seriesFromObservations(indicators, observations.filter((o) => o.period !== "2017-H1"), { rangeOf });
    expect(yearly.map((s) => s.comparison).filter(Boolean)).toEqual(["change on the previous year", "change on 2 years earlier"]);
  });

  it("has one series per indicator, per category of a breakdown and per kind of comparison, in catalogue order", () => {
    expect(series.map((s) => [s.indicatorId, s.category ?? "", s.comparison ?? ""])).toEqual([
      ["files", "", ""],
      // Half-years and years compared with a year earlier are one kind of comparison.
      ["files_change", "", "change on the same period a year earlier"],
      ["files_change", "", "change on 2 years earlier"],
      ["partner_share", "ES", ""],
      ["partner_share", "FR", ""],
      ["training_share", "", ""],
      ["handed_over", "", ""],
    ]);
  });

  it("keeps one point per period when several sources state the same figure", () => {
    expect(series[0]!.points.filter((p) => p.period === "2022")).toHaveLength(1);
    expect(series[0]!.points).toHaveLength(9);
  });

  it("gives a percentage and a rounded count the range their rounding allows, as validate reads it, and an exact count or a bound none", () => {
    const change = series.find((s) => s.comparison === "change on the same period a year earlier")!;
    expect(change.points.find((p) => p.period === "2022")).toMatchObject({ value: 24, lower: 23.5, upper: 24.5, basePeriod: "2021" });
    const decrease = change.points.find((p) => p.period === "2021")!;
    expect(decrease.lower).toBeCloseTo(-3.55, 10);
    expect(decrease.upper).toBeCloseTo(-3.45, 10);
    const bound = series.find((s) => s.comparison === "change on 2 years earlier")!.points[0]!;
    expect(bound).toMatchObject({ qualifier: "gt" });
    expect(bound.lower).toBeUndefined();
    // An exact count is a point; "about 4,400" is rounded to its last non-zero digit (pipeline/catalogue/rounding.json).
    expect(series[0]!.points.filter((p) => p.qualifier !== "approx").every((p) => p.lower === undefined && p.upper === undefined)).toBe(true);
    expect(series[0]!.points.find((p) => p.qualifier === "approx")).toMatchObject({ value: 4400, lower: 4350, upper: 4450 });
  });
});

describe("category names", () => {
  it("name a breakdown's panels by the catalogue's labels where given, by the code otherwise", () => {
    const names = { ES: { en: "Spain", ar: "إسبانيا" } } as Record<string, { en: string; ar: string }>;
    const named = seriesFromObservations(indicators, observations, { rangeOf, categoryLabels: (breakdown, category) => (breakdown === "partner_country" ? names[category] : undefined) });
    const svg = renderChartSvg(named);
    const [es, fr] = [named.findIndex((s) => s.category === "ES"), named.findIndex((s) => s.category === "FR")].map((i) => panels(svg)[i]!);
    expect(texts(es!)).toContain("label of partner_share: Spain");
    expect(texts(es!)).toContain("\u202Bتسمية partner_share: إسبانيا\u202C");
    expect(texts(fr!)).toContain("label of partner_share: FR");
    expect(desc(svg)).toContain("label of partner_share: Spain (تسمية partner_share: إسبانيا; percent)");
  });
});

describe("small multiples from several years and half-years", () => {
  it("is well-formed, one panel per series", () => {
    checkWellFormed(svg);
    expect(drawn).toHaveLength(series.length);
  });

  it("puts every panel on one period axis: the same period has the same x in every panel", () => {
    const x2021 = drawn.map((p) => marks(p).find((m) => m.period === "2021")?.x).filter((x) => x !== undefined);
    expect(x2021.length).toBeGreaterThan(3);
    expect(new Set(x2021).size).toBe(1);
  });

  it("places half-years within their year, between the years around them", () => {
    const files = panelOf("files");
    const [h1, year, h2, next, nextH1] = ["2016-H1", "2016", "2016-H2", "2017", "2017-H1"].map((p) => markOf(files, p));
    const band = next!.x - year!.x;
    expect(band).toBeGreaterThan(0);
    expect(h1!.x).toBeCloseTo(year!.x - band / 4, 1);
    expect(h2!.x).toBeCloseTo(year!.x + band / 4, 1);
    expect(nextH1!.x).toBeCloseTo(next!.x - band / 4, 1);
    expect([h1, h2, nextH1].map((m) => m!.shape)).toEqual(["diamond", "diamond", "diamond"]);
    expect([year, next].map((m) => m!.shape)).toEqual(["circle", "circle"]);
  });

  it("joins only consecutive periods of the same length: a missing period is a gap, a bound is not joined", () => {
    const files = panelOf("files");
    const runs = lines(files).map((run) => run.map(([x]) => marks(files).find((m) => Math.abs(m.x - x) < 0.01)!.period));
    expect(runs).toEqual([
      ["2016", "2017"],
      ["2020", "2021", "2022"],
      ["2016-H1", "2016-H2", "2017-H1"],
    ]);
    expect(files).toMatch(/<polyline class="line" data-length="half"[^>]*stroke-dasharray=/);
    expect(files).not.toMatch(/<polyline class="line" data-length="year"[^>]*stroke-dasharray=/);
  });

  it("draws a bound as a hollow marker with an arrow towards where the figure lies, an approximation hollow", () => {
    const files = panelOf("files");
    const more = markOf(files, "2019");
    expect(more.hollow).toBe(true);
    expect(more.title).toBe("2019: more than 5\u202F000 files");
    const arrows = [...files.matchAll(/<path class="bound" d="M[\d.]+ [\d.]+L([\d.]+) ([\d.]+)L/g)].map((m) => ({ x: Number(m[1]), tip: Number(m[2]) }));
    expect(arrows).toHaveLength(1);
    expect(arrows[0]!.x).toBe(more.x);
    expect(arrows[0]!.tip).toBeLessThan(more.y);
    expect(markOf(files, "2017").hollow).toBe(true);
    expect(markOf(files, "2016").hollow).toBe(false);

    const handed = panelOf("handed_over");
    const less = markOf(handed, "2020");
    const down = /<path class="bound" d="M[\d.]+ [\d.]+L([\d.]+) ([\d.]+)L/.exec(handed)!;
    expect(Number(down[2])).toBeGreaterThan(less.y);
    expect(texts(handed, "value")).toContain("<10");
  });

  it("draws the range of a rounded percentage as a whisker, to scale", () => {
    const training = panelOf("training_share");
    const [one, two] = ["2022", "2021"].map((p) => markOf(training, p));
    const whiskers = [...training.matchAll(/<line class="interval" x1="([\d.]+)" y1="([\d.]+)" x2="([\d.]+)" y2="([\d.]+)"/g)].map((m) => m.slice(1).map(Number));
    const verticals = whiskers.filter(([x1, , x2]) => x1 === x2);
    expect(verticals).toHaveLength(2);
    // Each range is one unit wide (±0.5), as far as the markers of 1 % and 2 % are apart.
    for (const [, y1, , y2] of verticals) expect(Math.abs(y1! - y2!)).toBeCloseTo(Math.abs(one!.y - two!.y), 1);
    // A range narrower than its marker (24 ± 0.5 on a scale to 40) is not drawn.
    expect(panelOf("files_change", "change on the same period a year earlier")).not.toContain('class="interval"');
  });

  it("gives each panel its own scale, and the categories of one breakdown the same one", () => {
    const filesTicks = tickLabels(panelOf("files")).map((t) => Number(t.replace(/\u202F/g, "")));
    expect(Math.max(...filesTicks)).toBeGreaterThanOrEqual(5800);
    expect(Math.max(...filesTicks)).toBeLessThan(2 * 5800);
    expect(tickLabels(panelOf("training_share"))).not.toEqual(tickLabels(panelOf("files")));
    expect(tickLabels(panelOf("partner_share", "ES"))).toEqual(tickLabels(panelOf("partner_share", "FR")));
    const es = panelOf("partner_share", "ES");
    const fr = panelOf("partner_share", "FR");
    // Same scale: 12 % in France sits lower than 30 % in Spain by the same measure.
    expect(markOf(fr, "2021").y).toBeGreaterThan(markOf(es, "2021").y);
  });

  it("draws a decrease below a zero line, its label under it", () => {
    const change = panelOf("files_change", "change on the same period a year earlier");
    expect(tickLabels(change)).toContain("0");
    expect(change).toMatch(/stroke="#8c959f" stroke-width="1.2"/);
    const decrease = markOf(change, "2021");
    const label = [...change.matchAll(/<text x="[\d.]+" y="([\d.]+)" class="value"[^>]*>([^<]*)<\/text>/g)].find((m) => m[2] === "\u22123.5%")!;
    expect(Number(label[1])).toBeGreaterThan(decrease.y);
    expect(texts(change, "value")).toContain("+24%");
  });

  it("labels values directly, the latest first, leaving out a label that would overlap another", () => {
    expect(texts(panelOf("partner_share", "ES"), "value")).toEqual(["30%", "33%"]);
    const files = panelOf("files");
    const labels = [...files.matchAll(/<text x="([\d.]+)" y="([\d.]+)" class="value"[^>]*>([^<]*)<\/text>/g)].map((m) => ({ x: Number(m[1]), y: Number(m[2]), text: unescapeXml(m[3]!) }));
    expect(labels.map((l) => l.text)).toContain("5\u202F800");
    expect(labels.length).toBeGreaterThan(3);
    expect(labels.length).toBeLessThan(9);
    // No two labels overlap, by the renderer's own estimate of text width (0.6 em a character).
    for (const [i, a] of labels.entries()) {
      for (const b of labels.slice(i + 1)) {
        const apart = Math.abs(a.x - b.x) >= ((a.text.length + b.text.length) * 0.6 * 11) / 2 || Math.abs(a.y - b.y) >= 11;
        expect(apart, `${a.text} and ${b.text}`).toBe(true);
      }
    }
  });

  it("says in its text alternative which periods have no figure", () => {
    const text = desc(svg);
    expect(text).toContain("label of files (تسمية files; files): 2016: 4\u202F100; 2016-H1: 2\u202F000; 2016-H2: 2\u202F100; 2017: about 4\u202F400 (4\u202F350 to 4\u202F450); 2017-H1: 2\u202F300; 2018: no figure; 2019: more than 5\u202F000;");
    expect(text).toContain("label of files_change (تسمية files_change; percent, change on the same period a year earlier): 2017-H1: +15% (14.5 to 15.5) on 2016-H1; 2021: \u22123.5% (\u22123.55 to \u22123.45) on 2020; 2022: +24% (23.5 to 24.5) on 2021.");
    expect(text).toContain("label of handed_over (تسمية handed_over; persons): 2020: less than 10; 2021: no figure; 2022: 3.");
  });

  it("shows a legend of only the marks it uses", () => {
    const legend = svg.slice(svg.indexOf('<g class="legend">'), svg.indexOf("</g>", svg.indexOf('<g class="legend">')));
    const words = texts(legend).join(" ");
    expect(words).toContain("a half-year's figure");
    expect(words).not.toContain("a quarter's figure");
    expect(words).toContain("> more than");
    expect(words).toContain("< less than");
    expect(words).toContain("range");
  });
});
