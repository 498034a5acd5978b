// Extraction quality on the annotated articles (tests/fixtures/articles): each article run beside the seed the
// default way and scored as tests/extract/articles.test.ts scores it (the test asserts the floors; the benchmark
// reports each article's share of figures right, so a change that costs one article shows where).
import { performance } from "node:perf_hooks";
import { table } from "../lib/format.ts";

export interface ArticlesTask {
  task: "articles";
}

export interface ArticleRow {
  id: string;
  /** Annotated figures of tracked indicators. */
  figures: number;
  right: number;
  wrong: number;
  missing: number;
  invented: number;
}

export interface ArticlesRun {
  rows: ArticleRow[];
  summary: { catalogued: Totals; other: Totals; invented: number };
  ms: number;
}

interface Totals {
  total: number;
  right: number;
  wrong: number;
  missing: number;
}

export async function childArticles(_task: ArticlesTask): Promise<ArticlesRun> {
  const { loadCatalogue } = await import("../../../pipeline/catalogue/load.ts");
  const { articleIds, scoreArticle, summarise } = await import("../../helpers/article-score.ts");
  const catalogue = loadCatalogue();
  const start = performance.now();
  const scores = [];
  for (const id of articleIds()) scores.push(await scoreArticle(id, catalogue));
  const ms = performance.now() - start;
  const rows = scores.map((s) => {
    const count = (v: string) => s.figures.filter((f) => f.verdict === v).length;
    return { id: s.id, figures: s.figures.length, right: count("right"), wrong: count("wrong"), missing: count("missing"), invented: s.invented.length };
  });
  const summary = summarise(scores);
  return { rows, summary: { catalogued: summary.catalogued, other: summary.other, invented: summary.invented.length }, ms };
}

const percent = (part: number, whole: number) => (whole === 0 ? "–" : `${((100 * part) / whole).toFixed(1)} %`);

export function reportArticles(run: ArticlesRun): string[] {
  const { catalogued, other, invented } = run.summary;
  return [
    `Extraction on the ${run.rows.length} annotated articles (tests/fixtures/articles), each beside the seed, the default way; ${(run.ms / run.rows.length).toFixed(0)} ms per article`,
    table(
      ["article", "figures", "right", "share right", "wrong", "missing", "invented"],
      run.rows.map((r) => [r.id, String(r.figures), String(r.right), percent(r.right, r.figures), String(r.wrong), String(r.missing), String(r.invented)]),
    ),
    `seed's indicators: ${catalogued.right} of ${catalogued.total} right (${percent(catalogued.right, catalogued.total)}; goal ≥ 95 %), ${catalogued.wrong} wrong; other indicators: ${other.right} of ${other.total} right (${percent(other.right, other.total)}; goal ≥ 80 %), ${other.wrong} wrong; ${invented} invented (goal: 0 wrong, 0 invented)`,
  ];
}
