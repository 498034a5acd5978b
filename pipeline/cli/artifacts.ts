// The work directory: each stage's artifact as JSON, checked against its schema when written and when read,
// so that any stage can run alone on what the previous one left.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fs from "fs-extra";
import { UserError } from "../lib/errors.ts";
import { parseJson, stringifyJson } from "../lib/json.ts";
import { validateAgainst } from "../lib/schemas.ts";

export interface ArtifactKind {
  /** File (or directory, for one file per source) in the work directory. */
  path: string;
  schema: string;
  /** The stage that writes it, for the fix when it is missing. */
  stage: string;
}

export const artifacts = {
  ingested: { path: "ingested", schema: "ingested.schema.json", stage: "ingest" },
  extracted: { path: "extracted", schema: "extracted.schema.json", stage: "extract" },
  coverage: { path: "coverage.json", schema: "coverage.schema.json", stage: "coverage" },
  validated: { path: "validated.json", schema: "validated.schema.json", stage: "validate" },
  derived: { path: "derived.json", schema: "derived.schema.json", stage: "derive" },
} satisfies Record<string, ArtifactKind>;

function checked<T>(kind: ArtifactKind, data: unknown, file: string): T {
  return validateAgainst<T>(kind.schema, data, file, `run the "${kind.stage}" stage again (npm run pipeline -- ${kind.stage}); if it keeps failing, it is a bug`);
}

export function writeArtifact(work: string, kind: ArtifactKind, data: unknown): void {
  const file = join(work, kind.path);
  fs.outputFileSync(file, stringifyJson(checked(kind, data, file)));
}

export function readArtifact<T>(work: string, kind: ArtifactKind): T {
  const file = join(work, kind.path);
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch {
    throw new UserError(file, "", "the artifact does not exist", `run the "${kind.stage}" stage first (npm run pipeline -- ${kind.stage})`);
  }
  return checked<T>(kind, parseJson(text, file), file);
}

/** Replaces the per-source artifacts of a kind (work/<kind>/<id>.json) by these. */
export function writeSourceArtifacts(work: string, kind: ArtifactKind, items: Array<{ id: string }>): void {
  const dir = join(work, kind.path);
  fs.emptyDirSync(dir);
  for (const item of items) {
    const file = join(dir, `${item.id}.json`);
    fs.outputFileSync(file, stringifyJson(checked(kind, item, file)));
  }
}

export function readSourceArtifacts<T>(work: string, kind: ArtifactKind): T[] {
  const dir = join(work, kind.path);
  let names: string[];
  try {
    names = readdirSync(dir).filter((n) => n.endsWith(".json")).sort();
  } catch {
    names = [];
  }
  if (names.length === 0) throw new UserError(dir, "", "no artifacts here", `run the "${kind.stage}" stage first (npm run pipeline -- ${kind.stage})`);
  return names.map((name) => {
    const file = join(dir, name);
    return checked<T>(kind, parseJson(readFileSync(file, "utf8"), file), file);
  });
}
