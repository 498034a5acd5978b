// What the held-out sets of round 16 (held154–held156: the years after the seed in the press, parts beside wholes,
// pages as a scraper saves them) showed on first sight: a negated verb of exceeding bounds a dual across its
// subject, and a place a text names a local unit by makes a count made there that unit's.
import { describe, expect, it } from "vitest";
import { loadCatalogue } from "../../pipeline/catalogue/load.ts";
import { publishedFigures } from "../helpers/extract.ts";

const catalogue = loadCatalogue();

const published = (text: string, reference: string) => publishedFigures(text, catalogue, reference, null);

describe("a dual bounded by a negated verb across its subject", () => {
  it("reads 'لم تتجاوز العمليات … عمليتين اثنتين' as at most 2", () => {
    const text = "ونشر المكتب المركزي الوطني 63 أمرا دوليا بإلقاء القبض، في حين لم تتجاوز العمليات المتعددة الأطراف التي شارك فيها عمليتين اثنتين بسبب الجائحة.";
    expect(published(text, "2020")).toEqual(["international_arrest_warrants 2020 = 63", "interpol_multilateral_operations 2020 = lte 2"]);
  });

  it("keeps a dual exact when its verb is not one of exceeding", () => {
    const text = "وشارك المكتب في عمليتين اثنتين متعددتي الأطراف مع الأنتربول.";
    expect(published(text, "2020")).toEqual(["interpol_multilateral_operations 2020 = 2"]);
  });
});

describe("a place the text names a local unit by", () => {
  const unit = "وأوقفت عناصر ولاية أمن الدار البيضاء 21 شخصا مبحوثا عنهم دوليا.";

  it("holds back a count made at that place, as the unit's", () => {
    const text = `${unit} ومن بين الموقوفين بالدار البيضاء 6 أجانب سلموا لاحقا إلى بلدانهم.`;
    expect(published(text, "2017")).toEqual([]);
  });

  it("keeps a national count when the text names no unit by that place", () => {
    const text = "ومن بين الموقوفين 6 أجانب سلموا لاحقا إلى بلدانهم.";
    expect(published(text, "2017")).toEqual(["foreigners_handed_over_by_morocco 2017 = 6"]);
  });
});

describe("parts of one partner and subgroups", () => {
  it("holds back a count in parentheses after a partner country as that country's part", () => {
    const text = "واستقدمت المصالح الأمنية 17 شخصا مطلوبا للعدالة المغربية، أغلبهم من إسبانيا (11 شخصا).";
    expect(published(text, "2025-H1")).toEqual(["persons_extradited_to_morocco 2025-H1 = 17"]);
  });

  it("holds back a part ('منها') whose clause names one partner", () => {
    const text = "فقد عالج القطب 4480 ملفا وطلب معلومات خلال السنة، منها نحو 270 ملفا مصدرها أو وجهتها بلجيكا.";
    expect(published(text, "2019")).toEqual(["files_processed 2019 = 4480"]);
  });

  it("reads the adjective of the noun 'عدد' names: the Moroccans among the persons arrested", () => {
    const text = "تمكنت المصالح من توقيف 66 شخصا مبحوثا عنهم على الصعيد الدولي، إذ بلغ عدد المواطنين المغاربة الموقوفين خارج أرض الوطن 39 شخصا.";
    expect(published(text, "2023-H1")).toEqual(["wanted_persons_arrested 2023-H1 = 66", "moroccan_citizens_arrested_abroad 2023-H1 = 39"]);
  });
});

describe("a difference by a comparative", () => {
  it("reads 'أكثر بـ680 ملفا من سنة 2017' as how much more, not the count of 2017", () => {
    const text = "وعالجت مصالح التعاون الدولي خلال السنة نفسها 4060 ملفا وطلب معلومات، أي أكثر بـ680 ملفا من سنة 2017.";
    expect(published(text, "2018")).toEqual(["files_processed 2018 = 4060"]);
  });
});

describe("a change with no base", () => {
  it("takes the base the text names for the same change elsewhere", () => {
    const text = "الربع الثالث: 870 ملفا للتعاون الأمني الدولي وارتفاع بـ5 في المائة\n\nعالج القطب 870 ملفا خلال الربع الثالث من السنة الجارية، بزيادة نسبتها 5 في المائة مقارنة مع الربع الثاني الذي عرف معالجة 830 ملفا.";
    const figures = published(text, "2017-Q3");
    expect(figures).toContain("files_processed_pct_change 2017-Q3 vs 2017-Q2 = 5");
    expect(figures.filter((f) => f.includes("vs 2016-Q3"))).toEqual([]);
  });

  it("keeps the same period a year earlier when the text names no base for that change", () => {
    expect(published("عالج القطب 870 ملفا خلال الربع الثالث، بارتفاع بلغ 5 في المائة.", "2017-Q3")).toContain("files_processed_pct_change 2017-Q3 vs 2016-Q3 = 5");
  });
});

