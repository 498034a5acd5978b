// What datapackage.json says about the package (identifier, addresses, contributors, rights, citation) and
// how it states the references between tables, under every combination of known and unknown addresses.
import { describe, expect, it } from "vitest";
import { loadCatalogue } from "../../pipeline/catalogue/load.ts";
import { checkTables } from "../../pipeline/publish/check-tables.ts";
import { citation, packageHomepage, versionLocation } from "../../pipeline/publish/citation.ts";
import { buildDescriptor, type VersionStamp } from "../../pipeline/publish/datapackage.ts";
import { loadTableSchema, type TableName, tableNames, type TableSchemaFile } from "../../pipeline/publish/table-schemas.ts";
import type { Cell, Row, Tables } from "../../pipeline/publish/tables.ts";
import type { DatasetMetadata } from "../../pipeline/types/catalogue-dataset.ts";
import type { ValidatedDataset } from "../../pipeline/types/validated.ts";
import { validateV1Package, validateV1TabularResource, validateV2Package } from "../helpers/frictionless.ts";
import { userErrorOf } from "../helpers/user-error.ts";

const catalogueMetadata = loadCatalogue().dataset;
const schemas = Object.fromEntries(tableNames.map((name) => [name, loadTableSchema(name)])) as Record<TableName, TableSchemaFile>;

function tablesWith(rows: Partial<Record<TableName, Row[]>> = {}): Tables {
  return Object.fromEntries(tableNames.map((name) => [name, { schema: schemas[name], rows: rows[name] ?? [] }])) as Tables;
}

/** Only the sources' metadata is read by buildDescriptor. */
const dataset = {
  sources: [{ file: "raw/s1.txt", sha256: "0".repeat(64), bytes: 10, metadata: { id: "s1", title: "حصيلة", url: "https://news.example/a" } }],
  observations: [],
  mentions: [],
  warnings: [],
} as unknown as ValidatedDataset;

const files = Object.fromEntries(tableNames.map((name) => [name, { path: `${name}.csv`, bytes: 10, sha256: "0".repeat(64) }])) as Record<TableName, { path: string; bytes: number; sha256: string }>;

const addresses = {
  "no public address": { homepage: null, repository: null },
  "a repository only": { homepage: null, repository: "https://code.example/dgsn-open-data" },
  "a published site and a repository": { homepage: "https://data.example/dgsn/", repository: "https://code.example/dgsn-open-data" },
} as const;

function descriptorFor(metadata: DatasetMetadata, stamp: VersionStamp = { version: "1.2.0", date: "2026-03-04" }) {
  return buildDescriptor({ metadata, stamp, dataset, tables: tablesWith(), files });
}

describe.each(Object.entries(addresses))("datapackage.json with %s", (_, where) => {
  const metadata: DatasetMetadata = { ...catalogueMetadata, ...where };
  const descriptor = descriptorFor(metadata);

  it("passes the official v2 profile and the v1 profiles (package and each tabular resource)", () => {
    expect(validateV2Package(descriptor), JSON.stringify(validateV2Package.errors)).toBe(true);
    expect(validateV1Package(descriptor), JSON.stringify(validateV1Package.errors)).toBe(true);
    for (const resource of descriptor.resources) expect(validateV1TabularResource(resource), JSON.stringify(validateV1TabularResource.errors)).toBe(true);
  });

  it("has the catalogue's stable id, the same for every version", () => {
    expect(descriptor.id).toBe(metadata.id);
    expect(descriptorFor(metadata, { version: "2.0.0", date: null }).id).toBe(descriptor.id);
  });

  it("has as homepage the published site, else the repository, and none while neither is known", () => {
    expect(descriptor.homepage).toBe(where.homepage ?? where.repository ?? undefined);
    expect("homepage" in descriptor).toBe(packageHomepage(where) !== null);
    expect(descriptor.repository).toBe(where.repository ?? undefined);
  });

  it("cites the version with its address, or says the address is not known", () => {
    expect(descriptor.bibliographicCitation).toBe(citation(metadata, { version: "1.2.0", date: "2026-03-04" }));
    const cited = String(descriptor.bibliographicCitation);
    expect(cited).toContain(versionLocation(where, "1.2.0"));
    if (where.homepage) expect(cited).toContain("https://data.example/dgsn/1.2.0/");
    else if (where.repository) expect(cited).toContain("https://code.example/dgsn-open-data (folder output/1.2.0/)");
    else {
      expect(cited).toContain("its public address is not known yet");
      expect(cited).not.toMatch(/https?:/);
    }
  });
});

