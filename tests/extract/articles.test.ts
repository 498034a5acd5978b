// The development set (tests/fixtures/articles): articles of the kind the project publishes, written without
// looking at the extraction code, each with the figures a careful reader takes from it. Each is run beside the
// seed, the default way; what the issue asks of articles the project has never seen is asserted here.
import { describe, expect, it } from "vitest";
import { loadCatalogue } from "../../pipeline/catalogue/load.ts";
import { articleIds, type ArticleScore, scoreArticle, summarise } from "../helpers/article-score.ts";

const catalogue = loadCatalogue();
const scores: ArticleScore[] = [];
for (const id of articleIds()) scores.push(await scoreArticle(id, catalogue));
const summary = summarise(scores);

const listed = (verdict: "wrong" | "missing") =>
  scores.flatMap((s) => s.figures.filter((f) => f.verdict === verdict).map((f) => `${s.id}: «${f.figure.at}» should be ${f.figure.indicator} ${f.figure.period} ${f.figure.value}; got ${f.got}`));

describe("articles the extraction was not written for", () => {
  it("publishes no figure with a wrong value, indicator or period", () => {
    expect(listed("wrong")).toEqual([]);
  });

  it("publishes nothing the annotation does not call a figure (page cruft, untracked counts), and keeps the seed's figures", () => {
    expect(summary.invented).toEqual([]);
  });

  it("publishes at least 95 % of the figures of the seed's indicators right", () => {
    expect(summary.catalogued.right / summary.catalogued.total, listed("missing").join("\n")).toBeGreaterThanOrEqual(0.95);
  });

  it("publishes at least 80 % of the figures of the other catalogued kinds right", () => {
    expect(summary.other.right / summary.other.total, listed("missing").join("\n")).toBeGreaterThanOrEqual(0.8);
  });
});
