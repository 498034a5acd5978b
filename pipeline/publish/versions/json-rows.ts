// The rows of a published table's JSON file (an array of objects), one at a time as the file is read, so that
// comparing a new build with a large published version never parses the whole file at once.
import type { Readable } from "node:stream";

type JsonRow = Record<string, unknown>;

const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/** Yields each object of a JSON array read from `stream` (`file` names it in errors). */
export async function* jsonArrayRows(stream: Readable, file: string): AsyncGenerator<JsonRow> {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  let depth = 0;
  let inString = false;
  let escaped = false;
  let started = false;
  let row = "";
  const fail = (why: string): never => {
    throw new Error(`${file}: ${why}`);
  };
  for await (const chunk of stream) {
    const text = decoder.decode(chunk as Buffer, { stream: true });
    // Where the row being read starts in this chunk, or -1 when it started in an earlier one (or none is open).
    let from = depth >= 2 ? 0 : -1;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (inString) {
        if (escaped) escaped = false;
        else if (c === BACKSLASH) escaped = true;
        else if (c === QUOTE) inString = false;
        continue;
      }
      if (c === QUOTE) inString = true;
      else if (c === OPEN_BRACE || c === OPEN_BRACKET) {
        if (depth === 0 && (c !== OPEN_BRACKET || started)) fail("is not a JSON array of rows");
        started = true;
        if (depth === 1) {
          if (c !== OPEN_BRACE) fail("holds something other than an object");
          from = i;
          row = "";
        }
        depth++;
      } else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
        depth--;
        if (depth === 1) {
          row += text.slice(from, i + 1);
          from = -1;
          yield JSON.parse(row) as JsonRow;
          row = "";
        }
      }
    }
    if (from >= 0) row += text.slice(from);
  }
  decoder.decode();
  if (!started || depth !== 0) fail("ends before its array does");
}
