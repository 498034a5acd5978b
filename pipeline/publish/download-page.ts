// The download pages (index.html in English, index.fr.html, index.ar.html), built from the published files
// themselves (the latest version's tables and JSON-LD, every version's files with their sizes and hashes),
// so that they show what users get.
import type { Catalogue } from "../catalogue/load.ts";
import { sha256 } from "../lib/hash.ts";
import type { VersionHistory } from "../types/versions.ts";
import { type FileTree, subtree } from "./file-tree.ts";
import { languages, pageFile } from "./i18n/languages.ts";
import { type PageFile, type PageInput, renderIndexPage } from "./page.ts";
import { latestDir } from "./plan-output.ts";
import { readerData, type PublishedRows } from "./reader/data.ts";
import { tableTitles } from "./table-schemas.ts";
import { chartFile, citationOf } from "./version-files.ts";

/** The pages show the sentences of at most this many observations: the files hold them all. */
export const previewLimit = 500;

function filesOf(tree: FileTree, version: string): PageFile[] {
  return [...subtree(tree, version)].map(([path, bytes]) => ({ path: `${version}/${path}`, bytes: bytes.length, sha256: sha256(bytes) }));
}

const json = <T>(tree: FileTree, path: string, fallback: T): T => {
  const bytes = tree.get(path);
  return bytes ? (JSON.parse(bytes.toString("utf8")) as T) : fallback;
};

export function buildDownloadPage(history: VersionHistory, tree: FileTree, catalogue: Catalogue): FileTree {
  const meta = catalogue.dataset;
  const newestFirst = [...history.versions].reverse();
  const latest = newestFirst[0]!;
  const rows: PublishedRows = {
    observations: json(tree, `${latestDir}/observations.json`, []),
    derived: json(tree, `${latestDir}/derived.json`, []),
    indicators: json(tree, `${latestDir}/indicators.json`, []),
    categories: json(tree, `${latestDir}/categories.json`, []),
    sources: json(tree, `${latestDir}/sources.json`, []),
  };
  const input: PageInput = {
    title: meta.title,
    description: meta.description,
    licence: meta.licence,
    citation: citationOf(catalogue, latest),
    limits: meta.limits,
    data: readerData(rows, catalogue.units.units),
    tableTitles: tableTitles(),
    quoteLimit: previewLimit,
    versions: newestFirst.map((v) => ({ version: v.version, date: v.date, bump: v.bump, changes: v.changes, files: filesOf(tree, v.version) })),
    chartPath: tree.has(`${latestDir}/${chartFile}`) ? `${latestDir}/${chartFile}` : null,
    jsonLd: json<object>(tree, `${latestDir}/dataset.jsonld`, {}),
  };
  return new Map(languages.map((lang) => [pageFile[lang], Buffer.from(renderIndexPage(input, lang), "utf8")]));
}
