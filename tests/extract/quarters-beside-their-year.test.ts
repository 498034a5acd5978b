// What held661 (the first half of 2017 and the fourth quarter of 2023) showed on first sight: in a report on a quarter
// that gives the whole year's counts with the quarter's as their parts, a change or a share naming no period may be
// of either, as a count is; and "منها" after two counts goes back to the one a part can be of.
import { describe, expect, it } from "vitest";
import { loadCatalogue } from "../../pipeline/catalogue/load.ts";
import { publishedFigures } from "../helpers/extract.ts";

const catalogue = loadCatalogue();

const published = (text: string, reference: string) => publishedFigures(text, catalogue, reference);

const yearWithQuarter = "ونشر المكتب 87 أمرا دوليا بإلقاء القبض خلال السنة، 22 منها في الفترة من أكتوبر إلى دجنبر. ";

describe("a report on a quarter that gave the year's counts with the quarter's as their parts", () => {
  it("holds back a change that names neither its period nor its base", () => {
    const text = `${yearWithQuarter}وفي المقابل، ارتفع عدد المبحوث عنهم دوليا الموقوفين إلى 131 شخصا، أي بزيادة 10,1 في المائة.`;
    expect(published(text, "2023-Q4")).toEqual(["international_arrest_warrants 2023 = 87", "international_arrest_warrants 2023-Q4 = 22"]);
  });

  it("and a share that names no period", () => {
    const text = `${yearWithQuarter}وفي مجال التكوين، نظمت 64 في المائة من دورات التكوين حضوريا.`;
    expect(published(text, "2023-Q4")).toEqual(["international_arrest_warrants 2023 = 87", "international_arrest_warrants 2023-Q4 = 22"]);
  });

  it("while a change naming the same part of the year before as its base is the quarter's", () => {
    const text = `${yearWithQuarter}وعمم المكتب 1290 مذكرة بحث وطنية، بزيادة 12 في المائة عن الربع الرابع من 2022.`;
    expect(published(text, "2023-Q4")).toContain("national_search_notices_pct_change 2023-Q4 vs 2022-Q4 = 12");
  });
});

describe("'منها' after two counts of its sentence", () => {
  it("goes back past a count smaller than it to the one it can be a part of", () => {
    const text = "تتبع المكتب خلال سنة 2023 تنفيذ 153 إنابة قضائية دولية، 35 منها تتعلق بالاتجار في المخدرات وغسل الأموال، وكان نصيب الفصل الرابع منها 43 إنابة.";
    expect(published(text, "2023-Q4")).toEqual(["letters_rogatory 2023 = 153", "letters_rogatory_drugs_money_laundering 2023 = 35", "letters_rogatory 2023-Q4 = 43"]);
  });
});

describe("a sentence summing up with 'وبهذه الأرقام' (held665)", () => {
  it("gives the period of its first count to the counts after it that name none", () => {
    const text = "وبهذه الأرقام، يرتفع عدد الملفات التي عالجتها مصالح التعاون الدولي منذ بداية السنة إلى 2180 ملفا، فيما بلغ عدد الإنابات القضائية 62 إنابة، ومذكرات البحث الدولية 42 مذكرة.";
    expect(published(text, "2019-Q2")).toEqual(["files_processed 2019-H1 = 2180", "letters_rogatory 2019-H1 = 62", "international_arrest_warrants 2019-H1 = 42"]);
  });
});
