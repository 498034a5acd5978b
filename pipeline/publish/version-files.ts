// Every file of one published version, written one at a time into a sink (file-sink.ts): the tables (CSV,
// Excel CSV, JSON), the workbook, datapackage.json, the data card, the chart, the JSON-LD and SHA256SUMS.
import type { Catalogue } from "../catalogue/load.ts";
import type { DerivedDataset } from "../types/derived.ts";
import type { ValidatedDataset } from "../types/validated.ts";
import { type ChartSeries, renderChartSvg } from "./chart.ts";
import { seriesFromObservations } from "./chart/series.ts";
import { roundingRanges } from "./chart/ranges.ts";
import { citation } from "./citation.ts";
import { writeCsv } from "./csv.ts";
import { startDataCard } from "./data-card.ts";
import { cardFile, type Lang, languages } from "./i18n/languages.ts";
import { buildDescriptor, type Descriptor, type VersionStamp } from "./datapackage.ts";
import { buildJsonLd } from "./jsonld.ts";
import { byPath, type FileRecord, type FileSink, memorySink } from "./file-sink.ts";
import { sortedTree } from "./file-tree.ts";
import { type ReaderData, readerData, readerRows } from "./reader/data.ts";
import { writeTableJson } from "./table-json.ts";
import { type TableName, tableNames, tableTitles } from "./table-schemas.ts";
import type { Tables } from "./tables.ts";
import { type WorkbookInput, writeWorkbook } from "./xlsx.ts";
import { type RowsOf, workbookInput } from "./xlsx/input.ts";
import { workbookProducer } from "../parallel/workbook.ts";

export type { FileTree } from "./file-tree.ts";
import type { FileTree } from "./file-tree.ts";

export { sumsFile } from "./versions/integrity.ts";
import { sumsFile } from "./versions/integrity.ts";
export const chartFile = "chart.svg";
export const workbookFile = (catalogue: Catalogue, version: string) => `${catalogue.dataset.file_stem}-${version}.xlsx`;

/** Resolves on the event loop's next turn: a long task on the main thread lets the workbook's worker be answered. */
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

export function citationOf(catalogue: Catalogue, stamp: VersionStamp): string {
  return citation(catalogue.dataset, stamp);
}

function chartSeries(catalogue: Catalogue, tables: Tables): ChartSeries[] {
  const labels = new Map(catalogue.breakdowns.breakdowns.flatMap((b) => b.categories.map((c) => [`${b.id}/${c.code}`, c.label] as const)));
  return seriesFromObservations(catalogue.indicators.indicators, tables.observations.rows, {
    categoryLabels: (breakdown, category) => labels.get(`${breakdown}/${category}`),
    rangeOf: roundingRanges(catalogue.rounding),
  });
}

function temporalCoverage(tables: Tables): string | null {
  const years = tables.observations.rows.flatMap((o) => [o.period, o.base_period]).filter((y): y is string => typeof y === "string").sort();
  if (years.length === 0) return null;
  return years[0] === years.at(-1) ? years[0]! : `${years[0]}/${years.at(-1)}`;
}

/** The rows of a version as readers see them (the workbook's sheets and the data cards). */
export const readerDataOf = (tables: Tables, catalogue: Catalogue): ReaderData => readerData(readerRows(tables), catalogue.units.units);

/** The workbook's input (pipeline/publish/xlsx/input.ts) for the tables of one version. */
export function workbookInputOf(tables: Tables, catalogue: Catalogue, stamp: VersionStamp, data = readerDataOf(tables, catalogue), rows?: RowsOf): WorkbookInput {
  return workbookInput({ catalogue, stamp, citation: citationOf(catalogue, stamp), data, tables, rows });
}

/** What a version's writer leaves besides its files: what the planner and the download page need of it. */
export interface VersionBuild {
  /** Every file of the version, SHA256SUMS included, by path relative to the version's folder, in path order. */
  files: FileRecord[];
  descriptor: Descriptor;
  jsonLd: object;
}

const encodingFormat = (path: string) =>
  path.endsWith(".csv") ? "text/csv" : path.endsWith(".json") ? "application/json" : path.endsWith(".xlsx") ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "image/svg+xml";

/** What may be done while a version's workbook is written (the download pages' longest parts rendered ahead). */
export type WhileWorkbook = (written: { hasChart: boolean }) => Promise<void>;

/**
 * Writes every file of one version into `sink`, one at a time, each hashed as it is written: the tables, the
 * workbook, then the files that list the earlier ones (the descriptor lists the CSVs' sizes and hashes, the
 * JSON-LD the downloads, the data cards every file's size, SHA256SUMS every hash). Nothing is kept but the records.
 */
