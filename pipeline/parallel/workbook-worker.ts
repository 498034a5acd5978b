// The worker thread of workbookProducer (workbook.ts): loads its modules, waits for its job (it may be started
// before the run has one), then writes the workbook from its input, reading each table's
// rows from the main thread a batch at a time (typed here, as the JSON files have them) and each table's column
// widths (measured there), and posts its bytes to
// the main thread a chunk at a time, waiting for acknowledgements.
import { Writable } from "node:stream";
import { parentPort } from "node:worker_threads";
import { typedRow } from "../publish/csv.ts";
import type { TableName } from "../publish/table-schemas.ts";
import type { Row } from "../publish/tables.ts";
import { writeWorkbook } from "../publish/xlsx.ts";
import { loadWorkbookWriter } from "../publish/xlsx/workbook-writer.ts";
import type { WorkbookRow } from "../publish/xlsx/rows.ts";
import { serialiseError } from "./errors.ts";
import { batchRows, chunksAhead, type MainMessage, type WorkbookMessage, type WorkbookWorkerData } from "./workbook.ts";

const port = parentPort!;
const post = (message: WorkbookMessage, transfer: ArrayBuffer[] = []) => port.postMessage(message, transfer);

let unacknowledged = 0;
let resume: (() => void) | null = null;
/** Requests for rows not yet answered, by table and first row. */
const asked = new Map<string, (rows: Row[]) => void>();

/** Each table's widths, as the main thread sends them: they may come before this thread has read its job. */
const widthsOf = new Map<string, { promise: Promise<number[]>; resolve: (widths: number[]) => void }>();
function widthsFor(table: string) {
  let entry = widthsOf.get(table);
  if (!entry) {
    let resolve!: (widths: number[]) => void;
    entry = { promise: new Promise<number[]>((r) => (resolve = r)), resolve };
    widthsOf.set(table, entry);
  }
  return entry;
}

/** The job, when it comes (the first message). */
let receiveJob: (data: WorkbookWorkerData) => void;
const job = new Promise<WorkbookWorkerData>((resolve) => (receiveJob = resolve));

port.on("message", (message: MainMessage) => {
  if (message.type === "job") {
    receiveJob(message.data);
    return;
  }
  if (message.type === "widths") {
    widthsFor(message.table).resolve(message.widths);
    return;
  }
  if (message.type === "rows") {
    const key = `${message.table}:${message.from}`;
    asked.get(key)!(message.rows);
    asked.delete(key);
    return;
  }
  unacknowledged--;
  const next = resume;
  resume = null;
  next?.();
});

const rowsFrom = (table: TableName, from: number) =>
  new Promise<Row[]>((resolve) => {
    asked.set(`${table}:${from}`, resolve);
    post({ type: "rows", table, from });
  });

// Loaded while the job is still to come (the thread may be started before the run has one).
await loadWorkbookWriter();
const { input, tables, given } = await job;

/**
 * Batches asked for ahead of the one in use: the main thread answers between its own tasks (a table's file, a
 * data card's or download page's sections, rendered while the workbook is written), not at once: some 12,000
 * rows (about a second of writing; 15 MB of the mentions table) carry the worker through the longest of them.
 */
const batchesAhead = 24;

/** A table's rows, a batch at a time, the next batches asked for while this one is used. */
async function* batchesOf(name: TableName): AsyncIterable<WorkbookRow[]> {
  const { schema, count } = tables[name]!;
  const table = { schema, rows: [] };
  // A small version's rows came with the job.
  if (given) {
    for (let from = 0; from < count; from += batchRows) yield given.rows[name]!.slice(from, from + batchRows).map((row) => typedRow(table, row));
    return;
  }
  const coming: Array<Promise<Row[]>> = [];
  let asked = 0;
  const askAhead = () => {
    for (; coming.length < batchesAhead && asked < count; asked += batchRows) coming.push(rowsFrom(name, asked));
  };
  askAhead();
  while (coming.length > 0) {
    const rows = await coming.shift()!;
    askAhead();
    yield rows.map((row) => typedRow(table, row));
  }
}

/** Sends each chunk to the main thread, holding the writer back while `chunksAhead` chunks are unacknowledged. */
const toMainThread = new Writable({
  write(chunk: Buffer, _encoding, done) {
    // A chunk may be a view of a larger buffer: its own copy moves to the main thread.
    const bytes = chunk.buffer.slice(chunk.byteOffset, chunk.byteOffset + chunk.length) as ArrayBuffer;
    unacknowledged++;
    post({ type: "chunk", bytes }, [bytes]);
    if (unacknowledged < chunksAhead) done();
    else resume = () => done();
  },
});

try {
  for (const table of input.tables) {
    const name = table.name as TableName;
    table.rows = { count: tables[name]!.count, batches: () => batchesOf(name) };
    table.measured = given ? Promise.resolve(given.widths[name]!) : widthsFor(name).promise;
  }
  await writeWorkbook(input, toMainThread);
  post({ type: "done" });
} catch (error) {
  post({ type: "error", error: serialiseError(error) });
}
