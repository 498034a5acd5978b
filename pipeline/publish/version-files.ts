// Every file of one published version, as bytes: the tables (CSV, Excel CSV, JSON), the workbook,
// datapackage.json, the data card, the chart, the JSON-LD and SHA256SUMS.
import type { Catalogue } from "../catalogue/load.ts";
import { sha256 } from "../lib/hash.ts";
import type { DerivedDataset } from "../types/derived.ts";
import { type ChartSeries, renderChartSvg } from "./chart.ts";
import { csvBytes, toJson, typedRows } from "./csv.ts";
import { renderDataCard } from "./data-card.ts";
import { buildDescriptor, type Descriptor, type VersionStamp } from "./datapackage.ts";
import { fileKinds, kindIndex } from "./file-kinds.ts";
import { buildJsonLd } from "./jsonld.ts";
import { type TableName, tableNames } from "./table-schemas.ts";
import type { Tables } from "./tables.ts";
import { buildWorkbook, type WorkbookTable } from "./xlsx.ts";
import { hasArabic } from "./xlsx/cells.ts";

export type { FileTree } from "./file-tree.ts";
import type { FileTree } from "./file-tree.ts";

export { sumsFile } from "./versions/integrity.ts";
import { sumsFile } from "./versions/integrity.ts";
export const chartFile = "chart.svg";
export const workbookFile = (catalogue: Catalogue, version: string) => `${catalogue.dataset.file_stem}-${version}.xlsx`;

export function citationOf(catalogue: Catalogue, stamp: VersionStamp): string {
  const meta = catalogue.dataset;
  const year = stamp.date ? stamp.date.slice(0, 4) : "n.d.";
  return `${meta.publisher} (${year}). ${meta.title.en}, version ${stamp.version} [Data set]. ${meta.homepage ?? `output/${stamp.version}/ of the dgsn-open-data repository`}.`;
}

/** A string column reads right to left when most of its cells hold Arabic. */
function isArabicColumn(tables: Tables, name: TableName, field: string): boolean {
  const texts = tables[name].rows.map((r) => r[field]).filter((c): c is string => typeof c === "string");
  return texts.length > 0 && texts.filter(hasArabic).length * 2 > texts.length;
}

function workbookTables(tables: Tables): WorkbookTable[] {
  return tableNames.map((name) => ({
    name,
    title: tables[name].schema.title,
    fields: tables[name].schema.fields.map((f) => ({ name: f.name, type: f.type, title: f.title, description: f.description, rtl: f.type === "string" && isArabicColumn(tables, name, f.name) })),
    rows: typedRows(tables[name]),
  }));
}

function chartSeries(catalogue: Catalogue, tables: Tables): ChartSeries[] {
  return catalogue.indicators.indicators
    .map((indicator) => ({
      indicatorId: indicator.id,
      label: indicator.label.en,
      labelAr: indicator.label.ar,
      unit: indicator.unit,
      points: tables.observations.rows
        .filter((o) => o.indicator_id === indicator.id)
        .map((o) => ({ period: o.base_period ? `${String(o.period)} vs ${String(o.base_period)}` : String(o.period), value: o.value as number, qualifier: (o.qualifier ?? "") as ChartSeries["points"][number]["qualifier"] }))
        // Sources agree on a figure (validate checked it): one bar per period, however many sources state it.
        .filter((point, index, all) => all.findIndex((other) => other.period === point.period) === index)
        .sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0)),
    }))
    .filter((series) => series.points.length > 0);
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
  const workbook = await buildWorkbook({
    title: meta.title.en,
    titleAr: meta.title.ar,
    version: stamp.version,
    date: stamp.date,
    licence: meta.licence,
    about: [["How to cite", citation], ["Description", meta.description.en]],
    sources: tables.sources.rows.map((s) => ({ id: String(s.source_id), title: s.title as string | null, url: s.url as string | null, published: s.published as string | null })),
    tables: workbookTables(tables),
  });
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
  const card = renderDataCard({
    catalogue,
    stamp,
    tables,
    citation,
    chartPath: chartFile,
    files: listed.map(([path, bytes]) => ({ path, bytes: bytes.length, description: fileKinds[kindIndex(path)]?.description ?? "" })),
  });
  files.set("README.md", Buffer.from(card, "utf8"));
  const sums = [...files.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([path, bytes]) => `${sha256(bytes)}  ${path}\n`).join("");
  files.set(sumsFile, Buffer.from(sums, "utf8"));
  return { files: new Map([...files.entries()].sort(([a], [b]) => (a < b ? -1 : 1))), descriptor };
}
