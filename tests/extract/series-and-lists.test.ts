// What the held-out sets held136–held141 (tables and series of years, scraped forms, other institutions' numbers,
// corrections, five outlets) showed: a series told by its ends and steps, a "then and now" list, the totals a
// sentence sums up, bases in parentheses after elided changes, a character reference between a number and its
// noun, a recollection the writer doubts, another body's change.
import { describe, expect, it } from "vitest";
import { loadCatalogue } from "../../pipeline/catalogue/load.ts";
import { mentionIn, publishedFigures, readText } from "../helpers/extract.ts";

const catalogue = loadCatalogue();

const published = (text: string, reference = "2024") => publishedFigures(text, catalogue, reference);

describe("a series told by its ends and steps", () => {
  it("gives the steps between two named years one year each when there are as many as the years between", () => {
    const text = "يتأرجح عدد الأوامر الدولية بإلقاء القبض التي نشرها المكتب: من 84 سنة 2019 إلى 63 ثم 98 و106، قبل أن ينزل إلى 87 سنة 2023.";
    expect(published(text)).toEqual([
      "international_arrest_warrants 2019 = 84",
      "international_arrest_warrants 2020 = 63",
      "international_arrest_warrants 2021 = 98",
      "international_arrest_warrants 2022 = 106",
      "international_arrest_warrants 2023 = 87",
    ]);
  });

  it("reads a change in steps ending on a level ('قبل أن يبلغ') the same way", () => {
    const text = "ارتفع عدد الإنابات القضائية الدولية من 96 إنابة سنة 2016 إلى 104 ثم 112، قبل أن يبلغ 125 إنابة سنة 2019.";
    expect(published(text, "2019")).toEqual(["letters_rogatory 2016 = 96", "letters_rogatory 2017 = 104", "letters_rogatory 2018 = 112", "letters_rogatory 2019 = 125"]);
  });

  it("goes on with a series in a clause that reaches a level, past the previous count's aside (held86, held150)", () => {
    const text = "بلغ عدد المبحوث عنهم دوليا الموقوفين 131 شخصا، بعدما نزل إلى 76 شخصا سنة 2020 تحت وطأة القيود الصحية، ثم صعد إلى 104 سنة 2021 و119 سنة 2022.";
    expect(published(text, "2023")).toEqual(["wanted_persons_arrested 2023 = 131", "wanted_persons_arrested 2020 = 76", "wanted_persons_arrested 2021 = 104", "wanted_persons_arrested 2022 = 119"]);
    const steps = "المبحوث عنهم دوليا الموقوفون: 80 شخصا سنة 2017، ثم 88 في 2018، قبل أن يبلغ 97 سنة 2019.";
    expect(published(steps, "2019")).toEqual(["wanted_persons_arrested 2017 = 80", "wanted_persons_arrested 2018 = 88", "wanted_persons_arrested 2019 = 97"]);
  });

  it("does not go on with a series over a clause that names another thing", () => {
    const text = "نزل عدد الموقوفين إلى 76 شخصا سنة 2020، وعالج المكتب ملفات كثيرة، ثم صعد إلى 104 سنة 2021.";
    expect(published(text, "2021")).toEqual(["wanted_persons_arrested 2020 = 76"]);
  });

  it("holds the steps back when their number does not match the years between", () => {
    const text = "ارتفع عدد الإنابات القضائية الدولية من 96 إنابة سنة 2016 إلى 104 ثم 112، قبل أن يبلغ 125 إنابة سنة 2020.";
    expect(published(text, "2020")).toEqual(["letters_rogatory 2016 = 96", "letters_rogatory 2020 = 125"]);
    expect(mentionIn(text, "104", catalogue, "2020")).toMatchObject({ status: "held_back", reason: expect.stringContaining("step") });
  });
});

describe("a then-and-now list", () => {
  const text = [
    "تضع القائمة التالية أرقام الربع الأول من 2025 في مقابل أرقام الربع نفسه من سنة 2020:",
    "",
    "• الملفات وطلبات المعلومات: 960 آنذاك، 1810 اليوم (+89 %)",
    "• الإنابات القضائية الدولية: 27 آنذاك، 41 اليوم (+52 %)",
  ].join("\n");

  it("gives 'now' the text's period and 'then' the earlier period the lines above name, and the change that base", () => {
    expect(published(text, "2025-Q1")).toEqual([
      "files_processed 2020-Q1 = 960",
      "files_processed 2025-Q1 = 1810",
      "files_processed_pct_change 2025-Q1 vs 2020-Q1 = 89",
      "letters_rogatory 2020-Q1 = 27",
      "letters_rogatory 2025-Q1 = 41",
      "letters_rogatory_pct_change 2025-Q1 vs 2020-Q1 = 52",
    ]);
  });

  it("holds 'then' back when the lines above name no earlier period", () => {
    const unnamed = "• الإنابات القضائية الدولية: 27 آنذاك، 41 اليوم";
    expect(mentionIn(unnamed, "27", catalogue, "2025-Q1")).toMatchObject({ status: "held_back", reason: expect.stringContaining("the period is unclear") });
    for (const figure of published(unnamed, "2025-Q1")) expect(figure).toBe("letters_rogatory 2025-Q1 = 41");
  });
});

