// A year written with the abbreviation of its part ("S1-2025", "H2 2024", "2023/T3"), as pages mixing French and
// English write it, is that part of the year (periods.json part_abbreviations), in prose as in a table's header.
import { describe, expect, it } from "vitest";
import { loadCatalogue } from "../../pipeline/catalogue/load.ts";
import { publishedFigures } from "../helpers/extract.ts";

const catalogue = loadCatalogue();

describe("a year with the abbreviation of its part", () => {
  it.each([
    ["S1-2025", "2025-H1"],
    ["H2 2024", "2024-H2"],
    ["2023/T3", "2023-Q3"],
    ["S2_2022", "2022-H2"],
  ])("reads «%s» as %s", (written, period) => {
    const text = `عالجت مصالح التعاون الدولي 3690 ملفا خلال ${written}.`;
    expect(publishedFigures(text, catalogue, "2025", "2026-01-15")).toEqual([`files_processed ${period} = 3690`]);
  });

  it("reads no part from letters that only end like one ('PS1-2025')", () => {
    const text = "عالجت مصالح التعاون الدولي 3690 ملفا خلال PS1-2025.";
    expect(publishedFigures(text, catalogue, "2025", "2026-01-15")).toEqual(["files_processed 2025 = 3690"]);
  });
});
