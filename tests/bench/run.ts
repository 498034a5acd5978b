// `npm run bench`: throughput, memory and growth of the recognizer and of every stage, on a synthetic corpus
// (tests/bench/corpus.ts) generated into a temporary directory, against a floor measured in the same run
// (reading the same files and hashing them with sha256), so that figures survive a noisy machine; the workbook
// writers side by side on the same tables; and the cold start of the command line against `node -e 0`.
//
//   npm run bench                     N = 10,000 articles (about 50 MB) and N/10
//   npm run bench -- --quick          N = 200, fewer repetitions: a smoke run
//   npm run bench -- --n 5000 --seed 7
//   npm run bench -- --profile        also one CPU-profiled pipeline run at N/10, summarised by function and package
//   npm run bench -- --only workbook,cold-start   some parts only (recognizer, pipeline, cli, workbook, cold-start, articles)
//   npm run bench -- --only cli --copies 3000     the command line over N/10, N and copies of raw/ (default 3,000)
//
// Each measurement that loads the pipeline runs in a child process of its own (lib/child.ts). Times are medians
// of several runs where affordable; MB means 10^6 bytes of UTF-8 text. What each part measures is in measure/.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { type PathologicalKind, pathologicalKinds, writeCorpus } from "./corpus.ts";
import { type ChildOutcome, inChild, repoRoot } from "./lib/child.ts";
import { fmtMB, fmtMs, fmtNum, MB, median, progress, sizeLabel, table } from "./lib/format.ts";
import { gitState, machine } from "./lib/machine.ts";
import { type ArticlesRun, reportArticles } from "./measure/articles.ts";
import { type CliFigure, measureCli, medianRun, reportCli, writeSeedCopies } from "./measure/cli.ts";
import { coldStart, reportColdStart } from "./measure/cold-start.ts";
import { floor } from "./measure/floor.ts";
import { type PipelineFigure, type PipelineRun, stageSummary } from "./measure/pipeline.ts";
import { summariseProfile } from "./measure/profile.ts";
import { type CorpusFigure, type PathologicalFigure, type PathologicalRun, type PathologicalSize, type RecognizerCorpusRun } from "./measure/recognizer.ts";
import { reportWorkbook, type WorkbookFigure, workbookFigure, type WorkbookInputRun, type WorkbookWriteRun, workbookWriters } from "./measure/workbook.ts";

const parts = ["recognizer", "pipeline", "cli", "workbook", "cold-start", "articles"] as const;
type Part = (typeof parts)[number];

interface Options {
  quick: boolean;
  n: number;
  seed: number;
  profile: boolean;
  /** Copies of raw/ the command line is measured on (with --only cli or a full run). */
  copies: number;
  only: ReadonlySet<Part>;
}

function parseOptions(argv: string[]): Options {
  const { values } = parseArgs({
    args: argv,
    options: {
      quick: { type: "boolean", default: false },
      n: { type: "string" },
      seed: { type: "string", default: "1" },
      profile: { type: "boolean", default: false },
      only: { type: "string" },
      copies: { type: "string" },
    },
  });
  const copies = values.copies === undefined ? (values.quick ? 300 : 3000) : Number(values.copies);
  if (!Number.isSafeInteger(copies) || copies < 1) throw new Error(`--copies must be a whole number of at least 1, not ${values.copies}`);
  const n = values.n === undefined ? (values.quick ? 200 : 10_000) : Number(values.n);
  const seed = Number(values.seed);
  if (!Number.isSafeInteger(n) || n < 10) throw new Error(`--n must be a whole number of at least 10, not ${values.n}`);
  if (!Number.isSafeInteger(seed) || seed < 0) throw new Error(`--seed must be a non-negative whole number, not ${values.seed}`);
  const only = values.only === undefined ? parts : values.only.split(",").map((p) => p.trim());
  const unknown = only.filter((p) => !(parts as readonly string[]).includes(p));
  if (unknown.length) throw new Error(`--only takes ${parts.join(", ")}, not ${unknown.join(", ")}`);
  return { quick: values.quick, n, seed, profile: values.profile, copies, only: new Set(only as Part[]) };
}

