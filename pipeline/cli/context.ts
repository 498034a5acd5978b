// What every command of a run shares (options, catalogue, where to print, the output folder) and how it prints
// progress. Kept apart from the stages (build.ts) so that an unchanged run loads none of them.
import { performance } from "node:perf_hooks";
import type { Catalogue } from "../catalogue/load.ts";
import { listRawSources, type RawSource, readRawSources } from "../io/raw-sources.ts";
import { type OpenOutput, openOutput } from "../output/output-folder.ts";
import type { OutputTarget } from "../output/target.ts";
import type { CliOptions } from "./args.ts";

export interface Console {
  out(line: string): void;
  err(line: string): void;
}

export const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

const traceMemory = process.env.DGSN_TRACE_MEMORY === "1";
const mb = (bytes: number) => `${Math.round(bytes / 1e6)} MB`;

/**
 * One progress line: the stage, what it did, and how long it took (`ms`, or since `start`). With
 * DGSN_TRACE_MEMORY=1 (the benchmark), also the memory after the stage and the peak so far, on stderr.
 */
export function progress(console: Console, stage: string, what: string, start: number, ms = performance.now() - start): void {
  console.out(`${stage.padEnd(9)} ${what.padEnd(72)} ${Math.round(ms)} ms`);
  if (traceMemory) {
    // Under --expose-gc, what is still held, not what is yet to be collected.
    (globalThis as { gc?: () => void }).gc?.();
    const now = process.memoryUsage();
    console.err(`memory after ${stage}: rss ${mb(now.rss)}, heap ${mb(now.heapUsed)} of ${mb(now.heapTotal)}, buffers ${mb(now.external)}, peak rss ${mb(process.resourceUsage().maxRSS * 1024)}`);
  }
}

export function timed<T>(console: Console, stage: string, work: () => T, describe: (result: T) => string): T {
  const start = performance.now();
  const result = work();
  progress(console, stage, describe(result), start);
  return result;
}

/** Everything a run shares: options, catalogue, where to print, and what to write. */
export interface Run {
  options: CliOptions;
  catalogue: Catalogue;
  console: Console;
  /** --check writes nothing, not even work artifacts. */
  write: boolean;
  /** Write every artifact into the work folder: a stage run alone, or --keep-work. */
  keepWork: boolean;
  /** The output folder, for the commands that publish or check it. */
  out: OutputTarget | null;
}

/** The output folder once a run holds it (its lock). */
export interface HeldOutput {
  output?: OpenOutput;
}

const recoveryNotes = {
  none: null,
  discarded: "the files an interrupted run had staged were removed; nothing of it had been published",
  completed: "an interrupted run had committed its publication; its leftovers were removed",
  "rolled back": "an interrupted run's publication was undone (it had not committed); the output is as before it",
} as const;

/** How the output folder is named in progress lines: as given, and where a symbolic link leads. */
export const outputName = (options: CliOptions, out: OutputTarget | null) => `${options.out}/${out?.linkTarget ? ` (a symbolic link, followed to ${out.linkTarget})` : ""}`;

/** Takes hold of the output folder (its lock), once per run, and says what a killed run had left there. */
export function holdOutput(out: OutputTarget, options: CliOptions, console: Console, held: HeldOutput): OpenOutput {
  if (held.output) return held.output;
  const output = openOutput(out.real, options.out);
  held.output = output;
  const note = recoveryNotes[output.recovered];
  if (note) console.err(`note: ${options.out}/: ${note}`);
  return output;
}

/** Reads every source of the raw folder (text and metadata), and how long that took. */
export async function readSources(options: CliOptions): Promise<{ raws: RawSource[]; ms: number }> {
  const start = performance.now();
  const raws = await readRawSources(await listRawSources(options.raw), options.maxBytes);
  return { raws, ms: performance.now() - start };
}
