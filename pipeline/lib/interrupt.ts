// A run stopped by a signal (SIGTERM from `timeout` or CI, SIGINT from Ctrl-C, SIGHUP from a closed terminal)
// undoes what it started (an uncommitted publication, the lock) and exits with 128 + the signal's number, as
// shells do. Cleanups run synchronously, newest first: Node delivers a signal between two turns of the event
// loop, never in the middle of synchronous code, so a cleanup never sees half a rename.
import { constants } from "node:os";

const cleanups: Array<() => void> = [];

/** Registers a cleanup to run if the process is stopped by a signal; returns a function that unregisters it. */
export function onInterrupt(cleanup: () => void): () => void {
  cleanups.push(cleanup);
  return () => {
    const index = cleanups.lastIndexOf(cleanup);
    if (index >= 0) cleanups.splice(index, 1);
  };
}

export const stopSignals = ["SIGINT", "SIGTERM", "SIGHUP"] as const;

/** Runs the registered cleanups (newest first), then `exit(128 + n)`. Installed once, by the command line. */
export function installInterruptHandlers(exit: (status: number) => void, report: (line: string) => void): void {
  for (const signal of stopSignals) {
    process.on(signal, () => {
      for (const cleanup of cleanups.splice(0).reverse()) {
        try {
          cleanup();
        } catch (error) {
          report(`while stopping: ${(error as Error).message}`);
        }
      }
      exit(128 + constants.signals[signal]);
    });
  }
}
