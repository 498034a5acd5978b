// The workbook written on a worker thread is the one the main thread writes, byte for byte; a failure in the
// worker reaches the caller as an error.
import { describe, expect, it } from "vitest";
import { loadCatalogue } from "../../pipeline/catalogue/load.ts";
import { startSpareWorkbookThread, stopSpareWorkbookThread, takeSpareWorkbookThread } from "../../pipeline/parallel/spare-workbook-thread.ts";
import { batchRows, workbookProducer } from "../../pipeline/parallel/workbook.ts";
import { memorySink } from "../../pipeline/publish/file-sink.ts";
import { buildTables, type Row, type Tables } from "../../pipeline/publish/tables.ts";
import { workbookInputOf } from "../../pipeline/publish/version-files.ts";
import { writeWorkbook } from "../../pipeline/publish/xlsx.ts";
import { derive } from "../../pipeline/stages/derive.ts";
import { validatedFixture } from "../fixtures/published-output.ts";

const catalogue = loadCatalogue();
const tables = buildTables(derive(validatedFixture("series"), catalogue), catalogue);
const stamp = { version: "1.2.0", date: "2026-12-02" };
const here = (out: Parameters<typeof writeWorkbook>[1]) => writeWorkbook(workbookInputOf(tables, catalogue, stamp), out);
const job = (of: Tables) => ({ tables: of, inputWithoutRows: () => workbookInputOf(of, catalogue, stamp, undefined, () => []) });

describe("the workbook on a worker thread", () => {
  it("writes the same bytes as the main thread", async () => {
    const sink = memorySink();
    const onThread = await sink.stream("thread.xlsx", workbookProducer(job(tables), here, 0));
    const onMain = await sink.stream("main.xlsx", workbookProducer(job(tables), here, Number.POSITIVE_INFINITY));
    expect(onThread.bytes).toBeGreaterThan(0);
    expect(onThread.sha256).toBe(onMain.sha256);
    expect(sink.tree.get("thread.xlsx")!.equals(sink.tree.get("main.xlsx")!)).toBe(true);
  }, 60_000);

  it("writes the same bytes when the tables take several batches of rows", async () => {
    const many = (rows: Row[], count: number) => Array.from({ length: count }, (_, i) => rows[i % rows.length]!);
    const large = { ...tables, observations: { ...tables.observations, rows: many(tables.observations.rows, batchRows * 2 + 7) } };
    const sink = memorySink();
    const onThread = await sink.stream("thread.xlsx", workbookProducer(job(large), here, 0));
    const onMain = await sink.stream("main.xlsx", workbookProducer(job(large), (out) => writeWorkbook(workbookInputOf(large, catalogue, stamp), out), Number.POSITIVE_INFINITY));
    expect(onThread.sha256).toBe(onMain.sha256);
  }, 120_000);

  it("rejects when the worker cannot write the workbook", async () => {
    // A cell a spreadsheet would run as a formula: the worker refuses it when it reads the rows.
    const [first, ...rest] = tables.observations.rows;
    const broken = { ...tables, observations: { ...tables.observations, rows: [...rest, { ...first!, quote: "=SUM(A1)" }] } };
    await expect(memorySink().stream("broken.xlsx", workbookProducer(job(broken), here, 0))).rejects.toThrow(/sheet "observations" cell/);
  }, 60_000);

  it("rejects when the workbook's input cannot be made", async () => {
    const broken = { ...catalogue, dataset: undefined } as unknown as typeof catalogue;
    const input = { tables, inputWithoutRows: () => workbookInputOf(tables, broken, stamp, undefined, () => []) };
    await expect(memorySink().stream("broken.xlsx", workbookProducer(input, here, 0))).rejects.toThrow();
  }, 60_000);

  it("writes the same bytes on a thread started before its job, whatever the version's size", async () => {
    const sink = memorySink();
    startSpareWorkbookThread(2);
    // A size that would be written here, were the thread not started ahead.
    const onSpare = await sink.stream("spare.xlsx", workbookProducer(job(tables), here, Number.POSITIVE_INFINITY));
    const onMain = await sink.stream("main.xlsx", workbookProducer(job(tables), here, Number.POSITIVE_INFINITY));
    expect(onSpare.sha256).toBe(onMain.sha256);
  }, 60_000);

  it("starts no thread ahead on one core, and stops one no workbook took", async () => {
    startSpareWorkbookThread(1);
    expect(takeSpareWorkbookThread()).toBeNull();
    startSpareWorkbookThread(2);
    await stopSpareWorkbookThread();
    expect(takeSpareWorkbookThread()).toBeNull();
  }, 60_000);
});