async function main(options: Options): Promise<void> {
  const started = performance.now();
  const large = options.n;
  const small = Math.max(1, Math.round(large / 10));
  const quick = options.quick;
  const reps = {
    floor: quick ? 3 : 5,
    recognizerSmall: 5,
    recognizerLarge: 3,
    pipelineSmall: quick ? 1 : 3,
    pipelineLarge: 1,
    pathological: quick ? 2 : 5,
    // Rounds of the workbook writers (each writer once per round) and of the cold-start commands.
    workbookSeed: quick ? 3 : 9,
    workbookSmall: quick ? 2 : 5,
    workbookLarge: quick ? 2 : 3,
    coldStart: quick ? 3 : 9,
    // Fresh publications (each followed by an unchanged re-run) through the command line.
    cliSmall: quick ? 1 : 3,
    cliLarge: 1,
    cliCopies: quick ? 1 : 2,
  };
  const skipped = <T>(part: Part): ChildOutcome<T> => ({ ok: false, error: `skipped (--only ${[...options.only].join(",")}, not ${part})`, wallMs: 0 });
  // Below about 250 kB, the young generation of the garbage collector makes growth look super-linear (an input
  // whose tokens outgrow it costs more per byte): the full run starts there; --quick, smaller, is indicative.
  const pathologicalSizes = quick ? [125_000, 500_000] : [250_000, 1_000_000, 4_000_000];
  const info = { machine: machine(), git: gitState() };
  progress(`machine: ${info.machine.cpu}, ${info.machine.cores} cores, node ${info.machine.node}, load average ${info.machine.loadAverageAtStart.map((x) => x.toFixed(2)).join(" ")}`);

  const work = mkdtempSync(join(os.tmpdir(), "dgsn-bench-"));
  const cleanup = () => rmSync(work, { recursive: true, force: true });
  process.once("SIGINT", () => {
    cleanup();
    process.exit(130);
  });
  try {
    // Corpus: N articles and the first N/10 of the same seed (article i does not depend on N).
    const dirs = { small: join(work, "corpus-small"), large: join(work, "corpus-large") };
    progress(`generating ${large} articles (seed ${options.seed}) into ${dirs.large}`);
    let start = performance.now();
    const largeCorpus = writeCorpus(dirs.large, { n: large, seed: options.seed });
    const generateMs = performance.now() - start;
    const smallCorpus = writeCorpus(dirs.small, { n: small, seed: options.seed });
    const corpus = {
      seed: options.seed,
      large: { docs: large, ...largeCorpus, generateMs },
      small: { docs: small, ...smallCorpus },
    };

    // (a) The floor.
    progress("floor: reading and hashing the corpus files");
    const floors = { small: floor(dirs.small, reps.floor), large: floor(dirs.large, reps.floor) };

    // (b) The recognizer alone: the corpus text at both sizes, then each pathological input at growing sizes.
    const runRecognizer = options.only.has("recognizer");
    if (runRecognizer) progress(`recognizer over the corpus text (${reps.recognizerSmall} runs at ${small} documents, ${reps.recognizerLarge} at ${large})`);
    const recognizerSmall = runRecognizer
      ? await inChild<RecognizerCorpusRun>({ task: "recognizer-corpus", dir: dirs.small, runs: reps.recognizerSmall }, { timeoutMs: 30 * 60_000, execArgv: ["--expose-gc"] })
      : skipped<RecognizerCorpusRun>("recognizer");
    const recognizerLarge = runRecognizer
      ? await inChild<RecognizerCorpusRun>({ task: "recognizer-corpus", dir: dirs.large, runs: reps.recognizerLarge }, { timeoutMs: 30 * 60_000, execArgv: ["--expose-gc"] })
      : skipped<RecognizerCorpusRun>("recognizer");
    // A child per kind (one for all with --quick), so that a timeout loses one kind only.
    const pathologicalRuns: Array<{ kind: PathologicalKind; outcome: ChildOutcome<PathologicalRun> }> = [];
    for (const kinds of !runRecognizer ? [] : quick ? [[...pathologicalKinds]] : pathologicalKinds.map((kind) => [kind])) {
      progress(`recognizer on pathological input: ${kinds.join(", ")}`);
      const outcome = await inChild<PathologicalRun[]>(
        { task: "recognizer-pathological", kinds, sizes: pathologicalSizes, runs: reps.pathological, budgetMs: quick ? 3_000 : 30_000 },
        { timeoutMs: (quick ? 60_000 : 300_000) * kinds.length, execArgv: ["--expose-gc"] },
      );
      for (const kind of kinds) {
        const result = outcome.result?.find((r) => r.kind === kind);
        pathologicalRuns.push({ kind, outcome: { ok: outcome.ok && result !== undefined, result, error: outcome.error, wallMs: outcome.wallMs } });
      }
    }

    // (c, d, e) Every stage in-process, each run in a fresh child: N/10 several times, then N.
    const pipelineRuns = { small: [] as ChildOutcome<PipelineRun>[], large: [] as ChildOutcome<PipelineRun>[] };
    for (const [size, dir, runs] of [["small", dirs.small, reps.pipelineSmall], ["large", dirs.large, reps.pipelineLarge]] as const) {
      if (!options.only.has("pipeline")) pipelineRuns[size].push(skipped<PipelineRun>("pipeline"));
      for (let run = 0; run < (options.only.has("pipeline") ? runs : 0); run++) {
        progress(`pipeline in-process over ${size === "small" ? small : large} documents (run ${run + 1} of ${runs})`);
        const out = join(work, `out-${size}-${run}`);
        pipelineRuns[size].push(await inChild<PipelineRun>({ task: "pipeline", dir, out }, { timeoutMs: 60 * 60_000 }));
        rmSync(out, { recursive: true, force: true });
      }
    }

    // (c') The real command line in a fresh process: N/10, N, and copies of the seed; each fresh, then unchanged.
    const cli: CliFigure[] = [];
    if (options.only.has("cli")) {
      // The runner rebuilds its bundle when a source is newer: do it now, not in a timed run.
      execFileSync(process.execPath, [join(repoRoot, "scripts", "pipeline.mjs"), "--help"], { cwd: repoRoot, stdio: "ignore" });
      const copiesDir = join(work, "corpus-copies");
      const copies = writeSeedCopies(join(repoRoot, "raw"), copiesDir, options.copies);
      const copiesFloor = floor(copiesDir, reps.floor);
      for (const [label, dir, docs, textBytes, rounds, floorMs] of [
        [`N/10 = ${small}`, dirs.small, small, smallCorpus.textBytes, reps.cliSmall, floors.small.ms],
        [`N = ${large}`, dirs.large, large, largeCorpus.textBytes, reps.cliLarge, floors.large.ms],
        [`${options.copies} copies of raw/`, copiesDir, copies.files / 2, copies.textBytes, reps.cliCopies, copiesFloor.ms],
      ] as const) {
        progress(`command line over ${label} (${rounds} fresh publication${rounds === 1 ? "" : "s"}, each with an unchanged re-run)`);
        cli.push(measureCli(label, dir, docs, textBytes, rounds, floorMs));
      }
      rmSync(copiesDir, { recursive: true, force: true });
    }

    // Optional: one CPU-profiled pipeline run at N/10.
    let profile: ReturnType<typeof summariseProfile> | { error: string } | undefined;
    if (options.profile) {
      progress(`CPU profile of the pipeline over ${small} documents`);
      const profileDir = join(repoRoot, "bench-results", "profiles");
      mkdirSync(profileDir, { recursive: true });
      const before = new Set(readdirSync(profileDir));
      const outcome = await inChild<PipelineRun>({ task: "pipeline", dir: dirs.small, out: join(work, "out-profile") }, { timeoutMs: 60 * 60_000, execArgv: ["--cpu-prof", `--cpu-prof-dir=${profileDir}`] });
      const created = readdirSync(profileDir).filter((f) => f.endsWith(".cpuprofile") && !before.has(f));
      // The child's own profile is the largest (the loader's worker writes a small one too).
      const file = created.map((f) => join(profileDir, f)).sort((a, b) => readFileSync(b).length - readFileSync(a).length)[0];
      profile = outcome.ok && file ? summariseProfile(file, 15) : { error: outcome.error ?? "no profile written" };
    }

    // (f) The workbook writers on the same tables, on the project's raw/ (the seed), at N/10 and at N: the
    // previous one and the streaming one.
    const workbooks: Record<"seed" | "small" | "large", WorkbookFigure | { error: string }> = { seed: { error: "skipped" }, small: { error: "skipped" }, large: { error: "skipped" } };
    const rawDir = join(repoRoot, "raw");
    const rawSources = readdirSync(rawDir).filter((f) => f.endsWith(".txt")).length;
    const workbookSizes = [["seed", rawDir, rawSources, reps.workbookSeed], ["small", dirs.small, small, reps.workbookSmall], ["large", dirs.large, large, reps.workbookLarge]] as const;
    for (const [size, dir, docs, rounds] of workbookSizes) {
      if (!options.only.has("workbook")) break;
      progress(`workbook input over ${docs} documents`);
      const file = join(work, `workbook-input-${size}.json`);
      const input = await inChild<WorkbookInputRun>({ task: "workbook-input", dir, file }, { timeoutMs: 60 * 60_000 });
      if (!input.ok || !input.result) {
        workbooks[size] = { error: input.error ?? "failed" };
        continue;
      }
      const results: Array<Record<(typeof workbookWriters)[number], ChildOutcome<WorkbookWriteRun>>> = [];
      for (let round = 0; round < rounds; round++) {
        const outcomes = {} as (typeof results)[number];
        for (const writer of workbookWriters) {
          progress(`workbook over ${docs} documents, ${writer} (round ${round + 1} of ${rounds})`);
          // The previous writer holds the whole workbook in memory: give it room (it peaked near 4 GB at 10,000).
          outcomes[writer] = await inChild<WorkbookWriteRun>({ task: "workbook-write", file, writer }, { timeoutMs: 60 * 60_000, execArgv: ["--expose-gc", "--max-old-space-size=8192"] });
        }
        results.push(outcomes);
      }
      workbooks[size] = workbookFigure(docs, input.result, results);
      rmSync(file, { force: true });
    }

    // (g) The cold command line on the project's own raw/, against node -e 0.
    if (options.only.has("cold-start")) progress(`cold runs of the command line on raw/ (${reps.coldStart} rounds)`);
    const cliRuns = options.only.has("cold-start") ? coldStart(reps.coldStart) : [];

    // (h) Extraction quality on the annotated articles.
    if (options.only.has("articles")) progress("scoring the annotated articles");
    const articles = options.only.has("articles") ? await inChild<ArticlesRun>({ task: "articles" }, { timeoutMs: 30 * 60_000 }) : skipped<ArticlesRun>("articles");

    // ---------------------------------------------------------------------------------------------------------
    // Figures
    const recognizerCorpus = (outcome: ChildOutcome<RecognizerCorpusRun>): CorpusFigure => {
      if (!outcome.ok || !outcome.result) return { ok: false, error: outcome.error ?? "failed" };
      const r = outcome.result;
      const ms = median(r.runsMs);
      return { ok: true, docs: r.docs, textBytes: r.textBytes, mentions: r.mentions, coldMs: r.coldMs, runsMs: r.runsMs, ms, mbPerS: r.textBytes / MB / (ms / 1000), maxRss: r.maxRss };
    };
    const recognizer = {
      corpus: { small: recognizerCorpus(recognizerSmall), large: recognizerCorpus(recognizerLarge) },
      pathological: pathologicalRuns.map(({ kind, outcome }): PathologicalFigure => {
        if (!outcome.ok || !outcome.result) return { ok: false, kind, error: outcome.error ?? "failed" };
        const sizes = outcome.result.sizes.map((s): PathologicalSize =>
          "skipped" in s
            ? { ok: false, bytes: s.bytes, skipped: s.skipped }
            : { ok: true, bytes: s.bytes, chars: s.chars, mentions: s.mentions, callsPerRun: s.calls, runsMs: s.runsMs, ms: median(s.runsMs), mbPerS: s.bytes / MB / (median(s.runsMs) / 1000) },
        );
        const measured = sizes.filter((s): s is Extract<PathologicalSize, { ok: true }> => s.ok);
        // From the smallest to the largest size measured (the widest span, the least noise): the ratios within
        // each round (the sizes were measured interleaved), their median, and the exponent k of time ∝ size^k.
        // With one size measured (the larger ones skipped), from the probe to that size.
        const a = measured[0];
        const b = measured.at(-1);
        const roundRatios = a && b && a !== b ? b.runsMs.slice(0, a.runsMs.length).map((ms, i) => ms / a.runsMs[i]!) : [];
        const probe = outcome.result.probe;
        const growth =
          a && b && roundRatios.length > 0
            ? { fromBytes: a.bytes, toBytes: b.bytes, sizeRatio: b.bytes / a.bytes, timeRatio: median(roundRatios), roundRatios, exponent: Math.log(median(roundRatios)) / Math.log(b.bytes / a.bytes) }
            : a
              ? { fromBytes: probe.bytes, toBytes: a.bytes, sizeRatio: a.bytes / probe.bytes, timeRatio: a.ms / probe.ms, roundRatios: [], exponent: Math.log(a.ms / probe.ms) / Math.log(a.bytes / probe.bytes) }
              : null;
        // Linear: k ≤ 1.5 (halfway to quadratic) and no size skipped for its predicted time.
        return { ok: true, kind, probe, sizes, growth, linear: growth !== null && growth.exponent <= 1.5 && measured.length === sizes.length };
      }),
    };
    const rc = recognizer.corpus;
    const recognizerGrowth = rc.small.ok && rc.large.ok ? { sizeRatio: rc.large.textBytes / rc.small.textBytes, timeRatio: rc.large.ms / rc.small.ms } : null;

    const pipeline = (["small", "large"] as const).map((size): PipelineFigure => {
      const outcomes = pipelineRuns[size];
      const ok = outcomes.filter((o) => o.ok && o.result).map((o) => o.result!);
      const errors = outcomes.filter((o) => !o.ok).map((o) => o.error ?? "failed");
      if (ok.length === 0) return { ok: false, size, docs: size === "small" ? small : large, errors };
      const floorMs = floors[size].ms;
      return {
        ok: true,
        size,
        docs: ok[0]!.docs,
        textBytes: ok[0]!.textBytes,
        runs: ok.length,
        errors,
        floorMs,
        catalogueMs: median(ok.map((r) => r.catalogueMs)),
        stages: stageSummary(ok, floorMs),
        maxRss: median(ok.map((r) => r.maxRss)),
        baselineRss: median(ok.map((r) => r.baselineRss)),
        rssAfterStage: Object.fromEntries(ok[0]!.stages.map((s) => [s.stage, s.rssAfter])),
        mentions: ok[0]!.mentions,
        observations: ok[0]!.observations,
        outputFiles: ok[0]!.outputFiles,
        outputBytes: ok[0]!.outputBytes,
        readFailure: ok.find((r) => r.readFailure)?.readFailure ?? null,
      };
    });
    const [pipeSmall, pipeLarge] = pipeline as [(typeof pipeline)[number], (typeof pipeline)[number]];
    const growth =
      pipeSmall.ok && pipeLarge.ok
        ? {
            docsRatio: pipeLarge.docs / pipeSmall.docs,
            bytesRatio: pipeLarge.textBytes / pipeSmall.textBytes,
            timeRatio: pipeLarge.stages.at(-1)!.ms / pipeSmall.stages.at(-1)!.ms,
            stageTimeRatios: Object.fromEntries(pipeLarge.stages.map((s) => [s.stage, s.ms / pipeSmall.stages.find((t) => t.stage === s.stage)!.ms])),
            floorTimeRatio: floors.large.ms / floors.small.ms,
            peakRssRatio: pipeLarge.maxRss / pipeSmall.maxRss,
            peakRssAboveBaselineRatio: (pipeLarge.maxRss - pipeLarge.baselineRss) / (pipeSmall.maxRss - pipeSmall.baselineRss),
          }
        : null;

    // Goals (reported, not asserted): a run at another N is scaled linearly to 10,000 documents, and says so.
    // Below 1,000 documents fixed costs dominate: no extrapolation, the goal is reported as not measured.
    const scale = 10_000 / large;
    const scalable = large >= 1000;
    const largeTotal = pipeLarge.ok && scalable ? pipeLarge.stages.at(-1)!.ms : null;
    const largePeak = pipeLarge.ok && scalable ? (pipeLarge.baselineRss + (pipeLarge.maxRss - pipeLarge.baselineRss) * scale) / MB : null;
    const scaledNote = large === 10_000 ? "" : scalable ? ` (scaled linearly from ${large})` : ` (not measured: N = ${large})`;
    const coldRun = (label: string) => cliRuns.find((c) => c.label.endsWith(label) && c.runsMs.length > 0);
    const fresh = coldRun("fresh publication") ?? null;
    const unchanged = coldRun("unchanged re-run") ?? null;
    const [cliSmall, cliLarge, cliCopies] = cli.map((f) => ({ figure: f, fresh: medianRun(f.fresh), unchanged: medianRun(f.unchanged) }));
    const cliGrowth = cliSmall?.fresh && cliLarge?.fresh ? { docsRatio: cliLarge.figure.docs / cliSmall.figure.docs, timeRatio: cliLarge.fresh.ms / cliSmall.fresh.ms, cpuRatio: cliLarge.fresh.cpuMs / cliSmall.fresh.cpuMs, peakRssRatio: cliLarge.fresh.maxRss / cliSmall.fresh.maxRss } : null;
    const cliScaled = large === 10_000 ? "" : ` (at N = ${large}, not scaled)`;
    const goals: Array<{ goal: string; target: string; measured: number | string | null; unit: string; met: boolean | null }> = [
      { goal: "CLI: 10× the sources (N vs N/10), fresh publication", target: "≤ 12× the time", measured: cliGrowth?.timeRatio ?? null, unit: `× (CPU ${fmtNum(cliGrowth?.cpuRatio)}×)`, met: cliGrowth !== null && cliGrowth.timeRatio <= 12 },
      { goal: `CLI: peak RSS of a fresh publication of 10,000 articles${cliScaled}`, target: "< 600 MB", measured: cliLarge?.fresh ? cliLarge.fresh.maxRss / MB : null, unit: "MB", met: large < 10_000 ? null : cliLarge?.fresh != null && cliLarge.fresh.maxRss / MB < 600 },
      { goal: `CLI: fresh publication of 10,000 articles${cliScaled}`, target: "< 30 s", measured: cliLarge?.fresh ? cliLarge.fresh.ms / 1000 : null, unit: `s (CPU ${fmtNum(cliLarge?.fresh ? cliLarge.fresh.cpuMs / 1000 : null)} s)`, met: large < 10_000 ? null : cliLarge?.fresh != null && cliLarge.fresh.ms < 30_000 },
      { goal: `CLI: fresh publication of ${options.copies} copies of raw/`, target: options.copies === 3000 ? "< 15 s" : "< 15 s at 3,000", measured: cliCopies?.fresh ? cliCopies.fresh.ms / 1000 : null, unit: `s (CPU ${fmtNum(cliCopies?.fresh ? cliCopies.fresh.cpuMs / 1000 : null)} s)`, met: options.copies < 3000 ? null : cliCopies?.fresh != null && cliCopies.fresh.ms < 15_000 },
      { goal: `CLI: unchanged re-run of ${options.copies} sources`, target: "< 3 s", measured: cliCopies?.unchanged ? cliCopies.unchanged.ms / 1000 : null, unit: `s (CPU ${fmtNum(cliCopies?.unchanged ? cliCopies.unchanged.cpuMs / 1000 : null)} s)`, met: options.copies < 3000 ? null : cliCopies?.unchanged != null && cliCopies.unchanged.ms < 3_000 },
      { goal: "recognizer throughput on the corpus text, one core", target: "≥ 30 MB/s", measured: rc.large.ok ? rc.large.mbPerS : null, unit: "MB/s", met: rc.large.ok && rc.large.mbPerS >= 30 },
      {
        goal: `whole pipeline over 10,000 documents, in-process${scaledNote}`,
        target: "< 10 s",
        measured: largeTotal === null ? null : (largeTotal * scale) / 1000,
        unit: "s",
        met: largeTotal !== null && (largeTotal * scale) / 1000 < 10,
      },
      {
        goal: `peak RSS of the pipeline over 10,000 documents${scaledNote}`,
        target: "< 500 MB",
        measured: largePeak,
        unit: "MB",
        met: largePeak !== null && largePeak < 500,
      },
      { goal: "cold fresh publication of raw/ (node scripts/pipeline.mjs)", target: "≤ 6× node -e 0", measured: fresh?.ratioToNode ?? null, unit: "×", met: fresh !== null && fresh.ratioToNode <= 6 },
      { goal: "cold unchanged re-run on raw/ (node scripts/pipeline.mjs)", target: "≤ 3× node -e 0", measured: unchanged?.ratioToNode ?? null, unit: "×", met: unchanged !== null && unchanged.ratioToNode <= 3 },
      {
        goal: `sources read as the CLI reads them, at N = ${large}`,
        target: "no error",
        measured: pipeLarge.ok ? (pipeLarge.readFailure ? pipeLarge.readFailure.error.split(",")[0]! : "no error") : null,
        unit: "",
        met: pipeLarge.ok && !pipeLarge.readFailure,
      },
      { goal: "pipeline time grows linearly (N vs N/10)", target: "ratio ≤ 12.5 for 10× the documents", measured: growth?.timeRatio ?? null, unit: "×", met: growth ? growth.timeRatio <= 12.5 : false },
      { goal: "pipeline peak memory grows at most linearly (N vs N/10)", target: "ratio ≤ 12.5", measured: growth?.peakRssRatio ?? null, unit: "×", met: growth ? growth.peakRssRatio <= 12.5 : false },
      {
        goal: "recognizer time grows linearly on every pathological input",
        target: "exponent k ≤ 1.5 (time ∝ size^k)",
        measured: recognizer.pathological.length ? recognizer.pathological.filter((p) => p.ok && p.linear).length : null,
        unit: `of ${recognizer.pathological.length} kinds`,
        met: recognizer.pathological.every((p) => p.ok && p.linear),
      },
    ];

    const results = {
      generated: new Date().toISOString(),
      command: `npm run bench -- ${process.argv.slice(2).join(" ")}`.trim(),
      units: { MB: "10^6 bytes of UTF-8 text", times: "milliseconds, medians of the runs listed", rss: "bytes" },
      options,
      ...info,
      repetitions: reps,
      corpus,
      floor: floors,
      recognizer: { ...recognizer, corpusGrowth: recognizerGrowth },
      pipeline: { small: pipeSmall, large: pipeLarge, growth },
      cli: { figures: cli, growth: cliGrowth },
      workbook: workbooks,
      coldStart: cliRuns,
      articles: articles.ok ? articles.result : { error: articles.error },
      profile,
      goals,
      loadAverageAtEnd: os.loadavg(),
      benchWallMs: performance.now() - started,
      mainProcessMaxRss: process.resourceUsage().maxRSS * 1024,
    };

    // ---------------------------------------------------------------------------------------------------------
    // The table
    const out: string[] = [];
    const m = info.machine;
    out.push(`Benchmark of the DGSN open-data pipeline — ${results.generated}${quick ? " (quick)" : ""}`);
    out.push(`Machine: ${m.cpu}, ${m.cores} cores, ${(m.totalMemoryBytes / 2 ** 30).toFixed(1)} GiB, ${m.platform}, node ${m.node}; load average ${m.loadAverageAtStart.map((x) => x.toFixed(2)).join(" ")} at start, ${results.loadAverageAtEnd.map((x) => x.toFixed(2)).join(" ")} at end`);
    out.push(`Commit: ${info.git.commit ?? "?"}${info.git.dirty ? " (with uncommitted changes)" : ""}`);
    out.push(`Corpus: seed ${options.seed}; N = ${large} articles, ${fmtMB(largeCorpus.textBytes)} of text + ${fmtMB(largeCorpus.metadataBytes)} of metadata, generated in ${fmtMs(generateMs)}; N/10 = ${small} articles, ${fmtMB(smallCorpus.textBytes)}`);
    out.push("");
    out.push("Floor: read every file and hash it with sha256");
    out.push(
      table(
        ["size", "files", "MB", "time", "MB/s"],
        (["small", "large"] as const).map((s) => [s === "small" ? `N/10 = ${small}` : `N = ${large}`, String(floors[s].files), fmtNum(floors[s].bytes / MB), fmtMs(floors[s].ms), fmtNum(floors[s].bytes / MB / (floors[s].ms / 1000))]),
      ),
    );
    out.push("");
    out.push("Recognizer alone (recognizeNumbers), corpus text, one core (after a first pass that compiles it)");
    out.push(
      table(
        ["size", "runs", "MB", "mentions", "first pass", "time", "MB/s", "docs/s"],
        (["small", "large"] as const).map((s) => {
          const r = rc[s];
          const label = s === "small" ? `N/10 = ${small}` : `N = ${large}`;
          if (!r.ok) return [label, "–", "–", "–", "–", `failed: ${r.error}`, "–", "–"];
          return [label, String(r.runsMs.length), fmtNum(r.textBytes / MB), String(r.mentions), fmtMs(r.coldMs), fmtMs(r.ms), fmtNum(r.mbPerS), fmtNum(r.docs / (r.ms / 1000), 0)];
        }),
      ),
    );
    if (recognizerGrowth) out.push(`growth: ${fmtNum(recognizerGrowth.sizeRatio)}× the text took ${fmtNum(recognizerGrowth.timeRatio)}× the time`);
    out.push("");
    out.push(
      `Recognizer on pathological inputs (median of ${reps.pathological} runs, sizes interleaved; time ratio from the smallest to the largest size measured, median of the rounds, and exponent k of time ∝ size^k: linear when k ≤ 1.5)`,
    );
    out.push(
      table(
        ["input", `probe ${sizeLabel(pathologicalSizes[0]! / 4)}`, ...pathologicalSizes.map(sizeLabel), "MB/s (largest)", "time ratio", "exponent", "linear"],
        recognizer.pathological.map((p) => {
          if (!p.ok) return [p.kind, "–", ...pathologicalSizes.map(() => "–"), `failed: ${p.error}`, "–", "–", "NO"];
          const cells = p.sizes.map((s) => (s.ok ? fmtMs(s.ms) : "skipped"));
          const last = [...p.sizes].reverse().find((s) => s.ok);
          return [p.kind, fmtMs(p.probe.ms), ...cells, last?.ok ? fmtNum(last.mbPerS) : "–", p.growth ? fmtNum(p.growth.timeRatio) : "–", p.growth ? fmtNum(p.growth.exponent, 2) : "–", p.linear ? "yes" : "NO"];
        }),
      ),
    );
    out.push("");
    for (const p of pipeline) {
      const label = p.size === "small" ? `N/10 = ${small}` : `N = ${large}`;
      if (!p.ok) {
        out.push(`Pipeline in-process, ${label} documents: FAILED: ${p.errors.join("; ")}`);
        out.push("");
        continue;
      }
      out.push(`Pipeline in-process, ${label} documents, ${fmtMB(p.textBytes)} (median of ${p.runs} run${p.runs === 1 ? "" : "s"}; floor ${fmtMs(p.floorMs)}; catalogue load ${fmtMs(p.catalogueMs)}, not counted)`);
      out.push(
        table(
          ["stage", "time", "docs/s", "MB/s", "× floor", "RSS after"],
          p.stages.map((s) => [s.stage, fmtMs(s.ms), fmtNum(s.docsPerS, 0), fmtNum(s.mbPerS), fmtNum(s.floorRatio), s.stage === "pipeline" ? `peak ${fmtMB(p.maxRss)}` : fmtMB(p.rssAfterStage[s.stage])]),
        ),
      );
      out.push(`${p.observations} observations, ${Object.entries(p.mentions).filter(([k]) => k.startsWith("status:")).map(([k, v]) => `${v} ${k.slice(7)}`).join(", ")}; output ${p.outputFiles} files, ${fmtMB(p.outputBytes)}; baseline RSS before reading ${fmtMB(p.baselineRss)}`);
      if (p.errors.length) out.push(`failed runs: ${p.errors.join("; ")}`);
      if (p.readFailure) {
        out.push(
          `READ FAILED as the CLI reads (all ${p.docs * 2} files at once): ${p.readFailure.error} (${p.readFailure.failedReads} reads failed after ${fmtMs(p.readFailure.ms)}; ${p.readFailure.openFileLimit ?? "open-file limit unknown"}); the "read" row is a retry ${p.readFailure.retriedWithConcurrency} files at a time`,
        );
      }
      out.push("");
    }
    if (growth) {
      out.push(`Growth from N/10 to N (${fmtNum(growth.docsRatio)}× the documents, ${fmtNum(growth.bytesRatio)}× the bytes; linear ≈ 10)`);
      out.push(
        table(
          ["what", "ratio"],
          [
            ["pipeline time", fmtNum(growth.timeRatio)],
            ...Object.entries(growth.stageTimeRatios).filter(([k]) => k !== "pipeline").map(([k, v]) => [`  ${k}`, fmtNum(v)]),
            ["floor time", fmtNum(growth.floorTimeRatio)],
            ["peak RSS", fmtNum(growth.peakRssRatio)],
            ["peak RSS above the baseline", fmtNum(growth.peakRssAboveBaselineRatio)],
          ],
        ),
      );
      out.push("");
    }
    if (cli.length) {
      out.push(...reportCli(cli));
      if (cliGrowth) out.push(`growth from N/10 to N through the command line: ${fmtNum(cliGrowth.docsRatio)}× the sources took ${fmtNum(cliGrowth.timeRatio)}× the wall time, ${fmtNum(cliGrowth.cpuRatio)}× the CPU time, ${fmtNum(cliGrowth.peakRssRatio)}× the peak RSS`);
      out.push("");
    }
    if (profile) {
      if ("error" in profile) out.push(`CPU profile: failed: ${profile.error}`);
      else {
        out.push(`CPU profile of the pipeline over ${small} documents (${fmtMs(profile.totalMs)} sampled; ${profile.file.replace(`${repoRoot}/`, "")})`);
        out.push(table(["package or module (self time)", "time", "share"], profile.topPackages.map((p) => [p.name, fmtMs(p.ms), `${(p.share * 100).toFixed(1)} %`])));
        out.push("");
        out.push(table(["function (self time)", "time", "share"], profile.topFunctions.map((p) => [p.name, fmtMs(p.ms), `${(p.share * 100).toFixed(1)} %`])));
      }
      out.push("");
    }
    for (const [size, figure] of Object.entries(workbooks)) {
      const label = size === "seed" ? "raw/" : size === "small" ? `N/10 = ${small}` : `N = ${large}`;
      out.push(...("error" in figure ? [`Workbook writers, ${label} documents: ${figure.error}`] : reportWorkbook(figure)), "");
    }
    if (cliRuns.length) out.push(...reportColdStart(cliRuns), "");
    if (articles.ok && articles.result) out.push(...reportArticles(articles.result), "");
    else if (options.only.has("articles")) out.push(`Extraction on the annotated articles: FAILED: ${articles.error}`, "");
    out.push(`Goals (reported, not asserted)${quick ? " — with --quick, indicative only: the goals are about the full run" : ""}`);
    out.push(
      table(
        ["goal", "target", "measured", "met"],
        goals.map((g) => [
          g.goal,
          g.target,
          g.measured === null ? "–" : typeof g.measured === "string" ? g.measured : `${fmtNum(g.measured, g.unit === "MB" ? 0 : g.unit.startsWith("of") ? 0 : 2)} ${g.unit}`.trim(),
          // null: measured below the goal's size (--n, --copies, --quick), so not judged.
          g.measured === null || g.met === null ? "–" : g.met ? "yes" : "NO",
        ]),
      ),
    );

    const resultsDir = join(repoRoot, "bench-results");
    mkdirSync(resultsDir, { recursive: true });
    const jsonFile = join(resultsDir, "bench.json");
    writeFileSync(jsonFile, `${JSON.stringify(results, null, 2)}\n`);
    out.push("");
    out.push(`Benchmark took ${fmtMs(results.benchWallMs)}. Figures as JSON: ${jsonFile}`);
    process.stdout.write(`${out.join("\n")}\n`);
  } finally {
    cleanup();
  }
}


await main(parseOptions(process.argv.slice(2)));
