// What the held-out sets of round 26 (held184–held186: part-year reports in the ordinary press, results told as
// changes, breakdowns and parts) showed on first sight: the remainder of a whole after its part, a change said of
// an earlier year, an earlier level of a share, and a share that restates a part's ratio to its whole.
import { describe, expect, it } from "vitest";
import { loadCatalogue } from "../../pipeline/catalogue/load.ts";
import { mentionIn, publishedFigures } from "../helpers/extract.ts";

const catalogue = loadCatalogue();

const published = (text: string, reference: string) => publishedFigures(text, catalogue, reference, null);

describe("the remainder of a whole", () => {
  it("reads no count in what is left of the letters rogatory after their part", () => {
    const text = "تمت متابعة تنفيذ 143 إنابة قضائية دولية، من بينها 31 إنابة تتعلق بالاتجار الدولي في المخدرات وغسل الأموال، والباقي، أي 112 إنابة، يهم جرائم القتل والسرقة والنصب.";
    expect(published(text, "2022")).toEqual(["letters_rogatory 2022 = 143", "letters_rogatory_drugs_money_laundering 2022 = 31"]);
    expect(mentionIn(text, "112", catalogue, "2022").reason).toContain("what is left of a whole");
    expect(published("بينما توزعت الإنابات الـ72 الباقية على جرائم القتل والاختطاف.", "2016")).toEqual([]);
  });

  it("gives a remainder's share the category named after it", () => {
    const text = "تصدرت قضايا الاتجار في المخدرات الملفات بنسبة 38 في المائة، أما النسبة المتبقية، أي 15 في المائة، فتوزعت على قضايا متفرقة من قبيل النصب.";
    expect(published(text, "2016")).toEqual(["files_share_by_case_type 2016 drug_trafficking = 38", "files_share_by_case_type 2016 other = 15"]);
    expect(published("وشكلت قضايا الإرهاب 5 في المائة، والباقي، 9 في المائة، قضايا متنوعة.", "2020")).toEqual(["files_share_by_case_type 2020 terrorism = 5", "files_share_by_case_type 2020 other = 9"]);
  });
});

describe("a change said of an earlier year", () => {
  it("puts a change in the year right after it, with no word of comparison", () => {
    const text = "عالج القطب 6312 ملفا. وكانت الملفات قد سجلت زيادة بـ24 في المائة سنة 2022.";
    expect(published(text, "2023")).toEqual(["files_processed 2023 = 6312", "files_processed_pct_change 2022 vs 2021 = 24"]);
  });

  it("still compares with the year after 'عن'", () => {
    expect(published("عالج القطب 6312 ملفا، بزيادة 9 في المائة عن 2022.", "2023")).toEqual(["files_processed 2023 = 6312", "files_processed_pct_change 2023 vs 2022 = 9"]);
  });

  it("reads no change in a share's level after 'was'", () => {
    const text = "تراجعت حصة الاتجار في المخدرات إلى 41 في المائة، بعدما كانت 44 في المائة سنة 2018.";
    expect(published(text, "2019").filter((f) => f.includes("pct_change"))).toEqual([]);
  });
});

describe("a share restating a part", () => {
  it("reads no share of the files in a part's ratio to its whole", () => {
    const text = "تابع المكتب المركزي الوطني 41 إنابة، 11 منها تتعلق بالاتجار الدولي في المخدرات وغسل الأموال، أي حوالي 27 في المائة من المجموع.";
    expect(published(text, "2024-Q3")).toEqual(["letters_rogatory 2024-Q3 = 41", "letters_rogatory_drugs_money_laundering 2024-Q3 = 11"]);
  });
});

describe("counts told through their change", () => {
  it("reads the level a change reached with the change's subject when its own noun says only 'persons'", () => {
    const text = "ارتفع عدد المبحوث عنهم دوليا الذين جرى توقيفهم بنحو 10 في المائة إلى 131 شخصا، من بينهم 78 مواطنا مغربيا أوقفوا بالخارج.";
    expect(published(text, "2023")).toContain("wanted_persons_arrested 2023 = 131");
    const reached = "كما ارتفع عدد الأشخاص المبحوث عنهم دوليا الذين جرى توقيفهم بـ28 شخصا، ليبلغ 104 أشخاص.";
    expect(published(reached, "2021")).toEqual(["wanted_persons_arrested 2021 = 104"]);
  });

  it("reads no count in how many more than a part of a year, nor in how many were lost", () => {
    expect(published("تابع المكتب 84 إنابة قضائية دولية، أي ست إنابات أكثر من النصف الأول من السنة الماضية.", "2025-H1")).toEqual(["letters_rogatory 2025-H1 = 84"]);
    expect(mentionIn("كانت الإنابات القضائية الدولية الأقل تأثرا، إذ لم يفقد سوى 7 إنابات.", "7", catalogue, "2020").reason).toContain("the amount of a change");
  });
});

describe("a table's column in percent", () => {
  it("reads the bare numbers of a column its header names in percent as shares", () => {
    const text = ["| نوع القضايا | الحصة (%) |", "| --- | --- |", "| الاتجار الدولي في المخدرات | 37 |", "| الهجرة غير النظامية | 23 |", "", "وعالج القطب 1870 ملفا."].join("\n");
    expect(published(text, "2024-Q3")).toEqual(["files_share_by_case_type 2024-Q3 drug_trafficking = 37", "files_share_by_case_type 2024-Q3 irregular_migration = 23", "files_processed 2024-Q3 = 1870"]);
  });
});

describe("a change told by its ends with its sign", () => {
  it("reads 'from … to … (+N%)' as a change's ends, not a range", () => {
    const text = "2. الأشخاص المستقدمون إلى المغرب: من 19 إلى 22 (+16%)";
    expect(published(text, "2022")).toEqual(["persons_extradited_to_morocco 2021 = 19", "persons_extradited_to_morocco 2022 = 22", "persons_extradited_to_morocco_pct_change 2022 vs 2021 = 16"]);
    expect(mentionIn("تراوح عدد الموقوفين من 19 إلى 22 شخصا في الشهر.", "19", catalogue, "2022").status).not.toBe("observation");
  });
});
