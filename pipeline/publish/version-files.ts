// Every file of one published version, as bytes: the tables (CSV, Excel CSV, JSON), the workbook,
// datapackage.json, the data card, the chart, the JSON-LD and SHA256SUMS.
import type { Catalogue } from "../catalogue/load.ts";
import { sha256 } from "../lib/hash.ts";
import type { DerivedDataset } from "../types/derived.ts";
import { type ChartSeries, renderChartSvg } from "./chart.ts";
import { seriesFromObservations } from "./chart/series.ts";
import { roundingRanges } from "./chart/ranges.ts";
import { citation } from "./citation.ts";
import { csvBytes, toJson } from "./csv.ts";
import { renderDataCards } from "./data-card.ts";
import { buildDescriptor, type Descriptor, type VersionStamp } from "./datapackage.ts";
import { buildJsonLd } from "./jsonld.ts";
import { readerData, readerRows } from "./reader/data.ts";
import { type TableName, tableNames, tableTitles } from "./table-schemas.ts";
import type { Tables } from "./tables.ts";
import { buildWorkbook } from "./xlsx.ts";
import { workbookInput } from "./xlsx/input.ts";

export type { FileTree } from "./file-tree.ts";
import type { FileTree } from "./file-tree.ts";

export { sumsFile } from "./versions/integrity.ts";
import { sumsFile } from "./versions/integrity.ts";
export const chartFile = "chart.svg";
export const workbookFile = (catalogue: Catalogue, version: string) => `${catalogue.dataset.file_stem}-${version}.xlsx`;

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

export async function buildVersionFiles(dataset: DerivedDataset, tables: Tables, catalogue: Catalogue, stamp: VersionStamp): Promise<{ files: FileTree; descriptor: Descriptor }> {
  const files: FileTree = new Map();
  const tableFiles = {} as Record<TableName, { path: string; bytes: number; sha256: string }>;
  for (const name of tableNames) {
    const csv = await csvBytes(tables[name], "canonical");
    files.set(`${name}.csv`, csv);
    files.set(`${name}.json`, Buffer.from(toJson(tables[name]), "utf8"));
    files.set(`excel/${name}.csv`, await csvBytes(tables[name], "excel"));
    tableFiles[name] = { path: `${name}.csv`, bytes: csv.length, sha256: sha256(csv) };
  }
  const meta = catalogue.dataset;
  const citation = citationOf(catalogue, stamp);
  const data = readerData(readerRows(tables), catalogue.units.units);
  const workbook = await buildWorkbook(workbookInput({ catalogue, stamp, citation, data, tables }));
  files.set(workbookFile(catalogue, stamp.version), workbook);
  const descriptor = buildDescriptor({ metadata: meta, stamp, dataset: dataset.validated, tables, files: tableFiles });
  files.set("datapackage.json", Buffer.from(`${JSON.stringify(descriptor, null, 2)}\n`, "utf8"));
  files.set(chartFile, Buffer.from(renderChartSvg(chartSeries(catalogue, tables), { title: meta.title.en }), "utf8"));
  const downloads = [...files.keys()].sort();
  const jsonLd = buildJsonLd(descriptor, {
    alternateName: meta.title.ar,
    spatialCoverage: meta.spatial_coverage,
    temporalCoverage: temporalCoverage(tables),
    variablesMeasured: catalogue.indicators.indicators.map((i) => i.label.en),
    downloads: downloads.map((path) => ({ path, encodingFormat: path.endsWith(".csv") ? "text/csv" : path.endsWith(".json") ? "application/json" : path.endsWith(".xlsx") ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "image/svg+xml" })),
    baseUrl: meta.homepage ? `${meta.homepage.replace(/\/$/, "")}/${stamp.version}/` : null,
  });
  files.set("dataset.jsonld", Buffer.from(`${JSON.stringify(jsonLd, null, 2)}\n`, "utf8"));
  const listed = [...files.entries()].sort(([a], [b]) => (a < b ? -1 : 1));
  const cards = renderDataCards({
    catalogue,
    stamp,
    data,
    tableTitles: tableTitles(),
    citation,
    chartPath: files.has(chartFile) ? chartFile : null,
    files: listed.map(([path, bytes]) => ({ path, bytes: bytes.length })),
  });
  for (const [path, card] of cards) files.set(path, Buffer.from(card, "utf8"));
  const sums = [...files.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([path, bytes]) => `${sha256(bytes)}  ${path}\n`).join("");
  files.set(sumsFile, Buffer.from(sums, "utf8"));
  return { files: new Map([...files.entries()].sort(([a], [b]) => (a < b ? -1 : 1))), descriptor };
}
