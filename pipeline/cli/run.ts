// Runs the command the user asked for: the stages in order, or one of them on the work directory's
// artifacts. Progress goes to stdout, one line per stage; warnings and errors to stderr, each once.
import { performance } from "node:perf_hooks";
import { type Catalogue, loadCatalogue } from "../catalogue/load.ts";
import { listRawSources, readRawSources } from "../io/raw-sources.ts";
import { projectRoot } from "../lib/paths.ts";
import { openOutput, writeOutput } from "../output/output-folder.ts";
import { checkOwnership, checkPublishedHistory, readOwnedOutput } from "../output/owned-output.ts";
import { type OutputTarget, resolveOutputTarget, resolveWorkTarget } from "../output/target.ts";
import { hooksFromEnvironment } from "../output/test-hooks.ts";
import { compareTrees } from "../publish/file-tree.ts";
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
import { type CliOptions, UsageError } from "./args.ts";
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
  /** The output folder, for the commands that publish or check it. */
  out: OutputTarget | null;
}

async function runIngest(run: Run): Promise<IngestedSource[]> {
  const start = performance.now();
  const entries = await listRawSources(run.options.raw);
  const raws = await readRawSources(entries, run.options.maxBytes);
  // Metadata dates are judged against the day the version will carry, not the machine's clock.
  const ingested = raws.map((raw) => ingest(raw, run.catalogue, { today: run.options.date }));
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

/** Counts how every number is accounted for and writes the report; the numbers in doubt are printed once, by validate. */
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

const recoveryNotes = {
  none: null,
  discarded: "the files an interrupted run had staged were removed; nothing of it had been published",
  completed: "an interrupted run had committed its publication; its leftovers were removed",
  "rolled back": "an interrupted run's publication was undone (it had not committed); the output is as before it",
} as const;

/** How the output folder is named in progress lines: as given, and where a symbolic link leads. */
const outputName = (run: Run) => `${run.options.out}/${run.out?.linkTarget ? ` (a symbolic link, followed to ${run.out.linkTarget})` : ""}`;

/** Compares the output folder's published files with what the pipeline would publish; returns the exit status. */
async function runCheck(run: Run, derived: DerivedDataset, start: number): Promise<number> {
  const out = run.out!;
  const label = run.options.out;
  const current = await readOwnedOutput(out.real, label);
  if (current.interrupted) {
    throw new UsageError(`--out ${label}`, "holds a publication that a run left unfinished (it was stopped)", "run the pipeline once without --check: it finishes or undoes it");
  }
  const plan = await publish(derived, run.catalogue, current.files, { outputDir: label, releaseDate: run.options.date, releaseDateSource: run.options.dateSource, versionFolders: current.versionFolders });
  const differences = compareTrees(plan.tree, current.files);
  const ignored = current.others.length ? `; ${plural(current.others.length, "other file")} ignored: ${current.others.slice(0, 5).join(", ")}${current.others.length > 5 ? ", …" : ""}` : "";
  if (differences.length === 0) {
    progress(run.console, "check", `${outputName(run)} is what the pipeline publishes (${plural(current.files.size, "file")}${ignored})`, start);
    return 0;
  }
  run.console.err(`${outputName(run)} is not what the pipeline would publish from ${run.options.raw}/ and the catalogue${ignored}:`);
  for (const line of differences) run.console.err(`  ${line}`);
  run.console.err(`fix: run \`npm run pipeline\` and commit ${label}/${plan.added ? ` (it would publish version ${plan.added.version}: ${plan.added.summary})` : ""}`);
  return 1;
}

/** Publishes (or, with --check, compares); returns the exit status. */
async function runPublish(run: Run, derived: DerivedDataset): Promise<number> {
  const start = performance.now();
  if (run.options.check) return runCheck(run, derived, start);
  const label = run.options.out;
  const output = openOutput(run.out!.real, label);
  try {
    const note = recoveryNotes[output.recovered];
    if (note) run.console.err(`note: ${label}/: ${note}`);
    const current = await readOwnedOutput(output.dir, label);
    const plan = await publish(derived, run.catalogue, current.files, { outputDir: label, releaseDate: run.options.date, releaseDateSource: run.options.dateSource, versionFolders: current.versionFolders });
    await writeOutput(output, plan.tree, current, hooksFromEnvironment(run.options.testHook, run.console.err));
    const latest = plan.history.versions.at(-1)!;
    const what = plan.added ? `published ${plan.added.version} (${plan.added.bump}): ${plan.added.summary}` : `unchanged: latest is ${latest.version}`;
    const kept = current.others.length ? `; kept ${plural(current.others.length, "file")} it did not write` : "";
    progress(run.console, "publish", `${run.out!.linkTarget ? `into ${outputName(run)}: ` : ""}${what}${kept}`, start);
    return 0;
  } finally {
    output.close();
  }
}

export async function runStages(options: CliOptions, console: Console): Promise<number> {
  // The folders are checked before anything is read or written: a refused --out costs nothing.
  const context = { cwd: process.cwd(), projectRoot, raw: options.raw };
  const publishes = options.command === "all" || options.command === "publish";
  const out = publishes ? resolveOutputTarget(options.out, context) : null;
  if (out && checkOwnership(out.real, options.out) === "owned") checkPublishedHistory(out.real, options.out);
  if (!options.check) resolveWorkTarget(options.work, { ...context, out });
  const catalogue = loadCatalogue(options.catalogue);
  const run: Run = { options, catalogue, console, write: !options.check && options.command !== "explain", out };
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
      const sources = (await readRawSources(await listRawSources(options.raw), options.maxBytes)).map((raw) => ingest(raw, run.catalogue, { today: options.date }));
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
}
