// The stages of a run that builds: ingest and extract source by source (on worker threads for a large corpus),
// then coverage, validate, derive and publish on the main thread, each artifact checked against its schema at
// each stage boundary and kept in memory (written into the work folder with --keep-work, and always when a
// stage runs alone); publishing streams the new files into the output folder's staging folder. Imported only
// when a run builds or checks something (run.ts decides).
import { performance } from "node:perf_hooks";
import { loadCatalogue } from "../catalogue/load.ts";
import { explainSource } from "../explain/explain.ts";
import type { RawSource } from "../io/raw-sources.ts";
import type { OutputTarget } from "../output/target.ts";
import { Publication } from "../output/publication.ts";
import { folderOutput } from "../output/published.ts";
import { scanOwnedOutput } from "../output/owned-output.ts";
import { hooksFromEnvironment } from "../output/test-hooks.ts";
import { processSources, type SourceWork } from "../parallel/sources.ts";
import { hashingStaging } from "../publish/file-sink.ts";
import type { Fingerprint } from "../publish/versions/fingerprint.ts";
import { type CoverageReport, coverage } from "../stages/coverage.ts";
import { derive } from "../stages/derive.ts";
import { extract } from "../stages/extract.ts";
import { ingest } from "../stages/ingest.ts";
import { publishInto } from "../stages/publish.ts";
import { validate } from "../stages/validate.ts";
import type { DerivedDataset } from "../types/derived.ts";
import type { ExtractedSource } from "../types/extracted.ts";
import type { IngestedSource } from "../types/ingested.ts";
import type { ValidatedDataset } from "../types/validated.ts";
import type { ReadSource } from "../validate/quotes.ts";
import { type CliOptions, UsageError } from "./args.ts";
import { artifacts, checkArtifact, forgetArtifacts, readArtifact, readSourceArtifacts, writeArtifact, writeSourceArtifacts } from "./artifacts.ts";
import { boundHeapGrowth } from "./heap.ts";
import { type Console, type HeldOutput, holdOutput, outputName, plural, progress, readSources, type Run, timed } from "./context.ts";

/** An artifact at a stage boundary: written (and checked) into the work folder, or checked in memory. */
function handOver<T>(run: Run, kind: (typeof artifacts)[keyof typeof artifacts], data: T): T {
  if (run.write && run.keepWork) {
    writeArtifact(run.options.work, kind, data);
    return data;
  }
  return checkArtifact(run.options.work, kind, data);
}

/** Where a stage ran, and for how long on those threads when that differs from the wall time. */
const threads = (workers: number, threadMs: number) => (workers === 0 ? "" : ` (${workers} threads, ${(threadMs / 1000).toFixed(1)} s of thread time)`);

function ingestLine(run: Run, work: SourceWork[], workers: number, ms: number): void {
  const bytes = work.reduce((n, w) => n + (w.ingested ?? w.extracted)!.bytes, 0);
  const sentences = work.reduce((n, w) => n + w.sentences, 0);
  const copies = work.filter((w) => w.copy).length;
  const read = copies === 0 ? "" : ` (${plural(work.length - copies, "distinct text")} read, ${copies} ${copies === 1 ? "copy" : "copies"} of them)`;
  progress(run.console, "ingest", `${plural(work.length, "source")}${read}, ${bytes} bytes, ${plural(sentences, "sentence")}${threads(workers, work.reduce((n, w) => n + w.ms.ingest, 0))}`, 0, ms);
}

/** The ingest stage alone: raw/ → work/ingested/. */
async function runIngest(run: Run): Promise<void> {
  const { raws, ms: readMs } = await readSources(run.options);
  const start = performance.now();
  const { work, workers } = await processSources(raws, run.catalogue, { today: run.options.date, extract: false, keepIngested: true, work: run.options.work });
  const ingested = work.map((w) => w.ingested!);
  if (run.write) writeSourceArtifacts(run.options.work, artifacts.ingested, ingested);
  ingestLine(run, work, workers, readMs + performance.now() - start);
}

/**
 * Ingest and extract together, source by source (on worker threads for a large corpus). The two progress
 * lines share the wall time in proportion to the time each stage took on the threads; reading the files
 * counts for ingest.
 */
