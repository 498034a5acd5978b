// A table as JSON (an array of typed rows), written row by row: the same bytes as
// `${JSON.stringify(typedRows(table), null, 2)}\n` (csv.ts toJson), without the whole text in memory.
import type { Writable } from "node:stream";
import { typedRow } from "./csv.ts";
import { writeChunks } from "./file-sink.ts";
import type { Row, Table } from "./tables.ts";

/**
 * A typed row as JSON.stringify(row, null, 2) writes it, indented once more: every value is a string, a number,
 * a boolean or null, each written by JSON.stringify, after its key (`keys`: `\n    "name": `, in the row's order).
 * Built directly rather than stringified and re-indented: this runs for every row of every table.
 */
function rowJson(keys: readonly string[], row: Row): string {
  const values = Object.values(row);
  if (values.length === 0) return "{}";
  let json = "{";
  for (let index = 0; index < values.length; index++) json += `${index === 0 ? "" : ","}${keys[index]}${JSON.stringify(values[index])}`;
  return `${json}\n  }`;
}

/** The table's JSON a row at a time (writeChunks encodes the pieces into blocks). */
function* jsonChunks(table: Table): Generator<string> {
  if (table.rows.length === 0) {
    yield "[]\n";
    return;
  }
  let keys: string[] = [];
  for (const [index, row] of table.rows.entries()) {
    const typed = typedRow(table, row);
    // Every typed row has its keys in the same order (typedRow adds them in field order), the order JSON.stringify follows.
    if (index === 0) keys = Object.keys(typed).map((key) => `\n    ${JSON.stringify(key)}: `);
    yield `${index === 0 ? "[" : ","}\n  ${rowJson(keys, typed)}`;
  }
  yield "\n]\n";
}

/** Writes the table's JSON into `out` and ends it. */
export function writeTableJson(table: Table, out: Writable): Promise<void> {
  return writeChunks(jsonChunks(table), out);
}
