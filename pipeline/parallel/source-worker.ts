// A worker thread of processSources (sources.ts): runs ingest (and extract) on each source it is sent.
import { parentPort, workerData } from "node:worker_threads";
import type { Catalogue } from "../catalogue/load.ts";
import type { RawSource } from "../io/raw-sources.ts";
import { serialiseError } from "./errors.ts";
import type { WorkerReply } from "./pool.ts";
import { processSource, type SourceOptions, type SourceWork } from "./sources.ts";

const { catalogue, options } = workerData as { catalogue: Catalogue; options: SourceOptions };

parentPort!.on("message", ({ index, item }: { index: number; item: RawSource }) => {
  let reply: WorkerReply<SourceWork>;
  try {
    reply = { index, ok: true, result: processSource(item, catalogue, options) };
  } catch (error) {
    reply = { index, ok: false, error: serialiseError(error) };
  }
  parentPort!.postMessage(reply);
});