async function runIngestExtract(run: Run, raws: RawSource[], readMs: number): Promise<ReadSource[]> {
  const start = performance.now();
  const keep = run.write && run.keepWork;
  const { work, workers } = await processSources(raws, run.catalogue, { today: run.options.date, extract: true, keepIngested: keep, dropText: !keep, work: run.options.work });
  const extracted = work.map((w) => w.extracted!);
  if (run.write && run.keepWork) {
    writeSourceArtifacts(run.options.work, artifacts.ingested, work.map((w) => w.ingested!));
    writeSourceArtifacts(run.options.work, artifacts.extracted, extracted);
  }
  const wall = performance.now() - start;
  const ingestMs = work.reduce((n, w) => n + w.ms.ingest, 0);
  const extractMs = work.reduce((n, w) => n + w.ms.extract, 0);
  const share = ingestMs + extractMs > 0 ? ingestMs / (ingestMs + extractMs) : 0.5;
  ingestLine(run, work, workers, readMs + wall * share);
  progress(run.console, "extract", `${plural(extracted.reduce((n, s) => n + s.mentions.length, 0), "number")}, ${plural(extracted.reduce((n, s) => n + s.figures.length, 0), "figure")} read${threads(workers, extractMs)}`, 0, wall * (1 - share));
  return extracted;
}

/** The extract stage alone: work/ingested/ → work/extracted/. */
function runExtract(run: Run, ingested: IngestedSource[]): ExtractedSource[] {
  return timed(run.console, "extract", () => {
    const extracted = ingested.map((source) => extract(source, run.catalogue));
    if (run.write) writeSourceArtifacts(run.options.work, artifacts.extracted, extracted);
    return extracted;
  }, (e) => `${plural(e.reduce((n, s) => n + s.mentions.length, 0), "number")}, ${plural(e.reduce((n, s) => n + s.figures.length, 0), "figure")} read`);
}

/** Counts how every number is accounted for and writes the report (small: written on every run); the numbers in doubt are printed once, by validate. */
function runCoverage(run: Run, extracted: ReadSource[]): CoverageReport {
  const report = timed(run.console, "coverage", () => coverage(extracted), (r) =>
    `${r.numbers} numbers: ${r.byStatus.observation} figures, ${r.byStatus.year + r.byStatus.date + r.byStatus.time + r.byStatus.identifier} dates and years, ${r.byStatus.ignored} ignored, ${r.byStatus.cruft} cruft, ${r.byStatus.held_back} held back, ${r.byStatus.unaccounted} unaccounted`);
  if (run.write) writeArtifact(run.options.work, artifacts.coverage, report);
  return report;
}

/** Validates; held-back and unaccounted numbers are printed once each, as warnings, or as errors with --strict. */
function runValidate(run: Run, extracted: ReadSource[]): ValidatedDataset {
  const validated = timed(run.console, "validate", () => handOver(run, artifacts.validated, validate(extracted, run.catalogue)),
    (v) => `${plural(v.observations.length, "observation")} from ${plural(v.sources.length, "source")}, ${v.mentions.filter((m) => m.status === "restatement").length} restated, ${v.mentions.filter((m) => m.status === "held_back").length} held back`);
  for (const line of validated.warnings) run.console.err(`${run.options.strict ? "error" : "warning"}: ${line}`);
  return validated;
}

/** With --strict, a doubt stops the run before anything is published. */
const doubtsStop = (run: Run, validated: ValidatedDataset) => run.options.strict && validated.warnings.length > 0;

function runDerive(run: Run, validated: ValidatedDataset): DerivedDataset {
  return timed(run.console, "derive", () => handOver(run, artifacts.derived, derive(validated, run.catalogue)), (d) => `${plural(d.derived.length, "derived figure")} (${d.derived.filter((f) => f.value === null).length} empty)`);
}

/** Compares the output folder's published files with what the pipeline would publish; returns the exit status. */
async function runCheck(run: Run, derived: DerivedDataset, start: number): Promise<number> {
  const out = run.out!;
  const label = run.options.out;
  const listing = await scanOwnedOutput(out.real, label);
  if (listing.interrupted) {
    throw new UsageError(`--out ${label}`, "holds a publication that a run left unfinished (it was stopped)", "run the pipeline once without --check: it finishes or undoes it");
  }
  const published = folderOutput(out.real, label, listing);
  const plan = await publishInto(derived, run.catalogue, published, hashingStaging(), { releaseDate: run.options.date, releaseDateSource: run.options.dateSource, check: true });
  const ignored = listing.others.length ? `; ${plural(listing.others.length, "other file")} ignored: ${listing.others.slice(0, 5).join(", ")}${listing.others.length > 5 ? ", …" : ""}` : "";
  if (plan.differences.length === 0) {
    progress(run.console, "check", `${outputName(run.options, run.out)} is what the pipeline publishes (${plural(published.fileCount, "file")}${ignored})`, start);
    return 0;
  }
  run.console.err(`${outputName(run.options, run.out)} is not what the pipeline would publish from ${run.options.raw}/ and the catalogue${ignored}:`);
  for (const line of plan.differences) run.console.err(`  ${line}`);
  run.console.err(`fix: run \`npm run pipeline\` and commit ${label}/${plan.added ? ` (it would publish version ${plan.added.version}: ${plan.added.summary})` : ""}`);
  return 1;
}

