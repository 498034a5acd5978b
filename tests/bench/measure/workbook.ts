// The workbook writers side by side on the same tables: the previous one (an in-memory exceljs workbook,
// re-packed with jszip; tests/bench/workbook/previous/) and the streaming one, into a hash as a streaming
// publish uses it and into a Buffer as today's in-memory plan does. Each write runs in a fresh child process
// that first loads the tables, then resets its peak memory, so that the peak is the writer's.
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { Writable } from "node:stream";
import type { WorkbookInput } from "../../../pipeline/publish/xlsx.ts";
import { fmtMB, fmtMs, fmtNum, median, table } from "../lib/format.ts";
import { collectGarbage, peakRss, resetPeakRss } from "../lib/memory.ts";

export interface WorkbookInputTask {
  task: "workbook-input";
  /** The corpus (raw/ layout). */
  dir: string;
  /** Where to write the WorkbookInput as JSON. */
  file: string;
}

export type WorkbookWriter = "previous" | "streaming to a hash" | "streaming to a Buffer";
export const workbookWriters: readonly WorkbookWriter[] = ["previous", "streaming to a hash", "streaming to a Buffer"];

export interface WorkbookWriteTask {
  task: "workbook-write";
  file: string;
  writer: WorkbookWriter;
}

export interface WorkbookInputRun {
  rows: number;
  cells: number;
}

export interface WorkbookWriteRun {
  writer: WorkbookWriter;
  /** Loading the writer's modules, before the write (not in wallMs). */
  loadMs: number;
  wallMs: number;
  /** User and system time of the whole process (zlib's threads included) during the write. */
  cpuMs: number;
  bytes: number;
  sha256: string;
  /** Resident memory once the tables are loaded, and the peak during the write. */
  baselineRss: number;
  peakRss: number;
  /** Whether the peak could be reset after loading (Linux); if not, the peak includes the loading. */
  peakIsWriters: boolean;
}

/** The pipeline's stages on the corpus, up to the tables, and the workbook input built from them as publish does. */
export async function childWorkbookInput(task: WorkbookInputTask): Promise<WorkbookInputRun> {
  const { loadCatalogue } = await import("../../../pipeline/catalogue/load.ts");
  const { listRawSources, readRawSources } = await import("../../../pipeline/io/raw-sources.ts");
  const { ingest } = await import("../../../pipeline/stages/ingest.ts");
  const { extract } = await import("../../../pipeline/stages/extract.ts");
  const { validate } = await import("../../../pipeline/stages/validate.ts");
  const { derive } = await import("../../../pipeline/stages/derive.ts");
  const { buildTables } = await import("../../../pipeline/publish/tables.ts");
  const { workbookInputOf } = await import("../workbook/input.ts");
  const { rowCount } = await import("../../../pipeline/publish/xlsx/rows.ts");
  const catalogue = loadCatalogue();
  const today = "2026-01-01";
  const ingested = (await readRawSources(await listRawSources(task.dir))).map((raw) => ingest(raw, catalogue, { today }));
  const derived = derive(validate(ingested.splice(0).map((source) => extract(source, catalogue)), catalogue), catalogue);
  const input = workbookInputOf(buildTables(derived, catalogue), catalogue, { version: "1.0.0", date: today });
  writeFileSync(task.file, JSON.stringify(input));
  const rows = input.tables.reduce((n, t) => n + rowCount(t.rows), 0);
  return { rows, cells: input.tables.reduce((n, t) => n + rowCount(t.rows) * t.fields.length, 0) };
}

export async function childWorkbookWrite(task: WorkbookWriteTask): Promise<WorkbookWriteRun> {
  const { buildWorkbook, writeWorkbook } = await import("../../../pipeline/publish/xlsx.ts");
  const { buildWorkbook: buildPrevious } = await import("../workbook/previous/xlsx.ts");
  const { previousInputOf } = await import("../workbook/input.ts");
  // The modules each writer loads on first use, loaded now: the write is timed alone.
  const loadStart = performance.now();
  if (task.writer === "previous") await Promise.all([import("exceljs"), import("jszip")]);
  else await import("exceljs/lib/stream/xlsx/workbook-writer.js");
  const loadMs = performance.now() - loadStart;
  const load = () => JSON.parse(readFileSync(task.file, "utf8")) as WorkbookInput;
  const input = load();
  // The previous writer takes the same tables in its own shape, made before the clock starts.
  const previousInput = task.writer === "previous" ? previousInputOf(input) : null;
  collectGarbage();
  const peakIsWriters = resetPeakRss();
  const baselineRss = process.memoryUsage().rss;

  const cpu = process.cpuUsage();
  const start = performance.now();
  const hash = createHash("sha256");
  let bytes = 0;
  if (task.writer === "streaming to a hash") {
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        hash.update(chunk);
        bytes += chunk.length;
        done();
      },
    });
    await writeWorkbook(input, sink);
  } else {
    const buffer = previousInput !== null ? await buildPrevious(previousInput) : await buildWorkbook(input);
    hash.update(buffer);
    bytes = buffer.length;
  }
  const wallMs = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return { writer: task.writer, loadMs, wallMs, cpuMs: (used.user + used.system) / 1000, bytes, sha256: hash.digest("hex"), baselineRss, peakRss: peakRss(), peakIsWriters };
}

