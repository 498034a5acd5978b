// The workbook's sheet of indicators by period: the labels and figures of the page's table, in the same order,
// as a spreadsheet holds them (an exact figure as a number, anything else as text in one notation beside the
// labels of the three languages).
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { type Lang, languages } from "../../pipeline/publish/i18n/languages.ts";
import { periodLabel } from "../../pipeline/publish/i18n/periods.ts";
import { renderIndexPage } from "../../pipeline/publish/page.ts";
import type { ReaderData } from "../../pipeline/publish/reader/data.ts";
import { buildWorkbook } from "../../pipeline/publish/xlsx.ts";
import { pageInputFor, readerFixture, withBreakdown } from "../fixtures/page-input.ts";
import { sampleInput } from "../fixtures/workbook-input.ts";

const SHEET = "Indicators by period";

async function bySheet(data?: ReaderData): Promise<ExcelJS.Worksheet> {
  const bytes = await buildWorkbook(data === undefined ? sampleInput() : { ...sampleInput(), data });
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  return workbook.getWorksheet(SHEET)!;
}

/** Every row of a sheet as its cells' values, empty cells as null. */
function values(sheet: ExcelJS.Worksheet): Array<Array<ExcelJS.CellValue>> {
  const header = sheet.getRow(1).cellCount;
  const rows: Array<Array<ExcelJS.CellValue>> = [];
  for (let r = 1; r <= sheet.rowCount; r++) rows.push(Array.from({ length: header }, (_, c) => sheet.getCell(r, c + 1).value ?? null));
  return rows;
}

describe("the sheet of indicators by period", () => {
  it("has the labels in three languages around the periods, newest first, and the identifiers last", async () => {
    const sheet = await bySheet();
    expect(values(sheet)).toEqual([
      ["Indicator", "Unit", "Indicateur", "Unité", "2022", "2021", "الوحدة", "المؤشر", "indicator_id", "breakdown", "category"],
      ["Persons arrested", "persons", "Personnes arrêtées", "personnes", 5800, null, "أشخاص", "الأشخاص الموقوفون", "arrests", null, null],
      ["Change in persons arrested", "percent", "Variation des personnes arrêtées", "pour cent", "vs 2021: +24%\nvs 2020: > +40%", null, "في المائة", "تغير عدد الموقوفين", "arrests_change", null, null],
      ["Requests processed", "requests", "Demandes traitées", "demandes", "> 5000", 4100.5, "طلبات", "الطلبات المعالجة", "requests", null, null],
    ]);
  });

  it("holds an exact figure as a number with its own decimals, anything else as text, right-aligned", async () => {
    const sheet = await bySheet();
    expect(sheet.getCell("E2").type).toBe(ExcelJS.ValueType.Number);
    expect(sheet.getCell("E2").numFmt).toBe("#,##0");
    expect(sheet.getCell("F4").numFmt).toBe("#,##0.0");
    expect(sheet.getCell("E4").type).toBe(ExcelJS.ValueType.String);
    expect(sheet.getCell("F2").type).toBe(ExcelJS.ValueType.Null);
    for (const address of ["E1", "E2", "E3", "E4", "F4"]) expect(sheet.getCell(address).alignment?.horizontal, address).toBe("right");
    // Two figures in a cell: two lines, and a row tall enough for them.
    expect(sheet.getCell("E3").alignment?.wrapText).toBe(true);
    expect(sheet.getRow(3).height).toBe(30);
  });

  it("reads the Arabic columns right to left, and freezes and filters its header row", async () => {
    const sheet = await bySheet();
    for (const column of ["G", "H"]) for (const row of [1, 2, 3]) expect(sheet.getCell(`${column}${row}`).alignment?.readingOrder, `${column}${row}`).toBe("rtl");
    for (const column of ["A", "C", "E"]) expect(sheet.getCell(`${column}2`).alignment?.readingOrder, column).toBeUndefined();
    expect(sheet.getCell("A1").font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(sheet.autoFilter).toBe("A1:K4");
  });

  it("has only its header row when no figure is published", async () => {
    const empty = await bySheet({ ...sampleInput().data, observations: [] });
    expect(values(empty)).toEqual([["Indicator", "Unit", "Indicateur", "Unité", "الوحدة", "المؤشر", "indicator_id", "breakdown", "category"]]);
  });
});

// ---- The sheet and the page agree ----

const decode = (html: string) =>
  html
    .replace(/<[^>]+>/g, "")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");

interface Figure {
  mark: string;
  value: number;
  /** The base period as the English page names it. */
  base: string | null;
}

interface PageRow {
  indicator: string;
  category: string | null;
  label: string;
  unit: string;
  figures: Figure[][];
}

/** The page's table of indicators by period: its period headings and rows, each figure as the English page shows it. */
function pageTable(data: ReaderData, lang: Lang): { periods: string[]; rows: PageRow[] } {
  const html = renderIndexPage(pageInputFor(data), lang);
  const start = html.indexOf('<table class="by-period" id="by-period">');
  const table = html.slice(start, html.indexOf("</table>", start));
  const periods = [...table.split("<tbody>")[0]!.matchAll(/<th scope="col" class="num">(.*?)<\/th>/g)].map((m) => decode(m[1]!));
  const rows = [...table.matchAll(/<tr data-indicator="([^"]+)"(?: data-category="([^"]+)")?><th scope="row">(.*?)<\/th><td class="unit">(.*?)<\/td>(.*?)<\/tr>/g)].map((m): PageRow => {
    const [, label, category] = /^(.*?)(?:<span class="category">(.*?)<\/span>)?$/.exec(m[3]!)!;
    const figures = [...m[5]!.matchAll(/<td class="num[^"]*">(.*?)<\/td>/g)].map((cell) =>
      [...cell[1]!.matchAll(/<bdi class="v" dir="ltr">(?:<span class="mark" aria-hidden="true">(.*?)<\/span>\u00A0)?(.*?)<\/bdi>(?:<\/a>)?(?: <span class="base">(.*?)<\/span>)?/g)].map((entry) => ({
        mark: decode(entry[1] ?? ""),
        value: Number(decode(entry[2]!).replace(/[,%]/g, "")),
        base: entry[3] === undefined ? null : decode(entry[3]).replace(/^vs /, ""),
      })),
    );
    return { indicator: m[1]!, category: m[2] ?? null, label: decode(label!) + (category === undefined ? "" : ` (${decode(category)})`), unit: decode(m[4]!), figures };
  });
  return { periods, rows };
}

