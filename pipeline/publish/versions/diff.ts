// What changed between two builds of the package, and the version bump it calls for (Frictionless
// guidance on versioning data packages, as this project applies it):
//   major — structure changes users' code depends on: a table or field removed or renamed, a field retyped,
//           a key changed; or rows removed (a row someone may cite disappears);
//   minor — data added: new rows, tables or fields;
//   patch — corrections: changed values, changed metadata or presentation.
import type { Version } from "../../types/versions.ts";

type JsonRow = Record<string, unknown>;

export interface PackageSnapshot {
  /** Parsed datapackage.json. */
  descriptor: Record<string, unknown>;
  /** Parsed <table>.json of every resource. */
  rows: Record<string, JsonRow[]>;
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

export function diffPackages(before: PackageSnapshot, after: PackageSnapshot): Changes & { bump: Bump | null } {
  const oldShapes = shapes(before.descriptor);
  const newShapes = shapes(after.descriptor);
  const structure = structureChanges(oldShapes, newShapes);
  const added: Record<string, string[]> = {};
  const changed: Record<string, string[]> = {};
  const removed: Record<string, string[]> = {};
  for (const [name, shape] of newShapes) {
    const oldShape = oldShapes.get(name);
    const oldRows = new Map((before.rows[name] ?? []).map((r) => [keyOf(r, oldShape?.primaryKey ?? shape.primaryKey), r]));
    const newRows = new Map((after.rows[name] ?? []).map((r) => [keyOf(r, shape.primaryKey), r]));
    const put = (target: Record<string, string[]>, key: string) => (target[name] ??= []).push(key);
    for (const [key, row] of newRows) {
      const old = oldRows.get(key);
      if (!old) put(added, key);
      else if (JSON.stringify(old) !== JSON.stringify(row)) put(changed, key);
    }
    for (const key of oldRows.keys()) if (!newRows.has(key)) put(removed, key);
  }
  const metadata = metadataChanges(before.descriptor, after.descriptor);
  const hasRows = (keys: Record<string, string[]>) => Object.keys(keys).length > 0;
  const bump: Bump | null =
    structure.major.length || hasRows(removed) ? "major" : structure.minor.length || hasRows(added) ? "minor" : hasRows(changed) || metadata.length ? "patch" : null;
  return { structure: [...structure.major, ...structure.minor], added, changed, removed, metadata, bump };
}

export function nextVersion(version: string, bump: Bump): string {
  const [major = 0, minor = 0, patch = 0] = version.split(".").map(Number);
  if (bump === "major") return `${major + 1}.0.0`;
  if (bump === "minor") return `${major}.${minor + 1}.0`;
  return `${major}.${minor}.${patch + 1}`;
}

/** "3 rows added, 1 changed" — one line for versions.json and the changelog. */
export function summarise(changes: Changes): string {
  const count = (keys: Record<string, string[]>) => Object.values(keys).reduce((n, list) => n + list.length, 0);
  const parts = [
    ...changes.structure,
    ...[
      [count(changes.added), "added"],
      [count(changes.changed), "changed"],
      [count(changes.removed), "removed"],
    ]
      .filter(([n]) => (n as number) > 0)
      .map(([n, what]) => `${String(n)} row${n === 1 ? "" : "s"} ${String(what)}`),
    ...changes.metadata,
  ];
  return parts.length ? parts.join("; ") : "presentation changed (data card, chart or workbook); data unchanged";
}

/** The sources of the rows that changes add, change or remove, looked up in the snapshots before and after. */
export function touchedSources(changes: Changes, snapshots: PackageSnapshot[]): string[] {
  const ids = new Set<string>();
  for (const snapshot of snapshots) {
    for (const [name, shape] of shapes(snapshot.descriptor)) {
      const touched = new Set([changes.added, changes.changed, changes.removed].flatMap((keys) => keys[name] ?? []));
      for (const row of snapshot.rows[name] ?? []) {
        if (typeof row.source_id === "string" && touched.has(keyOf(row, shape.primaryKey))) ids.add(row.source_id);
      }
    }
  }
  return [...ids].sort();
}
