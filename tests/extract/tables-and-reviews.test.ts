// What the held-out sets of round 27 (held187–held189: news with tables of several periods, looking back over
// several periods in prose, the DGSN's own communications) showed on first sight: a table's value that looks like a
// year, and totals summed up after a table.
import { describe, expect, it } from "vitest";
import { loadCatalogue } from "../../pipeline/catalogue/load.ts";
import { mentionIn, publishedFigures } from "../helpers/extract.ts";

const catalogue = loadCatalogue();

const published = (text: string, reference: string) => publishedFigures(text, catalogue, reference, null);

describe("a table's values", () => {
  it("reads a value that looks like a year as a count beside the row's other values", () => {
    const text = [
      "المؤشر                           الربع الأول 2024    الربع الرابع 2024    الربع الأول 2025",
      "الملفات وطلبات المعلومات               1650                1960                1790",
    ].join("\n");
    expect(mentionIn(text, "1960", catalogue, "2025-Q1").status).not.toBe("year");
    expect(mentionIn("وفي سنة 1960 انضم المغرب إلى المنظمة.", "1960", catalogue, "2025-Q1").status).toBe("year");
  });
});

describe("totals summed up", () => {
  it("gives every count of a sentence saying what the totals have come to the period its first count names", () => {
    const text = "وبهذه الأرقام تكون حصيلة السنة كاملة قد بلغت 7215 ملفا، و162 إنابة قضائية دولية، و112 أمرا دوليا بإلقاء القبض.";
    expect(published(text, "2024-H2")).toEqual(["files_processed 2024 = 7215", "letters_rogatory 2024 = 162", "international_arrest_warrants 2024 = 112"]);
  });
});
