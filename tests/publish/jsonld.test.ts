// dataset.jsonld: the schema.org Dataset says what datapackage.json says (id, addresses, roles, rights,
// citation), in schema.org's terms.
import { describe, expect, it } from "vitest";
import { loadCatalogue } from "../../pipeline/catalogue/load.ts";
import { citation } from "../../pipeline/publish/citation.ts";
import { buildDescriptor } from "../../pipeline/publish/datapackage.ts";
import { buildJsonLd, isoTemporalCoverage, type JsonLdExtras } from "../../pipeline/publish/jsonld.ts";
import { loadTableSchema, type TableName, tableNames } from "../../pipeline/publish/table-schemas.ts";
import type { Tables } from "../../pipeline/publish/tables.ts";
import type { DatasetMetadata } from "../../pipeline/types/catalogue-dataset.ts";
import type { ValidatedDataset } from "../../pipeline/types/validated.ts";

const catalogueMetadata = loadCatalogue().dataset;
const tables = Object.fromEntries(tableNames.map((name) => [name, { schema: loadTableSchema(name), rows: [] }])) as unknown as Tables;
const files = Object.fromEntries(tableNames.map((name) => [name, { path: `${name}.csv`, bytes: 1, sha256: "0".repeat(64) }])) as Record<TableName, { path: string; bytes: number; sha256: string }>;
/** Only the sources' metadata is read by buildDescriptor. */
const dataset = { sources: [{ metadata: { id: "s1", title: "حصيلة", url: "https://news.example/a" } }] } as unknown as ValidatedDataset;
const stamp = { version: "1.2.0", date: "2026-03-04" };

const extras: JsonLdExtras = {
  alternateName: "عنوان",
  spatialCoverage: "Morocco",
  temporalCoverage: "2016-H1/2022",
  variablesMeasured: ["Files processed"],
  downloads: [{ path: "observations.csv", encodingFormat: "text/csv" }],
  baseUrl: null,
};

function jsonLdFor(metadata: DatasetMetadata, more: Partial<JsonLdExtras> = {}) {
  return buildJsonLd(buildDescriptor({ metadata, stamp, dataset, tables, files }), { ...extras, ...more });
}

describe("dataset.jsonld", () => {
  const site = { ...catalogueMetadata, homepage: "https://data.example/dgsn", repository: "https://code.example/dgsn-open-data" };

  it("identifies the dataset by the package's stable id, then by this version", () => {
    const ld = jsonLdFor(catalogueMetadata);
    expect(ld.identifier).toEqual([catalogueMetadata.id, `${catalogueMetadata.name}@1.2.0`]);
    expect(ld.version).toBe("1.2.0");
  });

  it("gives the homepage as url and the repository as sameAs, and no address while none is known", () => {
    expect(jsonLdFor(site)).toMatchObject({ url: "https://data.example/dgsn", sameAs: "https://code.example/dgsn-open-data" });
    const repositoryOnly = jsonLdFor({ ...catalogueMetadata, homepage: null, repository: "https://code.example/dgsn-open-data" });
    expect(repositoryOnly.url).toBe("https://code.example/dgsn-open-data");
    expect(repositoryOnly.sameAs).toBeUndefined();
    const none = jsonLdFor({ ...catalogueMetadata, homepage: null, repository: null });
    expect(none.url).toBeUndefined();
    expect(none.sameAs).toBeUndefined();
  });

  it("gives the citation as creditText and the rights of the quoted text as copyrightNotice, beside the licence", () => {
    const ld = jsonLdFor(site);
    expect(ld.creditText).toBe(citation(site, stamp));
    expect(ld.copyrightNotice).toBe(catalogueMetadata.rights.en);
    expect(ld.license).toBe(catalogueMetadata.licence.path);
  });

  it("maps contributors' roles to schema.org's creator, publisher, copyrightHolder and contributor", () => {
    const ld = jsonLdFor({
      ...catalogueMetadata,
      publisher: "The publisher",
      contributors: [
        { title: "Maker", roles: ["creator", "dataCurator"], path: "https://people.example/maker" },
        { title: "Holder", roles: ["rightsHolder"] },
        { title: "Helpdesk", roles: ["contact"] },
      ],
    });
    expect(ld.creator).toEqual([{ "@type": "Organization", name: "Maker", url: "https://people.example/maker" }]);
    expect(ld.publisher).toEqual({ "@type": "Organization", name: "The publisher" });
    expect(ld.copyrightHolder).toEqual([{ "@type": "Organization", name: "Holder" }]);
    // A creator's other roles do not list them twice.
    expect(ld.contributor).toEqual([{ "@type": "Organization", name: "Helpdesk" }]);
  });

  it("states the languages of the data: Arabic quotes, English and French labels", () => {
    expect(jsonLdFor(catalogueMetadata).inLanguage).toEqual(["ar", "en", "fr"]);
  });

  it("links the files absolutely when the site is known, relatively otherwise", () => {
    const relative = jsonLdFor(catalogueMetadata).distribution as Array<{ contentUrl: string }>;
    expect(relative[0]!.contentUrl).toBe("observations.csv");
    const absolute = jsonLdFor(site, { baseUrl: "https://data.example/dgsn/1.2.0/" }).distribution as Array<{ contentUrl: string }>;
    expect(absolute[0]!.contentUrl).toBe("https://data.example/dgsn/1.2.0/observations.csv");
  });
});

describe("temporal coverage", () => {
  it.each([
    ["2022", "2022"],
    ["2016/2022", "2016/2022"],
    ["2016-H1/2022", "2016-01/2022"],
    ["2016/2022-H2", "2016/2022-12"],
    ["2023-Q3", "2023-07/2023-09"],
    ["2015-Q4/2016-H1", "2015-10/2016-06"],
  ])("%s is written in ISO 8601 as %s (ISO 8601 has no half-years)", (coverage, iso) => {
    expect(isoTemporalCoverage(coverage)).toBe(iso);
    expect(jsonLdFor(catalogueMetadata, { temporalCoverage: coverage }).temporalCoverage).toBe(iso);
  });
});
