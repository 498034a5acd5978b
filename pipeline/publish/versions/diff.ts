// What changed between two builds of the package, and the version bump it calls for (Frictionless
// guidance on versioning data packages, as this project applies it):
//   major — structure changes users' code depends on: a table or field removed or renamed, a field retyped,
//           a key changed; or rows removed (a row someone may cite disappears);
//   minor — data added: new rows, tables or fields;
//   patch — corrections: changed values, changed metadata or presentation.
import { createHash } from "node:crypto";
import type { Version } from "../../types/versions.ts";

type JsonRow = Record<string, unknown>;

/** Rows as a list, or as a stream read from a published file. */
export type Rows = Iterable<JsonRow> | AsyncIterable<JsonRow>;

export interface PackageSnapshot {
  /** Parsed datapackage.json. */
  descriptor: Record<string, unknown>;
  /** The rows of every resource (each read once). */
  rows: Record<string, Rows>;
}

export type Changes = Version["changes"];
export type Bump = "major" | "minor" | "patch";

interface ResourceShape {
  fields: Array<{ name: string; type: string }>;
  primaryKey: string[];
}

function shapes(descriptor: Record<string, unknown>): Map<string, ResourceShape> {
  const resources = (descriptor.resources as Array<{ name: string; schema: ResourceShape }> | undefined) ?? [];
  return new Map(resources.map((r) => [r.name, { fields: r.schema.fields.map((f) => ({ name: f.name, type: f.type })), primaryKey: r.schema.primaryKey }]));
}

const keyOf = (row: JsonRow, primaryKey: string[]) => primaryKey.map((f) => String(row[f] ?? "")).join(" ");

function structureChanges(before: Map<string, ResourceShape>, after: Map<string, ResourceShape>): { major: string[]; minor: string[] } {
  const major: string[] = [];
  const minor: string[] = [];
  for (const [name, old] of before) {
    const next = after.get(name);
    if (!next) {
      major.push(`table ${name} removed`);
      continue;
    }
    for (const field of old.fields) {
      const now = next.fields.find((f) => f.name === field.name);
      if (!now) major.push(`field ${name}.${field.name} removed`);
      else if (now.type !== field.type) major.push(`field ${name}.${field.name} retyped from ${field.type} to ${now.type}`);
    }
    for (const field of next.fields) if (!old.fields.some((f) => f.name === field.name)) minor.push(`field ${name}.${field.name} added`);
    if (old.primaryKey.join(",") !== next.primaryKey.join(",")) major.push(`primary key of ${name} changed from (${old.primaryKey.join(", ")}) to (${next.primaryKey.join(", ")})`);
  }
  for (const name of after.keys()) if (!before.has(name)) minor.push(`table ${name} added`);
  return { major, minor };
}

/** Descriptor properties other than the resources, the version and the release date. */
function metadataChanges(before: Record<string, unknown>, after: Record<string, unknown>): string[] {
  const ignored = new Set(["resources", "version", "created"]);
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((k) => !ignored.has(k)).sort();
  return keys.filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k])).map((k) => `package ${k} changed`);
}

/** What the diff keeps of a row: a digest of the values it compares, and the row's source. */
interface RowSummary {
  values: string;
  source: string | null;
}

/** Each row by key; a key given twice keeps its last row. */
async function indexRows(rows: Rows | undefined, primaryKey: string[], kept: string[]): Promise<Map<string, RowSummary>> {
  const summaries = new Map<string, RowSummary>();
  for await (const row of rows ?? []) {
    const values = createHash("sha256").update(JSON.stringify(kept.map((field) => row[field] ?? null))).digest("base64");
    summaries.set(keyOf(row, primaryKey), { values, source: typeof row.source_id === "string" ? row.source_id : null });
  }
  return summaries;
}

/**
 * What changed from `before` to `after`, the bump it calls for, and the sources of the rows added, changed or
 * removed. Rows are compared by digest, so that each side is read once and never held whole.
 */
