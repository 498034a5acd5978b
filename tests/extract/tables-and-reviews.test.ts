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

describe("looking back", () => {
  it("holds back counts of a director's term, and those 'during it' in the next sentence", () => {
    const text = "خلال الولاية الأولى، عالج القطب ما مجموعه 13 ألفا و100 ملف وطلب معلومات. وقد انتقل الرقم خلالها من 2710 ملفات في السنة الأولى إلى 4060 ملفا في السنة الأخيرة.";
    expect(published(text, "2022")).toEqual([]);
    expect(published("وتابع المكتب خلال الولاية الأولى 400 إنابة.", "2022")).toEqual([]);
  });

  it("holds back a forecast on a condition and a count compared with a rate", () => {
    expect(published("فإذا استمر الإيقاع نفسه، قد تقترب حصيلة السنة كاملة من 7600 ملف.", "2025-Q1")).toEqual([]);
    const text = "فالقطب يعالج اليوم أكثر من 20 ملفا في اليوم، مقابل أقل من 11 ملفا سنة الجائحة.";
    expect(published(text, "2025")).toEqual([]);
    // A rate told as an aside of a count does not make the count compared with it a rate.
    const aside = "عالج القطب 3950 ملفا، أي بمعدل يقارب 11 ملفا في اليوم، مقابل 4480 ملفا سنة 2019.";
    expect(published(aside, "2020")).toEqual(["files_processed 2020 = 3950", "files_processed 2019 = 4480"]);
  });
});

describe("the DGSN's own pages", () => {
  it("reads no figure in a page's count of pages", () => {
    expect(published("الملف الصحفي – الصفحة 7 من 12", "2022")).toEqual([]);
  });
});

describe("a count in parentheses after its year", () => {
  it("gives the count the year right before its parenthesis", () => {
    const text = "كما نشر وعمم 87 أمرا دوليا بإلقاء القبض، وهو رقم يبقى أعلى من مستوى 2018 (78 أمرا).";
    expect(published(text, "2023")).toEqual(["international_arrest_warrants 2023 = 87", "international_arrest_warrants 2018 = 78"]);
  });
});
