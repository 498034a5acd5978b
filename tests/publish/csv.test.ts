// The CSV writers: streamed through csv-stringify, with the bytes the synchronous API gave (RFC 4180, CRLF,
// UTF-8; the Excel variant with a BOM, ';' and a decimal comma), into a stream, a file or a Buffer.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { csvBytes, writeCsv } from "../../pipeline/publish/csv.ts";
import type { TableField } from "../../pipeline/publish/table-schemas.ts";
import type { Cell, Table } from "../../pipeline/publish/tables.ts";

const scratch = mkdtempSync(join(tmpdir(), "csv-test-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** The CSV as the synchronous API wrote it before the writers streamed (the reference bytes). */
function previousCsv(table: Table, excel: boolean): string {
  return stringify(table.rows, {
    bom: excel,
    header: true,
    delimiter: excel ? ";" : ",",
    record_delimiter: "\r\n",
    columns: table.schema.fields.map((f) => f.name),
    cast: { number: excel ? (n) => String(n).replace(".", ",") : String, boolean: (b) => (b ? "true" : "false") },
  });
}

const field = (name: string, type: TableField["type"]): TableField => ({ name, type, title: name, title_ar: name, description: name });

function tableOf(fields: TableField[], rows: Table["rows"]): Table {
  return { schema: { name: "t", title: "t", title_ar: "t", description: "t", fields, primaryKey: [fields[0]!.name] }, rows };
}

const text = fc.oneof(fc.string(), fc.constantFrom("", "a,b", "a;b", 'say "hi"', "line\r\nbreak", "\n", "حصيلة 5 آلاف و800", "\uFEFFbom", " padded "));
const cell: fc.Arbitrary<Cell> = fc.oneof(text, fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean(), fc.constant(null));
const tables = fc.integer({ min: 1, max: 5 }).chain((width) =>
  fc.array(fc.array(cell, { minLength: width, maxLength: width }), { maxLength: 30 }).map((rows) => {
    const fields = Array.from({ length: width }, (_, i) => field(`f${i}`, "string"));
    return tableOf(fields, rows.map((values) => Object.fromEntries(values.map((v, i) => [`f${i}`, v]))));
  }),
);

describe("the CSV writers", () => {
  it("write the bytes the synchronous API wrote, canonical and Excel, empty tables included", async () => {
    await fc.assert(
      fc.asyncProperty(tables, async (table) => {
        expect((await csvBytes(table, "canonical")).toString("utf8")).toBe(previousCsv(table, false));
        expect((await csvBytes(table, "excel")).toString("utf8")).toBe(previousCsv(table, true));
      }),
      { numRuns: 200 },
    );
  });

  it("write RFC 4180 with CRLF, and the Excel variant with a BOM, ';' and a decimal comma", async () => {
    const table = tableOf([field("id", "string"), field("value", "number"), field("exact", "boolean")], [
      { id: "a,\"b\"", value: 2.5, exact: true },
      { id: "ب", value: -3, exact: null },
    ]);
    const canonical = (await csvBytes(table, "canonical")).toString("utf8");
    expect(canonical).toBe('id,value,exact\r\n"a,""b""",2.5,true\r\nب,-3,\r\n');
    expect(parse(canonical, { columns: true })).toEqual([{ id: 'a,"b"', value: "2.5", exact: "true" }, { id: "ب", value: "-3", exact: "" }]);
    const excel = await csvBytes(table, "excel");
    expect([...excel.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(excel.subarray(3).toString("utf8")).toBe('id;value;exact\r\n"a,""b""";2,5;true\r\nب;-3;\r\n');
  });

  it("write into a stream or a file, as csvBytes returns them", async () => {
    const table = tableOf([field("n", "integer")], Array.from({ length: 5000 }, (_, n) => ({ n })));
    const expected = await csvBytes(table, "canonical");
    const chunks: Buffer[] = [];
    const slow = new Writable({
      highWaterMark: 64,
      write(chunk: Buffer, _encoding, done) {
        chunks.push(chunk);
        setImmediate(done);
      },
    });
    await writeCsv(table, "canonical", slow);
    expect(Buffer.concat(chunks).equals(expected)).toBe(true);
    const file = join(scratch, "n.csv");
    await writeCsv(table, "canonical", file);
    expect(readFileSync(file).equals(expected)).toBe(true);
  });
});
