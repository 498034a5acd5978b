// What held673 (the fourth quarter of 2021 and the second quarter of 2025) showed on first sight: "الفصل" is a
// quarter as well as a law's chapter, and "هذا الفصل 1240 ملفا" is this quarter's count; the persons a country
// receives ("استلام ستة مطلوبين للعدالة المغربية") are the persons handed over to Morocco.
import { describe, expect, it } from "vitest";
import { loadCatalogue } from "../../pipeline/catalogue/load.ts";
import { publishedFigures } from "../helpers/extract.ts";

const catalogue = loadCatalogue();

const published = (text: string, reference: string) => publishedFigures(text, catalogue, reference);

describe("'الفصل' before a number", () => {
  it("after a demonstrative is the quarter the count is of", () => {
    expect(published("وعالج قسم التعاون الأمني الدولي خلال هذا الفصل 1240 ملفا وطلب معلومات.", "2021-Q4")).toEqual(["files_processed 2021-Q4 = 1240"]);
  });

  it("alone is still a law's chapter", () => {
    expect(published("وتنص المسطرة على ذلك في الفصل 713 من قانون المسطرة الجنائية، وعالج القسم 1240 ملفا.", "2021")).toEqual(["files_processed 2021 = 1240"]);
  });
});

describe("persons received", () => {
  it("from other countries are the persons handed over to Morocco", () => {
    const text = "كما مكنت الإجراءات المتخذة خلال الفترة ذاتها من استلام ستة مطلوبين للعدالة المغربية من دول أجنبية، في مقابل تسليم المغرب أربعة مواطنين أجانب إلى بلدانهم.";
    expect(published(text, "2021-Q4")).toEqual(["persons_extradited_to_morocco 2021-Q4 = 6", "foreigners_handed_over_by_morocco 2021-Q4 = 4"]);
  });
});
