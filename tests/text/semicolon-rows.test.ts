// A spreadsheet exported with semicolons and pasted into a page (held603's "ملف قابل للتحميل", held555's "البيانات
// الخام (CSV)"): each line a row, each semicolon a cell's end, an empty cell kept where no value was published.
import { describe, expect, it } from "vitest";
import { tableCells } from "../../pipeline/text/table-rows.ts";

const cellsOf = (text: string, lineIndex: number) => {
  const lines = text.split("\n");
  const start = lines.slice(0, lineIndex).reduce((n, line) => n + line.length + 1, 0);
  const cells = tableCells(text, { start, end: start + lines[lineIndex]!.length });
  return cells?.map((cell) => text.slice(cell.start, cell.end)) ?? null;
};

describe("a row exported with semicolons", () => {
  const text = "الفترة;الملفات;الإنابات;منهم مغاربة\n2024-T2;1760;40;\n2025-T1;1785;40;21";

  it("is split at each semicolon", () => {
    expect(cellsOf(text, 2)).toEqual(["2025-T1", "1785", "40", "21"]);
  });

  it("keeps an empty cell in its place", () => {
    expect(cellsOf(text, 1)).toEqual(["2024-T2", "1760", "40", ""]);
  });

  it("is not a line of prose with semicolons of its own", () => {
    expect(cellsOf("أولا; ثانيا; ثالثا\nنص عادي بعده", 0)).toBeNull();
  });
});
