// Scores the pipeline on annotated articles (tests/fixtures/articles/README.md): each article is put beside the
// seed in a scratch raw/ and run the default way (ingest → extract → validate, no --strict); each annotated
// figure is then right (published, or restating what is published, with the right value, indicator, period,
// category and base period), wrong (published otherwise), or missing (held back or unaccounted); a number
// published that the annotation does not call a figure of a tracked indicator is invented.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Catalogue } from "../../pipeline/catalogue/load.ts";
import { listRawSources, readRawSources } from "../../pipeline/io/raw-sources.ts";
import { extract } from "../../pipeline/stages/extract.ts";
import { ingest } from "../../pipeline/stages/ingest.ts";
import { validate } from "../../pipeline/stages/validate.ts";
import type { AccountedMention } from "../../pipeline/types/mention.ts";
import type { Observation } from "../../pipeline/types/observation.ts";
import { fixtureRawDir, seedId } from "./pipeline.ts";

export interface AnnotatedFigure {
  at: string;
  occurrence?: number;
  value: number;
  qualifier: string | null;
  indicator: string | null;
  period: string;
  base_period: string | null;
  category: string | null;
  note?: string;
}

export interface Annotation {
  source_id: string;
  figures: AnnotatedFigure[];
  not_figures: Array<{ at: string; occurrence?: number; why: string }>;
}

export type Verdict = "right" | "wrong" | "missing";

export interface FigureScore {
  figure: AnnotatedFigure;
  verdict: Verdict;
  /** What the pipeline made of it. */
  got: string;
}

export interface ArticleScore {
  id: string;
  figures: FigureScore[];
  /** Published numbers the annotation does not give as figures of a tracked indicator. */
  invented: string[];
}

export const articlesDir = join(import.meta.dirname, "..", "fixtures", "articles");

export function articleIds(dir = articlesDir): string[] {
  return readdirSync(dir).filter((n) => n.endsWith(".expected.json")).map((n) => n.slice(0, -".expected.json".length)).sort();
}

/** Offset of the n-th occurrence of `at` (searching on from one character after the previous match). */
function offsetOf(text: string, at: string, occurrence = 1): number {
  let offset = -1;
  for (let n = 0; n < occurrence; n++) {
    offset = text.indexOf(at, offset + 1);
    if (offset < 0) throw new Error(`"${at}" does not occur ${occurrence} times`);
  }
  return offset;
}

const keyOf = (o: Pick<Observation, "indicator_id" | "period" | "category" | "base_period">) => `${o.indicator_id}|${o.period}|${o.category ?? ""}|${o.base_period ?? ""}`;
const published = (m: AccountedMention) => m.status === "observation" || m.status === "restatement";

function judge(figure: AnnotatedFigure, mention: AccountedMention | undefined, observations: ReadonlyMap<string, Observation>): FigureScore {
  if (!mention) return { figure, verdict: "missing", got: "no number recognised there" };
  if (!published(mention)) return { figure, verdict: "missing", got: `${mention.status}: ${mention.reason ?? ""}` };
  const observation = observations.get(mention.observation_id!)!;
  const got = `${mention.status} ${observation.observation_id} (${mention.text})`;
  const expectedKey = keyOf({ indicator_id: figure.indicator ?? "", period: figure.period, category: figure.category, base_period: figure.base_period });
  if (keyOf(observation) !== expectedKey) return { figure, verdict: "wrong", got };
  // A restatement has its own value (the rounded headline); a change's mention is unsigned, unless written with its sign ("-25%").
  const value = mention.status === "observation" ? observation.value : mention.value < 0 ? mention.value : Math.sign(figure.value) * mention.value;
  const qualifier = mention.status === "observation" ? observation.qualifier : figure.qualifier;
  if (value !== figure.value || (qualifier ?? null) !== (figure.qualifier ?? null)) return { figure, verdict: "wrong", got: `${got}: ${qualifier ?? ""} ${value}` };
  return { figure, verdict: "right", got };
}

/**
 * One number annotated as several figures ("فألمانيا وهولندا (7 في المائة لكل منهما)": a share of each) is one
 * mention, published as one observation: when it is right for one of them, the others are missing, not wrong.
 */
