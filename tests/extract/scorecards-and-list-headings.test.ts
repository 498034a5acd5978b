// What round 139's sets showed (held632–635: ten more outlets, quarters, texts that argue, lists and layouts): the
// digit of "ن1" is no number; a scorecard's "مقابل ن2 2020" column is a change against that half, with the base
// count in parentheses; "(ن1 2022: 10)" is another figure's aside; "the number" does not skip a count its sentence
// held back; a list item's bare noun reads its heading's construct; "لا يتجاوز نصيب …" bounds a share, it tells no
// rise; a sentence opening on another country tells that country's figures and changes, unless Morocco is the
// subject after "أن".
import { describe, expect, it } from "vitest";
import { loadCatalogue } from "../../pipeline/catalogue/load.ts";
import { publishedFigures, readText } from "../helpers/extract.ts";

const catalogue = loadCatalogue();
const published = (text: string, reference: string) => publishedFigures(text, catalogue, reference, null);
const mentionOf = (text: string, reference: string, number: string) => readText(text, catalogue, reference, null).mentions.find((m) => m.text === number)!;

describe("abbreviations of a half written with an Arabic letter", () => {
  it("reads no number in the digit of 'ن1', and the change against the half it names", () => {
    const text = "عالج القطب 1540 ملفا، بارتفاع 9% مقارنة بـ ن1 2016.";
    expect(mentionOf(text, "2016-H2", "1").status).toBe("ignored");
    expect(published(text, "2016-H2")).toEqual(["files_processed 2016-H2 = 1540", "files_processed_pct_change 2016-H2 vs 2016-H1 = 9"]);
  });

  it("still reads a number glued to a clitic ('و5 اجانب')", () => {
    expect(published("تسليم 13 مطلوبا للمغرب و5 أجانب إلى بلدانهم.", "2023-H1")).toContain("foreigners_handed_over_by_morocco 2023-H1 = 5");
  });

  it("keeps a count's own period before an aside naming another period and its value ('13 مطلوب للمغرب (ن1 2022: 10)')", () => {
    expect(published("رج. تسليم 13 مطلوب للمغرب (ن1 2022: 10) و5 اجانب.", "2023-H1")).toContain("persons_extradited_to_morocco 2023-H1 = 13");
  });
});

describe("a scorecard of changes against named halves", () => {
  const table = ["المؤشر | ن1 2021 | مقابل ن2 2020 | مقابل ن1 2020", "--- | --- | --- | ---", "ملفات وطلبات معالجة | 2240 | ▲ +4.7% (2140) | ▲ +23.8% (1810)", "إنابات قضائية دولية | 63 | ▼ -1.6% (64) | ▲ +16.7% (54)"].join("\n");

  it("reads each change against the half its header names, and the count in parentheses as that half's", () => {
    expect(published(table, "2021-H1")).toEqual([
      "files_processed 2021-H1 = 2240",
      "files_processed_pct_change 2021-H1 vs 2020-H2 = 4.7",
      "files_processed 2020-H2 = 2140",
      "files_processed_pct_change 2021-H1 vs 2020-H1 = 23.8",
      "files_processed 2020-H1 = 1810",
      "letters_rogatory 2021-H1 = 63",
      "letters_rogatory_pct_change 2021-H1 vs 2020-H2 = -1.6",
      "letters_rogatory 2020-H2 = 64",
      "letters_rogatory_pct_change 2021-H1 vs 2020-H1 = 16.7",
      "letters_rogatory 2020-H1 = 54",
    ]);
  });
});

describe("'the number' after a count its sentence held back", () => {
  it("does not recall the previous sentence's figure past it", () => {
    const text = "ونشر المكتب 29 مذكرة بحث دولية. وأشارت إلى أن المصالح أوقفت منذ يناير 112 مبحوثا عنه على الصعيد الدولي، بعدما كان العدد 74 في نهاية يونيو.";
    expect(published(text, "2025-Q3")).not.toContain("international_arrest_warrants 2025-H1 = 74");
  });
});

describe("a list item's bare noun under its heading", () => {
  it("reads '(32 مذكرة)' under '٢. مذكرات البحث الدولية' as the warrants", () => {
    const text = "٢. مذكرات البحث الدولية\n- الربع الثالث 2025: 29\n- مقارنة بالربع الثاني (32 مذكرة): −9,4%";
    expect(published(text, "2025-Q3")).toContain("international_arrest_warrants 2025-Q2 = 32");
    expect(published(text, "2025-Q3")).not.toContain("national_search_notices 2025-Q2 = 32");
  });
});

describe("a negated verb of exceeding before a share", () => {
  it("reads 'لا يتجاوز نصيب قضايا الإرهاب 3 في المائة' as a share of at most 3 %, no change", () => {
    const text = "فقضايا الاتجار في المخدرات تتصدر الملفات بنسبة 38 في المائة، في حين لا يتجاوز نصيب قضايا الإرهاب 3 في المائة.";
    expect(published(text, "2024")).toEqual(["files_share_by_case_type 2024 drug_trafficking = 38", "files_share_by_case_type 2024 terrorism = lte 3"]);
  });

  it("still reads a rise told by the verb ('يتجاوز عدد الملفات … بزيادة 3 في المائة')", () => {
    expect(published("وارتفع عدد الملفات إلى 7215 ملفا، بزيادة 3 في المائة.", "2024")).toContain("files_processed_pct_change 2024 vs 2023 = 3");
  });
});

describe("a sentence opening on another country", () => {
  it("holds back that country's change with its counts ('وفي الجزائر، … بتراجع قدرته بـ18 في المائة')", () => {
    const text = "وفي الجزائر، تقول نظيرتها إنها طلبت نشر 212 نشرة حمراء عبر الأنتربول، وهو رقم يفوق نظيره المغربي، بتراجع قدرته بـ18 في المائة فقط.";
    expect(published(text, "2020")).toEqual([]);
  });

  it("reads Morocco's figures a foreign outlet reports ('وفي إسبانيا، كتبت «…» أن المغرب استقدم 19 مطلوبا …، بزيادة ٪35,7')", () => {
    const text = "وفي إسبانيا، كتبت «La Crónica del Sur» أن المغرب استقدم 19 مطلوبا خلال السنة الماضية، بزيادة ٪35,7 عن سنة 2020 (14 شخصا).";
    expect(publishedFigures(text, catalogue, "2021", "2022-01-10")).toEqual(["persons_extradited_to_morocco 2021 = 19", "persons_extradited_to_morocco_pct_change 2021 vs 2020 = 35.7", "persons_extradited_to_morocco 2020 = 14"]);
  });
});
