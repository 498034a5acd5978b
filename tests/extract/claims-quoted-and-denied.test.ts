// What held659's fact check showed on first sight: a quote under a line reporting a claim is the claim, and a claim
// word answering a denial ("وليس 10 آلاف كما يزعم المنشور") leaves the true figure before it stated.
import { describe, expect, it } from "vitest";
import { loadCatalogue } from "../../pipeline/catalogue/load.ts";
import { publishedFigures } from "../helpers/extract.ts";

const catalogue = loadCatalogue();

const published = (text: string, reference: string) => publishedFigures(text, catalogue, reference);

describe("a quote under a line reporting a claim", () => {
  const claim = "تداولت صفحات على مواقع التواصل الاجتماعي صورة مرفقة بنص جاء فيه:\n\"الأمن الوطني يكشف: توقيف ٣٠٠ مطلوب دوليا وتسليم ١٥٠ أجنبيا لبلدانهم!\"";

  it("is the claim: its figures are held back", () => {
    expect(published(claim, "2022")).toEqual([]);
  });

  it("while a quote under a line naming a post may be the institution's own words", () => {
    const post = "تدوينة مضمنة من حساب المديرية على منصة X:\n\"أسفرت مذكرات البحث عن توقيف 131 شخصا مبحوثا عنهم دوليا.\"";
    expect(published(post, "2023")).toEqual(["wanted_persons_arrested 2023 = 131"]);
  });
});

describe("a claim word answering a denial", () => {
  it("leaves the figure the denial corrects stated", () => {
    const text = "يتبين أن مصالح التعاون الأمني الدولي عالجت 5 800 ملف وطلب معلومات، وليس 10 آلاف كما يزعم المنشور.";
    expect(published(text, "2022")).toEqual(["files_processed 2022 = 5800"]);
  });

  it("while a claim word not answering one keeps the line's figures held back", () => {
    const text = "يزعم المنشور أن مصالح التعاون الأمني الدولي عالجت 10 آلاف ملف وطلب معلومات.";
    expect(published(text, "2022")).toEqual([]);
  });
});
