// The benchmark's command-line part: the stage times it reads from the progress lines, and the corpus of the
// seed's copies, which the pipeline reads as sources of their own.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { listRawSources, readRawSources } from "../../pipeline/io/raw-sources.ts";
import { pipelineCommand } from "./lib/pipeline-command.ts";
import { medianRun, stageTimes, writeSeedCopies } from "./measure/cli.ts";

const tmp = mkdtempSync(join(os.tmpdir(), "dgsn-bench-cli-test-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe("the benchmark's command-line part", () => {
  it("runs what `npm run pipeline` runs: node, package.json's flags, the runner", () => {
    const command = pipelineCommand();
    expect(command.runner.endsWith(join("scripts", "pipeline.mjs"))).toBe(true);
    for (const flag of command.flags) expect(flag).toMatch(/^--[\w-]+(=\S+)?$/);
    expect(command.text).toBe(["node", ...command.flags, "scripts/pipeline.mjs"].join(" "));
    // Anything else (npm's own arguments, another runner) is refused rather than measured wrong.
    const root = mkdtempSync(join(tmp, "root-"));
    writeFileSync(join(root, "package.json"), JSON.stringify({ scripts: { pipeline: "tsx pipeline/cli.ts" } }));
    expect(() => pipelineCommand(root)).toThrow(/is not "node \[--flag …\] scripts\/pipeline\.mjs"/);
  });

  it("reads each stage's time from the progress lines", () => {
    const output = [
      "ingest    3 sources, 500 bytes, 10 sentences (2 threads, 0.1 s of thread time)      15 ms",
      "extract   18 numbers, 14 figures read                                              1201 ms",
      "publish   unchanged: latest is 2.3.4, built from the same sources (nothing built) 49 ms",
      "a line without a time",
    ].join("\n");
    expect(stageTimes(output)).toEqual({ ingest: 15, extract: 1201, publish: 49 });
  });

  it("takes the median of each measure, stages included", () => {
    const run = (ms: number) => ({ ms, cpuMs: ms * 2, maxRss: ms * 3, stages: { extract: ms / 2 }, warnings: ms, outputBytes: ms * 4 });
    expect(medianRun([run(10), run(30), run(20)])).toEqual(run(20));
    expect(medianRun([])).toBeNull();
  });

  it("copies the seed under ids of their own, which the pipeline reads", async () => {
    const seed = readdirSync("raw").filter((f) => f.endsWith(".txt"));
    const { files } = writeSeedCopies("raw", tmp, 3);
    expect(files).toBe(seed.length * 3 * 2);
    const sources = await readRawSources(await listRawSources(tmp));
    expect(new Set(sources.map((s) => s.id)).size).toBe(seed.length * 3);
    for (const source of sources) expect(JSON.parse(source.metadataText).id).toBe(source.id);
    expect(Buffer.from(sources[0]!.bytes).equals(readFileSync(join("raw", seed[0]!)))).toBe(true);
  });
});
