// The real command line over a corpus, in a fresh process, as a user runs it (what `npm run pipeline` runs:
// node with package.json's flags on scripts/pipeline.mjs, the bundle): a fresh publication into an empty output folder, then an unchanged re-run on the same folder. Wall
// time, CPU time (user + system, every thread) and peak RSS come from GNU time (/usr/bin/time) around the
// process; the stages' times from the command line's own progress lines. Beside them, the floors: reading and
// hashing the corpus (floor.ts), and writing and hashing the bytes the run published.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import { dirname, join, relative } from "node:path";
import { performance } from "node:perf_hooks";
import { repoRoot } from "../lib/child.ts";
import { pipelineCommand } from "../lib/pipeline-command.ts";
import { fmtMB, fmtMs, fmtNum, median, table } from "../lib/format.ts";

export const gnuTime = "/usr/bin/time";

export interface CliRun {
  ms: number;
  cpuMs: number;
  maxRss: number;
  /** Each stage's time as the command line reports it (ms). */
  stages: Record<string, number>;
  /** Warnings printed (numbers held back or not accounted for), and the size of everything printed. */
  warnings: number;
  outputBytes: number;
}

export interface CliFigure {
  label: string;
  docs: number;
  textBytes: number;
  /** Reading and hashing the corpus (ms, median). */
  readFloorMs: number;
  /** Writing and hashing the published files (ms, median), and their size. */
  writeFloorMs: number;
  outputFiles: number;
  outputBytes: number;
  fresh: CliRun[];
  unchanged: CliRun[];
  failures: string[];
}

/** The median of each measure over the runs (each stage's too). */
export function medianRun(runs: readonly CliRun[]): CliRun | null {
  if (runs.length === 0) return null;
  const stages = [...new Set(runs.flatMap((r) => Object.keys(r.stages)))];
  return {
    ms: median(runs.map((r) => r.ms)),
    cpuMs: median(runs.map((r) => r.cpuMs)),
    maxRss: median(runs.map((r) => r.maxRss)),
    stages: Object.fromEntries(stages.map((s) => [s, median(runs.flatMap((r) => (s in r.stages ? [r.stages[s]!] : [])))])),
    warnings: median(runs.map((r) => r.warnings)),
    outputBytes: median(runs.map((r) => r.outputBytes)),
  };
}

/** "extract   18 numbers, 14 figures read (2 threads, …)   1201 ms" → { extract: 1201 }. */
export function stageTimes(output: string): Record<string, number> {
  const stages: Record<string, number> = {};
  for (const line of output.split("\n")) {
    const match = /^([a-z]+)\s.*?(\d+) ms\s*$/.exec(line);
    if (match) stages[match[1]!] = Number(match[2]);
  }
  return stages;
}

/**
 * `copies` copies of each source of `rawDir` into `dir`, each under its own id (the metadata's id follows):
 * a corpus of the seed's own articles at any size.
 */
export function writeSeedCopies(rawDir: string, dir: string, copies: number): { files: number; textBytes: number } {
  mkdirSync(dir, { recursive: true });
  const ids = readdirSync(rawDir).filter((f) => f.endsWith(".txt")).map((f) => f.slice(0, -4)).sort();
  let textBytes = 0;
  for (const id of ids) {
    const text = readFileSync(join(rawDir, `${id}.txt`));
    const metadata = JSON.parse(readFileSync(join(rawDir, `${id}.source.json`), "utf8")) as { id: string };
    for (let copy = 0; copy < copies; copy++) {
      const copyId = `copy${String(copy).padStart(5, "0")}_${id}`;
      writeFileSync(join(dir, `${copyId}.txt`), text);
      writeFileSync(join(dir, `${copyId}.source.json`), `${JSON.stringify({ ...metadata, id: copyId }, null, 2)}\n`);
      textBytes += text.length;
    }
  }
  return { files: ids.length * copies * 2, textBytes };
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

/** The write floor: the published files' bytes (read first, not timed) written into a fresh folder and hashed. */
function writeFloor(outDir: string, runs: number): { ms: number; files: number; bytes: number } {
  const files = filesUnder(outDir).map((file) => ({ path: relative(outDir, file), bytes: readFileSync(file) }));
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const target = mkdtempSync(join(os.tmpdir(), "dgsn-bench-write-"));
    const start = performance.now();
    for (const file of files) {
      const path = join(target, file.path);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, file.bytes);
      createHash("sha256").update(file.bytes).digest("hex");
    }
    times.push(performance.now() - start);
    rmSync(target, { recursive: true, force: true });
  }
  return { ms: median(times), files: files.length, bytes: files.reduce((n, f) => n + f.bytes.length, 0) };
}