export interface WorkbookWriterFigure {
  writer: WorkbookWriter;
  runs: number;
  errors: string[];
  loadMs: number;
  wallMs: number;
  cpuMs: number;
  peakRss: number;
  peakAboveBaseline: number;
  bytes: number;
  /** Every run wrote the same bytes. */
  reproducible: boolean;
  sha256: string | null;
}

export interface WorkbookFigure {
  docs: number;
  rows: number;
  cells: number;
  writers: WorkbookWriterFigure[];
  /** previous ÷ streaming, medians of the ratios within each round (the writers ran one after the other). */
  ratios: Partial<Record<Exclude<WorkbookWriter, "previous">, { wall: number; cpu: number; peakAboveBaseline: number }>>;
  /** The two streaming targets wrote the same bytes. */
  sameBytes: boolean | null;
  peakIsWriters: boolean;
}

type Outcome = { ok: boolean; result?: WorkbookWriteRun; error?: string };

/** Medians per writer and ratios per round, from `rounds[i][writer]`. */
export function workbookFigure(docs: number, input: WorkbookInputRun, rounds: Array<Record<WorkbookWriter, Outcome>>): WorkbookFigure {
  const ok = (writer: WorkbookWriter) => rounds.map((round) => round[writer]).filter((o) => o.ok && o.result).map((o) => o.result!);
  const writers = workbookWriters.map((writer): WorkbookWriterFigure => {
    const runs = ok(writer);
    const hashes = new Set(runs.map((r) => r.sha256));
    return {
      writer,
      runs: runs.length,
      errors: rounds.map((round) => round[writer]).filter((o) => !o.ok).map((o) => o.error ?? "failed"),
      loadMs: median(runs.map((r) => r.loadMs)),
      wallMs: median(runs.map((r) => r.wallMs)),
      cpuMs: median(runs.map((r) => r.cpuMs)),
      peakRss: median(runs.map((r) => r.peakRss)),
      peakAboveBaseline: median(runs.map((r) => r.peakRss - r.baselineRss)),
      bytes: runs[0]?.bytes ?? Number.NaN,
      reproducible: hashes.size === 1,
      sha256: hashes.size === 1 ? [...hashes][0]! : null,
    };
  });
  const ratio = (writer: WorkbookWriter, of: (run: WorkbookWriteRun) => number) =>
    median(rounds.filter((round) => round.previous.result && round[writer].result).map((round) => of(round.previous.result!) / of(round[writer].result!)));
  const ratios = Object.fromEntries(
    workbookWriters
      .filter((writer) => writer !== "previous")
      .map((writer) => [writer, { wall: ratio(writer, (r) => r.wallMs), cpu: ratio(writer, (r) => r.cpuMs), peakAboveBaseline: ratio(writer, (r) => r.peakRss - r.baselineRss) }]),
  );
  const [toHash, toBuffer] = [writers[1]!, writers[2]!];
  return {
    docs,
    rows: input.rows,
    cells: input.cells,
    writers,
    ratios,
    sameBytes: toHash.sha256 && toBuffer.sha256 ? toHash.sha256 === toBuffer.sha256 : null,
    peakIsWriters: rounds.every((round) => workbookWriters.every((w) => round[w].result?.peakIsWriters !== false)),
  };
}


/** The figure as lines of the printed report. */
export function reportWorkbook(figure: WorkbookFigure): string[] {
  const lines = [
    `Workbook writers on the same tables: ${figure.docs} document${figure.docs === 1 ? "" : "s"}, ${figure.rows} rows, ${figure.cells} cells (medians of ${Math.max(...figure.writers.map((w) => w.runs))} rounds, each writer in a fresh process; load: its modules, not in the write's time; peak ${figure.peakIsWriters ? "during the write" : "including loading the tables"})`,
    table(
      ["writer", "runs", "load", "wall", "CPU", "peak RSS", "above baseline", "bytes", "same bytes every run"],
      figure.writers.map((w) => [w.writer, String(w.runs), fmtMs(w.loadMs), fmtMs(w.wallMs), fmtMs(w.cpuMs), fmtMB(w.peakRss), fmtMB(w.peakAboveBaseline), fmtMB(w.bytes), w.runs ? (w.reproducible ? "yes" : "NO") : "–"]),
    ),
  ];
  for (const [writer, r] of Object.entries(figure.ratios)) {
    lines.push(`previous ÷ ${writer}: wall ${fmtNum(r.wall)}×, CPU ${fmtNum(r.cpu)}×, peak above baseline ${fmtNum(r.peakAboveBaseline)}×`);
  }
  if (figure.sameBytes !== null) lines.push(`streaming to a hash and to a Buffer wrote ${figure.sameBytes ? "the same bytes" : "DIFFERENT bytes"}`);
  for (const w of figure.writers) for (const e of w.errors) lines.push(`  ${w.writer} failed: ${e}`);
  return lines;
}
