// A table as JSON (an array of typed rows), written row by row: the same bytes as
// `${JSON.stringify(typedRows(table), null, 2)}\n` (csv.ts toJson), without the whole text in memory.
import type { Writable } from "node:stream";
import { typedRow } from "./csv.ts";
import { writeChunks } from "./file-sink.ts";
import type { Table } from "./tables.ts";

/** About this many characters go into the stream at a time. */
const batchChars = 1 << 16;

function* jsonChunks(table: Table): Generator<string> {
  if (table.rows.length === 0) {
    yield "[]\n";
    return;
  }
  let batch = "[";
  for (const [index, row] of table.rows.entries()) {
    // JSON.stringify never writes a raw line break inside a string: indenting every line is indenting the row.
    batch += `${index === 0 ? "" : ","}\n  ${JSON.stringify(typedRow(table, row), null, 2).replaceAll("\n", "\n  ")}`;
    if (batch.length >= batchChars) {
      yield batch;
      batch = "";
    }
  }
  yield `${batch}\n]\n`;
}

/** Writes the table's JSON into `out` and ends it. */
export function writeTableJson(table: Table, out: Writable): Promise<void> {
  return writeChunks(jsonChunks(table), out);
}