/** One run of the command line under GNU time, or why it failed. */
function runCli(raw: string, out: string, work: string): CliRun | string {
  const timeFile = join(dirname(out), "time.txt");
  // The output goes to a file, not a pipe: the warnings of a large corpus can be long, and a pipe's buffer
  // would stop the run (spawnSync kills a child whose output exceeds it).
  const logFile = join(dirname(out), "output.txt");
  const log = openSync(logFile, "w");
  const { flags, runner } = pipelineCommand();
  const start = performance.now();
  const result = spawnSync(gnuTime, ["-f", "%U %S %M", "-o", timeFile, process.execPath, ...flags, runner, "--raw", raw, "--out", out, "--work", work, "--date", "2026-01-01"], {
    cwd: repoRoot,
    stdio: ["ignore", log, log],
  });
  const ms = performance.now() - start;
  closeSync(log);
  const output = readFileSync(logFile, "utf8");
  rmSync(logFile, { force: true });
  if (result.status !== 0) return `exit ${result.status ?? result.signal}: ${output.trim().split("\n").slice(-3).join(" | ").slice(0, 2000)}`;
  // GNU time: user and system seconds, peak RSS in KiB.
  const [user, system, kib] = readFileSync(timeFile, "utf8").trim().split("\n").at(-1)!.split(" ").map(Number);
  const warnings = output.split("\n").filter((line) => line.startsWith("warning:"));
  return { ms, cpuMs: (user! + system!) * 1000, maxRss: kib! * 1024, stages: stageTimes(output), warnings: warnings.length, outputBytes: Buffer.byteLength(output) };
}

/** Fresh publications and unchanged re-runs of `raw` through the command line, `rounds` times each. */
export function measureCli(label: string, raw: string, docs: number, textBytes: number, rounds: number, readFloorMs: number): CliFigure {
  const figure: CliFigure = { label, docs, textBytes, readFloorMs, writeFloorMs: Number.NaN, outputFiles: 0, outputBytes: 0, fresh: [], unchanged: [], failures: [] };
  for (let round = 0; round < rounds; round++) {
    const tmp = mkdtempSync(join(os.tmpdir(), "dgsn-bench-cli-"));
    try {
      const [out, work] = [join(tmp, "out"), join(tmp, "work")];
      const fresh = runCli(raw, out, work);
      if (typeof fresh === "string") {
        figure.failures.push(`fresh: ${fresh}`);
        continue;
      }
      figure.fresh.push(fresh);
      const unchanged = runCli(raw, out, work);
      if (typeof unchanged === "string") figure.failures.push(`unchanged: ${unchanged}`);
      else figure.unchanged.push(unchanged);
      if (round === 0 && existsSync(out)) {
        const floor = writeFloor(out, 3);
        Object.assign(figure, { writeFloorMs: floor.ms, outputFiles: floor.files, outputBytes: floor.bytes });
      }
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  }
  return figure;
}

/** The figures as lines of the printed report. */
export function reportCli(figures: readonly CliFigure[]): string[] {
  const lines = [
    `Command line in a fresh process (${pipelineCommand().text}; medians; CPU: user + system of every thread; peak RSS of the process; stages as the command line reports them)`,
  ];
  const rows: string[][] = [];
  for (const f of figures) {
    for (const [kind, runs] of [["fresh", f.fresh], ["unchanged", f.unchanged]] as const) {
      const m = medianRun(runs);
      if (!m) {
        rows.push([`${f.label}, ${kind}`, "0", "failed", "–", "–", "–", "–", "–"]);
        continue;
      }
      const stages = Object.entries(m.stages).map(([s, ms]) => `${s} ${fmtMs(ms)}`).join(", ");
      rows.push([`${f.label}, ${kind}`, String(runs.length), fmtMs(m.ms), fmtMs(m.cpuMs), fmtMB(m.maxRss), fmtNum(m.ms / (f.readFloorMs + f.writeFloorMs)), `${m.warnings} (${fmtMB(m.outputBytes)} printed)`, stages]);
    }
  }
  lines.push(table(["corpus, run", "runs", "wall", "CPU", "peak RSS", "× floor", "warnings", "stages"], rows));
  for (const f of figures) {
    lines.push(`${f.label}: ${f.docs} sources, ${fmtMB(f.textBytes)} of text; floor: read + hash ${fmtMs(f.readFloorMs)}, write + hash of the ${f.outputFiles} published files (${fmtMB(f.outputBytes)}) ${fmtMs(f.writeFloorMs)}`);
    for (const failure of f.failures) lines.push(`  FAILED: ${failure}`);
  }
  return lines;
}
