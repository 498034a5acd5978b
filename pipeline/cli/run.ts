// Runs the command the user asked for: the stages in order, or one of them on the work directory's
// artifacts. Progress goes to stdout, one line per stage; warnings to stderr.
import { performance } from "node:perf_hooks";
import { resolve } from "node:path";
import { type Catalogue, loadCatalogue } from "../catalogue/load.ts";
import { listRawSources, readRawSources } from "../io/raw-sources.ts";
import { recoverDirectory, replaceDirectory } from "../lib/atomic-dir.ts";
import { acquireLock } from "../lib/lock.ts";
import { compareTrees, readTree } from "../publish/file-tree.ts";
import { type CoverageReport, coverage } from "../stages/coverage.ts";
import { derive } from "../stages/derive.ts";
import { explainSource } from "../explain/explain.ts";
import { extract } from "../stages/extract.ts";
import { ingest } from "../stages/ingest.ts";
import { publish } from "../stages/publish.ts";
import { validate } from "../stages/validate.ts";
import type { DerivedDataset } from "../types/derived.ts";
import type { ExtractedSource } from "../types/extracted.ts";
import type { IngestedSource } from "../types/ingested.ts";
import type { ValidatedDataset } from "../types/validated.ts";
import type { CliOptions } from "./args.ts";
import { artifacts, readArtifact, readSourceArtifacts, writeArtifact, writeSourceArtifacts } from "./artifacts.ts";

