// A pool of worker threads that maps a function over a list, in parallel, with the results in the list's
// order: each worker takes the next item as soon as it is free (items differ in size), and the results are
// put back in place by index, so the output does not depend on which worker finished first. On an error, no
// item after it is started; the error of the first failing item (in list order) is thrown once the items
// before it are done, as a loop over the list would have thrown it.
import { Worker } from "node:worker_threads";
import { reviveError, type SerialisedError } from "./errors.ts";

/** What a worker posts back for one item. */
export type WorkerReply<R> = { index: number; ok: true; result: R } | { index: number; ok: false; error: SerialisedError };

export interface PoolOptions {
  /** The worker's module (its `.ts` source runs through tsx). */
  script: URL;
  workers: number;
  /** Given to every worker once (the catalogue, the options). */
  workerData: unknown;
}

/** What the main thread does with each result as it arrives (before the next is received), e.g. to make it smaller. */
export type Receive<R> = (result: R) => R;

/** A worker module of this folder: the bundle's (dist/<name>.mjs, beside the chunks) or, run from source, the TypeScript. */
export const workerModule = (name: string) => new URL(import.meta.url.endsWith(".ts") ? `./${name}.ts` : `./${name}.mjs`, import.meta.url);

/** Items handed to a worker ahead of the one it is working on, so that it never waits for the main thread. */
const aheadPerWorker = 2;

/**
 * A worker on `script`. Run from source (tests, the benchmark), the module is TypeScript: the worker imports it
 * through tsx (a dependency), whose loader a worker does not inherit.
 */
export function startWorker(script: URL, workerData: unknown): Worker {
  if (!script.pathname.endsWith(".ts")) return new Worker(script, { workerData });
  const bootstrap = `import("tsx/esm/api").then((tsx) => tsx.tsImport(${JSON.stringify(script.href)}, ${JSON.stringify(import.meta.url)}))`;
  return new Worker(bootstrap, { eval: true, workerData });
}

/**
 * Maps `work` over `items` on worker threads. The pool lets go of each item once it is sent (a corpus's raw
 * bytes need not stay in memory while the rest is processed): pass a list nothing else holds on to.
 */
export async function mapInWorkers<T, R>(list: T[], options: PoolOptions, transferOf: (item: T) => ArrayBuffer[] = () => [], receive: Receive<R> = (result) => result): Promise<R[]> {
  const items: Array<T | undefined> = list.splice(0);
  const results: R[] = new Array(items.length);
  const count = Math.max(1, Math.min(options.workers, items.length));
  let next = 0;
  let firstFailure: { index: number; error: SerialisedError } | null = null;
  const run = (worker: Worker) =>
    new Promise<void>((resolve, reject) => {
      let inFlight = 0;
      const feed = () => {
        while (inFlight < aheadPerWorker && next < items.length && (firstFailure === null || next < firstFailure.index)) {
          const index = next++;
          inFlight++;
          const item = items[index]!;
          items[index] = undefined;
          worker.postMessage({ index, item }, transferOf(item));
        }
        if (inFlight === 0) resolve();
      };
      worker.on("message", (reply: WorkerReply<R>) => {
        inFlight--;
        if (reply.ok) results[reply.index] = receive(reply.result);
        else if (firstFailure === null || reply.index < firstFailure.index) firstFailure = { index: reply.index, error: reply.error };
        feed();
      });
      worker.once("error", reject);
      worker.once("exit", (code) => {
        if (inFlight > 0) reject(new Error(`a worker thread stopped (exit code ${code}) with ${inFlight} items unfinished`));
      });
      feed();
    });
  const workers = Array.from({ length: count }, () => startWorker(options.script, options.workerData));
  try {
    await Promise.all(workers.map(run));
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  if (firstFailure !== null) throw reviveError((firstFailure as { error: SerialisedError }).error);
  return results;
}
