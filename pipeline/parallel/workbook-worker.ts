// The worker thread of workbookProducer (workbook.ts): builds the workbook's input from the tables, writes the
// workbook, and posts its bytes to the main thread a chunk at a time, waiting for acknowledgements.
import { Writable } from "node:stream";
import { parentPort, workerData } from "node:worker_threads";
import { workbookInputOf } from "../publish/version-files.ts";
import { writeWorkbook } from "../publish/xlsx.ts";
import { serialiseError } from "./errors.ts";
import { chunksAhead, type WorkbookJob, type WorkbookMessage } from "./workbook.ts";

const port = parentPort!;
const post = (message: WorkbookMessage, transfer: ArrayBuffer[] = []) => port.postMessage(message, transfer);

let unacknowledged = 0;
let resume: (() => void) | null = null;
port.on("message", () => {
  unacknowledged--;
  const next = resume;
  resume = null;
  next?.();
});

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

const { tables, catalogue, stamp } = workerData as WorkbookJob;
try {
  await writeWorkbook(workbookInputOf(tables, catalogue, stamp), toMainThread);
  post({ type: "done" });
} catch (error) {
  post({ type: "error", error: serialiseError(error) });
}
