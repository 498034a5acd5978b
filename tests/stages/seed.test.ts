// The seed article (the fixture copy in tests/fixtures/raw), end to end: every quantity it states is published
// with its exact quote.
import { describe, expect, it } from "vitest";
import { seedFigures, seedPeriod } from "../fixtures/seed-figures.ts";
import { runPipeline, seedId } from "../helpers/pipeline.ts";

const { ingested, extracted, validated, derived } = await runPipeline();
const source = extracted[0]!;
const byIndicator = (id: string, base: string | null = null) => validated.observations.find((o) => o.indicator_id === id && o.base_period === base);

describe("the seed article", () => {
  it.each(seedFigures.map((f) => [f.indicator, f.base, f.value, f.qualifier, f.quote] as const))("states %s (base %s) = %s, quoted exactly", (indicator, base, value, qualifier, quote) => {
    const o = byIndicator(indicator, base);
    expect(o).toMatchObject({ source_id: seedId, period: seedPeriod, value, qualifier, quote });
    expect(source.text.slice(o!.start, o!.end)).toBe(quote);
  });

  it("yields exactly these observations", () => {
    expect(validated.observations).toHaveLength(seedFigures.length);
  });

  it("mentions four calendar years, accounted for as years", () => {
    const years = source.mentions.filter((m) => m.kind === "year");
    expect(years.map((m) => [m.value, m.status])).toEqual([[2022, "year"], [2021, "year"], [2020, "year"], [2022, "year"]]);
  });

  it("accounts for every number it holds", () => {
    expect(source.mentions).toHaveLength(18);
    expect(source.mentions.filter((m) => m.status === "unaccounted")).toEqual([]);
    expect(validated.warnings).toEqual([]);
  });

  it("sets the page cruft aside: the hashtag line and the back-to-top button", () => {
    const cruft = ingested[0]!.cruft.map((line) => [line.rule, source.text.slice(line.start, line.end)]);
    expect(cruft).toEqual([
      ["hashtag_line", "#حصيلة #الأمن #المغربي #في #التعاون #الدولي"],
      ["page_navigation", "زر الذهاب إلى الأعلى"],
    ]);
    const lastSentence = ingested[0]!.sentences.at(-1)!;
    expect(source.text.slice(lastSentence.start, lastSentence.end)).toMatch(/على الصعيد العربي\.$/);
  });

  it("derives the 2021 files from +24 %, with the interval the rounding of 24 allows", () => {
    const row = derived.derived.find((d) => d.derived_id === "files_processed_implied_base" && d.period === "2021")!;
    expect(row.value).toBeCloseTo(5800 / 1.24, 3);
    expect(row.lower).toBeCloseTo(5800 / 1.245, 3);
    expect(row.upper).toBeCloseTo(5800 / 1.235, 3);
  });

  it("derives the bound on 2020 that 'more than 40 %' implies", () => {
    expect(derived.derived.find((d) => d.derived_id === "files_processed_implied_base" && d.period === "2020")).toMatchObject({ qualifier: "lt", lower: null, upper: Number((5800 / 1.4).toFixed(4)) });
  });

  it.each([
    ["moroccan_share_of_wanted_arrested", (100 * 71) / 119],
    ["arrests_per_warrant", 119 / 106],
    ["national_to_arab_search_notices", 3362 / 380],
    ["international_cancellations_per_national_notice", 2169 / 3362],
    ["arab_cancellations_per_arab_notice", 347 / 380],
  ])("derives %s", (id, value) => {
    expect(derived.derived.find((d) => d.derived_id === id)!.value).toBe(Number(value.toFixed(4)));
  });
});
