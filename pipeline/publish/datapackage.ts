// datapackage.json: the Frictionless Data Package (v2, also valid as v1) describing one version.
import type { DatasetMetadata } from "../types/catalogue-dataset.ts";
import type { ValidatedDataset } from "../types/validated.ts";
import { csvDialect } from "./csv.ts";
import type { TableName } from "./table-schemas.ts";
import type { Tables } from "./tables.ts";

export interface VersionStamp {
  version: string;
  /** The version's release date (YYYY-MM-DD), from its record in versions.json; null when unknown. */
  date: string | null;
}

export type Descriptor = Record<string, unknown> & { resources: Array<Record<string, unknown>> };

function resource(name: TableName, tables: Tables, file: { path: string; bytes: number; sha256: string }) {
  const { schema } = tables[name];
  return {
    name,
    type: "table",
    profile: "tabular-data-resource",
    path: file.path,
    scheme: "file",
    format: "csv",
    mediatype: "text/csv",
    encoding: "utf-8",
    bytes: file.bytes,
    hash: `sha256:${file.sha256}`,
    title: schema.title,
    description: schema.description,
    dialect: { ...csvDialect },
    schema: {
      fields: schema.fields.map((field) => ({ ...field })),
      missingValues: [""],
      primaryKey: schema.primaryKey,
      ...(schema.foreignKeys ? { foreignKeys: schema.foreignKeys } : {}),
    },
  };
}

export function buildDescriptor(input: {
  metadata: DatasetMetadata;
  stamp: VersionStamp;
  dataset: ValidatedDataset;
  tables: Tables;
  files: Record<TableName, { path: string; bytes: number; sha256: string }>;
}): Descriptor {
  const { metadata, stamp } = input;
  return {
    $schema: "https://datapackage.org/profiles/2.0/datapackage.json",
    name: metadata.name,
    title: metadata.title.en,
    description: metadata.description.en,
    version: stamp.version,
    ...(stamp.date ? { created: `${stamp.date}T00:00:00Z` } : {}),
    ...(metadata.homepage ? { homepage: metadata.homepage } : {}),
    keywords: metadata.keywords,
    licenses: [{ ...metadata.licence }],
    contributors: metadata.contributors.map((c) => ({ ...c })),
    sources: input.dataset.sources.map(({ metadata: source }) => ({
      title: source.title ?? source.id,
      ...(source.url ? { path: source.url } : {}),
    })),
    title_ar: metadata.title.ar,
    description_ar: metadata.description.ar,
    resources: (Object.keys(input.files) as TableName[]).map((name) => resource(name, input.tables, input.files[name])),
  };
}
