import { describe, expect, it } from "vitest";
import { tableCells } from "../../pipeline/text/table-rows.ts";

const cellsOf = (text: string) => tableCells(text, { start: 0, end: text.length })?.map((cell) => text.slice(cell.start, cell.end)) ?? null;

describe("tableCells", () => {
  it("reads the cells of a row between pipes", () => {
    expect(cellsOf("| الملفات المعالجة | 7146 |")).toEqual(["الملفات المعالجة", "7146"]);
  });

  it("gives an indented header of years an empty corner cell, so that its columns line up with the rows' values", () => {
    const text = "                    2022        2023\nالأشخاص المسلمون إلى المغرب        22          27";
    const header = { start: text.indexOf("2022"), end: text.indexOf("\n") };
    expect(tableCells(text, header)?.map((cell) => text.slice(cell.start, cell.end))).toEqual(["", "2022", "2023"]);
    expect(cellsOf("الأشخاص المسلمون إلى المغرب        22          27")).toEqual(["الأشخاص المسلمون إلى المغرب", "22", "27"]);
  });

  it("reads no corner cell into an indented line of words", () => {
    expect(cellsOf("    وقال المدير  إن الحصيلة جيدة")).toBeNull();
  });

  it("finds no cells on a line that is a pipe alone or pipes and spaces (a fuzzing counterexample)", () => {
    expect(cellsOf("|")).toBeNull();
    expect(cellsOf(" | ")).toBeNull();
    expect(cellsOf("||")).toBeNull();
  });
});
