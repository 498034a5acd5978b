// The workbook's README sheet in three languages: each language in its own column (Arabic right to left), the
// same things said in each, row by row; the column dictionary from the Table Schemas in the three languages.
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { type Lang, languages } from "../../pipeline/publish/i18n/languages.ts";
import { readerData, readerRows } from "../../pipeline/publish/reader/data.ts";
import { loadTableSchema, tableNames } from "../../pipeline/publish/table-schemas.ts";
import { buildTables } from "../../pipeline/publish/tables.ts";
import { buildWorkbook, type WorkbookInput } from "../../pipeline/publish/xlsx.ts";
import { workbookInput } from "../../pipeline/publish/xlsx/input.ts";
import { derive } from "../../pipeline/stages/derive.ts";
import { catalogue } from "../fixtures/page-input.ts";
import { validatedFixture } from "../fixtures/published-output.ts";
import { sampleInput } from "../fixtures/workbook-input.ts";

async function readme(input: WorkbookInput = sampleInput()): Promise<ExcelJS.Worksheet> {
  const bytes = await buildWorkbook(input);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  return workbook.getWorksheet("README")!;
}

const languageColumn: Record<Lang, number> = { en: 3, fr: 4, ar: 5 };

/** The rows of the sheet, each as the text of its five columns. */
function rows(sheet: ExcelJS.Worksheet): string[][] {
  const all: string[][] = [];
  for (let r = 1; r <= sheet.rowCount; r++) all.push([1, 2, 3, 4, 5].map((c) => sheet.getCell(r, c).text));
  return all;
}

/** Everything one language's column says, as one text. */
function column(sheet: ExcelJS.Worksheet, lang: Lang): string {
  return rows(sheet)
    .map((row) => row[languageColumn[lang] - 1])
    .join("\n");
}

