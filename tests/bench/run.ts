// `npm run bench`: throughput, memory and growth of the recognizer and of every stage, on a synthetic corpus
// (tests/bench/corpus.ts) generated into a temporary directory, against a floor measured in the same run
// (reading the same files and hashing them with sha256), so that figures survive a noisy machine.
//
//   npm run bench                     N = 10,000 articles (about 50 MB) and N/10
//   npm run bench -- --quick          N = 200, fewer repetitions: a smoke run
//   npm run bench -- --n 5000 --seed 7
//   npm run bench -- --profile        also one CPU-profiled pipeline run at N/10, summarised by function and package
//
// Each measurement that loads the pipeline runs in a child process of its own (same node, same loader flags),
// so that one measurement's heap, JIT state and peak RSS do not leak into another's, a crash (out of memory)
// is reported instead of ending the run, and a super-linear recognizer is stopped by a timeout. Times are
// medians of several runs where affordable; MB means 10^6 bytes of UTF-8 text.
import { fork, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import { join, resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { type PathologicalKind, pathological, pathologicalKinds, writeCorpus } from "./corpus.ts";

const scriptPath = fileURLToPath(import.meta.url);
const repoRoot = resolve(import.meta.dirname, "..", "..");
const MB = 1e6;

// ---------------------------------------------------------------------------------------------------------------
// Small helpers

const median = (values: readonly number[]): number => {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

const progress = (line: string) => process.stderr.write(`… ${line}\n`);

function fmtMs(ms: number | null | undefined): string {
  if (ms === null || ms === undefined || !Number.isFinite(ms)) return "–";
  if (ms >= 10_000) return `${(ms / 1000).toFixed(1)} s`;
  if (ms >= 100) return `${Math.round(ms)} ms`;
  if (ms >= 1) return `${ms.toFixed(1)} ms`;
  return `${ms.toFixed(3)} ms`;
}
const fmtNum = (x: number | null | undefined, digits = 1) => (x === null || x === undefined || !Number.isFinite(x) ? "–" : x.toFixed(digits));
const sizeLabel = (bytes: number) => (bytes >= MB ? `${bytes / MB} MB` : `${bytes / 1000} kB`);
const fmtMB = (bytes: number | null | undefined) => (bytes === null || bytes === undefined ? "–" : `${(bytes / MB).toFixed(1)} MB`);

function table(headers: string[], rows: string[][]): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ");
  return [line(headers), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}

// ---------------------------------------------------------------------------------------------------------------
// Child processes

type ChildTask =
  | { task: "pipeline"; dir: string; out: string }
  | { task: "recognizer-corpus"; dir: string; runs: number }
  | { task: "recognizer-pathological"; kinds: PathologicalKind[]; sizes: number[]; runs: number; budgetMs: number };

interface ChildOutcome<T> {
  ok: boolean;
  result?: T;
  error?: string;
  wallMs: number;
}

/** Runs a task in a child process (this script with --child); a crash, a timeout or an error is an outcome, not a throw. */
function inChild<T>(task: ChildTask, options: { timeoutMs: number; execArgv?: string[] }): Promise<ChildOutcome<T>> {
  return new Promise((done) => {
    const start = performance.now();
    const child = fork(scriptPath, ["--child", JSON.stringify(task)], {
      execArgv: [...process.execArgv, ...(options.execArgv ?? [])],
      stdio: ["ignore", "ignore", "pipe", "ipc"],
      cwd: repoRoot,
    });
    let stderr = "";
    child.stderr?.on("data", (chunk: Buffer) => {
      stderr = (stderr + chunk.toString("utf8")).slice(-4000);
    });
    let message: { ok: boolean; result?: T; error?: string } | undefined;
    child.on("message", (m) => {
      message = m as typeof message;
    });
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      message = { ok: false, error: `timed out after ${Math.round(options.timeoutMs / 1000)} s (killed)` };
    }, options.timeoutMs);
    child.on("exit", (code, signal) => {
      clearTimeout(timer);
      const wallMs = performance.now() - start;
      if (message) return done({ ...message, wallMs });
      const tail = stderr.trim().split("\n").slice(-6).join(" | ");
      done({ ok: false, error: `child exited (${signal ?? `code ${code}`}) without a result${tail ? `: ${tail}` : ""}`, wallMs });
    });
  });
}

interface StageTiming {
  stage: string;
  ms: number;
  rssAfter: number;
  heapUsedAfter: number;
}

export interface PipelineRun {
  docs: number;
  textBytes: number;
  catalogueMs: number;
  baselineRss: number;
  stages: StageTiming[];
  totalMs: number;
  maxRss: number;
  mentions: Record<string, number>;
  observations: number;
  outputFiles: number;
  outputBytes: number;
  /** The CLI's way of reading failed (see childPipeline). */
  readFailure: ReadFailure | undefined;
}

async function childPipeline(task: Extract<ChildTask, { task: "pipeline" }>): Promise<PipelineRun> {
  const { loadCatalogue } = await import("../../pipeline/catalogue/load.ts");
  const { listRawSources, readRawSources } = await import("../../pipeline/io/raw-sources.ts");
  const { ingest } = await import("../../pipeline/stages/ingest.ts");
  const { extract } = await import("../../pipeline/stages/extract.ts");
  const { coverage } = await import("../../pipeline/stages/coverage.ts");
  const { validate } = await import("../../pipeline/stages/validate.ts");
  const { derive } = await import("../../pipeline/stages/derive.ts");
  const { publish } = await import("../../pipeline/stages/publish.ts");
  const { publishTree } = await import("../../pipeline/output/output-folder.ts");

  const stages: StageTiming[] = [];
  async function stage<T>(name: string, work: () => T | Promise<T>): Promise<T> {
    const start = performance.now();
    const result = await work();
    const ms = performance.now() - start;
    const memory = process.memoryUsage();
    stages.push({ stage: name, ms, rssAfter: memory.rss, heapUsedAfter: memory.heapUsed });
    return result;
  }
  const catalogueStart = performance.now();
  const catalogue = loadCatalogue();
  const catalogueMs = performance.now() - catalogueStart;
  const baselineRss = process.memoryUsage().rss;
  const today = new Date().toISOString().slice(0, 10);

  // Sources are read as the CLI reads them (readRawSources: a bounded number of files at a time). A failure
  // (EMFILE: more files open than the limit allows) is recorded for the report before it stops the run.
  let readFailure: ReadFailure | undefined;
  const readAll = async () => {
    const entries = await listRawSources(task.dir);
    const start = performance.now();
    try {
      return await readRawSources(entries);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      readFailure = { error: reason, failedReads: 1, ms: performance.now() - start, retriedWithConcurrency: 0, retryMs: 0, openFileLimit: openFileLimit() };
      throw error;
    }
  };
  // Each stage's input is dropped once the next has run, as in the CLI.
  const ingested = await stage("ingest", async () => {
    const raws = await stage("read", readAll);
    return raws.map((raw) => ingest(raw, catalogue, { today }));
  });
  // "ingest" was timed around "read": keep only its own part. After a failed read, "read" is the retry alone.
  const read = stages.find((s) => s.stage === "read")!;
  stages.find((s) => s.stage === "ingest")!.ms -= read.ms;
  const failedRead = readFailure as ReadFailure | undefined;
  if (failedRead) read.ms = failedRead.retryMs;
  const docs = ingested.length;
  const textBytes = ingested.reduce((n, s) => n + s.bytes, 0);
  const extracted = await stage("extract", () => ingested.splice(0).map((source) => extract(source, catalogue)));
  await stage("coverage", () => coverage(extracted));
  const mentions: Record<string, number> = {};
  for (const source of extracted) {
    for (const m of source.mentions) {
      for (const key of [`kind:${m.kind}`, `form:${m.form}`, `status:${m.status}`, ...(m.qualifier ? [`qualifier:${m.qualifier}`] : []), ...(m.decimals ? ["decimals"] : [])]) {
        mentions[key] = (mentions[key] ?? 0) + 1;
      }
      const script = /[٠-٩]/.test(m.text) ? "arabic-indic" : /[۰-۹]/.test(m.text) ? "eastern-arabic-indic" : /[0-9]/.test(m.text) ? "western" : "none";
      mentions[`digits:${script}`] = (mentions[`digits:${script}`] ?? 0) + 1;
    }
  }
  const validated = await stage("validate", () => validate(extracted.splice(0), catalogue));
  const observations = validated.observations.length;
  const derived = await stage("derive", () => derive(validated, catalogue));
  const plan = await stage("publish", () => publish(derived, catalogue, new Map(), { outputDir: task.out, releaseDate: today }));
  let outputBytes = 0;
  for (const bytes of plan.tree.values()) outputBytes += bytes.length;
  const outputFiles = plan.tree.size;
  await stage("write", () => publishTree(resolve(task.out), plan.tree));
  const totalMs = stages.reduce((n, s) => n + s.ms, 0);
  return {
    docs,
    textBytes,
    catalogueMs,
    baselineRss,
    stages,
    totalMs,
    maxRss: process.resourceUsage().maxRSS * 1024,
    mentions,
    observations,
    outputFiles,
    outputBytes,
    readFailure,
  };
}

interface ReadFailure {
  error: string;
  failedReads: number;
  ms: number;
  retriedWithConcurrency: number;
  /** Time of the retry, which the "read" row shows. */
  retryMs: number;
  openFileLimit: string | null;
}

/** The soft limit on open files of this process, from /proc (Linux), when it can be read. */
function openFileLimit(): string | null {
  try {
    const line = readFileSync("/proc/self/limits", "utf8").split("\n").find((l) => l.startsWith("Max open files"));
    return line ? line.replace(/\s+/g, " ").trim() : null;
  } catch {
    return null;
  }
}

export interface RecognizerCorpusRun {
  docs: number;
  textBytes: number;
  mentions: number;
  /** The first pass, not among the runs. */
  coldMs: number;
  runsMs: number[];
  maxRss: number;
}

async function childRecognizerCorpus(task: Extract<ChildTask, { task: "recognizer-corpus" }>): Promise<RecognizerCorpusRun> {
  const { recognizeNumbers } = await import("../../pipeline/arabic/numbers/index.ts");
  const decoder = new TextDecoder("utf-8", { fatal: true });
  const texts: string[] = [];
  let textBytes = 0;
  for (const name of readdirSync(task.dir).filter((n) => n.endsWith(".txt")).sort()) {
    const bytes = readFileSync(join(task.dir, name));
    textBytes += bytes.length;
    texts.push(decoder.decode(bytes));
  }
  const runsMs: number[] = [];
  let mentions = 0;
  const collect = (globalThis as { gc?: () => void }).gc ?? (() => {});
  // A first pass, timed but not counted in the runs: it compiles the recognizer (cold throughput).
  const coldStart = performance.now();
  for (const text of texts) recognizeNumbers(text);
  const coldMs = performance.now() - coldStart;
  for (let run = 0; run < task.runs; run++) {
    let found = 0;
    collect();
    const start = performance.now();
    for (const text of texts) found += recognizeNumbers(text).length;
    runsMs.push(performance.now() - start);
    mentions = found;
  }
  return { docs: texts.length, textBytes, mentions, coldMs, runsMs, maxRss: process.resourceUsage().maxRSS * 1024 };
}

export interface PathologicalRun {
  kind: PathologicalKind;
  /** A quarter of the smallest size, timed once after warming up (used when larger sizes were skipped). */
  probe: { bytes: number; ms: number };
  sizes: Array<{ bytes: number; requestedBytes: number; chars: number; mentions: number; calls: number; runsMs: number[] } | { bytes: number; skipped: string }>;
}

async function childRecognizerPathological(task: Extract<ChildTask, { task: "recognizer-pathological" }>): Promise<PathologicalRun[]> {
  const { recognizeNumbers, UnsafeNumberError } = await import("../../pipeline/arabic/numbers/index.ts");
  // An endless number in digits is refused (UnsafeNumberError) once it has been read whole: that is the work timed.
  const recognize = (text: string) => {
    try {
      return recognizeNumbers(text);
    } catch (error) {
      if (error instanceof UnsafeNumberError) return [];
      throw error;
    }
  };
  return task.kinds.map((kind) => pathologicalKind(recognize, kind, task));
}

function pathologicalKind(
  recognizeNumbers: (text: string) => unknown[],
  kind: PathologicalKind,
  task: Extract<ChildTask, { task: "recognizer-pathological" }>,
): PathologicalRun {
  const collect = (globalThis as { gc?: () => void }).gc ?? (() => {});
  const timeOnce = (text: string) => {
    collect();
    const start = performance.now();
    const mentions = recognizeNumbers(text).length;
    return { ms: performance.now() - start, mentions };
  };
  // A probe at a quarter of the smallest size, twice (the first call compiles): it warms the code and gives
  // a first estimate of the growth exponent.
  const probeBytes = Math.round(task.sizes[0]! / 4);
  const probeText = pathological(kind, probeBytes);
  timeOnce(probeText);
  let previous = { bytes: probeBytes, ms: timeOnce(probeText).ms };
  let exponent: number | null = null;
  // Calibration, size by size: refuses a size whose predicted time (at the exponent seen so far, at least 1;
  // 2 until an exponent is known between two sizes) exceeds the budget, and makes a fast input run several
  // calls per sample (100 ms of work at least), so that ratios between sizes measure neither the timer's
  // resolution nor one unlucky garbage collection.
  const sampleMs = 100;
  const planned: Array<{ bytes: number; text: string; calls: number; rounds: number; mentions: number; runsMs: number[] }> = [];
  const skipped: Array<{ bytes: number; skipped: string }> = [];
  for (const bytes of task.sizes) {
    const k = exponent === null ? 2 : Math.max(1, exponent);
    const predicted = previous.ms * (bytes / previous.bytes) ** k;
    if (predicted > task.budgetMs) {
      skipped.push({ bytes, skipped: `predicted ${Math.round(predicted)} ms (growth exponent ${k.toFixed(2)} from ${previous.bytes} bytes), over the budget of ${task.budgetMs} ms` });
      continue;
    }
    const text = pathological(kind, bytes);
    const once = timeOnce(text);
    exponent = Math.log(once.ms / previous.ms) / Math.log(bytes / previous.bytes);
    previous = { bytes, ms: once.ms };
    // A slow size (a second or more per call) gets two rounds at most.
    const rounds = once.ms >= 1000 ? Math.min(2, task.runs) : task.runs;
    planned.push({ bytes, text, calls: Math.min(10_000, Math.max(1, Math.ceil(sampleMs / Math.max(once.ms, 0.001)))), rounds, mentions: once.mentions, runsMs: [] });
  }
  // The samples, sizes interleaved (small, large, small, large …) so that a burst of load on the machine
  // hits every size alike; the growth is the median of the ratios within each round.
  for (let run = 0; run < task.runs; run++) {
    for (const size of planned) {
      if (run >= size.rounds) continue;
      collect();
      const start = performance.now();
      for (let call = 0; call < size.calls; call++) recognizeNumbers(size.text);
      size.runsMs.push((performance.now() - start) / size.calls);
    }
  }
  return {
    kind,
    probe: { bytes: probeBytes, ms: timeOnce(probeText).ms },
    sizes: [
      ...planned.map(({ bytes, text, calls, mentions, runsMs }) => ({ bytes: Buffer.byteLength(text), requestedBytes: bytes, chars: text.length, mentions, calls, runsMs })),
      ...skipped,
    ],
  };
}

async function runChild(taskJson: string): Promise<void> {
  const task = JSON.parse(taskJson) as ChildTask;
  try {
    const result =
      task.task === "pipeline" ? await childPipeline(task) : task.task === "recognizer-corpus" ? await childRecognizerCorpus(task) : await childRecognizerPathological(task);
    process.send!({ ok: true, result }, () => process.exit(0));
  } catch (error) {
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    process.send!({ ok: false, error: message }, () => process.exit(1));
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Measurements in this process

function machine() {
  const cpus = os.cpus();
  return {
    node: process.version,
    v8: process.versions.v8,
    platform: `${os.platform()} ${os.release()} ${os.arch()}`,
    cpu: cpus[0]?.model.trim() ?? "unknown",
    cores: cpus.length,
    availableParallelism: os.availableParallelism(),
    totalMemoryBytes: os.totalmem(),
    loadAverageAtStart: os.loadavg(),
  };
}

function gitState() {
  const run = (args: string[]) => spawnSync("git", args, { cwd: repoRoot, encoding: "utf8" });
  const head = run(["rev-parse", "HEAD"]);
  const status = run(["status", "--porcelain"]);
  return { commit: head.status === 0 ? head.stdout.trim() : null, dirty: status.status === 0 ? status.stdout.trim().length > 0 : null };
}

/** The floor: read every file of the corpus and hash it with sha256. */
function floor(dir: string, runs: number) {
  const names = readdirSync(dir).sort();
  const runsMs: number[] = [];
  let bytes = 0;
  for (let run = 0; run < runs; run++) {
    bytes = 0;
    const start = performance.now();
    for (const name of names) {
      const data = readFileSync(join(dir, name));
      bytes += data.length;
      createHash("sha256").update(data).digest("hex");
    }
    runsMs.push(performance.now() - start);
  }
  return { files: names.length, bytes, runsMs, ms: median(runsMs) };
}

interface ProcessTiming {
  label: string;
  command: string;
  runsMs: number[];
  ms: number;
  failures: string[];
}

/** Wall time of a whole process, `runs` times, each into fresh temporary directories. */
function timeProcess(label: string, command: string, args: (tmp: string) => string[], runs: number, env: NodeJS.ProcessEnv = process.env): ProcessTiming {
  const runsMs: number[] = [];
  const failures: string[] = [];
  for (let run = 0; run < runs; run++) {
    const tmp = mkdtempSync(join(os.tmpdir(), "dgsn-bench-cli-"));
    try {
      const start = performance.now();
      const result = spawnSync(command, args(tmp), { cwd: repoRoot, env, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
      const ms = performance.now() - start;
      if (result.status === 0) runsMs.push(ms);
      else failures.push(`exit ${result.status ?? result.signal}: ${(result.stderr || result.stdout || "").trim().split("\n").slice(-3).join(" | ")}`);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  }
  return { label, command: `${command} ${args("<tmp>").join(" ")}`, runsMs, ms: median(runsMs), failures };
}

// ---------------------------------------------------------------------------------------------------------------
// CPU profile summary

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

function summariseProfile(file: string, top: number) {
  const profile = JSON.parse(readFileSync(file, "utf8")) as { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfById = new Map<number, number>();
  profile.samples.forEach((id, i) => selfById.set(id, (selfById.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const where = (url: string) => url.replace(/^file:\/\//, "").replace(`${repoRoot}/`, "");
  const packageOf = (url: string) => {
    const path = where(url);
    const module = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
    if (module) return module[1]!;
    if (path.startsWith("pipeline/")) return path.split("/").slice(0, path.startsWith("pipeline/arabic/") ? 3 : 2).join("/");
    if (path.startsWith("node:") || path === "") return path || "(native, GC, idle)";
    return path;
  };
  const byFunction = new Map<string, number>();
  const byPackage = new Map<string, number>();
  let total = 0;
  for (const [id, us] of selfById) {
    const frame = nodes.get(id)!.callFrame;
    const fn = `${frame.functionName || "(anonymous)"} ${where(frame.url)}${frame.url ? `:${frame.lineNumber + 1}` : ""}`;
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + us);
    const pkg = frame.functionName === "(garbage collector)" ? "(garbage collector)" : packageOf(frame.url);
    byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + us);
    total += us;
  }
  const ranked = (map: Map<string, number>) =>
    [...map].sort((a, b) => b[1] - a[1]).slice(0, top).map(([name, us]) => ({ name, ms: us / 1000, share: us / total }));
  return { file, totalMs: total / 1000, topFunctions: ranked(byFunction), topPackages: ranked(byPackage) };
}

// ---------------------------------------------------------------------------------------------------------------
// The run

interface Options {
  quick: boolean;
  n: number;
  seed: number;
  profile: boolean;
}

function parseOptions(argv: string[]): Options {
  const { values } = parseArgs({
    args: argv,
    options: {
      quick: { type: "boolean", default: false },
      n: { type: "string" },
      seed: { type: "string", default: "1" },
      profile: { type: "boolean", default: false },
    },
  });
  const n = values.n === undefined ? (values.quick ? 200 : 10_000) : Number(values.n);
  const seed = Number(values.seed);
  if (!Number.isSafeInteger(n) || n < 10) throw new Error(`--n must be a whole number of at least 10, not ${values.n}`);
  if (!Number.isSafeInteger(seed) || seed < 0) throw new Error(`--seed must be a non-negative whole number, not ${values.seed}`);
  return { quick: values.quick, n, seed, profile: values.profile };
}

function stageSummary(runs: PipelineRun[], floorMs: number) {
  const names = runs[0]!.stages.map((s) => s.stage);
  const docs = runs[0]!.docs;
  const bytes = runs[0]!.textBytes;
  const row = (stage: string, values: number[]) => {
    const ms = median(values);
    return { stage, ms, runsMs: values, docsPerS: docs / (ms / 1000), mbPerS: bytes / MB / (ms / 1000), floorRatio: ms / floorMs };
  };
  return [...names.map((name) => row(name, runs.map((r) => r.stages.find((s) => s.stage === name)!.ms))), row("pipeline", runs.map((r) => r.totalMs))];
}

type CorpusFigure =
  | { ok: true; docs: number; textBytes: number; mentions: number; coldMs: number; runsMs: number[]; ms: number; mbPerS: number; maxRss: number }
  | { ok: false; error: string };
type PathologicalSize =
  | { ok: true; bytes: number; chars: number; mentions: number; callsPerRun: number; runsMs: number[]; ms: number; mbPerS: number }
  | { ok: false; bytes: number; skipped: string };
type PathologicalFigure =
  | {
      ok: true;
      kind: PathologicalKind;
      probe: { bytes: number; ms: number };
      sizes: PathologicalSize[];
      growth: { fromBytes: number; toBytes: number; sizeRatio: number; timeRatio: number; roundRatios: number[]; exponent: number } | null;
      linear: boolean;
    }
  | { ok: false; kind: PathologicalKind; error: string };
type PipelineFigure =
  | {
      ok: true;
      size: "small" | "large";
      docs: number;
      textBytes: number;
      runs: number;
      errors: string[];
      floorMs: number;
      catalogueMs: number;
      stages: ReturnType<typeof stageSummary>;
      maxRss: number;
      baselineRss: number;
      rssAfterStage: Record<string, number>;
      mentions: Record<string, number>;
      observations: number;
      outputFiles: number;
      outputBytes: number;
      readFailure: ReadFailure | null;
    }
  | { ok: false; size: "small" | "large"; docs: number; errors: string[] };

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
    cli: quick ? 3 : 5,
  };
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
    progress(`recognizer over the corpus text (${reps.recognizerSmall} runs at ${small} documents, ${reps.recognizerLarge} at ${large})`);
    const recognizerSmall = await inChild<RecognizerCorpusRun>({ task: "recognizer-corpus", dir: dirs.small, runs: reps.recognizerSmall }, { timeoutMs: 30 * 60_000, execArgv: ["--expose-gc"] });
    const recognizerLarge = await inChild<RecognizerCorpusRun>({ task: "recognizer-corpus", dir: dirs.large, runs: reps.recognizerLarge }, { timeoutMs: 30 * 60_000, execArgv: ["--expose-gc"] });
    // A child per kind (one for all with --quick), so that a timeout loses one kind only.
    const pathologicalRuns: Array<{ kind: PathologicalKind; outcome: ChildOutcome<PathologicalRun> }> = [];
    for (const kinds of quick ? [[...pathologicalKinds]] : pathologicalKinds.map((kind) => [kind])) {
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
      for (let run = 0; run < runs; run++) {
        progress(`pipeline in-process over ${size === "small" ? small : large} documents (run ${run + 1} of ${runs})`);
        const out = join(work, `out-${size}-${run}`);
        pipelineRuns[size].push(await inChild<PipelineRun>({ task: "pipeline", dir, out }, { timeoutMs: 60 * 60_000 }));
        rmSync(out, { recursive: true, force: true });
      }
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

    // (f) The cold CLI on the project's own raw/, as a user runs it; and what its wall time is made of.
    progress(`cold runs of npm run pipeline on raw/ (${reps.cli} of each)`);
    const npm = process.platform === "win32" ? "npm.cmd" : "npm";
    const tsxCli = join(repoRoot, "node_modules", "tsx", "dist", "cli.mjs");
    const pipelineArgs = (tmp: string) => ["--out", join(tmp, "out"), "--work", join(tmp, "work")];
    const cliRuns: ProcessTiming[] = [
      timeProcess("npm run -s pipeline (the goal)", npm, (tmp) => ["run", "-s", "pipeline", "--", ...pipelineArgs(tmp)], reps.cli),
      timeProcess("node alone (startup floor)", process.execPath, () => ["-e", "0"], quick ? 1 : reps.cli),
      // What the wall time is made of (not with --quick).
      ...(quick
        ? []
        : [
            timeProcess("npm run -s pipeline -- --help (npm + tsx + loading every module)", npm, () => ["run", "-s", "pipeline", "--", "--help"], reps.cli),
            timeProcess("tsx pipeline/cli.ts without npm", process.execPath, (tmp) => [tsxCli, "pipeline/cli.ts", ...pipelineArgs(tmp)], reps.cli),
            timeProcess("npm run -s pipeline, tsx cache disabled (as after a clone)", npm, (tmp) => ["run", "-s", "pipeline", "--", ...pipelineArgs(tmp)], 3, { ...process.env, TSX_DISABLE_CACHE: "1" }),
          ]),
    ];

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
    const cliGoal = cliRuns[0]!;
    const goals = [
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
      { goal: "cold npm run pipeline on raw/ (median)", target: "< 1.5 s", measured: cliGoal.ms / 1000, unit: "s", met: cliGoal.ms < 1500 },
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
        measured: recognizer.pathological.filter((p) => p.ok && p.linear).length,
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
      cli: cliRuns,
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
    out.push("Whole process on the project's raw/ (wall time, fresh temporary --out and --work each run)");
    out.push(table(["command", "runs", "median", "min", "max"], cliRuns.map((c) => [c.label, `${c.runsMs.length}${c.failures.length ? ` (+${c.failures.length} failed)` : ""}`, fmtMs(c.ms), fmtMs(Math.min(...c.runsMs)), fmtMs(Math.max(...c.runsMs))])));
    for (const c of cliRuns) for (const f of c.failures) out.push(`  ${c.label}: ${f}`);
    out.push("");
    out.push(`Goals (reported, not asserted)${quick ? " — with --quick, indicative only: the goals are about the full run" : ""}`);
    out.push(
      table(
        ["goal", "target", "measured", "met"],
        goals.map((g) => [
          g.goal,
          g.target,
          g.measured === null ? "–" : typeof g.measured === "string" ? g.measured : `${fmtNum(g.measured, g.unit === "MB" ? 0 : g.unit.startsWith("of") ? 0 : 2)} ${g.unit}`.trim(),
          g.measured === null ? "–" : g.met ? "yes" : "NO",
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

const argv = process.argv.slice(2);
if (argv[0] === "--child") {
  await runChild(argv[1]!);
} else {
  await main(parseOptions(argv));
}
