// A run's fingerprint from the list of the pipeline's files the build writes beside the bundle is the one
// fingerprintOf computes by reading them, and the list is current once the runner has checked the bundle.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runFingerprint } from "../../pipeline/cli/fingerprint.ts";
import { defaultCatalogueDir } from "../../pipeline/cli/run.ts";
import { listRawSources, readRawSources } from "../../pipeline/io/raw-sources.ts";
import { fingerprintOf, pipelineFileHashes, pipelineFingerprint, pipelineFingerprintFrom } from "../../pipeline/publish/versions/fingerprint.ts";
import { fixtureRawDir, repoRoot } from "../helpers/pipeline.ts";

describe("a run's fingerprint", () => {
  it("is fingerprintOf's, part for part and in the same order (versions.json records it)", async () => {
    const raws = await readRawSources(await listRawSources(fixtureRawDir));
    expect(JSON.stringify(runFingerprint(raws, defaultCatalogueDir))).toBe(JSON.stringify(fingerprintOf(raws, defaultCatalogueDir)));
  });

  it("has the pipeline's part of its files' hashes, as pipelineFingerprint reads them", () => {
    expect(pipelineFingerprintFrom(pipelineFileHashes())).toBe(pipelineFingerprint());
  });

  it("reads the list the build wrote beside the bundle, which is current once the runner has checked the bundle", () => {
    const runner = spawnSync(process.execPath, [join(repoRoot, "scripts", "pipeline.mjs"), "--help"], { cwd: repoRoot, encoding: "utf8" });
    expect(runner.status, runner.stderr).toBe(0);
    const built = JSON.parse(readFileSync(join(repoRoot, "dist", "pipeline-files.json"), "utf8")) as unknown;
    expect(built).toEqual(pipelineFileHashes());
  });
});