describe("datapackage.json", () => {
  const descriptor = descriptorFor(catalogueMetadata);

  it("has contributors with roles, and the publisher as a contributor with the role 'publisher'", () => {
    const contributors = descriptor.contributors as Array<{ title: string; roles: string[] }>;
    for (const contributor of contributors) expect(contributor.roles.length).toBeGreaterThan(0);
    expect(contributors.slice(0, -1)).toEqual(catalogueMetadata.contributors);
    expect(contributors.at(-1)).toEqual({ title: catalogueMetadata.publisher, roles: ["publisher"] });
    expect(contributors.flatMap((c) => c.roles)).toContain("creator");
  });

  it("states the rights of the quoted text beside the licence: in the description after its summary, and on their own", () => {
    expect((descriptor.licenses as Array<{ name: string }>).map((l) => l.name)).toEqual([catalogueMetadata.licence.name]);
    expect(String(descriptor.description).split("\n\n")).toEqual([catalogueMetadata.description.en, catalogueMetadata.rights.en]);
    expect(descriptor.rights).toBe(catalogueMetadata.rights.en);
    expect(descriptor.rights_ar).toBe(catalogueMetadata.rights.ar);
    for (const text of Object.values(catalogueMetadata.rights)) expect(text).toMatch(/CC BY 4\.0/);
  });

  it("carries v2's $schema and no v1 package profile; each table both v2 type and v1 profile, which each reader needs", () => {
    expect(descriptor.$schema).toBe("https://datapackage.org/profiles/2.0/datapackage.json");
    expect("profile" in descriptor).toBe(false);
    for (const resource of descriptor.resources) expect(resource).toMatchObject({ type: "table", profile: "tabular-data-resource" });
  });

  it("names a reference within one table as resource \"\" (v1 requires the property; v2 reads \"\" as the table itself)", () => {
    const indicators = descriptor.resources.find((r) => r.name === "indicators") as { schema: { foreignKeys: Array<{ fields: string[]; reference: { resource: string; fields: string[] } }> } };
    expect(indicators.schema.foreignKeys).toEqual([
      { fields: ["change_of"], reference: { resource: "", fields: ["indicator_id"] } },
      { fields: ["part_of"], reference: { resource: "", fields: ["indicator_id"] } },
    ]);
    const mentions = descriptor.resources.find((r) => r.name === "mentions") as { schema: { foreignKeys: Array<{ reference: { resource: string } }> } };
    expect(mentions.schema.foreignKeys.map((fk) => fk.reference.resource)).toEqual(["sources", "indicators", "observations"]);
  });
});

describe("the catalogue's package metadata", () => {
  it("identifies the package by a URI that is not an address (a urn:uuid until a DOI exists)", () => {
    expect(catalogueMetadata.id).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$|^https:\/\/doi\.org\/10\./);
  });

  it("sets each address once, as a value or null, never a guessed one", () => {
    for (const address of [catalogueMetadata.homepage, catalogueMetadata.repository]) {
      expect(address === null || /^https:\/\//.test(address)).toBe(true);
    }
  });
});

describe("the references between tables", () => {
  /** Every reference from one table to another's key, and within indicators. */
  const references: Array<[string, string, string]> = [
    ["observations.source_id", "sources", "source_id"],
    ["observations.indicator_id", "indicators", "indicator_id"],
    ["mentions.source_id", "sources", "source_id"],
    ["mentions.indicator_id", "indicators", "indicator_id"],
    ["mentions.observation_id", "observations", "observation_id"],
    ["indicators.change_of", "indicators", "indicator_id"],
    ["indicators.part_of", "indicators", "indicator_id"],
  ];

  it.each(references)("%s has a foreign key to %s.%s", (from, resource, field) => {
    const [table, column] = from.split(".") as [TableName, string];
    expect(schemas[table].foreignKeys).toContainEqual({ fields: [column], reference: { resource, fields: [field] } });
  });

  it("leaves no column, or set of columns, named after another table's key without a foreign key (derived.inputs is a list: see the README)", () => {
    for (const name of tableNames) {
      const columns = new Set(schemas[name].fields.map((f) => f.name));
      for (const target of tableNames) {
        const key = schemas[target].primaryKey;
        if (target === name || !key.every((field) => columns.has(field))) continue;
        // An observation's (source_id, start) is its quote's offset, not a reference: it is linked to its
        // mention the other way, by mentions.observation_id.
        if (name === "observations" && target === "mentions") continue;
        expect(schemas[name].foreignKeys ?? [], `${name}.(${key.join(", ")})`).toContainEqual({ fields: key, reference: { resource: target, fields: key } });
      }
    }
  });

  /** A row with every required cell filled with a valid value, then the given cells. */
  function row(name: TableName, cells: Record<string, Cell>): Row {
    const filled = (type: string, constraints: { enum?: string[]; pattern?: string } = {}): Cell => {
      if (constraints.enum) return constraints.enum[0]!;
      if (constraints.pattern?.startsWith("^[0-9]{4}")) return "2022";
      if (constraints.pattern === "^[0-9a-f]{64}$") return "0".repeat(64);
      return type === "integer" || type === "number" ? 1 : type === "boolean" ? false : "text";
    };
    return Object.fromEntries(schemas[name].fields.map((f) => [f.name, f.name in cells ? cells[f.name]! : f.constraints?.required ? filled(f.type, f.constraints) : null]));
  }

  it("are checked on the published rows: a dangling part_of or observation_id stops publishing, naming the row", () => {
    const indicators = [row("indicators", { indicator_id: "whole" }), row("indicators", { indicator_id: "part", part_of: "whole" })];
    expect(() => checkTables(tablesWith({ indicators }))).not.toThrow();

    const dangling = userErrorOf(() => checkTables(tablesWith({ indicators: [...indicators, row("indicators", { indicator_id: "orphan", change_of: "missing" })] })));
    expect(dangling.file).toBe("indicators.csv");
    expect(dangling.position).toBe("row 3");
    expect(dangling.problem).toContain('"missing"');

    const observations = [row("observations", { observation_id: "s/whole/2022", source_id: "s", indicator_id: "whole" })];
    const sources = [row("sources", { source_id: "s" })];
    const restatement = row("mentions", { source_id: "s", start: 1, indicator_id: "whole", observation_id: "s/whole/2022" });
    expect(() => checkTables(tablesWith({ indicators, observations, sources, mentions: [restatement] }))).not.toThrow();
    const lost = userErrorOf(() => checkTables(tablesWith({ indicators, observations, sources, mentions: [restatement, { ...restatement, start: 2, observation_id: "s/whole/2021" }] })));
    expect([lost.file, lost.position]).toEqual(["mentions.csv", "row 2"]);
  });
});
