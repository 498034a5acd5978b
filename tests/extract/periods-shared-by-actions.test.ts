// A part of the year named before a count, shared by the counts of the actions coordinated with it (held610: "حصيلة
// الأشهر الستة الأولى من السنة كانت قد سجلت توقيف 57 مطلوبا دوليا ونشر 58 مذكرة بحث").
import { describe, expect, it } from "vitest";
import { loadCatalogue } from "../../pipeline/catalogue/load.ts";
import { publishedFigures } from "../helpers/extract.ts";

const catalogue = loadCatalogue();
const published = (text: string, reference: string) => publishedFigures(text, catalogue, reference, null);

describe("an action noun joined by 'و' to the count before it", () => {
  it("shares the part of the year the words before that count named", () => {
    const text = "وأوضح المصدر أن حصيلة الأشهر الستة الأولى من السنة سجلت توقيف 57 مطلوبا دوليا ونشر 58 أمرا دوليا بإلقاء القبض.";
    expect(published(text, "2022")).toEqual(["wanted_persons_arrested 2022-H1 = 57", "international_arrest_warrants 2022-H1 = 58"]);
  });

  it("does not when a word between the two counts names a period", () => {
    const text = "وسجلت المصالح خلال النصف الأول توقيف 57 مطلوبا دوليا، وخلال السنة كلها نشر 121 أمرا دوليا بإلقاء القبض.";
    expect(published(text, "2022")).toEqual(["wanted_persons_arrested 2022-H1 = 57", "international_arrest_warrants 2022 = 121"]);
  });
});
