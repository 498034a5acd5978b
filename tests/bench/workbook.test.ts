// The benchmark compares the streaming workbook writer with the previous one on the same tables: its input is
// the pipeline's own, and both writers write the same table sheets (every column, cell value, type and style)
// that a spreadsheet reads back. The sheets for readers differ: the streaming writer's README is in three
// languages and the indicators by period come after it; the previous writer had neither.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, describe, expect, it } from "vitest";
import { buildTables } from "../../pipeline/publish/tables.ts";
import { buildWorkbook } from "../../pipeline/publish/xlsx.ts";
import { fixtureReleaseDate, runPipeline } from "../helpers/pipeline.ts";
import { writeCorpus } from "./corpus.ts";
import { previousInputOf, workbookInputOf } from "./workbook/input.ts";
import { buildWorkbook as buildPreviousWorkbook } from "./workbook/previous/xlsx.ts";

const scratch = mkdtempSync(join(tmpdir(), "bench-workbook-test-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

async function readBack(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  return workbook;
}

/** What a spreadsheet shows of a workbook: sheets, views, filters, merges, columns, and every cell with its style. */
function contentOf(workbook: ExcelJS.Workbook) {
  const plain = (value: unknown) => (value === undefined ? null : JSON.parse(JSON.stringify(value)) as unknown);
  return workbook.worksheets.map((sheet) => {
    const cells: unknown[] = [];
    sheet.eachRow({ includeEmpty: true }, (row) =>
      row.eachCell({ includeEmpty: true }, (cell) =>
        void cells.push([cell.address, cell.type, plain(cell.value), plain(cell.numFmt), plain(cell.font), plain(cell.alignment), cell.hyperlink ?? null]),
      ),
    );
    return {
      name: sheet.name,
      views: plain(sheet.views),
      autoFilter: plain(sheet.autoFilter),
      merges: plain(sheet.model.merges),
      columns: (sheet.columns ?? []).map((column) => [column.width ?? null, plain(column.numFmt), plain(column.alignment)]),
      cells,
    };
  });
}

async function pipelineRun(raw?: string) {
  const run = await runPipeline(raw);
  const input = workbookInputOf(buildTables(run.derived, run.catalogue), run.catalogue, { version: "1.0.0", date: fixtureReleaseDate });
  const file = [...run.plan.tree.keys()].find((path) => path.startsWith("1.0.0/") && path.endsWith(".xlsx"))!;
  return { input, published: run.plan.tree.get(file)! };
}

describe("the workbook benchmark", () => {
  it("gives the writers the pipeline's own input: the streaming writer makes the published workbook from it", async () => {
    const { input, published } = await pipelineRun();
    expect((await buildWorkbook(input)).equals(published)).toBe(true);
  });

  it("compares writers that write the same table sheets, on the seed and on a generated corpus", async () => {
    const corpus = join(scratch, "corpus");
    writeCorpus(corpus, { n: 12, seed: 3 });
    for (const raw of [undefined, corpus]) {
      const { input } = await pipelineRun(raw);
      const tableSheets = (sheets: ReturnType<typeof contentOf>) => sheets.filter((sheet) => input.tables.some((table) => table.name === sheet.name));
      const streaming = contentOf(await readBack(await buildWorkbook(input)));
      const previous = contentOf(await readBack(await buildPreviousWorkbook(previousInputOf(input))));
      expect(streaming.map((sheet) => sheet.name)).toEqual(["README", "Indicators by period", ...input.tables.map((table) => table.name)]);
      expect(previous.map((sheet) => sheet.name)).toEqual(["README", ...input.tables.map((table) => table.name)]);
      expect(tableSheets(streaming)).toEqual(tableSheets(previous));
    }
  }, 120_000);
});
