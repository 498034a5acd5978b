// datapackage.json: the Frictionless Data Package describing one version, valid under the v2 profile and
// the v1 profiles. Where the two versions of the standard differ, the descriptor carries what each needs and
// nothing more:
// - the package has the v2 `$schema` and no v1 `profile` (v1's default, "data-package", is right);
// - each table resource has both the v2 `type: "table"` and the v1 `profile: "tabular-data-resource"`: a v1
//   reader recognises a tabular resource only by that profile (and the v1 tabular profile requires it),
//   a v2 reader by `type`;
// - a foreign key within one table names its resource as "" (v1 requires `resource`, with "" for the table
//   itself; v2 reads "" as the table itself too).
import type { DatasetMetadata } from "../types/catalogue-dataset.ts";
import type { ValidatedDataset } from "../types/validated.ts";
import { citation, packageHomepage } from "./citation.ts";
import { csvDialect } from "./csv.ts";
import type { TableName, TableSchemaFile } from "./table-schemas.ts";
import type { Tables } from "./tables.ts";

export interface VersionStamp {
  version: string;
  /** The version's release date (YYYY-MM-DD), from its record in versions.json; null when unknown. */
  date: string | null;
}

export type Descriptor = Record<string, unknown> & { resources: Array<Record<string, unknown>> };

/** The table's foreign keys as the package states them: a reference to the table itself names it "". */
function foreignKeys(name: TableName, schema: TableSchemaFile) {
  return (schema.foreignKeys ?? []).map((fk) => ({
    fields: [...fk.fields],
    reference: { resource: fk.reference.resource === name ? "" : fk.reference.resource, fields: [...fk.reference.fields] },
  }));
}

function resource(name: TableName, tables: Tables, file: { path: string; bytes: number; sha256: string }) {
  const { schema } = tables[name];
  const keys = foreignKeys(name, schema);
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
      ...(keys.length ? { foreignKeys: keys } : {}),
    },
  };
}

/** The catalogue's contributors, then the publisher (dataset.json `publisher`) with the role "publisher". */
function contributors(metadata: DatasetMetadata) {
  return [...metadata.contributors.map((c) => ({ ...c, roles: [...c.roles] })), { title: metadata.publisher, roles: ["publisher"] }];
}

export function buildDescriptor(input: {
  metadata: DatasetMetadata;
  stamp: VersionStamp;
  dataset: Pick<ValidatedDataset, "sources">;
  tables: Tables;
  files: Record<TableName, { path: string; bytes: number; sha256: string }>;
}): Descriptor {
  const { metadata, stamp } = input;
  const homepage = packageHomepage(metadata);
  return {
    $schema: "https://datapackage.org/profiles/2.0/datapackage.json",
    name: metadata.name,
    id: metadata.id,
    title: metadata.title.en,
    // The first paragraph is the summary catalogues show; the rights of the quoted text follow it, so that a
    // portal that shows only the description still shows them.
    description: `${metadata.description.en}\n\n${metadata.rights.en}`,
    version: stamp.version,
    ...(stamp.date ? { created: `${stamp.date}T00:00:00Z` } : {}),
    ...(homepage ? { homepage } : {}),
    keywords: metadata.keywords,
    licenses: [{ ...metadata.licence }],
    contributors: contributors(metadata),
    sources: input.dataset.sources.map(({ metadata: source }) => ({
      title: source.title ?? source.id,
      ...(source.url ? { path: source.url } : {}),
    })),
    // Not in the standard (extra properties are allowed): the Arabic title and description, the rights of
    // the quoted text (Dublin Core's "rights"), the repository and the citation (Camtrap DP's
    // "bibliographicCitation"), for readers of the descriptor alone and for the JSON-LD built from it.
    title_ar: metadata.title.ar,
    description_ar: metadata.description.ar,
    rights: metadata.rights.en,
    rights_ar: metadata.rights.ar,
    ...(metadata.repository ? { repository: metadata.repository } : {}),
    bibliographicCitation: citation(metadata, stamp),
    resources: (Object.keys(input.files) as TableName[]).map((name) => resource(name, input.tables, input.files[name])),
  };
}
