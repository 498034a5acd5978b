// The whole pipeline in-process, stage by stage, in a child process of its own: time, throughput and memory
// after each stage, against the floor (reading and hashing the same files).
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { MB, median } from "../lib/format.ts";

export interface PipelineTask {
  task: "pipeline";
  dir: string;
  out: string;
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

export async function childPipeline(task: PipelineTask): Promise<PipelineRun> {
  const { loadCatalogue } = await import("../../../pipeline/catalogue/load.ts");
  const { listRawSources, readRawSources } = await import("../../../pipeline/io/raw-sources.ts");
  const { ingest } = await import("../../../pipeline/stages/ingest.ts");
  const { extract } = await import("../../../pipeline/stages/extract.ts");
  const { coverage } = await import("../../../pipeline/stages/coverage.ts");
  const { validate } = await import("../../../pipeline/stages/validate.ts");
  const { derive } = await import("../../../pipeline/stages/derive.ts");
  const { publish } = await import("../../../pipeline/stages/publish.ts");
  const { publishTree } = await import("../../../pipeline/output/output-folder.ts");

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

export interface ReadFailure {
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

export function stageSummary(runs: PipelineRun[], floorMs: number) {
  const names = runs[0]!.stages.map((s) => s.stage);
  const docs = runs[0]!.docs;
  const bytes = runs[0]!.textBytes;
  const row = (stage: string, values: number[]) => {
    const ms = median(values);
    return { stage, ms, runsMs: values, docsPerS: docs / (ms / 1000), mbPerS: bytes / MB / (ms / 1000), floorRatio: ms / floorMs };
  };
  return [...names.map((name) => row(name, runs.map((r) => r.stages.find((s) => s.stage === name)!.ms))), row("pipeline", runs.map((r) => r.totalMs))];
}

export type PipelineFigure =
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