export async function diffPackages(before: PackageSnapshot, after: PackageSnapshot): Promise<Changes & { bump: Bump | null; sources: string[] }> {
  const oldShapes = shapes(before.descriptor);
  const newShapes = shapes(after.descriptor);
  const structure = structureChanges(oldShapes, newShapes);
  const added: Record<string, string[]> = {};
  const changed: Record<string, string[]> = {};
  const removed: Record<string, string[]> = {};
  const sources = new Set<string>();
  for (const [name, shape] of newShapes) {
    const oldShape = oldShapes.get(name);
    // A row has changed when a field it had before has another value: a field added to every row is said
    // once (in structure), not as a change of every row.
    const kept = shape.fields.map((f) => f.name).filter((field) => !oldShape || oldShape.fields.some((f) => f.name === field));
    const oldRows = await indexRows(before.rows[name], oldShape?.primaryKey ?? shape.primaryKey, kept);
    const newRows = await indexRows(after.rows[name], shape.primaryKey, kept);
    const put = (target: Record<string, string[]>, key: string, ...rows: Array<RowSummary | undefined>) => {
      (target[name] ??= []).push(key);
      for (const row of rows) if (row?.source) sources.add(row.source);
    };
    for (const [key, row] of newRows) {
      const old = oldRows.get(key);
      if (!old) put(added, key, row);
      else if (old.values !== row.values) put(changed, key, old, row);
    }
    for (const [key, row] of oldRows) if (!newRows.has(key)) put(removed, key, row);
  }
  const metadata = metadataChanges(before.descriptor, after.descriptor);
  const hasRows = (keys: Record<string, string[]>) => Object.keys(keys).length > 0;
  const bump: Bump | null =
    structure.major.length || hasRows(removed) ? "major" : structure.minor.length || hasRows(added) ? "minor" : hasRows(changed) || metadata.length ? "patch" : null;
  return { structure: [...structure.major, ...structure.minor], added, changed, removed, metadata, bump, sources: [...sources].sort() };
}

export function nextVersion(version: string, bump: Bump): string {
  const [major = 0, minor = 0, patch = 0] = version.split(".").map(Number);
  if (bump === "major") return `${major + 1}.0.0`;
  if (bump === "minor") return `${major}.${minor + 1}.0`;
  return `${major}.${minor}.${patch + 1}`;
}

/** What a row of each table is called in the changelog: "14 observations", "1 derived figure". */
const rowNouns: Record<string, [string, string]> = {
  observations: ["observation", "observations"],
  derived: ["derived figure", "derived figures"],
  indicators: ["indicator", "indicators"],
  sources: ["source", "sources"],
  mentions: ["number mention", "number mentions"],
};

/** Tables in publication order (observations first), then any other in name order. */
export function compareTables(a: string, b: string): number {
  const order = Object.keys(rowNouns);
  const rank = (name: string) => (order.includes(name) ? order.indexOf(name) : order.length);
  return rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0);
}

/** "14 observations", "1 derived figure", "3 rows of a table without a noun". */
export function countRows(table: string, count: number): string {
  const nouns = rowNouns[table];
  if (nouns) return `${count} ${count === 1 ? nouns[0] : nouns[1]}`;
  return `${count} ${count === 1 ? "row" : "rows"} of ${table}`;
}

/** The summary of a first release: what it holds, table by table ("14 observations, 7 derived figures, …"). */
export function firstReleaseSummary(counts: Array<[table: string, rows: number]>): string {
  return counts.map(([table, rows]) => countRows(table, rows)).join(", ");
}

const addedField = /^field ([^.\s]+)\.(\S+) added$/;

/** "field observations.label_en added" lines, grouped by table: [["observations", ["label_en", …]], …]. */
export function addedFields(structure: string[]): Array<[string, string[]]> {
  const byTable = new Map<string, string[]>();
  for (const line of structure) {
    const match = addedField.exec(line);
    if (match) byTable.set(match[1]!, [...(byTable.get(match[1]!) ?? []), match[2]!]);
  }
  return [...byTable];
}

/** One line for versions.json and the changelog: "9 fields added (observations: label_ar, …); 2 observations added; 1 derived figure changed". */
export function summarise(changes: Changes): string {
  const fields = addedFields(changes.structure);
  const fieldCount = fields.reduce((n, [, list]) => n + list.length, 0);
  const rows = (keys: Record<string, string[]>, what: string) =>
    Object.entries(keys)
      .sort(([a], [b]) => compareTables(a, b))
      .map(([table, list]) => `${countRows(table, list.length)} ${what}`);
  const parts = [
    ...changes.structure.filter((line) => !addedField.test(line)),
    ...(fieldCount ? [`${fieldCount} field${fieldCount === 1 ? "" : "s"} added (${fields.map(([table, list]) => `${table}: ${list.join(", ")}`).join("; ")})`] : []),
    ...rows(changes.added, "added"),
    ...rows(changes.changed, "changed"),
    ...rows(changes.removed, "removed"),
    ...changes.metadata,
  ];
  return parts.length ? parts.join("; ") : "presentation changed (data card, chart or workbook); data unchanged";
}
