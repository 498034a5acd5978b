// What held672 (the 2015 and 2024 results in ten more outlets) showed on first sight: files counted at the letters
// rogatory desk ("وعلى مكتب الإنابات القضائية الدولية مر 88 ملفا") were read as the files processed, held back as
// outside that indicator's plausible range, and the change after them was still published as that indicator's.
import { describe, expect, it } from "vitest";
import { loadCatalogue } from "../../pipeline/catalogue/load.ts";
import { publishedFigures } from "../helpers/extract.ts";

const catalogue = loadCatalogue();

const published = (text: string, reference: string) => publishedFigures(text, catalogue, reference);

describe("a change after a count outside its indicator's plausible range", () => {
  it("is not published as that indicator's change", () => {
    const text = "وعلى مكتب الإنابات القضائية الدولية مر 88 ملفا، مقابل 81 في السنة التي قبلها، أي بزيادة 8,6 في المائة. أما الملفات المعالجة في المجمل فبلغ عددها 2630 ملفا.";
    expect(published(text, "2015")).toEqual(["files_processed 2015 = 2630"]);
  });

  it("while one after a count in range is", () => {
    const text = "وعالج القطب 2630 ملفا، مقابل 2390 في السنة التي قبلها، أي بزيادة 10 في المائة.";
    expect(published(text, "2015")).toEqual(["files_processed 2015 = 2630", "files_processed 2014 = 2390", "files_processed_pct_change 2015 vs 2014 = 10"]);
  });
});