function sharedMentions(scored: Array<{ score: FigureScore; mention: AccountedMention | undefined }>): FigureScore[] {
  const rightMentions = new Set(scored.filter((s) => s.score.verdict === "right").map((s) => s.mention));
  return scored.map(({ score, mention }) =>
    score.verdict === "wrong" && rightMentions.has(mention) ? { ...score, verdict: "missing", got: `published as another figure it is annotated as (${score.got})` } : score,
  );
}

/** Runs one article beside the seed and scores it. */
export async function scoreArticle(id: string, catalogue: Catalogue, dir = articlesDir): Promise<ArticleScore> {
  const raw = join(mkdtempSync(join(tmpdir(), "article-")), "raw");
  try {
    cpSync(fixtureRawDir, raw, { recursive: true });
    for (const suffix of [".txt", ".source.json"]) cpSync(join(dir, id + suffix), join(raw, id + suffix));
    const sources = await readRawSources(await listRawSources(raw));
    const extracted = sources.map((s) => extract(ingest(s, catalogue, { today: "2100-01-01" }), catalogue));
    const validated = validate(extracted, catalogue);
    const annotation = JSON.parse(readFileSync(join(dir, `${id}.expected.json`), "utf8")) as Annotation;
    const text = extracted.find((s) => s.id === id)!.text;
    const mentions = validated.mentions.filter((m) => m.source_id === id);
    const observations = new Map(validated.observations.map((o) => [o.observation_id, o]));
    const mentionAt = (at: string, occurrence?: number) => {
      const offset = offsetOf(text, at, occurrence);
      // The mention that overlaps the annotation, its qualifier word included ("ناهز 23 في المائة" for an annotation at "23").
      return mentions.find((m) => m.start < offset + at.length && m.end > offset);
    };
    const tracked = annotation.figures.filter((f) => f.indicator !== null);
    const figures = sharedMentions(tracked.map((figure) => ({ score: judge(figure, mentionAt(figure.at, figure.occurrence), observations), mention: mentionAt(figure.at, figure.occurrence) })));
    const expected = new Set(tracked.map((f) => mentionAt(f.at, f.occurrence)).filter((m) => m !== undefined));
    // One entry may hold the number twice ("مائة وتسعة عشر (119) مطلوبا": words and digits, one figure): the second
    // form inside its `at`, restating the same observation, is that entry's figure again, not an invented one.
    const withinEntry = (m: AccountedMention) =>
      tracked.some((f) => {
        const first = mentionAt(f.at, f.occurrence);
        const offset = offsetOf(text, f.at, f.occurrence);
        return first !== undefined && first !== m && m.start >= offset && m.end <= offset + f.at.length && m.observation_id === first.observation_id;
      });
    const invented = mentions.filter((m) => published(m) && !expected.has(m) && !withinEntry(m)).map((m) => `${m.text} (${m.line}:${m.column}) → ${m.observation_id}`);
    // The seed's own figures must stay published (as observations, or restating a more precise figure of another source).
    for (const m of validated.mentions.filter((m) => m.source_id === seedId && !published(m) && (m.kind === "number" || m.kind === "percent"))) {
      invented.push(`seed: ${m.text} is now ${m.status}: ${m.reason}`);
    }
    return { id, figures, invented };
  } finally {
    rmSync(join(raw, ".."), { recursive: true, force: true });
  }
}

/** Which indicators the issue calls "catalogued" (the seed's) and which "other kinds". */
export const seedIndicators = new Set([
  "files_processed", "files_processed_pct_change", "interpol_multilateral_operations", "controlled_deliveries", "foreigners_arrested_for_us",
  "letters_rogatory", "international_arrest_warrants", "wanted_persons_arrested", "moroccan_citizens_arrested_abroad", "national_search_notices",
  "arab_search_notices", "international_search_cancellations", "arab_search_cancellations",
]);

export function summarise(scores: readonly ArticleScore[]) {
  const all = scores.flatMap((s) => s.figures);
  const part = (seed: boolean) => {
    const figures = all.filter((f) => seedIndicators.has(f.figure.indicator!) === seed);
    const count = (v: Verdict) => figures.filter((f) => f.verdict === v).length;
    return { total: figures.length, right: count("right"), wrong: count("wrong"), missing: count("missing") };
  };
  return { catalogued: part(true), other: part(false), invented: scores.flatMap((s) => s.invented.map((i) => `${s.id}: ${i}`)) };
}
