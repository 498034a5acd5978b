import ExcelJS from "exceljs";
import JSZip from "jszip";
import { afterEach, describe, expect, it, vi } from "vitest";

import type { WorkbookRow } from "../../pipeline/publish/xlsx/rows.ts";
import { buildWorkbook } from "../../pipeline/publish/xlsx.ts";
import { sampleInput } from "../fixtures/workbook-input.ts";

async function readBack(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  // exceljs declares its own `Buffer extends ArrayBuffer` type; hand it a plain ArrayBuffer copy.
  await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  return workbook;
}

function sheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const found = workbook.getWorksheet(name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
}

describe("buildWorkbook", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it("writes README first, then the indicators by period, then one sheet per table in order", async () => {
    const workbook = await readBack(await buildWorkbook(sampleInput()));
    expect(workbook.worksheets.map((ws) => ws.name)).toEqual(["README", "Indicators by period", "figures", "sources"]);
  });

  it("freezes a bold header row and puts an autoFilter over the used range", async () => {
    const workbook = await readBack(await buildWorkbook(sampleInput()));
    const figures = sheet(workbook, "figures");
    expect(figures.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(figures.autoFilter).toBe("A1:G4");
    expect(figures.getRow(1).values).toEqual([undefined, "indicator", "year", "value", "share", "approx", "published", "quote"]);
    expect(figures.getCell("A1").font?.bold).toBe(true);
    expect(figures.getCell("G1").alignment?.readingOrder).not.toBe("rtl");
    // A table without rows still gets a filter on its header.
    expect(sheet(workbook, "sources").autoFilter).toBe("A1:A1");
  });

  it("stores numbers as numbers, booleans as booleans, dates as ISO text, null as empty", async () => {
    const workbook = await readBack(await buildWorkbook(sampleInput()));
    const figures = sheet(workbook, "figures");
    const { ValueType } = ExcelJS;
    expect(figures.getCell("B2").type).toBe(ValueType.Number);
    expect(figures.getCell("B2").value).toBe(2022);
    expect(figures.getCell("B2").numFmt).toBe("0");
    expect(figures.getCell("C2").type).toBe(ValueType.Number);
    expect(figures.getCell("C2").value).toBe(5800);
    expect(figures.getCell("C2").numFmt).toBe("#,##0");
    expect(figures.getCell("D2").value).toBe(0.125);
    expect(figures.getCell("D3").type).toBe(ValueType.Null);
    expect(figures.getCell("C4").type).toBe(ValueType.Null);
    expect(figures.getCell("E2").type).toBe(ValueType.Boolean);
    expect(figures.getCell("E2").value).toBe(true);
    expect(figures.getCell("F2").type).toBe(ValueType.String);
    expect(figures.getCell("F2").value).toBe("2022-12-30");
  });

  it("keeps Arabic text intact and right-to-left in rtl columns", async () => {
    const workbook = await readBack(await buildWorkbook(sampleInput()));
    const figures = sheet(workbook, "figures");
    expect(figures.getCell("G2").value).toBe("5 آلاف و800");
    expect(figures.getCell("G3").value).toBe("شخصين");
    expect(figures.getCell("G2").alignment).toMatchObject({ horizontal: "right", readingOrder: "rtl" });
    expect(figures.getCell("A2").alignment?.readingOrder).toBeUndefined();
    const readme = sheet(workbook, "README");
    expect(readme.getCell("A3").value).toBe("حصيلة الأمن المغربي");
    expect(readme.getCell("A3").alignment?.readingOrder).toBe("rtl");
  });

  it("gives columns deterministic widths from their content", async () => {
    const workbook = await readBack(await buildWorkbook(sampleInput()));
    const figures = sheet(workbook, "figures");
    expect(figures.getColumn(1).width).toBe("extraditions".length + 2);
    expect(figures.getColumn(5).width).toBe(8); // "approx" and "FALSE": the minimum width
  });

  it("sets fixed workbook properties from the version date", async () => {
    const bytes = await buildWorkbook(sampleInput());
    const workbook = await readBack(bytes);
    expect(workbook.creator).toBe("dgsn-open-data");
    expect(workbook.lastModifiedBy).toBe("dgsn-open-data");
    expect(workbook.created.toISOString()).toBe("2024-01-15T00:00:00.000Z");
    expect(workbook.modified.toISOString()).toBe("2024-01-15T00:00:00.000Z");

    const zip = await JSZip.loadAsync(bytes);
    const entries = Object.values(zip.files);
    expect(entries[0]?.name).toBe("[Content_Types].xml");
    expect(entries.some((entry) => entry.dir)).toBe(false);
    for (const entry of entries) expect(entry.date.toISOString()).toBe("2024-01-15T00:00:00.000Z");
  });

  it("uses 2000-01-01 for the internal timestamps of an undated version", async () => {
    const bytes = await buildWorkbook({ ...sampleInput(), date: null });
    const core = await (await JSZip.loadAsync(bytes)).file("docProps/core.xml")?.async("string");
    expect(core).toContain("<dcterms:created xsi:type=\"dcterms:W3CDTF\">2000-01-01T00:00:00Z</dcterms:created>");
    expect(core).toContain("<dcterms:modified xsi:type=\"dcterms:W3CDTF\">2000-01-01T00:00:00Z</dcterms:modified>");
  });

  it("is byte-identical whatever the clock says", async () => {
    // Only Date is faked: the zip writer's streams and zlib work through timers and callbacks that must keep running.
    vi.useFakeTimers({ toFake: ["Date"] });

    // Sanity check that the mocked clock reaches the zip writer: plain exceljs output differs.
    const plain = async (): Promise<Uint8Array> => {
      const workbook = new ExcelJS.Workbook();
      workbook.addWorksheet("t").addRow(["x"]);
      return new Uint8Array(await workbook.xlsx.writeBuffer());
    };
    vi.setSystemTime(new Date("2030-03-01T08:00:00Z"));
    const plainFirst = await plain();
    const first = await buildWorkbook(sampleInput());
    vi.setSystemTime(new Date("2031-07-19T23:59:58Z"));
    const plainSecond = await plain();
    const second = await buildWorkbook(sampleInput());

    expect(Buffer.from(plainFirst).equals(Buffer.from(plainSecond))).toBe(false);
    expect(second.equals(first)).toBe(true);
  });

  it("refuses text a spreadsheet could run as a formula, naming sheet and cell", async () => {
    const input = sampleInput();
    const figures = input.tables[0]!;
    (figures.rows as WorkbookRow[])[1] = { ...(figures.rows as WorkbookRow[])[1], quote: "=HYPERLINK(\"http://evil\")" };
    await expect(buildWorkbook(input)).rejects.toThrow(/sheet "figures" cell G3/);

    const readme = sampleInput();
    readme.title.fr = "-5 means unknown";
    await expect(buildWorkbook(readme)).rejects.toThrow(/sheet "README" cell A2:/);
  });

  it("refuses values of the wrong type and bad sheet names", async () => {
    const input = sampleInput();
    (input.tables[0]!.rows as WorkbookRow[])[0]!.value = "5800";
    await expect(buildWorkbook(input)).rejects.toThrow(/sheet "figures" cell C2: "5800" is not a valid integer/);

    const long = sampleInput();
    long.tables[1]!.name = "x".repeat(32);
    await expect(buildWorkbook(long)).rejects.toThrow(/longer than 31/);

    const clash = sampleInput();
    clash.tables[1]!.name = "readme";
    await expect(buildWorkbook(clash)).rejects.toThrow(/used twice/);
    clash.tables[1]!.name = "INDICATORS BY PERIOD";
    await expect(buildWorkbook(clash)).rejects.toThrow(/clashes with README or Indicators by period/);

    await expect(buildWorkbook({ ...sampleInput(), date: "2024-02-30" })).rejects.toThrow(/not a calendar date/);
  });
});
