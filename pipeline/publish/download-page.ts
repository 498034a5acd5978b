// The download pages (index.html in English, index.fr.html, index.ar.html), built from what is published (the
// latest version's tables and JSON-LD, every version's files with their sizes and hashes), so that they show
// what users get. The planner gives them the tables it has just built and checked to be the latest version's.
import type { Catalogue } from "../catalogue/load.ts";
import { sha256 } from "../lib/hash.ts";
import { utf8Bytes } from "../lib/utf8.ts";
import type { VersionHistory } from "../types/versions.ts";
import { type FileTree, subtree } from "./file-tree.ts";
import { type Lang, languages, pageFile } from "./i18n/languages.ts";
import { type PageFile, type PageInput, pagePieces, pageSection, type PageSections, renderIndexPage } from "./page.ts";
import { latestDir } from "../output/layout.ts";
import { readerData, type PublishedRows } from "./reader/data.ts";
import { tableTitles } from "./table-schemas.ts";
import type { VersionStamp } from "./datapackage.ts";
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

/** What the pages' sections (page.ts pageSections) are rendered from: the latest version's stamp and rows. */
function sectionInput(catalogue: Catalogue, latest: VersionStamp, rows: PublishedRows, hasChart: boolean): Omit<PageInput, "versions" | "jsonLd"> {
  const meta = catalogue.dataset;
  return {
    title: meta.title,
    description: meta.description,
    licence: meta.licence,
    citation: citationOf(catalogue, latest),
    limits: meta.limits,
    data: readerData(rows, catalogue.units.units),
    tableTitles: tableTitles(),
    quoteLimit: previewLimit,
    chartPath: hasChart ? `${latestDir}/${chartFile}` : null,
  };
}

const sectionsKey = (latest: VersionStamp, hasChart: boolean) => JSON.stringify([latest.version, latest.date, hasChart]);

/** Resolves on the event loop's next turn: a long task on the main thread lets the workbook's worker be answered. */
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** The download pages of one publication's tables (the planner's renderRoot, plan-output.ts). */
export interface PageRenderers {
  /**
   * Renders now, as bytes, the sections of the pages that no version's files change (most of each page), for
   * `latest` as the newest version with `rows`: the planner calls it while the version's workbook is written.
   * One section at a time, a turn of the event loop between them.
   */
  ahead(latest: VersionStamp, rows: PublishedRows, hasChart: boolean): Promise<void>;
  /**
   * Each page's renderer, by file name: a page is rendered when asked, so that a caller holds one at a time (at
   * 10,000 sources each is about 14 MB), with the sections rendered ahead when they are those of this history's
   * latest version.
   */
  render(history: VersionHistory, view: PublishedView): Map<string, () => Buffer>;
}

/** The download pages for the tables of one publication: `rows`, given to `ahead` and in every view, are those tables. */
export function downloadPages(catalogue: Catalogue): PageRenderers {
  let rendered: { key: string; sections: Map<Lang, PageSections<Buffer>> } | null = null;
  return {
    async ahead(latest, rows, hasChart) {
      const input = sectionInput(catalogue, latest, rows, hasChart);
      const sections = new Map<Lang, PageSections<Buffer>>();
      for (const lang of languages) {
        await nextTurn();
        const figures = utf8Bytes(pageSection(input, lang, "figures"));
        await nextTurn();
        sections.set(lang, { figures, about: utf8Bytes(pageSection(input, lang, "about")) });
      }
      rendered = { key: sectionsKey(latest, hasChart), sections };
    },
    render(history, view) {
      const ahead = rendered?.key === sectionsKey(history.versions.at(-1)!, view.hasLatestChart) ? rendered.sections : null;
      rendered = null;
      return downloadPageRenderers(history, view, catalogue, ahead);
    },
  };
}

/**
 * Each page's renderer, by file name: a page is rendered when asked, so that a caller holds one at a time (at
 * 10,000 sources each is about 14 MB, as a string and again as bytes). `ahead`: the sections of each page,
 * rendered from the same latest version and rows (PageRenderers).
 */
export function downloadPageRenderers(history: VersionHistory, view: PublishedView, catalogue: Catalogue, ahead: Map<Lang, PageSections<Buffer>> | null = null): Map<string, () => Buffer> {
  const newestFirst = [...history.versions].reverse();
  const latest = newestFirst[0]!;
  const input: PageInput = {
    ...sectionInput(catalogue, latest, view.rows, view.hasLatestChart),
    versions: newestFirst.map((v) => ({ version: v.version, date: v.date, bump: v.bump, changes: v.changes, files: view.files(v.version) })),
    jsonLd: view.jsonLd,
  };
  const render = (lang: Lang): Buffer => {
    const sections = ahead?.get(lang);
    if (!sections) return utf8Bytes(renderIndexPage(input, lang));
    // Each piece on its own: they meet at markup (ASCII), so the bytes are those of the page's text.
    const pieces = pagePieces(input, lang, sections).map((piece) => (typeof piece === "string" ? utf8Bytes(piece) : piece));
    return Buffer.concat(pieces);
  };
  return new Map(languages.map((lang) => [pageFile[lang], () => render(lang)]));
}

export function buildDownloadPage(history: VersionHistory, tree: FileTree, catalogue: Catalogue): FileTree {
  return new Map([...downloadPageRenderers(history, viewOfTree(tree), catalogue)].map(([name, render]) => [name, render()]));
}