export interface Console {
  out(line: string): void;
  err(line: string): void;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** One progress line: the stage, what it did, and how long it took since `start`. */
function progress(console: Console, stage: string, what: string, start: number): void {
  console.out(`${stage.padEnd(9)} ${what.padEnd(72)} ${Math.round(performance.now() - start)} ms`);
}

function timed<T>(console: Console, stage: string, work: () => T, describe: (result: T) => string): T {
  const start = performance.now();
  const result = work();
  progress(console, stage, describe(result), start);
  return result;
}

/** Everything a run shares: options, catalogue, where to print, and whether to write artifacts. */
interface Run {
  options: CliOptions;
  catalogue: Catalogue;
  console: Console;
  /** --check writes nothing, not even work artifacts. */
  write: boolean;
}

async function runIngest(run: Run): Promise<IngestedSource[]> {
  const start = performance.now();
  const entries = await listRawSources(run.options.raw);
  const raws = await readRawSources(entries, run.options.maxBytes);
  const today = new Date().toISOString().slice(0, 10);
  const ingested = raws.map((raw) => ingest(raw, run.catalogue, { today }));
  if (run.write) writeSourceArtifacts(run.options.work, artifacts.ingested, ingested);
  const bytes = ingested.reduce((n, s) => n + s.bytes, 0);
  const sentences = ingested.reduce((n, s) => n + s.sentences.length, 0);
  progress(run.console, "ingest", `${plural(ingested.length, "source")}, ${bytes} bytes, ${plural(sentences, "sentence")}`, start);
  return ingested;
}

function runExtract(run: Run, ingested: IngestedSource[]): ExtractedSource[] {
  return timed(run.console, "extract", () => {
    const extracted = ingested.map((source) => extract(source, run.catalogue));
    if (run.write) writeSourceArtifacts(run.options.work, artifacts.extracted, extracted);
    return extracted;
  }, (e) => `${plural(e.reduce((n, s) => n + s.mentions.length, 0), "number")}, ${plural(e.reduce((n, s) => n + s.figures.length, 0), "figure")} read`);
}

function runCoverage(run: Run, extracted: ExtractedSource[]): CoverageReport {
  const report = timed(run.console, "coverage", () => coverage(extracted), (r) =>
    `${r.numbers} numbers: ${r.byStatus.observation} figures, ${r.byStatus.year + r.byStatus.date + r.byStatus.time + r.byStatus.identifier} dates and years, ${r.byStatus.ignored} ignored, ${r.byStatus.cruft} cruft, ${r.byStatus.held_back} held back, ${r.byStatus.unaccounted} unaccounted`);
  if (run.write) writeArtifact(run.options.work, artifacts.coverage, report);
  return report;
}

/** Validates; held-back and unaccounted numbers are printed once each, as warnings, or as errors with --strict. */
function runValidate(run: Run, extracted: ExtractedSource[]): ValidatedDataset {
  const validated = timed(run.console, "validate", () => {
    const validated = validate(extracted, run.catalogue);
    if (run.write) writeArtifact(run.options.work, artifacts.validated, validated);
    return validated;
  }, (v) => `${plural(v.observations.length, "observation")} from ${plural(v.sources.length, "source")}, ${v.mentions.filter((m) => m.status === "restatement").length} restated, ${v.mentions.filter((m) => m.status === "held_back").length} held back`);
  for (const line of validated.warnings) run.console.err(`${run.options.strict ? "error" : "warning"}: ${line}`);
  return validated;
}

/** With --strict, a doubt stops the run before anything is published. */
const doubtsStop = (run: Run, validated: ValidatedDataset) => run.options.strict && validated.warnings.length > 0;

function runDerive(run: Run, validated: ValidatedDataset): DerivedDataset {
  return timed(run.console, "derive", () => {
    const derived = derive(validated, run.catalogue);
    if (run.write) writeArtifact(run.options.work, artifacts.derived, derived);
    return derived;
  }, (d) => `${plural(d.derived.length, "derived figure")} (${d.derived.filter((f) => f.value === null).length} empty)`);
}

/** Publishes (or, with --check, compares); returns the exit status. */
async function runPublish(run: Run, derived: DerivedDataset): Promise<number> {
  const start = performance.now();
  const out = run.options.out;
  if (run.write) recoverDirectory(resolve(out));
  const current = await readTree(out);
  const plan = await publish(derived, run.catalogue, current, { outputDir: out, releaseDate: run.options.date });
  const differences = compareTrees(plan.tree, current);
  if (run.options.check) {
    if (differences.length === 0) {
      progress(run.console, "check", `${out}/ is what the pipeline publishes (${plural(current.size, "file")})`, start);
      return 0;
    }
    run.console.err(`${out}/ is not what the pipeline would publish from ${run.options.raw}/ and the catalogue:`);
    for (const line of differences) run.console.err(`  ${line}`);
    run.console.err(`fix: run \`npm run pipeline\` and commit ${out}/${plan.added ? ` (it would publish version ${plan.added.version}: ${plan.added.summary})` : ""}`);
    return 1;
  }
  if (differences.length > 0) await replaceDirectory(resolve(out), plan.tree);
  const latest = plan.history.versions.at(-1)!;
  const what = plan.added ? `published ${plan.added.version} (${plan.added.bump}): ${plan.added.summary}` : `unchanged: latest is ${latest.version}`;
  progress(run.console, "publish", what, start);
  return 0;
}

export async function runStages(options: CliOptions, console: Console): Promise<number> {
  const catalogue = loadCatalogue(options.catalogue);
  const run: Run = { options, catalogue, console, write: !options.check && options.command !== "explain" };
  const lock = run.write ? acquireLock(`${resolve(options.out)}.lock`) : undefined;
  try {
    switch (options.command) {
      case "ingest":
        await runIngest(run);
        return 0;
      case "extract":
        runExtract(run, readSourceArtifacts<IngestedSource>(options.work, artifacts.ingested));
        return 0;
      case "coverage":
        runCoverage(run, readSourceArtifacts<ExtractedSource>(options.work, artifacts.extracted));
        return 0;
      case "validate":
        return doubtsStop(run, runValidate(run, readSourceArtifacts<ExtractedSource>(options.work, artifacts.extracted))) ? 1 : 0;
      case "derive":
        runDerive(run, readArtifact<ValidatedDataset>(options.work, artifacts.validated));
        return 0;
      case "publish":
        return await runPublish(run, readArtifact<DerivedDataset>(options.work, artifacts.derived));
      case "explain": {
        const sources = (await readRawSources(await listRawSources(options.raw), options.maxBytes)).map((raw) => ingest(raw, run.catalogue, { today: new Date().toISOString().slice(0, 10) }));
        for (const line of explainSource(options.sourceId!, sources, run.catalogue)) run.console.out(line);
        return 0;
      }
      default: {
        const extracted = runExtract(run, await runIngest(run));
        runCoverage(run, extracted);
        const validated = runValidate(run, extracted);
        if (doubtsStop(run, validated)) {
          run.console.err(`${plural(validated.warnings.length, "number")} held back or not accounted for: nothing published (--strict). Run \`npm run pipeline -- explain <source-id>\` for what to add to the catalogue.`);
          return 1;
        }
        return await runPublish(run, runDerive(run, validated));
      }
    }
  } finally {
    lock?.release();
  }
}
