// The work directory: each stage's artifact as JSON, checked against its schema when written and when read,
// so that any stage can run alone on what the previous one left. Each file is written beside its place and
// renamed into it, so that a run stopped midway never leaves half an artifact.
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { UserError } from "../lib/errors.ts";
import { ioUserError, isSystemError } from "../lib/io-errors.ts";
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

function writeFileWhole(file: string, text: string): void {
  const partial = `${file}.${process.pid}.partial`;
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(partial, text);
    renameSync(partial, file);
  } catch (error) {
    rmSync(partial, { force: true });
    if (isSystemError(error)) throw ioUserError(error, { path: file, doing: "writing a work artifact" });
    throw error;
  }
}

function readText(file: string, kind: ArtifactKind): string {
  try {
    return readFileSync(file, "utf8");
  } catch (error) {
    if (isSystemError(error) && error.code === "ENOENT") throw new UserError(file, "", "the artifact does not exist", `run the "${kind.stage}" stage first (npm run pipeline -- ${kind.stage})`);
    if (isSystemError(error)) throw ioUserError(error, { path: file, doing: "reading a work artifact" });
    throw error;
  }
}

/**
 * Checks an artifact kept in memory against its schema, at the same stage boundary where it would be written
 * and read again (a whole run keeps them in memory unless --keep-work).
 */
export function checkArtifact<T>(work: string, kind: ArtifactKind, data: T): T {
  return checked<T>(kind, data, `${join(work, kind.path)} (in memory)`);
}

/**
 * Removes the artifacts of these kinds that an earlier run left, so that a stage run alone after a whole run
 * that kept them in memory says that they are missing instead of reading stale ones. Other files are left alone.
 */
export function forgetArtifacts(work: string, kinds: ArtifactKind[]): void {
  for (const kind of kinds) {
    const path = join(work, kind.path);
    const names = kind.path.endsWith(".json") ? [path] : artifactNames(path).map((name) => join(path, name));
    for (const file of names) rmSync(file, { force: true });
  }
}

export function writeArtifact(work: string, kind: ArtifactKind, data: unknown): void {
  const file = join(work, kind.path);
  writeFileWhole(file, stringifyJson(checked(kind, data, file)));
}

export function readArtifact<T>(work: string, kind: ArtifactKind): T {
  const file = join(work, kind.path);
  return checked<T>(kind, parseJson(readText(file, kind), file), file);
}

const artifactNames = (dir: string) => {
  try {
    return readdirSync(dir).filter((n) => n.endsWith(".json")).sort();
  } catch (error) {
    if (isSystemError(error) && error.code === "ENOENT") return [];
    if (isSystemError(error)) throw ioUserError(error, { path: dir, doing: "listing work artifacts" });
    throw error;
  }
};

/** Replaces the per-source artifacts of a kind (work/<kind>/<id>.json) by these; other files there are left alone. */
export function writeSourceArtifacts(work: string, kind: ArtifactKind, items: Array<{ id: string }>): void {
  const dir = join(work, kind.path);
  const names = new Set(items.map((item) => `${item.id}.json`));
  for (const item of items) {
    const file = join(dir, `${item.id}.json`);
    writeFileWhole(file, stringifyJson(checked(kind, item, file)));
  }
  // Artifacts of sources removed since the last run would be read by the next stage run alone.
  for (const stale of artifactNames(dir).filter((n) => !names.has(n))) rmSync(join(dir, stale), { force: true });
}

export function readSourceArtifacts<T>(work: string, kind: ArtifactKind): T[] {
  const dir = join(work, kind.path);
  const names = artifactNames(dir);
  if (names.length === 0) throw new UserError(dir, "", "no artifacts here", `run the "${kind.stage}" stage first (npm run pipeline -- ${kind.stage})`);
  return names.map((name) => {
    const file = join(dir, name);
    return checked<T>(kind, parseJson(readText(file, kind), file), file);
  });
}
