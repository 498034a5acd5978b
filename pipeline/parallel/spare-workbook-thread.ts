// The workbook's thread started ahead of its job (workbook.ts writes the workbook on it): a run that is going
// to publish starts it as soon as it knows, so that the thread loads its modules (exceljs and the writer) on
// another core while the main thread reads the sources. Kept apart from workbook.ts, which loads the writer's
// modules: an unchanged run loads this file and nothing of the workbook.
import { availableParallelism } from "node:os";
import type { Worker } from "node:worker_threads";
import { startWorker, workerModule } from "./pool.ts";

/** The thread started ahead of its job, and whether it stopped (failed to load) before it was given one. */
let spare: { worker: Worker; stopped: boolean } | null = null;

/**
 * Starts the workbook's thread now, before its job, on a machine of two cores or more: a run that is going to
 * publish calls this as soon as it knows, and the next workbook written takes the thread. It holds the process
 * open only once taken.
 */
export function startSpareWorkbookThread(cores = availableParallelism()): void {
  if (spare !== null || cores < 2) return;
  const started = { worker: startWorker(workerModule("workbook-worker"), null), stopped: false };
  // A thread that fails before its job is replaced when taken; its error is the new thread's to report.
  started.worker.on("error", () => {});
  started.worker.once("exit", () => (started.stopped = true));
  started.worker.unref();
  spare = started;
}

/** Stops the thread started ahead if no workbook took it (a run that published nothing, or failed before). */
export async function stopSpareWorkbookThread(): Promise<void> {
  const unused = spare;
  spare = null;
  await unused?.worker.terminate();
}

/** The thread started ahead, if one is ready, handed over once. */
export function takeSpareWorkbookThread(): Worker | null {
  const taken = spare;
  spare = null;
  if (taken === null || taken.stopped) return null;
  taken.worker.ref();
  return taken.worker;
}
