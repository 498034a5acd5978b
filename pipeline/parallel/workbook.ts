// The workbook of a large version is written on a worker thread while the main thread writes the other files:
// it is the longest file to produce (every cell of every table, compressed). The worker builds the workbook's
// input from the tables itself and sends the bytes back a chunk at a time (moved, not copied), each chunk
// acknowledged once written, so that the sink on the main thread hashes and writes them in order and neither
// side holds more than a few chunks. A small version's workbook is written on the main thread: a worker's
// start would cost more than it saves.
import type { Writable } from "node:stream";
import { finished } from "node:stream/promises";
import type { Catalogue } from "../catalogue/load.ts";
import type { VersionStamp } from "../publish/datapackage.ts";
import type { Produce } from "../publish/file-sink.ts";
import type { Tables } from "../publish/tables.ts";
import { reviveError, type SerialisedError } from "./errors.ts";
import { startWorker, workerModule } from "./pool.ts";

export interface WorkbookJob {
  tables: Tables;
  catalogue: Catalogue;
  stamp: VersionStamp;
}

/** What the worker posts: a chunk of the workbook, the end, or why it failed. */
export type WorkbookMessage = { type: "chunk"; bytes: ArrayBuffer } | { type: "done" } | { type: "error"; error: SerialisedError };

/** Chunks the worker may send ahead of the main thread's acknowledgements. */
export const chunksAhead = 8;

/** Rows (all tables) from which a worker is worth its start. */
export const workbookThreadFromRows = 20_000;

const rowsOf = (tables: Tables) => Object.values(tables).reduce((n, table) => n + table.rows.length, 0);

function inThread(job: WorkbookJob): Produce {
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
      const worker = startWorker(workerModule("workbook-worker"), job);
      worker.on("message", (message: WorkbookMessage) => {
        if (message.type === "chunk") out.write(Buffer.from(message.bytes), (error) => (error ? fail(error) : worker.postMessage("ack")));
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
 * Writes the workbook of `job` into a sink's stream: on a worker thread for a version of at least `fromRows`
 * rows, else here (`here`).
 */
export function workbookProducer(job: WorkbookJob, here: Produce, fromRows = workbookThreadFromRows): Produce {
  return rowsOf(job.tables) >= fromRows ? inThread(job) : here;
}
