// Readings the held-out sets of round 58 led to (held318–held321): an exact value restating a rounded one in
// parentheses (clauses.ts, counted-noun.ts), the next item of a bulleted list after a long line (clauses.ts), "أي"
// restating what was told since the last percentage (change-direction.ts), "الفرق" as a change or as the rest of a
// whole (remainder.ts restOfWhole), a part compared with its own earlier value, a coordinated compared count
// (count-continuation.ts), "بينما" as a comparison, "وهم" before a count, the national level after a count, a year in
// words after "في", an adverb between a verb of exceeding and its number, and an episode's number.
import { describe, expect, it } from "vitest";
import { loadCatalogue } from "../../pipeline/catalogue/load.ts";
import { mentionIn, publishedFigures } from "../helpers/extract.ts";

const catalogue = loadCatalogue();
const published = (text: string, reference: string, date: string | null = null) => publishedFigures(text, catalogue, reference, date);

describe("a figure restated, and the words after the restatement", () => {
  it("reads the words after an exact value in parentheses with the rounded figure before it", () => {
    const text = "وبلغ عدد مذكرات البحث المعممة على الصعيد الوطني 3105 مذكرات، في حين نشرت قرابة ألفي مذكرة (1987 بالتحديد) لتوقيف سريان الأبحاث الدولية.";
    expect(published(text, "2021")).toEqual(["national_search_notices 2021 = 3105", "international_search_cancellations 2021 = 1987"]);
  });

  it("takes the noun before the parenthesis as the exact value's own", () => {
    expect(published("عالجت المصالح حوالي 4500 ملف (4480 بالتحديد) خلال السنة.", "2019")).toEqual(["files_processed 2019 = 4480"]);
  });

  it("reads 'أي' as restating what its sentence told since the last percentage, not a change told before it", () => {
    const text = "فمن أصل 4677 ملفا، وهو رقم يزيد بنحو 18 في المائة عن مستوى 2020، استأثرت قضايا الاتجار في المخدرات بـ34 في المائة، وتوزعت النسبة المتبقية، أي 22 في المائة، على قضايا أخرى.";
    expect(published(text, "2021")).toEqual(["files_processed 2021 = 4677", "files_processed_pct_change 2021 vs 2020 = approx 18", "files_share_by_case_type 2021 drug_trafficking = 34", "files_share_by_case_type 2021 other = 22"]);
  });

  it("still reads 'أي' after a compared count as restating the change told before it", () => {
    const text = "وشمل التراجع الإنابات القضائية الدولية التي انخفض عددها إلى 43 إنابة، مقابل 46 في الربع السابق، أي بنسبة 7 في المائة.";
    expect(published(text, "2026-Q1")).toContain("letters_rogatory_pct_change 2026-Q1 vs 2025-Q4 = -7");
  });
});

describe("lists and differences", () => {
  it("ends a clause at the next bullet, however long the line above it", () => {
    const text = "🔹 المبحوث عنهم الموقوفون: 97، منهم 55 مغربيا خارج الوطن\n🔹 مذكرات توقيف سريان الأبحاث الدولية: 1840";
    expect(published(text, "2019")).toContain("international_search_cancellations 2019 = 1840");
  });

  it("reads 'الفرق' before a count as the amount of a change", () => {
    const text = "عدد الملفات: 4677 ملفا وطلب معلومات، بعد 3950 في 2020. الفرق يقارب 730 ملفا، أي بزيادة تتجاوز 18 في المائة بقليل.";
    expect(published(text, "2021")).toEqual(["files_processed 2021 = 4677", "files_processed 2020 = 3950", "files_processed_pct_change 2021 vs 2020 = gt 18"]);
    expect(mentionIn(text, "يقارب 730", catalogue, "2021").reason).toMatch(/amount of a change/u);
  });

  it("reads 'الفرق' before a count of a part of the year as what the whole leaves for that part", () => {
    const text = "عالج القطب 6312 ملفا خلال سنة 2023 كاملة، منها 3104 في النصف الأول. الفرق إذن 3208 ملفات في النصف الثاني.";
    expect(published(text, "2023-H2")).toContain("files_processed 2023-H2 = 3208");
  });
});

