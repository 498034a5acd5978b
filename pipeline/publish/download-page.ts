// The download pages (index.html in English, index.fr.html, index.ar.html), built from what is published (the
// latest version's tables and JSON-LD, every version's files with their sizes and hashes), so that they show
// what users get. The planner gives them the tables it has just built and checked to be the latest version's.
import type { Catalogue } from "../catalogue/load.ts";
import { sha256 } from "../lib/hash.ts";
import { utf8Bytes } from "../lib/utf8.ts";
import type { VersionHistory } from "../types/versions.ts";
import { type FileTree, subtree } from "./file-tree.ts";
import { languages, pageFile } from "./i18n/languages.ts";
import { type PageFile, type PageInput, renderIndexPage } from "./page.ts";
import { latestDir } from "../output/layout.ts";
import { readerData, type PublishedRows } from "./reader/data.ts";
import { tableTitles } from "./table-schemas.ts";
import { chartFile, citationOf } from "./version-files.ts";

/** The pages show the sentences of at most this many observations: the files hold them all. */
export const previewLimit = 500;

/** What the pages show of the published output: the latest version's tables and JSON-LD, and every version's files. */
export interface PublishedView {
  rows: PublishedRows;
  jsonLd: object;
  /** The files of a version, with paths in the output folder ("1.0.0/observations.csv"), sizes and hashes. */
  files(version: string): PageFile[];
  hasLatestChart: boolean;
}

/** The view of a whole output tree in memory: the latest version's tables read from latest/. */
export function viewOfTree(tree: FileTree): PublishedView {
  const json = <T>(path: string, fallback: T): T => {
    const bytes = tree.get(path);
    return bytes ? (JSON.parse(bytes.toString("utf8")) as T) : fallback;
  };
  return {
    rows: {
      observations: json(`${latestDir}/observations.json`, []),
      derived: json(`${latestDir}/derived.json`, []),
      indicators: json(`${latestDir}/indicators.json`, []),
      categories: json(`${latestDir}/categories.json`, []),
      sources: json(`${latestDir}/sources.json`, []),
    },
    jsonLd: json<object>(`${latestDir}/dataset.jsonld`, {}),
    files: (version) => [...subtree(tree, version)].map(([path, bytes]) => ({ path: `${version}/${path}`, bytes: bytes.length, sha256: sha256(bytes) })),
    hasLatestChart: tree.has(`${latestDir}/${chartFile}`),
  };
}

/**
 * Each page's renderer, by file name: a page is rendered when asked, so that a caller holds one at a time (at
 * 10,000 sources each is about 14 MB, as a string and again as bytes).
 */
export function downloadPageRenderers(history: VersionHistory, view: PublishedView, catalogue: Catalogue): Map<string, () => Buffer> {
  const meta = catalogue.dataset;
  const newestFirst = [...history.versions].reverse();
  const latest = newestFirst[0]!;
  const input: PageInput = {
    title: meta.title,
    description: meta.description,
    licence: meta.licence,
    citation: citationOf(catalogue, latest),
    limits: meta.limits,
    data: readerData(view.rows, catalogue.units.units),
    tableTitles: tableTitles(),
    quoteLimit: previewLimit,
    versions: newestFirst.map((v) => ({ version: v.version, date: v.date, bump: v.bump, changes: v.changes, files: view.files(v.version) })),
    chartPath: view.hasLatestChart ? `${latestDir}/${chartFile}` : null,
    jsonLd: view.jsonLd,
  };
  return new Map(languages.map((lang) => [pageFile[lang], () => utf8Bytes(renderIndexPage(input, lang))]));
}

export function buildDownloadPage(history: VersionHistory, tree: FileTree, catalogue: Catalogue): FileTree {
  return new Map([...downloadPageRenderers(history, viewOfTree(tree), catalogue)].map(([name, render]) => [name, render()]));
}