describe("periods shared within a sentence", () => {
  it("gives the totals a sentence sums up the period its first count names", () => {
    const text = "وبذلك يكون عدد الإنابات القضائية الدولية خلال سنة 2017 قد بلغ 104 إنابات، فيما بلغ عدد الأوامر الدولية بإلقاء القبض المنشورة 71 أمرا.";
    expect(published(text, "2017-Q4")).toEqual(["letters_rogatory 2017 = 104", "international_arrest_warrants 2017 = 71"]);
  });

  it("gives the second of two 'that' clauses of one verb the period of the first", () => {
    const text = "فوجدت أن الرقم الرسمي لسنة 2016 كان 2950 ملفا، وأن الإنابات القضائية الدولية بلغت 96 إنابة.";
    expect(published(text, "2019")).toEqual(["files_processed 2016 = 2950", "letters_rogatory 2016 = 96"]);
  });

  it("gives bases in parentheses after elided changes the period of the sentence's first base", () => {
    const text = "ارتفع عدد الملفات المعالجة بنسبة 10 في المائة (1650 ملفا في الربع الأول من 2024)، والإنابات القضائية الدولية بـ11 في المائة (37 إنابة).";
    expect(published(text, "2025-Q1")).toEqual([
      "files_processed_pct_change 2025-Q1 vs 2024-Q1 = 10",
      "files_processed 2024-Q1 = 1650",
      "letters_rogatory_pct_change 2025-Q1 vs 2024-Q1 = 11",
      "letters_rogatory 2024-Q1 = 37",
    ]);
  });

  it("reads a count in a relative clause of a compared part of the year as that part's base", () => {
    const text = "عالج القطب خلال الربع الثالث 1890 ملفا. وبالمقارنة مع الربع الثاني من السنة الجارية، الذي عالج خلاله القطب 1760 ملفا، يناهز الارتفاع 7 في المائة.";
    expect(published(text, "2024-Q3")).toEqual(["files_processed 2024-Q3 = 1890", "files_processed 2024-Q2 = 1760", "files_processed_pct_change 2024-Q3 vs 2024-Q2 = approx 7"]);
  });
});

describe("what is not the text's own figure", () => {
  it("holds back figures recalled with a doubt ('إن لم تخني الذاكرة')", () => {
    const text = "كنت قد نقلت، إن لم تخني الذاكرة، أن الإنابات القضائية الدولية لم تتجاوز سنة 2016 ما مجموعه 80 إنابة.";
    expect(published(text, "2019")).toEqual([]);
    expect(mentionIn(text, "80", catalogue, "2019")).toMatchObject({ status: "held_back", reason: expect.stringContaining("doubt") });
  });

  it("holds back another body's change as its counts are", () => {
    const text = "أما الشرطة الوطنية الإسبانية فأعلنت أنها نشرت خلال الفترة نفسها أوامر دولية، بزيادة 11 في المائة مقارنة بالنصف الأول من 2024.";
    expect(published(text, "2025-H1")).toEqual([]);
    expect(mentionIn(text, "11 في المائة", catalogue, "2025-H1")).toMatchObject({ status: "held_back", reason: expect.stringContaining("another body") });
  });

  it("reads a count whose noun follows a character reference a page left ('131&nbsp;إنابة')", () => {
    expect(published("تابع المكتب تنفيذ 131&nbsp;إنابة قضائية دولية سنة 2021.", "2021")).toEqual(["letters_rogatory 2021 = 131"]);
    expect(published("تابع المكتب تنفيذ 131&amp;nbsp;إنابة قضائية دولية سنة 2021.", "2021")).toEqual(["letters_rogatory 2021 = 131"]);
  });
});

