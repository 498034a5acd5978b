// A table's JSON file is, byte for byte, JSON.stringify of its typed rows with an indent of 2 (csv.ts toJson),
// whatever the rows hold: it is written row by row without the whole text in memory.
import { PassThrough } from "node:stream";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { toJson } from "../../pipeline/publish/csv.ts";
import { writeTableJson } from "../../pipeline/publish/table-json.ts";
import { loadTableSchema } from "../../pipeline/publish/table-schemas.ts";
import type { Cell, Table } from "../../pipeline/publish/tables.ts";

async function written(table: Table): Promise<string> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on("data", (chunk: Buffer) => chunks.push(chunk));
  await writeTableJson(table, out);
  return Buffer.concat(chunks).toString("utf8");
}

const schema = loadTableSchema("observations");

/** A cell as a table may hold it: text of any kind (quotes, line breaks, Arabic, lone surrogates), numbers, booleans, null, a year as text. */
const cell: fc.Arbitrary<Cell> = fc.oneof(fc.string({ unit: "binary" }), fc.double(), fc.integer(), fc.boolean(), fc.constant(null), fc.integer({ min: 1900, max: 2100 }).map(String));

describe("a table's JSON", () => {
  it("is JSON.stringify of the typed rows, indented by 2", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(cell, { minLength: schema.fields.length, maxLength: schema.fields.length }), { maxLength: 30 }), async (cells) => {
        const table: Table = { schema, rows: cells.map((values) => Object.fromEntries(schema.fields.map((field, index) => [field.name, values[index]!]))) };
        expect(await written(table)).toBe(toJson(table));
      }),
      { numRuns: 200 },
    );
  });

  it("writes an empty table as an empty array", async () => {
    expect(await written({ schema, rows: [] })).toBe("[]\n");
  });
});
