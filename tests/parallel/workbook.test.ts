// The workbook written on a worker thread is the one the main thread writes, byte for byte; a failure in the
// worker reaches the caller as an error.
import { describe, expect, it } from "vitest";
import { loadCatalogue } from "../../pipeline/catalogue/load.ts";
import { workbookProducer } from "../../pipeline/parallel/workbook.ts";
import { memorySink } from "../../pipeline/publish/file-sink.ts";
import { buildTables } from "../../pipeline/publish/tables.ts";
import { workbookInputOf } from "../../pipeline/publish/version-files.ts";
import { writeWorkbook } from "../../pipeline/publish/xlsx.ts";
import { derive } from "../../pipeline/stages/derive.ts";
import { validatedFixture } from "../fixtures/published-output.ts";

const catalogue = loadCatalogue();
const tables = buildTables(derive(validatedFixture("series"), catalogue), catalogue);
const stamp = { version: "1.2.0", date: "2026-12-02" };
const here = (out: Parameters<typeof writeWorkbook>[1]) => writeWorkbook(workbookInputOf(tables, catalogue, stamp), out);

describe("the workbook on a worker thread", () => {
  it("writes the same bytes as the main thread", async () => {
    const sink = memorySink();
    const onThread = await sink.stream("thread.xlsx", workbookProducer({ tables, catalogue, stamp }, here, 0));
    const onMain = await sink.stream("main.xlsx", workbookProducer({ tables, catalogue, stamp }, here, Number.POSITIVE_INFINITY));
    expect(onThread.bytes).toBeGreaterThan(0);
    expect(onThread.sha256).toBe(onMain.sha256);
    expect(sink.tree.get("thread.xlsx")!.equals(sink.tree.get("main.xlsx")!)).toBe(true);
  }, 60_000);

  it("rejects when the worker cannot write the workbook", async () => {
    // A catalogue without its dataset's metadata: the worker fails building the workbook's input.
    const broken = { ...catalogue, dataset: undefined } as unknown as typeof catalogue;
    await expect(memorySink().stream("broken.xlsx", workbookProducer({ tables, catalogue: broken, stamp }, here, 0))).rejects.toThrow();
  }, 60_000);
});
