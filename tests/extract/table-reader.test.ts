import { describe, expect, it } from "vitest";
import { loadCatalogue } from "../../pipeline/catalogue/load.ts";
import { TableReader } from "../../pipeline/extract/table-reader.ts";
import type { NumberMention } from "../../pipeline/types/number-mention.ts";

const { periods } = loadCatalogue();

/** The rows of `text`, one per line, each read with the numbers a test says it holds (years for a header). */
function rows(text: string, kinds: ReadonlyArray<NumberMention["kind"][]>) {
  const reader = new TableReader(text, [], "2023", periods);
  let start = 0;
  return text.split("\n").map((line, i) => {
    const sentence = { start, end: start + line.length };
    start += line.length + 1;
    return reader.rowOf(sentence, (kinds[i] ?? []).map((kind) => ({ kind }) as NumberMention));
  });
}

describe("TableReader", () => {
  it("gives a header of years to the rows under it, until an empty line ends the table", () => {
    const text = "| المؤشر | 2022 | 2023 |\n| الإنابات | 143 | 153 |\n\n| الأوامر | 106 | 87 |";
    const [header, first, blank, after] = rows(text, [["year", "year"], ["number", "number"], [], ["number", "number"]]);
    expect(header).toBeNull();
    expect(first!.columns).toEqual([null, { period: "2022" }, { period: "2023" }]);
    expect(blank).toBeNull();
    expect(after!.columns).toBeNull();
  });

  it("keeps the row of words over the values as the table's header, and its columns in percent", () => {
    const text = "| نوع الجريمة | عدد الإنابات | النسبة من المجموع (%) |\n| المخدرات | 24 | 15,7 |";
    const [, row] = rows(text, [[], ["number", "number"]]);
    expect(row!.header).toEqual({ start: 0, end: text.indexOf("\n") });
    expect([...row!.percentColumns!]).toEqual([2]);
  });
});
