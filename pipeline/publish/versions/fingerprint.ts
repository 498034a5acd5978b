// The fingerprint of a run's inputs: what the published bytes are a function of. Each part is the SHA-256 of
// a list of files ("<sha256>  <name>" lines in name order), so that a moved folder keeps its fingerprint and
// any changed byte changes it. Recorded with each new version in versions.json (see schemas/versions.schema.json
// for why there); a run whose fingerprint is the latest version's has nothing to build.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { RawSource } from "../../io/raw-sources.ts";
import { projectPath } from "../../lib/paths.ts";
import type { VersionInputs } from "../../types/versions.ts";

export type Fingerprint = Omit<VersionInputs, "warnings">;

const sha256 = (data: string | Uint8Array) => createHash("sha256").update(data).digest("hex");

/** The SHA-256 of a list of named hashes, in name order. */
export function listHash(entries: Iterable<readonly [name: string, sha256: string]>): string {
  const sorted = [...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return sha256(sorted.map(([name, hash]) => `${hash}  ${name}\n`).join(""));
}

/** Every file under `dir` but those `skip` says no to (relative POSIX paths), with its hash. */
function filesUnder(dir: string, skip: (path: string) => boolean = () => false, relative = ""): Array<[string, string]> {
  const entries: Array<[string, string]> = [];
  for (const entry of readdirSync(join(dir, relative), { withFileTypes: true })) {
    const path = relative ? `${relative}/${entry.name}` : entry.name;
    if (skip(path)) continue;
    if (entry.isDirectory()) entries.push(...filesUnder(dir, skip, path));
    else if (entry.isFile()) entries.push([path, sha256(readFileSync(join(dir, path)))]);
  }
  return entries;
}

/** The sources as the pipeline reads them: each text's bytes and each metadata file's text. */
export function sourcesFingerprint(raws: readonly RawSource[]): string {
  return listHash(raws.flatMap((raw) => [[`${raw.id}.txt`, raw.sha256] as const, [`${raw.id}.source.json`, sha256(raw.metadataText)] as const]));
}

/**
 * The catalogue: every JSON file of its folder (the files the run loads, and no others in the default folder),
 * hashed without loading them, so that an unchanged run neither parses nor checks the catalogue.
 */
export function catalogueFingerprint(dir: string): string {
  const files = readdirSync(dir, { withFileTypes: true }).filter((entry) => entry.isFile() && entry.name.endsWith(".json"));
  return listHash(files.map((entry) => [entry.name, sha256(readFileSync(join(dir, entry.name)))] as const));
}

/** The catalogue's data (its JSON files) is an input of its own; the code beside it (catalogue/load.ts) is the pipeline's. */
const catalogueData = (path: string) => /^catalogue\/[^/]*\.json$/.test(path);

/** A copy of the code without its lock file runs too (scripts/pipeline.mjs allows it): its fingerprint says so. */
function readIfPresent(file: string): Buffer | string {
  try {
    return readFileSync(file);
  } catch {
    return "(absent)";
  }
}

/** A list of files with their hashes, as the fingerprint lists them. */
export type FileHashes = Array<[path: string, sha256: string]>;

/** Every file of the pipeline's code and data, with its hash: what the build writes beside the bundle (scripts/pipeline.mjs). */
export const pipelineFileHashes = (): FileHashes => filesUnder(projectPath("pipeline"), catalogueData).map(([path, hash]) => [`pipeline/${path}`, hash]);

/** The pipeline's part of the fingerprint from its files' hashes, the lock file and what of Node the bytes depend on. */
export function pipelineFingerprintFrom(files: FileHashes): string {
  return listHash([
    ...files,
    ["package-lock.json", sha256(readIfPresent(projectPath("package-lock.json")))],
    ["node:zlib", sha256(process.versions.zlib ?? "")],
    ["node:icu", sha256(`${process.versions.icu ?? ""} ${process.versions.unicode ?? ""}`)],
  ]);
}

let pipelineHash: string | undefined;

/**
 * The pipeline itself: its code and data (pipeline/ but the catalogue's JSON files, which are an input of their own), the locked
 * dependencies, and what of Node the bytes depend on (zlib compresses the workbook; ICU's version, though numbers
 * and dates are written from the message tables). Read from the files, unless the build listed them (`built`).
 */
export function pipelineFingerprint(built?: FileHashes): string {
  pipelineHash ??= pipelineFingerprintFrom(built ?? pipelineFileHashes());
  return pipelineHash;
}

/** `catalogueDir`: the folder the catalogue is loaded from (its files are read here, not parsed); `built`: the pipeline's files as the build listed them. */
export function fingerprintOf(raws: readonly RawSource[], catalogueDir: string, built?: FileHashes): Fingerprint {
  return {
    sources: sourcesFingerprint(raws),
    catalogue: catalogueFingerprint(catalogueDir),
    schemas: listHash(filesUnder(projectPath("schemas"))),
    pipeline: pipelineFingerprint(built),
  };
}

/** The parts that differ ("sources", "pipeline" …), in a fixed order; empty when the fingerprints are the same. */
export function changedParts(recorded: Fingerprint | undefined, current: Fingerprint): Array<keyof Fingerprint> {
  const parts = ["sources", "catalogue", "schemas", "pipeline"] as const;
  return recorded ? parts.filter((part) => recorded[part] !== current[part]) : [...parts];
}
