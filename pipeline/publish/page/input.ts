// What the download page is rendered from: the latest version's rows (as published), every version's files,
// and the catalogue's dataset texts. Built by download-page.ts from the published files themselves.
import type { Version } from "../../types/versions.ts";
import type { Trilingual } from "../i18n/languages.ts";
import type { ReaderData } from "../reader/data.ts";

export interface PageFile {
  /** Relative to output/, e.g. "1.0.0/observations.csv". */
  path: string;
  bytes: number;
  sha256: string;
}

export interface PageVersion {
  version: string;
  date: string | null;
  bump: Version["bump"];
  changes: Version["changes"];
  files: PageFile[];
}

export interface PageInput {
  title: Trilingual;
  description: Trilingual;
  licence: { name: string; title: string; path: string };
  /** Plain-text "how to cite", naming the version (a bibliographic reference, in English). */
  citation: string;
  /** Known limits that do not depend on the data (the catalogue's). */
  limits: Trilingual[];
  /** The latest version's rows. */
  data: ReaderData;
  /** Titles of the published tables, for the file labels ("Observations (CSV)"). */
  tableTitles: Record<string, Trilingual>;
  /** The page shows the sentences of at most this many observations (the files hold them all). */
  quoteLimit: number;
  /** Newest first; versions[0] is the latest. */
  versions: PageVersion[];
  /** E.g. "latest/chart.svg"; null when the version has no chart (one period: the key figures are the picture). */
  chartPath: string | null;
  /** schema.org Dataset, embedded as <script type="application/ld+json"> in <head>. */
  jsonLd: object;
}
