// What the held-out sets held644–held647 (ten more outlets, a first half and a third quarter, boxes and bullets,
// records and firsts) showed on first sight: the earlier end of a change said as "down from" after its later end.
import { describe, expect, it } from "vitest";
import { loadCatalogue } from "../../pipeline/catalogue/load.ts";
import { publishedFigures } from "../helpers/extract.ts";

const catalogue = loadCatalogue();

const published = (text: string, reference: string) => publishedFigures(text, catalogue, reference);

describe("a change's earlier end said as 'down from' or 'up from' after its later end", () => {
  it("is the earlier end, of its own period, and the change after it compares with that period (held645)", () => {
    const text = "تراجع عدد مذكرات التوقيف الدولية المنشورة إلى 22 مذكرة، نزولا من 25 مذكرة في الربع السابق، أي بانخفاض نسبته 12 في المائة.";
    expect(published(text, "2023-Q3")).toEqual([
      "international_arrest_warrants 2023-Q3 = 22",
      "international_arrest_warrants 2023-Q2 = 25",
      "international_arrest_warrants_pct_change 2023-Q3 vs 2023-Q2 = -12",
    ]);
  });

  it("reads 'صعودا من' the same way, against the year before", () => {
    const text = "ارتفع عدد الإنابات القضائية الدولية إلى 153 إنابة، صعودا من 143 إنابة في السنة الماضية.";
    expect(published(text, "2023")).toEqual(["letters_rogatory 2023 = 153", "letters_rogatory 2022 = 143"]);
  });
});
