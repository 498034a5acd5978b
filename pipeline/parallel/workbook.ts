// The workbook of a large version is written on a worker thread while the main thread writes the other files:
// it is the longest file to produce (every cell of every table, compressed). The worker gets the workbook's
// input without the tables' rows, and asks the main thread for the rows a batch at a time, so that it never
// holds a copy of a whole table. The main thread, which holds the rows, checks and measures every cell (the
// columns' widths come before the rows in a sheet) while the worker writes the sheets before, and sends each
// table's widths: the rows cross between the threads once, to be written. The worker sends
// the bytes back a chunk at a time (moved, not copied), each chunk acknowledged once written, so that the sink
// on the main thread hashes and writes them in order and neither side holds more than a few chunks. A small
// version's workbook is written on the main thread: a worker's start would cost more than it saves, unless the
// run started the thread early (startSpareWorkbookThread), while it was still reading the sources: the thread
// has then loaded its modules on another core by the time the workbook is written, whatever its size.
import type { Writable } from "node:stream";
import type { Worker } from "node:worker_threads";
import { finished } from "node:stream/promises";
import type { Produce } from "../publish/file-sink.ts";
import type { TableName } from "../publish/table-schemas.ts";
import type { Row, Tables } from "../publish/tables.ts";
import { typedRow } from "../publish/csv.ts";
import type { WorkbookInput } from "../publish/xlsx.ts";
import { ColumnMeasure } from "../publish/xlsx/table-sheet.ts";
import { reviveError, type SerialisedError } from "./errors.ts";
import { startWorker, workerModule } from "./pool.ts";
import { takeSpareWorkbookThread } from "./spare-workbook-thread.ts";

export interface WorkbookJob {
  tables: Tables;
  /** The workbook's input with every table's rows left empty: on a worker thread, they are read from `tables` in batches. */
  inputWithoutRows: () => WorkbookInput;
}

/**
 * What the worker is given: the input without rows, and each table's schema and number of rows; for a small
 * version (a thread started ahead), the rows and columns' widths too, so that it never waits for the main thread.
 */
export interface WorkbookWorkerData {
  input: WorkbookInput;
  tables: Record<string, { schema: Tables[TableName]["schema"]; count: number }>;
  given?: { rows: Record<string, Row[]>; widths: Record<string, number[]> };
}

/** What the worker posts: a chunk of the workbook, a request for rows, the end, or why it failed. */
export type WorkbookMessage =
  | { type: "chunk"; bytes: ArrayBuffer }
  | { type: "rows"; table: TableName; from: number }
  | { type: "done" }
  | { type: "error"; error: SerialisedError };

/** What the main thread posts: the job (first), a chunk was written, the rows asked for, or a table's widths (ColumnMeasure). */
export type MainMessage =
  | { type: "job"; data: WorkbookWorkerData }
  | { type: "ack" }
  | { type: "rows"; table: TableName; from: number; rows: Row[] }
  | { type: "widths"; table: TableName; widths: number[] };

/** Rows sent to the worker at a time. */
export const batchRows = 512;

/**
 * Chunks the worker may send ahead of the main thread's acknowledgements: the main thread acknowledges between
 * its own tasks, and at 8 (about 128 KB of the zip) the worker waited for it a fifth of its time at 10,000 sources.
 */
export const chunksAhead = 64;

/** Rows (all tables) from which a worker is worth its start. */
export const workbookThreadFromRows = 20_000;

/** Rows measured between two turns of the event loop, in which the main thread answers the worker's requests. */
const rowsPerTurn = 4096;

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Checks and measures every table of `input` (rows from `tables`), in the order the worker writes them; `send`
 * gets each table's widths. Stops when `stopped()` (the workbook failed meanwhile).
 */
async function measureTables(input: WorkbookInput, tables: Tables, send: (table: TableName, widths: number[]) => void, stopped: () => boolean): Promise<void> {
  for (const table of input.tables) {
    if (stopped()) return;
    const name = table.name as TableName;
    const { rows } = tables[name];
    const measure = new ColumnMeasure(table);
    for (let from = 0; from < rows.length; from += rowsPerTurn) {
      measure.add(rows.slice(from, from + rowsPerTurn).map((row) => typedRow(tables[name], row)));
      await nextTurn();
    }
    send(name, measure.result());
  }
}

const rowsOf = (tables: Tables) => Object.values(tables).reduce((n, table) => n + table.rows.length, 0);

/** A small version's rows and columns' widths, measured here at once (measureTables does it a turn at a time). */
function givenAtOnce(input: WorkbookInput, tables: Tables): NonNullable<WorkbookWorkerData["given"]> {
  const rows: Record<string, Row[]> = {};
  const widths: Record<string, number[]> = {};
  for (const table of input.tables) {
    const name = table.name as TableName;
    const measure = new ColumnMeasure(table);
    measure.add(tables[name].rows.map((row) => typedRow(tables[name], row)));
    rows[name] = tables[name].rows;
    widths[name] = measure.result();
  }
  return { rows, widths };
}

function inThread(job: WorkbookJob, started: Worker | null, small: boolean): Produce {
  return (out: Writable) =>
    new Promise<void>((resolve, reject) => {
      let settled = false;
      let complete = false;
      const fail = (error: Error) => {
        if (settled) return;
        settled = true;
        out.destroy(error);
        void worker.terminate();
        reject(error);
      };
      const { tables } = job;
      let workerData: WorkbookWorkerData;
      try {
        const input = job.inputWithoutRows();
        workerData = {
          input,
          tables: Object.fromEntries(Object.entries(tables).map(([name, table]) => [name, { schema: table.schema, count: table.rows.length }])),
          ...(small && { given: givenAtOnce(input, tables) }),
        };
      } catch (error) {
        void started?.terminate();
        out.destroy(error as Error);
        reject(error);
        return;
      }
      const post = (message: MainMessage) => worker.postMessage(message);
      const worker = started ?? startWorker(workerModule("workbook-worker"), null);
      post({ type: "job", data: workerData });
      if (!workerData.given) measureTables(workerData.input, tables, (table, widths) => post({ type: "widths", table, widths }), () => settled).catch(fail);
      worker.on("message", (message: WorkbookMessage) => {
        if (message.type === "chunk") out.write(Buffer.from(message.bytes), (error) => (error ? fail(error) : post({ type: "ack" })));
        else if (message.type === "rows") post({ ...message, rows: tables[message.table].rows.slice(message.from, message.from + batchRows) });
        else if (message.type === "error") fail(reviveError(message.error));
        else {
          // The worker listens for acknowledgements until it is told to stop.
          complete = true;
          void worker.terminate();
          out.end();
          finished(out).then(() => {
            settled = true;
            resolve();
          }, fail);
        }
      });
      worker.on("error", fail);
      worker.on("exit", (code) => {
        if (!complete) fail(new Error(`the workbook's worker thread stopped (exit code ${code}) before the workbook was complete`));
      });
    });
}

/**
 * Writes the workbook of `job` into a sink's stream: on the thread started ahead if there is one, else on a
 * new worker thread for a version of at least `fromRows` rows, else here (`here`).
 */
export function workbookProducer(job: WorkbookJob, here: Produce, fromRows = workbookThreadFromRows): Produce {
  const started = takeSpareWorkbookThread();
  const rows = rowsOf(job.tables);
  return started !== null || rows >= fromRows ? inThread(job, started, rows < fromRows) : here;
}
