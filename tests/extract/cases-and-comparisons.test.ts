// What the held-out sets of round 33 (held211–held215: the yearly figures inside news about one case, beside other
// bodies' figures, beside false and claimed figures, in the communiqué's long sentences, and for the newest
// quarters) showed on first sight: a quarter's report compared with the quarter before, a forecast of the year in a
// report on nine months, a rate "its rate exceeded", "they were" after a part and its whole, a local unit said again.
import { describe, expect, it } from "vitest";
import { loadCatalogue } from "../../pipeline/catalogue/load.ts";
import { publishedFigures, readText } from "../helpers/extract.ts";

const catalogue = loadCatalogue();

const published = (text: string, reference: string, date: string | null = null) => publishedFigures(text, catalogue, reference, date);
/** The mention written `number`, or holding it with its qualifier ("تتخطى 8 آلاف"). */
const statusOf = (text: string, reference: string, number: string, date: string | null = null) => {
  const mentions = readText(text, catalogue, reference, date).mentions;
  return mentions.find((m) => m.text === number) ?? mentions.find((m) => m.text.includes(number))!;
};

describe("a part-year report compared with another part", () => {
  const bullets = [
    "• الإنابات القضائية الدولية: 47، مقابل 42 في الفصل الأول",
    "• الرعايا الأجانب المسلمون إلى بلدانهم: 5 (مقابل 4)",
  ].join("\n");

  it("holds back a count compared without a period when every comparison before it was with the quarter before", () => {
    expect(published(bullets, "2026-Q2")).toEqual(["letters_rogatory 2026-Q2 = 47", "letters_rogatory 2026-Q1 = 42", "foreigners_handed_over_by_morocco 2026-Q2 = 5"]);
    expect(statusOf(bullets, "2026-Q2", "4").reason).toMatch(/every comparison of the text before it was with another part/);
  });

  it("still reads it as the same part a year before once the text has compared with that", () => {
    const text = ["• الإنابات القضائية الدولية: 47، مقابل 40 في الفصل الثاني من 2025", bullets].join("\n");
    expect(published(text, "2026-Q2")).toContain("foreigners_handed_over_by_morocco 2025-Q2 = 4");
  });

  it("leaves a yearly report's comparisons as they were", () => {
    const text = "• الإنابات القضائية الدولية: 153، مقابل 131 سنة 2021\n• الرعايا الأجانب المسلمون إلى بلدانهم: 12 (مقابل 15)";
    expect(published(text, "2023")).toContain("foreigners_handed_over_by_morocco 2022 = 15");
  });
});

describe("a figure of a period not over when the text was published", () => {
  it("holds back the year's total a nine-month report expects", () => {
    const text = "وإذا حافظت المصالح على الوتيرة نفسها، فإن الحصيلة السنوية قد تتخطى 8 آلاف ملف لأول مرة.";
    expect(published(text, "2026-Q3", "2026-10-15")).toEqual([]);
    expect(statusOf(text, "2026-Q3", "8 آلاف", "2026-10-15").reason).toMatch(/was not over when the text was published/);
  });

  it("publishes the year's total once the year is over", () => {
    expect(published("وبلغت الحصيلة السنوية 7640 ملفا.", "2025-H2", "2026-01-20")).toEqual(["files_processed 2025 = 7640"]);
  });
});

describe("a verb of exceeding across 'its rate'", () => {
  it("reads 'تجاوزت نسبته' (its rate exceeded) as more than, as 'تجاوزت نسبتها'", () => {
    const text = "عالجت المصالح 3420 ملفا، بارتفاع ملحوظ تجاوزت نسبته 10 في المائة.";
    expect(published(text, "2024-H1")).toEqual(["files_processed 2024-H1 = 3420", "files_processed_pct_change 2024-H1 vs 2023-H1 = gt 10"]);
  });
});

describe("'they were' after a part and its whole", () => {
  it("holds back the earlier count when the whole has no base yet: the whole's or the part's?", () => {
    const text = "وانخفض عدد المبحوث عنهم الموقوفين إلى 76 شخصا، بينهم 41 مغربيا أوقفوا خارج المملكة، بعدما كانوا 97 في السنة التي قبلها.";
    expect(published(text, "2020")).toEqual(["wanted_persons_arrested 2020 = 76", "moroccan_citizens_arrested_abroad 2020 = 41"]);
    expect(statusOf(text, "2020", "97").status).toBe("held_back");
  });

  it("reads it as the part's when the whole was compared already", () => {
    const text = "وتم توقيف 74 شخصا مبحوثا عنهم، مقابل 69 خلال نفس الفترة من السنة الماضية، من بينهم 45 مواطنا مغربيا أوقفوا خارج المغرب، بعدما كانوا 42.";
    expect(published(text, "2025-H1")).toContain("moroccan_citizens_arrested_abroad 2024-H1 = 42");
  });
});

describe("a local unit said again", () => {
  it("holds back a count of a unit 'attached to the prefecture' the text named", () => {
    const text = "أما على مستوى ولاية أمن طنجة، فقد أوقفت مصالحها 23 شخصا.\n\nوفي ملف السيارات المسروقة، حجزت فرقة مكافحة سرقة السيارات التابعة للولاية 46 سيارة مسروقة.";
    expect(published(text, "2025-H1")).toEqual([]);
    expect(statusOf(text, "2025-H1", "46").reason).toMatch(/another body or of a local unit/);
  });

  it("does not take the United States ('الولايات') for the prefecture", () => {
    const text = "أما ولاية أمن طنجة فلم تسجل شيئا.\n\nوأوقفت المصالح 3 أجانب مطلوبين لفائدة الولايات المتحدة الأمريكية.";
    expect(published(text, "2022")).toEqual(["foreigners_arrested_for_us 2022 = 3"]);
  });

  it("holds back Europol's counts as another body's", () => {
    expect(published("وعالج مكتب يوروبول 95 ملفا مع المغرب.", "2023")).toEqual([]);
  });
});

describe("a count of one case in a story about it", () => {
  it("holds back warrants issued 'against' the suspects of the case", () => {
    const text = "وأسفرت العملية عن توقيف 17 مشتبها فيهم، فيما صدرت مذكرتا بحث دوليتان في حق مشتبه فيهما يوجدان في حالة فرار.";
    expect(published(text, "2025")).toEqual([]);
    expect(statusOf(text, "2025", "مذكرتا").reason).toMatch(/a count of one case/);
  });

  it("keeps the year's warrants issued against wanted persons", () => {
    expect(published("وأصدر المكتب 87 أمرا دوليا بإلقاء القبض في حق أشخاص مبحوث عنهم.", "2023")).toEqual(["international_arrest_warrants 2023 = 87"]);
  });
});
