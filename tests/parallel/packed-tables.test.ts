// Packing the tables for the workbook's worker thread and unpacking them there gives the same rows, keys in order.
import { describe, expect, it } from "vitest";
import { packTables, unpackTables } from "../../pipeline/parallel/packed-tables.ts";
import { buildTables, type Tables } from "../../pipeline/publish/tables.ts";
import { runPipeline } from "../helpers/pipeline.ts";

const { derived, catalogue } = await runPipeline();
const tables = buildTables(derived, catalogue);

const keysInOrder = (t: Tables) => Object.fromEntries(Object.entries(t).map(([name, table]) => [name, table.rows.map((row) => Object.keys(row).join(","))]));

describe("packTables and unpackTables", () => {
  it("give back every table's schema and rows, keys in the same order, through a structured clone", () => {
    const back = unpackTables(structuredClone(packTables(tables)));
    expect(back).toEqual(tables);
    expect(keysInOrder(back)).toEqual(keysInOrder(tables));
  });

  it("send each distinct string once", () => {
    const packed = packTables(tables);
    expect(new Set(packed.strings).size).toBe(packed.strings.length);
  });

  it("send a table whose rows differ in their keys as it is", () => {
    const uneven: Tables = { ...tables, sources: { ...tables.sources, rows: [{ a: "x", b: 1 }, { b: 2, a: "y" }] } };
    const back = unpackTables(structuredClone(packTables(uneven)));
    expect(back.sources.rows).toEqual(uneven.sources.rows);
    expect(back.sources.rows.map((row) => Object.keys(row))).toEqual([["a", "b"], ["b", "a"]]);
  });
});
