// What the held-out sets held648–held651 (ten more outlets, a second quarter and a first half, figures told twice,
// translated and multilingual texts) showed on first sight: a table's yearly change column, "the past year" in the
// results published before their year was out, and a transitive verb of reduction before a percentage.
import { describe, expect, it } from "vitest";
import { loadCatalogue } from "../../pipeline/catalogue/load.ts";
import { publishedFigures } from "../helpers/extract.ts";

const catalogue = loadCatalogue();

describe("a table's change column headed as yearly ('التغير السنوي')", () => {
  it("compares the last year with the one before it, not with the table's first (held648)", () => {
    const text = "المؤشر | 2017 | 2018 | 2019 | التغير السنوي\nالأشخاص الموقوفون المبحوث عنهم دوليا | 80 | 88 | 97 | +10,2%";
    expect(publishedFigures(text, catalogue, "2019")).toContain("wanted_persons_arrested_pct_change 2019 vs 2018 = 10.2");
  });

  it("still compares the first and last years under a header that says neither", () => {
    const text = "المؤشر | 2017 | 2018 | 2019 | التغير\nالأشخاص الموقوفون المبحوث عنهم دوليا | 80 | 88 | 97 | +21,3%";
    expect(publishedFigures(text, catalogue, "2019")).toContain("wanted_persons_arrested_pct_change 2019 vs 2017 = 21.3");
  });
});

describe("'the past year' in the results published before their year was out", () => {
  const text = "وأضافت الحصيلة أن السنة المنصرمة عرفت تسليم 31 شخصا مبحوثا عنهم من طرف العدالة المغربية.";

  it("is held back: the year ending, or the one before it (held648)", () => {
    expect(publishedFigures(text, catalogue, "2024", "2024-12-31")).toEqual([]);
  });

  it("is the year before publication when the text came out after its year", () => {
    expect(publishedFigures(text, catalogue, "2024", "2025-01-03")).toEqual(["persons_extradited_to_morocco 2024 = 31"]);
  });
});

describe("a transitive verb of reduction before a percentage ('خفضت … بـ11.8%')", () => {
  it("makes it a change of what it reduced, not a share of a country an adjective names (held651)", () => {
    const text = "تقرير بريطاني: الجائحة خفضت ملفات التعاون الأمني المغربي بـ11.8% في 2020";
    expect(publishedFigures(text, catalogue, "2020")).toEqual(["files_processed_pct_change 2020 vs 2019 = -11.8"]);
  });
});

describe("a card's change opening its line in a sentence that names nothing", () => {
  it("is the change of the item before it, all of one indicator, over its own period (held646)", () => {
    const text = "حصيلة 2022\n\n5800\nملف وطلب معلومات\n\n+24%\nمقارنة بـ2021";
    expect(publishedFigures(text, catalogue, "2022")).toEqual(["files_processed 2022 = 5800", "files_processed_pct_change 2022 vs 2021 = 24"]);
  });

  it("is no one's after an item of several indicators", () => {
    const text = "حصيلة 2022\n\n5800 ملف و143 إنابة\n\n+24%\nمقارنة بـ2021";
    expect(publishedFigures(text, catalogue, "2022").filter((f) => f.includes("pct_change"))).toEqual([]);
  });
});

describe("a table of quarters beside a column of words after them (held658)", () => {
  const table = [
    "الجدول 1: مؤشرات مختارة حسب الربع (2024)",
    "المؤشر | الربع الأول | الربع الثاني | الربع الثالث | مجموع الأشهر التسعة",
    "الإنابات القضائية الدولية | 37 | 41 | 40 | 118",
  ].join("\n");

  it("gives each quarter's column its quarter and holds the column of words back", () => {
    expect(publishedFigures(table, catalogue, "2024-Q3")).toEqual(["letters_rogatory 2024-Q1 = 37", "letters_rogatory 2024-Q2 = 41", "letters_rogatory 2024-Q3 = 40"]);
  });
});

describe("a key-figures box of 'value | label' lines (held666)", () => {
  const box = [
    "┌ أرقام مفتاحية | التعاون الأمني الدولي 2024",
    "│ 7 215 | ملفا وطلب معلومات معالجا",
    "│ 162 | إنابة قضائية دولية، منها 41 في قضايا المخدرات وغسل الأموال",
    "│ 140 | شخصا مبحوثا عنه دوليا تم توقيفه",
    "└ المصدر: الملف الصحفي للمديرية العامة للأمن الوطني",
  ].join("\n");

  it("reads the label after each value as what it counts", () => {
    expect(publishedFigures(box, catalogue, "2024")).toEqual([
      "files_processed 2024 = 7215",
      "letters_rogatory 2024 = 162",
      "letters_rogatory_drugs_money_laundering 2024 = 41",
      "wanted_persons_arrested 2024 = 140",
    ]);
  });
});
