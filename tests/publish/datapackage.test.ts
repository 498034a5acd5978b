// The published package validates against the official Frictionless profiles, and every CSV cell parses
// as the type its Table Schema declares.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync, mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { parse } from "csv-parse/sync";
import { tableNames } from "../../pipeline/publish/table-schemas.ts";
import { describe, expect, it } from "vitest";
import { sha256 } from "../../pipeline/lib/hash.ts";
import { subtree } from "../../pipeline/publish/file-tree.ts";
import { latestDir } from "../../pipeline/publish/plan-output.ts";
import { stringify } from "csv-stringify/sync";
import { validateV1Package, validateV1TabularResource, validateV2Package } from "../helpers/frictionless.ts";
import { runPipeline } from "../helpers/pipeline.ts";

const { plan } = await runPipeline();
// The newest version, whatever its number: latest/ is its copy.
const version = subtree(plan.tree, latestDir);
const descriptor = JSON.parse(version.get("datapackage.json")!.toString("utf8"));

type Field = { name: string; type: string; constraints?: { required?: boolean; enum?: string[] } };
type Resource = { name: string; path: string; bytes: number; hash: string; schema: { fields: Field[]; primaryKey: string[]; foreignKeys?: Array<{ fields: string[]; reference: { resource: string; fields: string[] } }> } };
const resources = descriptor.resources as Resource[];

const cellParses: Record<string, (cell: string) => boolean> = {
  string: () => true,
  integer: (c) => /^-?\d+$/.test(c) && Number.isSafeInteger(Number(c)),
  number: (c) => /^-?\d+(\.\d+)?([eE][-+]?\d+)?$/.test(c),
  boolean: (c) => c === "true" || c === "false",
  date: (c) => /^\d{4}-\d{2}-\d{2}$/.test(c) && !Number.isNaN(Date.parse(`${c}T00:00:00Z`)),
  year: (c) => /^\d{4}$/.test(c),
};

const rowsOf = (resource: Resource): Array<Record<string, string>> => parse(version.get(resource.path)!, { columns: true, bom: false, relax_quotes: false });

describe("datapackage.json", () => {
  it("is valid against the official v2 datapackage profile", () => {
    expect(validateV2Package(descriptor), JSON.stringify(validateV2Package.errors)).toBe(true);
  });

  it("is valid against the official v1 data-package profile", () => {
    expect(validateV1Package(descriptor), JSON.stringify(validateV1Package.errors)).toBe(true);
  });

  it.each(resources.map((r) => [r.name, r] as const))("resource %s is a valid v1 tabular-data-resource", (_, resource) => {
    expect(validateV1TabularResource(resource), JSON.stringify(validateV1TabularResource.errors)).toBe(true);
  });

  it("lists every table, each with bytes and a sha256 hash of its file", () => {
    expect(resources.map((r) => r.name)).toEqual([...tableNames]);
    for (const r of resources) {
      const bytes = version.get(r.path)!;
      expect(r.bytes).toBe(bytes.length);
      expect(r.hash).toBe(`sha256:${sha256(bytes)}`);
    }
  });

  it("carries English titles and descriptions and Arabic labels for every field", () => {
    for (const field of resources.flatMap((r) => r.schema.fields) as Array<Field & { title: string; description: string; title_ar: string }>) {
      expect(field.title.length).toBeGreaterThan(0);
      expect(field.description.length).toBeGreaterThan(0);
      expect(field.title_ar).toMatch(/[\u0600-\u06FF]/);
    }
  });

  it("states the licence, the rights of the quoted text, the sources, the contributors with their roles, an id and a citation", () => {
    expect(descriptor.licenses[0]).toMatchObject({ name: "CC-BY-4.0" });
    expect(descriptor.rights).toMatch(/quote/);
    expect(descriptor.sources[0].path).toMatch(/^https:\/\/www\.maroc2droit\.com\//);
    expect(descriptor.contributors.length).toBeGreaterThan(0);
    for (const contributor of descriptor.contributors) expect(contributor.roles.length).toBeGreaterThan(0);
    expect(descriptor.id).toMatch(/^urn:uuid:|^https:\/\/doi\.org\//);
    expect(descriptor.bibliographicCitation).toContain(`version ${descriptor.version} [Data set]`);
  });
});

describe("the CSV tables", () => {
  it.each(resources.map((r) => [r.name, r] as const))("%s: every cell parses as its field's type and constraints", (_, resource) => {
    const rows = rowsOf(resource);
    expect(rows.length).toBeGreaterThan(0);
    expect(Object.keys(rows[0]!)).toEqual(resource.schema.fields.map((f) => f.name));
    for (const row of rows) {
      for (const field of resource.schema.fields) {
        const cell = row[field.name]!;
        if (cell === "") {
          expect(field.constraints?.required ?? false, `${resource.name}.${field.name} is required`).toBe(false);
          continue;
        }
        expect(cellParses[field.type]!(cell), `${resource.name}.${field.name} = ${JSON.stringify(cell)} is not a ${field.type}`).toBe(true);
        if (field.constraints?.enum) expect(field.constraints.enum).toContain(cell);
      }
    }
  });

  it("primary keys are unique and foreign keys resolve", () => {
    for (const resource of resources) {
      const rows = rowsOf(resource);
      const keys = rows.map((row) => resource.schema.primaryKey.map((f) => row[f]).join("|"));
      expect(new Set(keys).size).toBe(keys.length);
      for (const fk of resource.schema.foreignKeys ?? []) {
        // "" is the table itself (a self-reference, as v1 writes it and v2 reads it).
        const target = fk.reference.resource === "" ? resource : resources.find((r) => r.name === fk.reference.resource)!;
        const targets = new Set(rowsOf(target).map((row) => fk.reference.fields.map((f) => row[f]).join("|")));
        for (const row of rows) {
          // A reference with an empty (null) cell points at nothing, as in SQL and check-tables.
          if (fk.fields.some((f) => row[f] === "")) continue;
          const key = fk.fields.map((f) => row[f]).join("|");
          expect(targets.has(key), `${resource.name} → ${target.name}: ${key}`).toBe(true);
        }
      }
    }
  });

  it("resolve the references the format cannot state: each input of a derived figure is an observation or a derived figure", () => {
    // derived.inputs lists several ids in one cell, which a Table Schema foreign key cannot reference.
    const observations = new Set(rowsOf(resources.find((r) => r.name === "observations")!).map((row) => row.observation_id));
    const derivedRows = rowsOf(resources.find((r) => r.name === "derived")!);
    const derived = new Set(derivedRows.map((row) => `${row.derived_id}/${row.period}`));
    for (const row of derivedRows) {
      const inputs = row.inputs!.split(" ");
      expect(inputs.length).toBeGreaterThan(0);
      for (const input of inputs) expect(observations.has(input) || derived.has(input), `${row.derived_id}/${row.period} → ${input}`).toBe(true);
    }
  });

  it("are RFC 4180: CRLF line ends, UTF-8 without BOM, Arabic intact", () => {
    const csv = version.get("observations.csv")!;
    expect(csv.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf]))).toBe(false);
    const records = csv.toString("utf8").split("\r\n");
    // One line per row and the header, each ended by CRLF (no bare LF anywhere).
    expect(records.at(-1)).toBe("");
    expect(records.length - 2).toBe(JSON.parse(version.get("observations.json")!.toString("utf8")).length);
    expect(csv.toString("utf8").replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    expect(csv.toString("utf8")).toContain("5 آلاف و800 ملف");
  });

  it("have an Excel variant with a BOM, ';' separators and decimal commas", () => {
    const excel = version.get("excel/derived.csv")!;
    expect(excel.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf]))).toBe(true);
    const rows: Array<Record<string, string>> = parse(excel, { columns: true, bom: true, delimiter: ";" });
    expect(rows.find((r) => r.derived_id === "arrests_per_warrant")!.value).toBe("1,1226");
  });
});

