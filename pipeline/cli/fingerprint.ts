// A run's fingerprint (publish/versions/fingerprint.ts) without reading the pipeline's own files on every run:
// hashing the 256 files of pipeline/ took 25-45 ms of every run, fresh or unchanged. scripts/pipeline.mjs
// rebuilds the bundle whenever one of those files is newer than it, so it hashes them then and writes the list
// beside the bundle (pipeline-files.json, from this module's pipelineFileHashes). The bundle trusts file times as
// it always has: code copied in with times older than the bundle's runs neither the new code nor a new fingerprint.
import { readFileSync } from "node:fs";
import type { RawSource } from "../io/raw-sources.ts";
import { type FileHashes, type Fingerprint, fingerprintOf } from "../publish/versions/fingerprint.ts";

export { pipelineFileHashes } from "../publish/versions/fingerprint.ts";

/** The list the build wrote beside the bundle; none when this module runs from pipeline/ (tsx, the tests). */
function builtFileHashes(): FileHashes | undefined {
  try {
    return JSON.parse(readFileSync(new URL("pipeline-files.json", import.meta.url), "utf8")) as FileHashes;
  } catch {
    return undefined;
  }
}

/** `catalogueDir`: the folder the catalogue is loaded from. */
export const runFingerprint = (raws: readonly RawSource[], catalogueDir: string): Fingerprint => fingerprintOf(raws, catalogueDir, builtFileHashes());
