// What held655 (the 2016 and 2024 results in long official sentences) showed on first sight: a later year's part set
// off inside a sentence that opens on that year, "the following year" of a change's earlier end, and a cited work's
// year.
import { describe, expect, it } from "vitest";
import { loadCatalogue } from "../../pipeline/catalogue/load.ts";
import { publishedFigures } from "../helpers/extract.ts";

const catalogue = loadCatalogue();

const published = (text: string, reference: string) => publishedFigures(text, catalogue, reference);

describe("a part of the year set off after an opening on another year", () => {
  const text = "وتؤكد المؤشرات الأولية لسنة 2025 استمرار هذا المنحى، إذ عالجت المصالح المختصة، خلال النصف الأول من السنة، 3690 ملفا وطلبا للمعلومات.";

  it("is a part of the year the sentence opens on", () => {
    expect(published(text, "2024")).toEqual(["files_processed 2025-H1 = 3690"]);
  });

  it("while an opening on a year with no part after it gives that whole year", () => {
    expect(published(text.replace("، خلال النصف الأول من السنة،", ""), "2024")).toEqual(["files_processed 2025 = 3690"]);
  });
});

describe("'the following year' after a change from a count of the sentence", () => {
  it("is the year after that count's, not after the year the text named last", () => {
    const text = "وتشير الدراسة إلى أرقام سنة 2019. وتتبع المكتب تنفيذ 96 إنابة قضائية دولية، ارتفعت إلى 104 إنابات في السنة الموالية.";
    expect(published(text, "2016")).toEqual(["letters_rogatory 2016 = 96", "letters_rogatory 2017 = 104"]);
  });
});

describe("a cited work's year", () => {
  it("is not the year 'the same year' refers back to", () => {
    const text = "عالجت المصالح 2950 ملفا سنة 2016 (بنعلي، 2018، ص. 112). وفي السنة ذاتها، تتبع المكتب 96 إنابة قضائية.";
    expect(published(text, "2016")).toEqual(["files_processed 2016 = 2950", "letters_rogatory 2016 = 96"]);
  });
});