/** Publishes (or, with --check, compares); returns the exit status. */
async function runPublish(run: Run, derived: DerivedDataset, held: HeldOutput, inputs?: Fingerprint & { warnings: number }, why = ""): Promise<number> {
  const start = performance.now();
  if (run.options.check) return runCheck(run, derived, start);
  const output = holdOutput(run.out!, run.options, run.console, held);
  const listing = await scanOwnedOutput(output.dir, output.label);
  const publication = Publication.begin(output.dir, hooksFromEnvironment(run.options.testHook, run.console.err));
  try {
    const plan = await publishInto(derived, run.catalogue, folderOutput(output.dir, output.label, listing), publication, { releaseDate: run.options.date, releaseDateSource: run.options.dateSource, inputs });
    if (plan.steps.length > 0) await publication.commit(plan.steps);
    else publication.abort();
    const latest = plan.history.versions.at(-1)!;
    const what = plan.added ? `published ${plan.added.version} (${plan.added.bump}): ${plan.added.summary}` : `unchanged: latest is ${latest.version}${why}`;
    const kept = listing.others.length ? `; kept ${plural(listing.others.length, "file")} it did not write` : "";
    progress(run.console, "publish", `${run.out!.linkTarget ? `into ${outputName(run.options, run.out)}: ` : ""}${what}${kept}`, start);
    return 0;
  } catch (error) {
    publication.abort();
    throw error;
  }
}

export { loadCatalogue };

/** What a whole run has done before it builds: the sources read and, unless --check, their fingerprint. */
export interface Prepared {
  raws: RawSource[];
  readMs: number;
  fingerprint?: Fingerprint;
  /** Why the latest version is rebuilt and compared (" (rebuilt and compared, since …)"), or "". */
  why: string;
}

/** Every stage in order, on sources already read; the output folder is up to date or not, as `prepared` says. */
async function runAll(run: Run, held: HeldOutput, { raws, readMs, fingerprint, why }: Prepared): Promise<number> {
  if (run.write && !run.keepWork) forgetArtifacts(run.options.work, [artifacts.ingested, artifacts.extracted, artifacts.validated, artifacts.derived]);
  boundHeapGrowth(raws.reduce((n, raw) => n + raw.bytes.length, 0));
  // Each stage's input goes once the next has what it needs: the raw bytes (taken by ingest), then the extracted sources.
  const extracted = await runIngestExtract(run, raws, readMs);
  runCoverage(run, extracted);
  const validated = runValidate(run, extracted);
  extracted.length = 0;
  if (doubtsStop(run, validated)) {
    run.console.err(`${plural(validated.warnings.length, "number")} held back or not accounted for: nothing published (--strict). Run \`npm run pipeline -- explain <source-id>\` for what to add to the catalogue.`);
    return 1;
  }
  const inputs = fingerprint ? { ...fingerprint, warnings: validated.warnings.length } : undefined;
  return runPublish(run, runDerive(run, validated), held, inputs, why);
}

/** Runs a command that builds or checks (a whole run once `prepared`); returns the exit status. */
export async function runCommand(options: CliOptions, console: Console, out: OutputTarget | null, held: HeldOutput, prepared?: Prepared): Promise<number> {
  const catalogue = loadCatalogue(options.catalogue);
  const run: Run = { options, catalogue, console, write: !options.check && options.command !== "explain", keepWork: options.keepWork || options.command !== "all", out };
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
      return await runPublish(run, readArtifact<DerivedDataset>(options.work, artifacts.derived), held);
    case "explain": {
      const { raws } = await readSources(options);
      const sources = raws.map((raw) => ingest(raw, run.catalogue, { today: options.date }));
      for (const line of explainSource(options.sourceId!, sources, run.catalogue)) run.console.out(line);
      return 0;
    }
    default:
      return await runAll(run, held, prepared!);
  }
}