export async function writeVersionFiles(sources: ValidatedDataset["sources"], tables: Tables, catalogue: Catalogue, stamp: VersionStamp, sink: FileSink, whileWorkbook?: WhileWorkbook): Promise<VersionBuild> {
  const records: FileRecord[] = [];
  const put = async (path: string, data: string | Buffer) => void records.push(await sink.write(path, data));
  const tableFiles = {} as Record<TableName, { path: string; bytes: number; sha256: string }>;
  const data = readerDataOf(tables, catalogue);
  // The workbook first: for a large version it is written on another thread while the tables are written here.
  const workbook = sink.stream(workbookFile(catalogue, stamp.version), workbookProducer({ tables, inputWithoutRows: () => workbookInputOf(tables, catalogue, stamp, data, () => []) }, (out) => writeWorkbook(workbookInputOf(tables, catalogue, stamp, data), out)));
  // Awaited below; a failure of a table's file meanwhile must not leave its rejection unhandled.
  workbook.catch(() => {});
  for (const name of tableNames) {
    const csv = await sink.stream(`${name}.csv`, (out) => writeCsv(tables[name], "canonical", out));
    records.push(csv, await sink.stream(`${name}.json`, (out) => writeTableJson(tables[name], out)), await sink.stream(`excel/${name}.csv`, (out) => writeCsv(tables[name], "excel", out)));
    tableFiles[name] = csv;
  }
  const meta = catalogue.dataset;
  const citation = citationOf(catalogue, stamp);
  const descriptor = buildDescriptor({ metadata: meta, stamp, dataset: { sources }, tables, files: tableFiles });
  await put("datapackage.json", `${JSON.stringify(descriptor, null, 2)}\n`);
  await put(chartFile, renderChartSvg(chartSeries(catalogue, tables), { title: meta.title.en }));
  const jsonLd = buildJsonLd(descriptor, {
    alternateName: meta.title.ar,
    spatialCoverage: meta.spatial_coverage,
    temporalCoverage: temporalCoverage(tables),
    variablesMeasured: catalogue.indicators.indicators.map((i) => i.label.en),
    downloads: [...records.map((r) => r.path), workbookFile(catalogue, stamp.version)].sort().map((path) => ({ path, encodingFormat: encodingFormat(path) })),
    baseUrl: meta.homepage ? `${meta.homepage.replace(/\/$/, "")}/${stamp.version}/` : null,
  });
  await put("dataset.jsonld", `${JSON.stringify(jsonLd, null, 2)}\n`);
  // The data cards list every file with its size, the workbook's too: their other sections (the long ones) are
  // rendered while it is written, one card at a time, the rows the workbook's thread asks for answered between.
  const hasChart = records.some((r) => r.path === chartFile);
  const cardStart = { catalogue, stamp, data, tableTitles: tableTitles(), citation, chartPath: hasChart ? chartFile : null };
  const cards: Array<[Lang, ReturnType<typeof startDataCard>]> = [];
  for (const lang of languages) {
    await nextTurn();
    cards.push([lang, startDataCard(cardStart, lang)]);
  }
  const aside = whileWorkbook?.({ hasChart });
  // Awaited after the workbook; a failure of the workbook meanwhile must not leave this one unhandled.
  aside?.catch(() => {});
  records.push(await workbook);
  await aside;
  const files = [...records].sort(byPath).map((r) => ({ path: r.path, bytes: r.bytes }));
  // One card at a time, each written before the next is completed: at 10,000 sources each is several MB.
  for (const [lang, finish] of cards) await put(cardFile[lang], finish(files));
  records.sort(byPath);
  records.push(await sink.write(sumsFile, sumsText(records)));
  return { files: records.sort(byPath), descriptor, jsonLd };
}

/** SHA256SUMS: one line per file, in path order, as `sha256sum -c` reads it. */
export const sumsText = (records: readonly FileRecord[]) => records.map((r) => `${r.sha256}  ${r.path}\n`).join("");

/** Every file of one version as bytes, for callers that want them in memory (tests, the fixtures). */
export async function buildVersionFiles(dataset: DerivedDataset, tables: Tables, catalogue: Catalogue, stamp: VersionStamp): Promise<{ files: FileTree; descriptor: Descriptor }> {
  const sink = memorySink();
  const { descriptor } = await writeVersionFiles(dataset.validated.sources, tables, catalogue, stamp, sink);
  return { files: sortedTree(sink.tree), descriptor };
}
