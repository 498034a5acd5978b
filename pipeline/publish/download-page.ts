// output/index.html: the download page, built from the published files themselves (the latest version's
// tables and JSON-LD, every version's files with their sizes and hashes), so that it shows what users get.
import type { Catalogue } from "../catalogue/load.ts";
import { sha256 } from "../lib/hash.ts";
import type { VersionHistory } from "../types/versions.ts";
import { fileKinds, kindIndex } from "./file-kinds.ts";
import { type FileTree, subtree } from "./file-tree.ts";
import { type PageFile, type PageInput, type PageObservation, type PageQualifier, renderIndexPage } from "./page.ts";
import { latestDir } from "./plan-output.ts";
import { loadTableSchema, type TableName, tableNames } from "./table-schemas.ts";
import { changeLines } from "./versions/changelog.ts";
import { chartFile, citationOf } from "./version-files.ts";

type JsonRow = Record<string, string | number | boolean | null>;

/** The page previews at most this many observations (each with its quote): the files hold them all. */
export const previewLimit = 500;

const titles = new Map<string, string>(tableNames.map((name: TableName) => [name, loadTableSchema(name).title]));

function describe(path: string): { format: string; label: string } {
  const table = path.replace(/^excel\//, "").replace(/\.(csv|json)$/, "");
  const kind = fileKinds[kindIndex(path)];
  return kind ? { format: kind.format, label: kind.label(titles.get(table) ?? table) } : { format: "File", label: path };
}

function filesOf(tree: FileTree, version: string): PageFile[] {
  return [...subtree(tree, version)]
    .map(([path, bytes]) => ({ path: `${version}/${path}`, ...describe(path), bytes: bytes.length, sha256: sha256(bytes) }))
    .sort((a, b) => kindIndex(a.path.slice(version.length + 1)) - kindIndex(b.path.slice(version.length + 1)) || (a.path < b.path ? -1 : 1));
}

const json = <T>(tree: FileTree, path: string): T => JSON.parse(tree.get(path)?.toString("utf8") ?? "null") as T;
const text = (cell: unknown) => (cell === null || cell === undefined ? null : String(cell));

function observationsOf(tree: FileTree): PageObservation[] {
  const indicators = new Map(json<JsonRow[]>(tree, `${latestDir}/indicators.json`).map((i) => [i.indicator_id, i]));
  const sources = new Map(json<JsonRow[]>(tree, `${latestDir}/sources.json`).map((s) => [s.source_id, s]));
  return json<JsonRow[]>(tree, `${latestDir}/observations.json`).map((o) => ({
    observation_id: String(o.observation_id),
    indicator_id: String(o.indicator_id),
    label_en: String(indicators.get(o.indicator_id)?.label_en ?? o.indicator_id),
    label_ar: String(indicators.get(o.indicator_id)?.label_ar ?? ""),
    period: String(o.period),
    base_period: text(o.base_period),
    value: Number(o.value),
    qualifier: (o.qualifier ?? "") as PageQualifier,
    unit: String(o.unit),
    quote: String(o.quote),
    source_id: String(o.source_id),
    source_title: text(sources.get(o.source_id)?.title),
    source_url: text(sources.get(o.source_id)?.url),
    start: Number(o.start),
    end: Number(o.end),
    line: Number(o.line),
    column: Number(o.column),
  }));
}

export function buildDownloadPage(history: VersionHistory, tree: FileTree, catalogue: Catalogue): FileTree {
  const meta = catalogue.dataset;
  const newestFirst = [...history.versions].reverse();
  const observations = observationsOf(tree);
  const latest = newestFirst[0]!;
  const input: PageInput = {
    title: meta.title,
    description: meta.description,
    licence: meta.licence,
    citation: citationOf(catalogue, latest),
    versions: newestFirst.map((v) => ({ version: v.version, date: v.date, summary: v.summary, changes: changeLines(v).map((line) => line.replace(/^- /, "")), files: filesOf(tree, v.version) })),
    observations: observations.slice(0, previewLimit),
    observationTotal: observations.length,
    sources: json<JsonRow[]>(tree, `${latestDir}/sources.json`).map((s) => ({
      source_id: String(s.source_id),
      title: text(s.title),
      publisher: text(s.publisher),
      url: text(s.url),
      published: text(s.published),
      retrieved: text(s.retrieved),
      reference_period: String(s.reference_period),
      notes: text(s.notes),
    })),
    chartPath: `${latestDir}/${chartFile}`,
    jsonLd: json<object>(tree, `${latestDir}/dataset.jsonld`),
  };
  return new Map([["index.html", Buffer.from(renderIndexPage(input), "utf8")]]);
}
