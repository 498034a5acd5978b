// The recognizer alone: over the corpus text (throughput), and on pathological inputs at growing sizes
// (whether time stays linear), each in a child process of its own.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { type PathologicalKind, pathological } from "../corpus.ts";

export interface RecognizerCorpusTask {
  task: "recognizer-corpus";
  dir: string;
  runs: number;
}

export interface RecognizerPathologicalTask {
  task: "recognizer-pathological";
  kinds: PathologicalKind[];
  sizes: number[];
  runs: number;
  budgetMs: number;
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

export async function childRecognizerCorpus(task: RecognizerCorpusTask): Promise<RecognizerCorpusRun> {
  const { recognizeNumbers } = await import("../../../pipeline/arabic/numbers/index.ts");
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

export async function childRecognizerPathological(task: RecognizerPathologicalTask): Promise<PathologicalRun[]> {
  const { recognizeNumbers, UnsafeNumberError } = await import("../../../pipeline/arabic/numbers/index.ts");
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
  task: RecognizerPathologicalTask,
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

export type CorpusFigure =
  | { ok: true; docs: number; textBytes: number; mentions: number; coldMs: number; runsMs: number[]; ms: number; mbPerS: number; maxRss: number }
  | { ok: false; error: string };
export type PathologicalSize =
  | { ok: true; bytes: number; chars: number; mentions: number; callsPerRun: number; runsMs: number[]; ms: number; mbPerS: number }
  | { ok: false; bytes: number; skipped: string };
export type PathologicalFigure =
  | {
      ok: true;
      kind: PathologicalKind;
      probe: { bytes: number; ms: number };
      sizes: PathologicalSize[];
      growth: { fromBytes: number; toBytes: number; sizeRatio: number; timeRatio: number; roundRatios: number[]; exponent: number } | null;
      linear: boolean;
    }
  | { ok: false; kind: PathologicalKind; error: string };