describe("counts compared with earlier ones", () => {
  it("compares a part named by its own words with its own earlier value", () => {
    const text = "وقال المسؤول: \"حوالي ربع الإنابات يتعلق بالاتجار في المخدرات وتبييض الأموال، أي 41 إنابة، بعدما كانت 35 إنابة في العام الماضي\".";
    expect(published(text, "2024")).toEqual(["letters_rogatory_drugs_money_laundering 2024 = 41", "letters_rogatory_drugs_money_laundering 2023 = 35"]);
  });

  it("reads a count coordinated after a compared count, with its noun and its own period, as the next value", () => {
    const text = "وأسفرت هذه الأوامر عن توقيف 57 شخصا مبحوثا عنهم على المستوى الدولي، بعدما كان العدد قد بلغ 48 شخصا في الفترة ذاتها من السنة الماضية، و104 أشخاص على امتداد سنة 2021 كاملة.";
    expect(published(text, "2022-H1")).toEqual(["wanted_persons_arrested 2022-H1 = 57", "wanted_persons_arrested 2021-H1 = 48", "wanted_persons_arrested 2021 = 104"]);
  });

  it("reads 'بينما' as a comparison with the count before", () => {
    const text = "عممنا على الصعيد الوطني 3 718 مذكرة بحث لفائدة دول أجنبية، بينما كانت في حدود 3 540 قبل سنة.";
    expect(published(text, "2024", "2025-01-02")).toEqual(["national_search_notices 2024 = 3718", "national_search_notices 2023 = approx 3540"]);
  });

  it("gives a relative clause after 'الذين' the period of the clause before it", () => {
    const text = "تم استقدام 10 أشخاص مطلوبين للعدالة المغربية، أي أكثر من نصف مجموع المستقدمين طوال سنة 2021، الذين بلغ عددهم 19 شخصا.";
    expect(published(text, "2022-H1")).toEqual(["persons_extradited_to_morocco 2022-H1 = 10", "persons_extradited_to_morocco 2021 = 19"]);
  });

  it("reads a year in words after 'في' as a year, and 'the number' after it as the figure before", () => {
    const text = "عالج القطب سبعة آلاف ومائتين وخمسة عشر ملفا خلال سنة ألفين وأربعة وعشرين، يعني أكثر مما عالجناه في ألفين وثلاثة وعشرين، حين كان الرقم ستة آلاف وثلاثمائة واثني عشر.";
    expect(published(text, "2024")).toEqual(["files_processed 2024 = 7215", "files_processed 2023 = 6312"]);
    expect(published("عالج القطب في ألفين وثلاثمائة ملف.", "2024")).toEqual(["files_processed 2024 = 2300"]);
  });
});

describe("what the words around a count say of it", () => {
  it("reads 'وهم' before a count with the clause before it", () => {
    const text = "لا بد من التوقف عند عدد المغاربة الذين أوقفوا خارج أرض الوطن، وهم 34 مواطنا من أصل 57.";
    expect(published(text, "2022-H1")).toContain("moroccan_citizens_arrested_abroad 2022-H1 = 34");
  });

  it("does not give a count the body a clause before it named when its own clause says the nation's level", () => {
    const text = "وأضاف أن نشر 112 أمرا دوليا بإلقاء القبض أسفر عن توقيف 140 مطلوبا على الصعيد الدولي، \"منهم 23 شخصا أوقفوا بناء على معطيات وفرتها مصالح ولاية أمن العيون وحدها\"، مقارنة مع 131 موقوفا على الصعيد الوطني في سنة 2023.";
    expect(published(text, "2024")).toContain("wanted_persons_arrested 2023 = 131");
  });

  it("reads a verb of exceeding across an adverb before its number", () => {
    const text = "فقد عالج قطب التعاون الأمني الدولي أزيد من 7 آلاف ملف، بعدما كان الرقم يتجاوز بالكاد 6 آلاف ملف سنة 2023.";
    expect(published(text, "2024")).toEqual(["files_processed 2024 = gt 7000", "files_processed 2023 = gt 6000"]);
  });

  it("ignores an episode's number", () => {
    expect(mentionIn("بودكاست \"ملفات أمنية\" - الحلقة 45", "45", catalogue, "2021").status).toBe("ignored");
  });
});