/** A cell of the sheet read back into figures: a number, or text lines such as "vs 2020: > +40%". */
function sheetFigures(value: ExcelJS.CellValue): Figure[] {
  if (value === null) return [];
  if (typeof value === "number") return [{ mark: "", value, base: null }];
  return String(value)
    .split("\n")
    .map((line) => {
      const [, base, mark, number] = /^(?:vs (\S+): )?(?:(\S) )?([+\u2212]?[\d.]+)%?$/.exec(line) ?? [];
      if (number === undefined) throw new Error(`not a figure: ${JSON.stringify(line)}`);
      return { mark: mark ?? "", value: Number(number.replace("\u2212", "-")), base: base === undefined ? null : periodLabel("en", base) };
    });
}

describe("the sheet of indicators by period and the page", () => {
  const fixtures: Array<[string, ReaderData]> = [
    ["one period", readerFixture("one-period")],
    ["a series of years and half-years", readerFixture("series")],
    ["a breakdown by country", withBreakdown(readerFixture("series"))],
  ];

  it.each(fixtures)("show the same rows, labels, units, periods and figures, in the same order: %s", async (_, data) => {
    const rows = values(await bySheet(data));
    const header = rows[0]!.map(String);
    const periods = header.slice(4, header.indexOf("الوحدة"));
    const column = (name: string) => header.indexOf(name);
    const labelColumn: Record<Lang, number> = { en: 0, fr: 2, ar: header.length - 4 };
    const compared: Figure[] = [];

    for (const lang of languages) {
      const page = pageTable(data, lang);
      expect(periods.map((p) => periodLabel(lang, p)), lang).toEqual(page.periods);
      expect(rows.length - 1, lang).toBe(page.rows.length);
      page.rows.forEach((pageRow, index) => {
        const row = rows[index + 1]!;
        expect([row[column("indicator_id")], row[column("category")]], `${lang} row ${index + 2}`).toEqual([pageRow.indicator, pageRow.category]);
        expect(row[labelColumn[lang]], `${lang} row ${index + 2}`).toBe(pageRow.label);
        expect(row[lang === "ar" ? labelColumn.ar - 1 : labelColumn[lang] + 1], `${lang} row ${index + 2}`).toBe(pageRow.unit);
        if (lang === "en") {
          periods.forEach((period, p) => expect(sheetFigures(row[4 + p]!), `${pageRow.indicator} ${period}`).toEqual(pageRow.figures[p]));
          compared.push(...pageRow.figures.flat());
        }
      });
    }
    // The comparison saw exact figures, qualified ones and changes against a base period.
    expect(compared.filter((f) => f.mark === "" && f.base === null).length).toBeGreaterThan(3);
    expect(compared.some((f) => f.mark === ">" && f.base === "2020")).toBe(true);
  });
});