describe("the README sheet", () => {
  it("starts with the title in each language, then names the language of each column", async () => {
    const sheet = await readme();
    expect([1, 2, 3].map((r) => sheet.getCell(r, 1).value)).toEqual(["Moroccan police statistics from press reports", "Statistiques de la police marocaine d'après la presse", "حصيلة الأمن المغربي"]);
    expect(sheet.getCell("A3").alignment?.readingOrder).toBe("rtl");
    expect(sheet.model.merges).toEqual(expect.arrayContaining(["A1:E1", "A2:E2", "A3:E3"]));
    expect(rows(sheet)[4]).toEqual(["", "", "English", "Français", "العربية"]);
  });

  it("says in each language what the data is and covers, how to cite it, its licence, the rights of the quoted text and its limits", async () => {
    const sheet = await readme();
    const expected: Record<Lang, string[]> = {
      en: [
        "Version 1.2.0, released 15 January 2024.",
        "About the data\nFigures from news reports.\nThe figures come from 2 sources. They cover 2 periods, from 2021 to 2022. 1 indicator has figures for more than one period.",
        "How to cite\nDGSN open data, version 1.2.0",
        "Licence and rights\nThe data is published under the Creative Commons Attribution 4.0 (CC-BY-4.0).\nhttps://creativecommons.org/licenses/by/4.0/\nThe licence does not cover the quoted text.",
        "Known limits\n• News reports, not the police's own release.\n• The outlet that first published 1 of the 2 sources is not known.\n• The authors of the 2 sources are not known.",
      ],
      fr: [
        "Version 1.2.0, publiée le 15 janvier 2024.",
        "Des chiffres tirés d'articles de presse.\nLes chiffres proviennent de 2 sources.",
        "Comment citer\nDGSN open data, version 1.2.0",
        "Licence et droits\nLes données sont publiées sous la licence Creative Commons Attribution 4.0 (CC-BY-4.0).\n\nLa licence ne couvre pas les textes cités.",
        "Limites connues\n• Des articles de presse, pas les communiqués de la police.\n• Le média qui a publié en premier 1 des 2 sources n'est pas connu.",
      ],
      ar: [
        "الإصدار 1.2.0، بتاريخ 15 يناير 2024.",
        "أرقام من مقالات صحفية.\nتأتي الأرقام من مصدرين. وتغطي فترتين، من 2021 إلى 2022.",
        "طريقة الاستشهاد\nDGSN open data, version 1.2.0",
        "الترخيص والحقوق\nتُنشر البيانات بموجب ترخيص Creative Commons Attribution 4.0 (CC-BY-4.0).\n\nلا يشمل الترخيص النصوص المقتبسة.",
        "حدود معروفة\n• مقالات صحفية، لا بلاغات الأمن نفسه.\n• عدد المصادر التي لا يُعرف المنبر الذي نشرها أول مرة: 1 من أصل 2.",
      ],
    };
    for (const lang of languages) for (const text of expected[lang]) expect(column(sheet, lang), lang).toContain(text);
    // The same things on the same rows: each row that says something says it in the three languages.
    for (const row of rows(sheet).slice(5)) {
      const said = languages.map((lang) => row[languageColumn[lang] - 1] !== "");
      if (said.some(Boolean) && !row[2]!.startsWith("http")) expect(said, row.join(" | ")).toEqual([true, true, true]);
    }
  });

  it("reads the Arabic column right to left and wraps the language columns, rows as tall as their text", async () => {
    const sheet = await readme();
    let arabic = 0;
    sheet.eachRow((row, number) => {
      if (number <= 3) return;
      const cell = row.getCell(languageColumn.ar);
      if (cell.text !== "") {
        arabic++;
        expect(cell.alignment?.readingOrder, cell.address).toBe("rtl");
      }
      for (const lang of ["en", "fr"] as const) expect(row.getCell(languageColumn[lang]).alignment?.readingOrder, `${lang} ${number}`).toBeUndefined();
    });
    expect(arabic).toBeGreaterThan(20);
    const description = rows(sheet).findIndex((row) => row[0] === "description") + 1;
    expect(sheet.getCell(description, languageColumn.fr).alignment?.wrapText).toBe(true);
    expect(sheet.getRow(description).height).toBeGreaterThanOrEqual(15 * 4);
    expect([3, 4, 5].map((c) => sheet.getColumn(c).width)).toEqual([45, 45, 45]);
  });

  it("lists the sheets, and the sources with what is known of them in each language and a link to each", async () => {
    const sheet = await readme();
    const all = rows(sheet);
    const keyed = (key: string) => all.find((row) => row[0] === key)!;
    expect(keyed("Indicators by period").slice(1, 4)).toEqual(["3", expect.stringMatching(/^Indicators by period\nThe figures of the download page/), expect.stringMatching(/^Indicateurs par période\n/)]);
    expect(keyed("figures").slice(1, 3)).toEqual(["3", "Figures per indicator and year\nOne row per figure"]);
    expect(keyed("sources")[1]).toBe("0");

    const source = keyed("000_4d99579ae10b6f9f");
    expect(source[1]).toBe("2022-12-30");
    expect(source[2]).toContain("حصيلة الأمن المغربي في التعاون الدولي\nOutlet: unknown; Author: unknown; Published: 30 December 2022");
    expect(source[3]).toContain("Date de publication : 30 décembre 2022");
    expect(source[4]).toContain("تاريخ النشر: 30 دجنبر 2022");
    const undated = keyed("001_undated");
    expect(undated.slice(2)).toEqual([expect.stringMatching(/^Untitled source\nOutlet: Le Matin; .*Notes: Copied by hand\.$/), expect.stringMatching(/^Source sans titre\n/), expect.stringMatching(/^مصدر بلا عنوان\n/)]);

    // Addresses are clickable, percent-encoded in the link, readable in the cell, and left to right.
    const links: ExcelJS.Cell[] = [];
    sheet.eachRow((row) => row.eachCell((cell) => void (cell.hyperlink && links.push(cell))));
    expect(links.map((cell) => cell.text)).toEqual(["https://creativecommons.org/licenses/by/4.0/", "https://www.maroc2droit.com/حصيلة-الأمن-المغربي-في-التعاون-الدولي-10/"]);
    expect(links[1]!.hyperlink).toMatch(/^https:\/\/www\.maroc2droit\.com\/%D8%AD%D8%B5/);
    expect(Number(links[1]!.row)).toBe(all.indexOf(source) + 2); // the row under its source
    for (const cell of links) expect(cell.alignment?.readingOrder).toBeUndefined();
  });

  it("has a column dictionary: every column of every table, its type, its title and description in each language", async () => {
    const all = rows(await readme());
    const header = all.findIndex((row) => row[0] === "column" && row[1] === "type");
    expect(all[header]![2]).toMatch(/^Column dictionary\n/);
    expect(all[header]![3]).toMatch(/^Dictionnaire des colonnes\n/);
    expect(all[header]![4]).toMatch(/^دليل الأعمدة\n/);
    expect(all.slice(header + 1)).toEqual([
      ["figures", "", "Figures per indicator and year", "Chiffres par indicateur et par année", "الأرقام حسب المؤشر والسنة"],
      ["indicator", "string", "Indicator\nIdentifier of the indicator", "Indicator (fr)\nIdentifier of the indicator (fr)", "Indicator (ar)\nIdentifier of the indicator (ar)"],
      ["year", "year", "Year\nReference year", "Year (fr)\nReference year (fr)", "Year (ar)\nReference year (ar)"],
      ["value", "integer", "Value\nThe figure as reported", "Value (fr)\nThe figure as reported (fr)", "Value (ar)\nThe figure as reported (ar)"],
      ["share", "number", "Share\nShare of the total", "Share (fr)\nShare of the total (fr)", "Share (ar)\nShare of the total (ar)"],
      ["approx", "boolean", "Approximate\nThe text says about", "Approximate (fr)\nThe text says about (fr)", "Approximate (ar)\nThe text says about (ar)"],
      ["published", "date", "Published\nArticle date", "Published (fr)\nArticle date (fr)", "Published (ar)\nArticle date (ar)"],
      ["quote", "string", "Quote\nThe words in the article", "Quote (fr)\nLes mots de l'article", "Quote (ar)\nكلمات المقال"],
      ["sources", "", "Sources", "Sources (fr)", "Sources (ar)"],
      ["id", "string", "Source\nSource identifier", "Source (fr)\nSource identifier (fr)", "Source (ar)\nSource identifier (ar)"],
    ]);
  });

  it("describes the published tables with the titles and descriptions of their Table Schemas in the three languages", async () => {
    const tables = buildTables(derive(validatedFixture("series"), catalogue), catalogue);
    const stamp = { version: "1.1.0", date: "2026-12-02" };
    const input = workbookInput({ catalogue, stamp, citation: "the citation", data: readerData(readerRows(tables), catalogue.units.units), tables });
    const all = rows(await readme(input));
    const header = all.findIndex((row) => row[0] === "column" && row[1] === "type");
    const dictionary = all.slice(header + 1);
    const expected = tableNames.flatMap((name) => {
      const schema = loadTableSchema(name);
      return [
        [name, "", schema.title, schema.title_fr, schema.title_ar],
        ...schema.fields.map((f) => [f.name, f.type, `${f.title}\n${f.description}`, `${f.title_fr}\n${f.description_fr}`, `${f.title_ar}\n${f.description_ar}`]),
      ];
    });
    expect(dictionary).toEqual(expected);
    // The dataset's own texts and its rights, from the catalogue.
    for (const lang of languages) expect(column(await readme(input), lang)).toContain(catalogue.dataset.rights[lang]);
  });
});