/** The version's files in a scratch folder, with `edit` applied to their text. */
function writeVersion(edit: (path: string, text: string) => string = (_, text) => text): string {
  const dir = mkdtempSync(join(tmpdir(), "package-"));
  for (const [path, bytes] of version) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), path.endsWith(".csv") ? edit(path, bytes.toString("utf8")) : bytes);
  }
  return dir;
}

// frictionlessdata's JavaScript library for Data Package v1 (datapackage-js). Not a dependency of the project:
// `npm install --no-save datapackage@1.1.10` (45 packages, no install script) makes this suite run it.
const datapackageJs = (() => {
  try {
    return createRequire(import.meta.url)("datapackage") as { Package: { load(path: string, options: { basePath: string }): Promise<DataPackageJs> } };
  } catch {
    return null;
  }
})();
type DataPackageJs = { valid: boolean; errors: Error[]; resources: Array<{ name: string; tabular: boolean; read(options: { keyed: boolean; relations: boolean }): Promise<unknown[]> }> };

/** Loads the package with datapackage-js and reads every table, cast to its types, with its foreign keys resolved. */
async function readWithDatapackageJs(dir: string): Promise<{ valid: boolean; problems: string[] }> {
  const pkg = await datapackageJs!.Package.load(join(dir, "datapackage.json"), { basePath: dir });
  const problems: string[] = pkg.errors.map((e) => e.message);
  for (const resource of pkg.resources) {
    if (!resource.tabular) problems.push(`${resource.name} is not read as a table`);
    try {
      await resource.read({ keyed: true, relations: true });
    } catch (error) {
      problems.push(`${resource.name}: ${(error as Error).message}`);
    }
  }
  return { valid: pkg.valid, problems };
}

describe.skipIf(datapackageJs === null)("frictionlessdata's datapackage-js (v1 reference library, where installed)", () => {
  it("finds the descriptor valid, every table tabular, every cell of its type and every foreign key resolved", async () => {
    expect(await readWithDatapackageJs(writeVersion())).toEqual({ valid: true, problems: [] });
  });

  it("would see a dangling reference (so the check above is not vacuous)", async () => {
    // The first indicator that is a part of another now points at none.
    const dangle = (text: string) => {
      const rows: Array<Record<string, string>> = parse(text, { columns: true });
      rows.find((row) => row.part_of !== "")!.part_of = "no_such_indicator";
      return stringify(rows, { header: true, record_delimiter: "\r\n" });
    };
    const broken = writeVersion((path, text) => (path === "indicators.csv" ? dangle(text) : text));
    const { problems } = await readWithDatapackageJs(broken);
    expect(problems.join("\n")).toMatch(/indicators: Foreign key "part_of" violation/);
  });
});

const frictionless = spawnSync("frictionless", ["--version"], { encoding: "utf8" });

describe.skipIf(frictionless.status !== 0)("the reference Frictionless validator (frictionless-py, where installed)", () => {
  it("finds no error in the package", () => {
    const dir = writeVersion();
    const report = execFileSync("frictionless", ["validate", "--json", join(dir, "datapackage.json")], { encoding: "utf8" });
    expect(JSON.parse(report).valid).toBe(true);
  });
});
