// What held663 (the 2019 and 2024 results in analysis with derived numbers) showed on first sight: a sentence going
// on with totals after one on a span of years gives the span's totals, and a change in a sentence naming a range of
// years may compare totals over spans.
import { describe, expect, it } from "vitest";
import { loadCatalogue } from "../../pipeline/catalogue/load.ts";
import { publishedFigures } from "../helpers/extract.ts";

const catalogue = loadCatalogue();

const published = (text: string, reference: string) => publishedFigures(text, catalogue, reference);

const spanSentence = "بلغ مجموع الإنابات القضائية الدولية 707 إنابات خلال الفترة 2020-2024، مقابل 528 إنابة بين 2015 و2019 (+33,9 في المائة).";

describe("totals told after a sentence naming a span of years", () => {
  it("are held back with their changes: the span's or the text's?", () => {
    const text = `${spanSentence} وبلغ مجموع مذكرات البحث الدولية المنشورة 466 مذكرة مقابل 360 (+29,4 في المائة)، فيما ارتفع مجموع الموقوفين من المبحوث عنهم دوليا من 411 إلى 570 شخصا.`;
    expect(published(text, "2024")).toEqual([]);
  });

  it("while a count that is no total, after such a sentence, is the text's", () => {
    const text = `${spanSentence} ونشر المكتب خلال السنة 124 مذكرة بحث دولية.`;
    expect(published(text, "2024")).toEqual(["international_arrest_warrants 2024 = 124"]);
  });

  it("and a total in a paragraph of its own is the text's", () => {
    const text = `${spanSentence}\n\nوبلغ مجموع مذكرات البحث الدولية المنشورة 124 مذكرة.`;
    expect(published(text, "2024")).toEqual(["international_arrest_warrants 2024 = 124"]);
  });
});

describe("a dash between two numbers of four digits", () => {
  it("is no range of years when the second is a count or the pair a difference", () => {
    const text = "إنفوغرافيك: حصيلة النصف الثاني من 2018 – 2110 ملفات وطلبات معلومات (+8% مقارنة مع النصف الأول).";
    expect(published(text, "2018-H2")).toEqual(["files_processed 2018-H2 = 2110", "files_processed_pct_change 2018-H2 vs 2018-H1 = 8"]);
  });
});

describe("a count whose subject is someone's share (held663)", () => {
  it("is that part's, worked out or told, not the whole's", () => {
    const text = "وإذا طبقنا حصة إسبانيا على مجموع الملفات، فإن نصيبها يناهز 2020 ملفا.";
    expect(published(text, "2024")).toEqual([]);
  });

  it("while a share announced before a colon is given whole by the count after it", () => {
    const text = "وحتى السيارات المسروقة لها نصيبها من الحصيلة: 610 ملفات.";
    expect(published(text, "2016")).toEqual(["stolen_vehicle_files 2016 = 610"]);
  });
});
