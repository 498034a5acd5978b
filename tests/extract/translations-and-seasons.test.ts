// What round 164 (held732–held735: the Spanish angle, units and scales, machine-translated releases, other calendars
// and named periods) and the pending sets it was scored beside led to: a change after the text's own count in a
// relative clause of its year; a season or the summer operation as a span shorter than a period; items of a line set
// apart by a slash; an added amount after the noun's adjective.
import { describe, expect, it } from "vitest";
import { loadCatalogue } from "../../pipeline/catalogue/load.ts";
import { mentionIn, publishedFigures } from "../helpers/extract.ts";

const catalogue = loadCatalogue();

/** The mentions table's row of the number written `number`. */
const mention = (text: string, number: string, reference: string) => mentionIn(text, number, catalogue, reference);

describe("a change after the text's own count told in a relative clause of its year (held728)", () => {
  it("is the text's year's change, not the corrected earlier count's", () => {
    const text = "ورد الوزير بأن الرقم الذي قدمه النائب بخصوص سنة 2017 غير دقيق، موضحا أن عدد الموقوفين في تلك السنة بلغ 80 شخصا وليس 97، وأن حصيلة 2018، التي بلغت فعلا 88 شخصا، تمثل بالتالي ارتفاعا بنسبة 10 في المائة.";
    const published = publishedFigures(text, catalogue, "2018");
    expect(published).toContain("wanted_persons_arrested_pct_change 2018 vs 2017 = 10");
    expect(published).not.toContain("wanted_persons_arrested_pct_change 2017 vs 2016 = 10");
  });
});

describe("a season or the summer operation (held735)", () => {
  it("'عملية مرحبا' with its year is a span shorter than a year: its change is held back", () => {
    const text = "ويتعلق الأمر بارتفاع قدره 12 في المائة في عدد الموقوفين مقارنة مع عملية مرحبا 2015.";
    expect(publishedFigures(text, catalogue, "2016")).toEqual([]);
    expect(mention(text, "12 في المائة", "2016").reason).toContain("«عمليه مرحبا»");
  });

  it("so is a count of the summer", () => {
    expect(publishedFigures("وخلال فصل الصيف، سلمت المصالح الأمنية 9 أشخاص مطلوبين للعدالة المغربية.", catalogue, "2024")).toEqual([]);
  });
});

describe("items of a line set apart by a slash (held734)", () => {
  it("each reads with its own words", () => {
    const text = "▪ 1,987 إشعار وقف البحث الدولي / 310 إشعار وقف البحث العربي";
    expect(publishedFigures(text, catalogue, "2021")).toEqual(["international_search_cancellations 2021 = 1987", "arab_search_cancellations 2021 = 310"]);
  });

  it("while a slash between years or words joins them", () => {
    expect(publishedFigures("عالج القسم خلال الموسم 2021 / 2022 ما مجموعه 4677 ملفا وطلب معلومات.", catalogue, "2021")).not.toContain("files_processed 2022 = 4677");
  });
});

describe("an added amount (held734)", () => {
  it("after the noun's adjective is a change's amount, not a count", () => {
    const text = "بالأرقام المطلقة، عالج القسم 727 ملفا إضافيا مقارنة بعام 2020، وتم القبض على 28 شخصا مطلوبا إضافيا.";
    expect(publishedFigures(text, catalogue, "2021")).toEqual([]);
    expect(mention(text, "28", "2021").reason).toContain("the amount of a change");
  });
});

describe("a part of the year abbreviated with no year against it (held734)", () => {
  it("is that part of the reference's year, as 'خلال الربع الأول' is", () => {
    const text = "التوزيع الفصلي: 1,480 ملفا في Q1 و1,624 في Q2.";
    expect(publishedFigures(text, catalogue, "2023-H1")).toEqual(["files_processed 2023-Q1 = 1480", "files_processed 2023-Q2 = 1624"]);
  });

  it("while one against its year is read with it, and a word that only starts like one is none", () => {
    expect(publishedFigures("عالج القسم 3690 ملفا في S1-2025.", catalogue, "2025-H1")).toEqual(["files_processed 2025-H1 = 3690"]);
    expect(mention("عالج القسم 3690 ملفا حسب تقرير AQ1.", "3690", "2025").period).toBe("2025");
  });
});