describe("corrections", () => {
  it("withdraws a denied value ('وليس 8 في المائة') wherever the text prints it for the corrected figure's indicator", () => {
    const text = "وتراجع عدد الأوامر الدولية بإلقاء القبض بنسبة 8 في المائة مقارنة مع السنة الماضية.\n\nتصحيح: نسبة تراجع الأوامر الدولية بإلقاء القبض هي 18 في المائة وليس 8 في المائة.";
    expect(published(text, "2023")).toEqual(["international_arrest_warrants_pct_change 2023 vs 2022 = -18"]);
    expect(readText(text, catalogue, "2023").mentions.filter((m) => m.text === "8 في المائة").map((m) => m.status)).toEqual(["ignored", "ignored"]);
  });

  it("reads the figures after a correction's word as stated, on a line that reports an earlier post", () => {
    const text = "تصحيح: في تدوينة سابقة كتبنا أن المكتب عمم 126 أمرا دوليا بإلقاء القبض، والرقم الصحيح هو 112 أمرا.";
    expect(published(text, "2024")).toEqual(["international_arrest_warrants 2024 = 112"]);
  });
});

describe("periods and categories said another way", () => {
  it("reads '3 أشهر' in a quarter's report as the quarter itself", () => {
    expect(published("الأمن الوطني: 1890 ملفا للتعاون الدولي في 3 أشهر", "2024-Q3")).toEqual(["files_processed 2024-Q3 = 1890"]);
  });

  it("gives a caption's span of years the part of each year it names ('في النصف الثاني من كل سنة')", () => {
    const text = "الملفات المعالجة في النصف الثاني من كل سنة، 2019-2021 (2330، 2160، 2437)";
    expect(published(text, "2022-H2")).toEqual(["files_processed 2019-H2 = 2330", "files_processed 2020-H2 = 2160", "files_processed 2021-H2 = 2437"]);
  });

  it("gives a share the category of the topic its sentence opens on, or of the subject of its clause", () => {
    expect(published("بخصوص طبيعة الملفات، أما قضايا الإرهاب، فلا تمثل سوى 5% من الملفات.", "2019-H2")).toEqual(["files_share_by_case_type 2019-H2 terrorism = 5"]);
    expect(published("وفي لائحة الشركاء، جاءت إسبانيا، كالعادة، في المقدمة بـ24 في المائة من المبادلات.", "2024-Q3")).toEqual(["exchanges_share_by_partner 2024-Q3 ES = 24"]);
  });

  it("reads a change told of 'this number' as the previous sentence's figure", () => {
    const text = "عالج القطب خلال سنة 2019 ما مجموعه 4480 ملفا. ويظهر أن هذا العدد في ارتفاع مستمر: فقد انتقل من 2950 سنة 2016 إلى 3380 ثم 4060، ليصل إلى 4480 سنة 2019.";
    // The series' last value restates the first sentence's: one observation.
    expect(published(text, "2019")).toEqual(["files_processed 2019 = 4480", "files_processed 2016 = 2950", "files_processed 2017 = 3380", "files_processed 2018 = 4060"]);
  });
});

describe("periods relative to another figure", () => {
  it("reads a compared count's 'the year before it' as the year before the count it is compared with", () => {
    const text = "السنة الوحيدة التي شذت عن القاعدة هي 2020: 3950 ملفا مقابل 4480 في السنة التي قبلها.";
    expect(published(text, "2024")).toEqual(["files_processed 2020 = 3950", "files_processed 2019 = 4480"]);
  });

  it("holds back an average per year ('بمعدل 139 إنابة تقريبا في السنة')", () => {
    const text = "تابع المكتب 832 إنابة قضائية دولية في ست سنوات، أي بمعدل 139 إنابة تقريبا في السنة.";
    expect(mentionIn(text, "139", catalogue, "2024")).toMatchObject({ status: "held_back", reason: expect.stringContaining("average") });
  });

  it("gives 'the same period' the unclear period of the count before it", () => {
    const text = "عالج القطب 2910 ملفات وطلب معلومات خلال الأشهر التسعة الأولى من السنة، وأن المكتب عمم خلال الفترة نفسها 1780 مذكرة بحث وطنية.";
    expect(published(text, "2020")).toEqual([]);
    expect(mentionIn(text, "1780", catalogue, "2020")).toMatchObject({ status: "held_back", reason: expect.stringContaining("the period is unclear") });
  });
});

describe("a change year on year", () => {
  it("reads 'على أساس سنوي' after a change as year on year, and gives the change the period a year after its base", () => {
    const text = "عالج القطب ما بين فاتح يوليوز و30 شتنبر 2024 ما مجموعه 1880 ملفا. وكانت حصيلة الربع الأول 1650 ملفا، مقابل 1556 ملفا في الربع الثالث من 2023، أي أن العدد ارتفع بنحو 21 في المائة على أساس سنوي.";
    expect(published(text, "2024-Q3")).toEqual(["files_processed 2024-Q3 = 1880", "files_processed 2024-Q1 = 1650", "files_processed 2023-Q3 = 1556", "files_processed_pct_change 2024-Q3 vs 2023-Q3 = approx 21"]);
  });
});

