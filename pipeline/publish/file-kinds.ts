// The kinds of file in a published version. The page groups downloads by kind in `order`; the data card and
// the page take each kind's name, link text and description from the message tables (file.<id>.*). The
// first pattern that matches a path (relative to the version's folder) wins.
import type { MessageKey } from "./i18n/messages.ts";
import { tableNames } from "./table-schemas.ts";

export type FileKindId = "workbook" | "csv" | "excelCsv" | "json" | "datapackage" | "jsonld" | "card" | "chart" | "sums";

export interface FileKind {
  id: FileKindId;
  pattern: RegExp;
  /** Position on the page: the workbook first, checksums last. */
  order: number;
  /** Message keys: the group's heading, the link text (with {table} or {language}), what the file is. */
  format: MessageKey;
  label: MessageKey;
  description: MessageKey;
}

const kind = (id: FileKindId, pattern: RegExp, order: number): FileKind => ({
  id,
  pattern,
  order,
  format: `file.${id}.format` as MessageKey,
  label: `file.${id}.label` as MessageKey,
  description: `file.${id}.description` as MessageKey,
});

export const fileKinds: FileKind[] = [
  kind("datapackage", /^datapackage\.json$/, 4),
  kind("workbook", /\.xlsx$/, 0),
  kind("excelCsv", /^excel\/.*\.csv$/, 2),
  kind("csv", /\.csv$/, 1),
  kind("jsonld", /^dataset\.jsonld$/, 5),
  kind("json", /\.json$/, 3),
  kind("card", /^README(\.[a-z]{2})?\.md$/, 6),
  kind("chart", /\.svg$/, 7),
  kind("sums", /^SHA256SUMS$/, 8),
];

/** The kind of a file of a version (its path relative to the version's folder); undefined when none matches. */
export const fileKindOf = (path: string): FileKind | undefined => fileKinds.find((k) => k.pattern.test(path));

/** The table a table file holds ("excel/observations.csv" → "observations"), or null. */
export function tableOfFile(path: string): string | null {
  const kind = fileKindOf(path)?.id;
  return kind === "csv" || kind === "excelCsv" || kind === "json" ? path.replace(/^excel\//, "").replace(/\.(csv|json)$/, "") : null;
}

/** Page order: by kind, tables in publication order (observations first), then by path. */
export function compareFiles(a: string, b: string): number {
  const rank = (path: string) => fileKindOf(path)?.order ?? fileKinds.length;
  const tableRank = (path: string) => {
    const table = tableOfFile(path);
    return table === null ? -1 : (tableNames as readonly string[]).indexOf(table);
  };
  return rank(a) - rank(b) || tableRank(a) - tableRank(b) || (a < b ? -1 : a > b ? 1 : 0);
}
