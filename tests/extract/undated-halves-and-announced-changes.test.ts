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
