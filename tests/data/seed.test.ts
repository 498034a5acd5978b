// The seed article never changes, and the dataset keeps publishing its figures: raw/ holds it byte for byte as
// the fixture copy the stage tests use, and output/latest publishes each of its figures with its exact quote.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { seedFigures, seedPeriod } from "../fixtures/seed-figures.ts";
import { fixtureRawDir, seedId } from "../helpers/pipeline.ts";
import { readCsv, repoOutput, repoRaw } from "./real-data.ts";

describe("the seed", () => {
  it.each([".txt", ".source.json"])("is in raw/ byte for byte as in tests/fixtures/raw (%s)", (suffix) => {
    expect(readFileSync(join(repoRaw, seedId + suffix)).equals(readFileSync(join(fixtureRawDir, seedId + suffix)))).toBe(true);
  });

  const text = readFileSync(join(repoRaw, `${seedId}.txt`), "utf8");
  const observations = readCsv(join(repoOutput, "latest", "observations.csv")).filter((row) => row.source_id === seedId);

  it.each(seedFigures.map((f) => [f.indicator, f.base, f] as const))("has %s (base %s) published with its quote", (_, __, figure) => {
    const row = observations.find((o) => o.indicator_id === figure.indicator && o.base_period === (figure.base ?? ""));
    expect(row).toMatchObject({ period: seedPeriod, value: String(figure.value), qualifier: figure.qualifier ?? "", quote: figure.quote });
    expect(text.slice(Number(row!.start), Number(row!.end))).toBe(figure.quote);
  });
});
