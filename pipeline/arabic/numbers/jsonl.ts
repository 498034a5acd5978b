/**
 * The line interface of the recognizer (`pipeline numbers`): JSON Lines in, JSON Lines out, one line at a time.
 *
 * Each input line is an object {"id": string | number, "text": string} (other fields are ignored). For each one
 * exactly one line comes out, in order:
 *   {"id": …, "mentions": [{"text", "value", "kind", "start", "end", "qualifier"?}]}
 * (qualifier only when there is one; start/end index the text as given). A line that cannot be read gets
 *   {"id": <its id, or null>, "line": <1-based line number>, "error": "<what is wrong>"}
 * and the stream goes on. A text holding a number too long to hold exactly (see unsafe.ts) gets that error
 * object too, with the offsets of the number in the text: {"id", "line", "error", "start", "end"}. Blank lines (only white space) are skipped and give no output, as JSON Lines readers
 * usually do, but they still count in line numbers. A byte order mark at the start of the first line is ignored.
 * Nothing is kept from one line to the next, so memory stays constant however many lines come in.
 */
import { once } from "node:events";
import { createInterface } from "node:readline";
import { recognizeNumbers } from "./recognize.ts";
import { UnsafeNumberError } from "./unsafe.ts";

type LineInput = { ok: true; id: string | number; text: string } | { ok: false; id: string | number | null; error: string };

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return `a ${typeof value}`;
}

function parseLine(line: string): LineInput {
  let data: unknown;
  try {
    data = JSON.parse(line);
  } catch (error) {
    return { ok: false, id: null, error: `invalid JSON: ${(error as Error).message}` };
  }
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    return { ok: false, id: null, error: `expected a JSON object {"id": …, "text": …}, got ${describe(data)}` };
  }
  const record = data as Record<string, unknown>;
  const id = record.id;
  const validId = typeof id === "string" || (typeof id === "number" && Number.isFinite(id));
  if (!validId) {
    const problem = id === undefined ? 'missing field "id"' : `field "id" must be a string or a number, got ${describe(id)}`;
    return { ok: false, id: null, error: problem };
  }
  if (typeof record.text !== "string") {
    const problem = record.text === undefined ? 'missing field "text"' : `field "text" must be a string, got ${describe(record.text)}`;
    return { ok: false, id, error: problem };
  }
  return { ok: true, id, text: record.text };
}

function outputFor(input: LineInput, lineNumber: number): string {
  if (!input.ok) return JSON.stringify({ id: input.id, line: lineNumber, error: input.error });
  let mentions;
  try {
    mentions = recognizeNumbers(input.text);
  } catch (error) {
    if (error instanceof UnsafeNumberError) return JSON.stringify({ id: input.id, line: lineNumber, error: error.message, start: error.start, end: error.end });
    // A bug, not a property of the input: still one line out, so the stream and its order survive.
    return JSON.stringify({ id: input.id, line: lineNumber, error: `internal error: ${(error as Error).message}` });
  }
  return JSON.stringify({
    id: input.id,
    mentions: mentions.map(({ text, value, kind, start, end, qualifier }) => (qualifier ? { text, value, kind, start, end, qualifier } : { text, value, kind, start, end })),
  });
}

/** One output line (without its newline) per non-blank input line, in order. */
export async function* recognizeJsonLines(lines: AsyncIterable<string>): AsyncGenerator<string> {
  let lineNumber = 0;
  for await (const raw of lines) {
    lineNumber++;
    const line = lineNumber === 1 && raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
    if (line.trim() === "") continue;
    yield outputFor(parseLine(line), lineNumber);
  }
}

/**
 * Reads JSON Lines from `input` and writes the results to `output`, waiting for it to drain whenever it is full;
 * resolves once everything written has been handed on (the output is not ended: it may be stdout).
 */
export async function runNumbersCommand(input: NodeJS.ReadableStream, output: NodeJS.WritableStream): Promise<void> {
  const lines = createInterface({ input, crlfDelay: Infinity });
  let written = 0;
  let flushed = 0;
  let failure: Error | undefined;
  let allFlushed: (() => void) | undefined;
  const onFlushed = (error?: Error | null) => {
    if (error) failure ??= error;
    if (++flushed === written) allFlushed?.();
  };
  for await (const line of recognizeJsonLines(lines)) {
    written++;
    if (!output.write(`${line}\n`, onFlushed)) await once(output, "drain");
    if (failure) throw failure;
  }
  if (flushed < written) await new Promise<void>((resolve) => (allFlushed = resolve));
  if (failure) throw failure;
}
