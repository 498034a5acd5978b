// What round 130's sets showed on parts of the year and changes (held599, held600): an undated report on the second
// half of a year that calls it "the second half of last year", and its first half "نصفها الأول" right after; a
// change announcing the sentence after its colon ("تراجعت المحجوزات: حجزنا 164 سيارة مسروقة"), whose count is not the
// change's amount.
import { describe, expect, it } from "vitest";
import { loadCatalogue } from "../../pipeline/catalogue/load.ts";
import { publishedFigures, readText } from "../helpers/extract.ts";

const catalogue = loadCatalogue();

const published = (text: string, reference: string) => publishedFigures(text, catalogue, reference, null);
const statusOf = (text: string, reference: string, number: string) => readText(text, catalogue, reference, null).mentions.find((m) => m.text === number)!;

describe("the part of last year an undated report is on", () => {
  const text = "كما أصدر المكتب 48 مذكرة توقيف دولية خلال النصف الثاني من السنة الماضية، مقابل 58 مذكرة في نصفها الأول.";

  it("is the report's own period, and the other half 'of it' is that year's", () => {
    expect(published(text, "2022-H2")).toEqual(["international_arrest_warrants 2022-H2 = 48", "international_arrest_warrants 2022-H1 = 58"]);
  });

  it("stays unclear without the part", () => {
    expect(statusOf("كما أصدر المكتب 48 مذكرة توقيف دولية خلال السنة الماضية.", "2022-H2", "48").status).toBe("held_back");
  });

  it("stays unclear when the part named is not the report's", () => {
    expect(statusOf("كما أصدر المكتب 48 مذكرة توقيف دولية خلال النصف الأول من السنة الماضية.", "2022-H2", "48").status).toBe("held_back");
  });
});

describe("a change announcing the sentence after its colon", () => {
  it("leaves the count after the colon, with a verb of its own, a count", () => {
    const text = "○ الحركة عبر الحدود تراجعت، وبالتالي تراجعت المحجوزات: حجزنا 164 سيارة مسروقة سنة 2020 مقابل 231 في 2019.";
    expect(published(text, "2020")).toEqual(["stolen_vehicles_seized 2020 = 164", "stolen_vehicles_seized 2019 = 231"]);
  });

  it("still reads the level right after a change's colon as what it rose to", () => {
    const text = "لكن عدد الموقوفين ارتفع: 131 شخصا مبحوثا عنهم.";
    expect(published(text, "2021")).toEqual(["wanted_persons_arrested 2021 = 131"]);
  });
});

describe("a whole 'over the year' in a quarter's report", () => {
  it("is the year's ('على مدار السنة'), as 'طيلة السنة' is", () => {
    const text = "ونشر المكتب 23 أمرا دوليا بإلقاء القبض في هذا الفصل، من أصل 84 على مدار السنة.";
    expect(published(text, "2019-Q4")).toEqual(["international_arrest_warrants 2019-Q4 = 23", "international_arrest_warrants 2019 = 84"]);
  });
});

describe("the other half 'of the same year'", () => {
  it("is the text's year after the sentence named its own half, though an earlier paragraph named another year", () => {
    const text = "وكان المكتب قد نشر 47 أمرا دوليا بإلقاء القبض خلال النصف الثاني من سنة 2020.\n\nوفي ما يتعلق بالتسليم، تسلمت المصالح الأمنية 11 شخصا مطلوبا للقضاء المغربي خلال الأسدس الثاني، مقارنة مع 8 أشخاص فقط في الأسدس الأول من السنة نفسها.";
    expect(published(text, "2021-H2")).toEqual(["international_arrest_warrants 2020-H2 = 47", "persons_extradited_to_morocco 2021-H2 = 11", "persons_extradited_to_morocco 2021-H1 = 8"]);
  });
});

describe("a whole 'out of' which a half's count is", () => {
  const text = "6/ الإلغاءات: 1032 مذكرة لإلغاء البحث الدولي في النصف الثاني من أصل 2009 في السنة، و156 لإلغاء البحث على المستوى العربي من أصل 305.";

  it("is a count, not a year, though its digits could be one", () => {
    expect(published(text, "2024-H2")).toContain("international_search_cancellations 2024 = 2009");
  });

  it("stays of the half when no pair before it named the year (a partner's part of the half's whole)", () => {
    const text = "كما شاركت مصالح الأمن الوطني في 4 عمليات متعددة الأطراف منسقة مع الأمانة العامة للأنتربول، ونفذت عمليتين للتسليم المراقب للمخدرات بتنسيق مع الشرطة الإسبانية، من أصل 3 عمليات من هذا النوع.";
    expect(published(text, "2024-H2")).toContain("controlled_deliveries 2024-H2 = 3");
  });

  it("is of the year, with no period of its own, and so is its part's half", () => {
    expect(published(text, "2024-H2")).toEqual(["international_search_cancellations 2024-H2 = 1032", "international_search_cancellations 2024 = 2009", "arab_search_cancellations 2024-H2 = 156", "arab_search_cancellations 2024 = 305"]);
  });
});
