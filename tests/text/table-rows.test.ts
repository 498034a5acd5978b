import { describe, expect, it } from "vitest";
import { tableCells } from "../../pipeline/text/table-rows.ts";

const cellsOf = (text: string) => tableCells(text, { start: 0, end: text.length })?.map((cell) => text.slice(cell.start, cell.end)) ?? null;

describe("tableCells", () => {
  it("reads the cells of a row between pipes", () => {
    expect(cellsOf("| الملفات المعالجة | 7146 |")).toEqual(["الملفات المعالجة", "7146"]);
  });

  it("finds no cells on a line that is a pipe alone or pipes and spaces (a fuzzing counterexample)", () => {
    expect(cellsOf("|")).toBeNull();
    expect(cellsOf(" | ")).toBeNull();
    expect(cellsOf("||")).toBeNull();
  });
});
