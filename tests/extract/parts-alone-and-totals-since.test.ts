// What held656 (the 2017 and 2025 results among totals over several years and rates) showed on first sight: a
// sentence setting a part of the year apart ("وحده") does not give that part to the sentences after it, and a total
// "since" an event a year dates spans several years.
import { describe, expect, it } from "vitest";
import { loadCatalogue } from "../../pipeline/catalogue/load.ts";
import { publishedFigures } from "../helpers/extract.ts";

const catalogue = loadCatalogue();

const published = (text: string, reference: string) => publishedFigures(text, catalogue, reference);

describe("a sentence opening on a part of the year 'alone'", () => {
  const text = "نشرنا 124 مذكرة بحث دولية. وفي النصف الأول من السنة وحده، كان عدد الموقوفين قد بلغ 74 شخصا. كما عممنا 3905 نشرات بحث على الصعيد الوطني.";

  it("keeps that part to itself: the sentence going on after it is of the text's period", () => {
    expect(published(text, "2025")).toEqual(["international_arrest_warrants 2025 = 124", "wanted_persons_arrested 2025-H1 = 74", "national_search_notices 2025 = 3905"]);
  });

  it("while an opening part not set apart goes on into the next sentence", () => {
    expect(published(text.replace(" وحده،", "،"), "2025")).toEqual(["international_arrest_warrants 2025 = 124", "wanted_persons_arrested 2025-H1 = 74", "national_search_notices 2025-H1 = 3905"]);
  });
});

describe("a total since an event a year dates", () => {
  it("spans several years, no year's count", () => {
    const text = "تكوين 1740 موظفا في إطار برامج التعاون الدولي، ليبلغ عدد المستفيدين منذ إطلاق هذه البرامج بشكل منتظم سنة 2018 ما مجموعه 7815 مستفيدا.";
    expect(published(text, "2025")).toEqual(["police_staff_trained 2025 = 1740"]);
  });

  it("while a clause after the year may go on about that year", () => {
    const text = "وهو رابع ارتفاع متتال منذ التراجع الذي فرضته الجائحة سنة 2020، حين نزل العدد إلى 3950 ملفا.";
    expect(published(text, "2024")).toEqual(["files_processed 2020 = 3950"]);
  });
});
