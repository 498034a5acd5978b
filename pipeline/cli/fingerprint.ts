// A run's fingerprint (publish/versions/fingerprint.ts, fingerprintOf: the same value, which a test checks)
// without reading the pipeline's own files on every run. Hashing the 256 files of pipeline/ took 25-45 ms of
// every run, fresh or unchanged. scripts/pipeline.mjs rebuilds the bundle whenever one of those files is newer
// than it, so it hashes them then and writes the list beside the bundle (pipeline-files.json); a run adds what
// the build cannot know (the lock file, Node's zlib and ICU). The bundle trusts file times as it always has:
// code copied in with times older than the bundle's runs neither the new code nor a new fingerprint.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { RawSource } from "../io/raw-sources.ts";
import { projectPath } from "../lib/paths.ts";
import { catalogueFingerprint, type Fingerprint, listHash, pipelineFingerprint, sourcesFingerprint } from "../publish/versions/fingerprint.ts";

export type FileHashes = Array<[path: string, sha256: string]>;

const sha256 = (data: string | Uint8Array) => createHash("sha256").update(data).digest("hex");

/** Every file under `dir` but those `skip` says no to (relative POSIX paths), with its hash, as fingerprint.ts lists them. */
function fileHashesUnder(dir: string, skip: (path: string) => boolean = () => false, relative = ""): FileHashes {
  const entries: FileHashes = [];
  for (const entry of readdirSync(join(dir, relative), { withFileTypes: true })) {
    const path = relative ? `${relative}/${entry.name}` : entry.name;
    if (skip(path)) continue;
    if (entry.isDirectory()) entries.push(...fileHashesUnder(dir, skip, path));
    else if (entry.isFile()) entries.push([path, sha256(readFileSync(join(dir, path)))]);
  }
  return entries;
}

/** The catalogue's data (its JSON files) is an input of its own; the code beside it (catalogue/load.ts) is the pipeline's. */
const catalogueData = (path: string) => /^catalogue\/[^/]*\.json$/.test(path);

/** Every file of the pipeline's code and data, with its hash: what the build writes to pipeline-files.json. */
export const pipelineFileHashes = (): FileHashes => fileHashesUnder(projectPath("pipeline"), catalogueData).map(([path, hash]) => [`pipeline/${path}`, hash]);

/** A copy of the code without its lock file runs too (scripts/pipeline.mjs allows it): its fingerprint says so. */
function readIfPresent(file: string): Buffer | string {
  try {
    return readFileSync(file);
  } catch {
    return "(absent)";
  }
}

/** The pipeline's part of the fingerprint from its files' hashes: pipelineFingerprint() without reading them. */
export function pipelineFingerprintFrom(files: FileHashes): string {
  return listHash([
    ...files,
    ["package-lock.json", sha256(readIfPresent(projectPath("package-lock.json")))],
    ["node:zlib", sha256(process.versions.zlib ?? "")],
    ["node:icu", sha256(`${process.versions.icu ?? ""} ${process.versions.unicode ?? ""}`)],
  ]);
}

/** The list the build wrote beside the bundle; none when this module runs from pipeline/ (tsx, the tests). */
function builtFileHashes(): FileHashes | null {
  try {
    return JSON.parse(readFileSync(new URL("pipeline-files.json", import.meta.url), "utf8")) as FileHashes;
  } catch {
    return null;
  }
}

/** `catalogueDir`: the folder the catalogue is loaded from (its files are read here, not parsed). */
export function runFingerprint(raws: readonly RawSource[], catalogueDir: string): Fingerprint {
  const built = builtFileHashes();
  return {
    sources: sourcesFingerprint(raws),
    catalogue: catalogueFingerprint(catalogueDir),
    schemas: listHash(fileHashesUnder(projectPath("schemas"))),
    pipeline: built ? pipelineFingerprintFrom(built) : pipelineFingerprint(),
  };
}
