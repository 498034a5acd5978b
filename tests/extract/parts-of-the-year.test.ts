// A year told by its parts (the pending set held223 and its neighbours): a yearly report told quarter by quarter
// ("ففي الفصل الأول … في الفصل الثاني": "الفصل" and an ordinal name quarters when the text names two or more of them
// so; one alone may be a chapter: pipeline/extract/quarter-ordinals.ts), and a part of a whole that names only a part
// of the year ("22 شخصا …، 10 منهم خلال الأشهر الستة الأولى": the whole's count for that part; indicator-choice.ts), and
// the rest of the year after the end of a month ("منهم سبعة بعد متم يونيو"; month-ranges.ts).
import { describe, expect, it } from "vitest";
import { loadCatalogue } from "../../pipeline/catalogue/load.ts";
import { namesQuartersByOrdinal } from "../../pipeline/extract/quarter-ordinals.ts";
import { findWords } from "../../pipeline/extract/words.ts";
import { normaliseCompact } from "../../pipeline/arabic/normalise.ts";
import { publishedFigures } from "../helpers/extract.ts";

const catalogue = loadCatalogue();
const published = (text: string, reference: string) => publishedFigures(text, catalogue, reference, null);
const wordsOf = (text: string) => {
  const { text: normalised, runs } = normaliseCompact(text);
  return findWords(normalised, runs);
};

describe("a yearly report told quarter by quarter", () => {
  const text = [
    "حصيلة 2018: المصالح تعالج 4060 ملفا.",
    "ففي الفصل الأول، عالجت المصالح 960 ملفا، قبل أن يرتفع العدد إلى ألف وعشرة ملفات في الفصل الثاني.",
    "أما الفصل الثالث فقد سجل 1085 ملفا، قبل أن تختم المصالح السنة بـ1005 ملفات في الفصل الرابع.",
  ].join("\n");

  it("reads each quarter's count as that quarter's, and the year's count as the year's", () => {
    expect(published(text, "2018")).toEqual([
      "files_processed 2018 = 4060",
      "files_processed 2018-Q1 = 960",
      "files_processed 2018-Q2 = 1010",
      "files_processed 2018-Q3 = 1085",
      "files_processed 2018-Q4 = 1005",
    ]);
  });

  it("needs two different quarters named so", () => {
    expect(namesQuartersByOrdinal(wordsOf(text), catalogue.periods)).toBe(true);
    expect(namesQuartersByOrdinal(wordsOf("ففي الفصل الأول، عالجت المصالح 960 ملفا، وفي الفصل الأول أيضا 12 أمرا."), catalogue.periods)).toBe(false);
  });

  it("leaves one 'الفصل الأول' of a yearly report no period (it may be a chapter)", () => {
    expect(published("وبحسب الفصل الأول، عالجت المصالح 4060 ملفا.", "2018")).toEqual(["files_processed 2018 = 4060"]);
  });
});

describe("a part of a whole that names a part of the year", () => {
  it("is the whole's count for that part, though its own clause names nothing that decides the indicator", () => {
    const text = "وفي مجال التسليم، تم استقدام 22 شخصا مطلوبا للعدالة المغربية، 10 منهم خلال الأشهر الستة الأولى.";
    expect(published(text, "2022")).toEqual(["persons_extradited_to_morocco 2022 = 22", "persons_extradited_to_morocco 2022-H1 = 10"]);
  });

  it("leaves a part of a compared count alone", () => {
    const text = "وتم استقدام 25 شخصا، مقابل 22 شخصا سنة 2021، 10 منهم خلال الأشهر الستة الأولى.";
    expect(published(text, "2022")).not.toContain("persons_extradited_to_morocco 2021-H1 = 10");
  });
});

describe("a span after the end of a month", () => {
  it("reads 'بعد متم يونيو' as the rest of the year, and 'عند نهاية يونيو' as the year up to it", () => {
    expect(published("فيما سلم المغرب 12 أجنبيا إلى بلدانهم، منهم سبعة بعد متم يونيو.", "2023")).toEqual(["foreigners_handed_over_by_morocco 2023 = 12", "foreigners_handed_over_by_morocco 2023-H2 = 7"]);
    expect(published("سلم المغرب 5 أجانب عند نهاية يونيو.", "2023")).toEqual(["foreigners_handed_over_by_morocco 2023-H1 = 5"]);
    expect(published("سلم المغرب 5 أجانب بعد نهاية شتنبر.", "2023")).toEqual(["foreigners_handed_over_by_morocco 2023-Q4 = 5"]);
  });
});
