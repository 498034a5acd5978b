// What the held-out sets held58–held60 (looking back, series, five outlets) showed on first sight: periods told
// by reference ("النصف الأول منها", "سنة قبل ذلك", "السنة كلها", a phrase set off by commas), a change's base
// given in parentheses, and the layouts of series (values joined by "ثم" under a line naming their periods,
// "year: value" cells between bars), page and figure numbers.
import { describe, expect, it } from "vitest";
import { loadCatalogue } from "../../pipeline/catalogue/load.ts";
import { mentionIn, publishedFigures } from "../helpers/extract.ts";

const catalogue = loadCatalogue();

const published = (text: string, reference = "2022", publishedOn: string | null = null) => publishedFigures(text, catalogue, reference, publishedOn);

describe("periods told by reference", () => {
  it("reads 'النصف الأول منها' as a half of the last year named, even after a span the sentence names first", () => {
    const text = "تابع المكتب خلال النصف الأول من سنة 2026 تنفيذ 88 إنابة قضائية دولية، وهو أعلى رقم منذ 2019، بعد 86 إنابة في النصف الثاني من 2025 و84 في النصف الأول منها.";
    expect(published(text, "2026-H1")).toEqual(["letters_rogatory 2026-H1 = 88", "letters_rogatory 2025-H2 = 86", "letters_rogatory 2025-H1 = 84"]);
  });

  it("reads 'سنة قبل ذلك' in a comparison as the year before", () => {
    const text = "واستقبلت المملكة 16 شخصا سلمتهم دول أجنبية، مقابل 13 شخصا سنة قبل ذلك.";
    expect(published(text, "2018")).toEqual(["persons_extradited_to_morocco 2018 = 16", "persons_extradited_to_morocco 2017 = 13"]);
  });

  it("reads 'في السنة كلها' in a half-year report as the whole year", () => {
    const text = "أما الإنابات القضائية الدولية فبلغت 96 في السنة كلها، منها 51 في النصف الثاني.";
    expect(published(text, "2016-H2")).toEqual(["letters_rogatory 2016 = 96", "letters_rogatory 2016-H2 = 51"]);
  });

  it("takes a period phrase set off by commas before the first figure as the sentence's", () => {
    const text = "وكانت المديرية قد أعلنت، خلال السنة الماضية، عن توقيف 89 مبحوثا عنهم دوليا، ما يعني ارتفاعا في عدد الموقوفين بنحو 9 في المائة هذه السنة.";
    expect(published(text, "2019", "2019-12-27")).toEqual(["wanted_persons_arrested 2018 = 89", "wanted_persons_arrested_pct_change 2019 vs 2018 = approx 9"]);
  });

  it("does not take a set-off phrase that dates something else", () => {
    const text = "وأوضح المصدر، في بلاغ صدر سنة 2023، أن القطب عالج 5800 ملف.";
    expect(published(text, "2022")).toEqual(["files_processed 2022 = 5800"]);
  });
});

describe("a count in parentheses after a percentage", () => {
  it("is the base of a change the percentage tells, of the change's base period", () => {
    const text = "وعلى مستوى مذكرات البحث، بلغ عدد المذكرات الوطنية المعممة بطلب من مصالح أجنبية 1 702 مذكرة، بارتفاع 7 % على أساس سنوي (1 590 مذكرة).";
    expect(published(text, "2023-H1")).toEqual(["national_search_notices 2023-H1 = 1702", "national_search_notices_pct_change 2023-H1 vs 2022-H1 = 7", "national_search_notices 2022-H1 = 1590"]);
    expect(published("عالج القطب 7640 ملفا، بارتفاع يناهز 6 في المائة (7215 ملفا).", "2025")).toContain("files_processed 2024 = 7215");
  });

  it("is a share's own count, not the whole's, when no change word governs the percentage", () => {
    const text = "عالج القطب 6380 ملفا، يمثل المخدرات منها 36 في المائة (2297 ملفا).";
    expect(published(text, "2023")).toEqual(["files_processed 2023 = 6380", "files_share_by_case_type 2023 drug_trafficking = 36"]);
    expect(mentionIn(text, "2297", catalogue, "2023")).toMatchObject({ status: "unaccounted" });
  });
});

describe("series laid out in lines", () => {
  it("gives values joined by 'ثم' the periods a line of their block names in order", () => {
    const text = "الإنابات القضائية الدولية: 64 في النصف الأول، ثم 70 في النصف الثاني.\nالأوامر الدولية بإلقاء القبض: 48 ثم 53.\nالموقوفون المبحوث عنهم دوليا: 51 ثم 57، منهم 29 و34 مغربيا أوقفوا في الخارج على التوالي.";
    expect(published(text, "2021-H2")).toEqual([
      "letters_rogatory 2021-H1 = 64",
      "letters_rogatory 2021-H2 = 70",
      "international_arrest_warrants 2021-H1 = 48",
      "international_arrest_warrants 2021-H2 = 53",
      "wanted_persons_arrested 2021-H1 = 51",
      "wanted_persons_arrested 2021-H2 = 57",
    ]);
  });

  it("holds back the earlier values joined by 'ثم' when no line names their periods", () => {
    const text = "الأوامر الدولية بإلقاء القبض: 48 ثم 53.";
    expect(published(text, "2021-H2").filter((f) => f.endsWith("= 48"))).toEqual([]);
    expect(mentionIn(text, "48", catalogue, "2021-H2")).toMatchObject({ status: "held_back" });
  });

  it("holds back the earlier values of a run inside a line, commas before 'ثم', the last of the text's own period", () => {
    const text = "السطر الرابع يرصد الأشخاص المبحوث عنهم دوليا الذين تم توقيفهم: 66، ثم 68، ثم 74 شخصا هذه السنة. وفي السطر السادس، الأجانب الذين سلمهم المغرب إلى البلدان الطالبة: خمسة، ثم ستة، ثم ثمانية.";
    expect(published(text, "2025-H1").filter((f) => f.endsWith("= 66") || f.endsWith("= 5"))).toEqual([]);
    expect(mentionIn(text, "66", catalogue, "2025-H1")).toMatchObject({ status: "held_back" });
    expect(mentionIn(text, "خمسة", catalogue, "2025-H1")).toMatchObject({ status: "held_back" });
  });

  it("reads 'year: value' cells between bars under a title", () => {
    const text = "الأوامر الدولية بإلقاء القبض\n2020: 92 | 2021: 101 | 2022: 106\n";
    expect(published(text, "2022")).toEqual(["international_arrest_warrants 2020 = 92", "international_arrest_warrants 2021 = 101", "international_arrest_warrants 2022 = 106"]);
  });

  it("ignores a reference in square brackets after a name and a colon ('[المائدة: 2]')", () => {
    const text = "عالج القطب 2510 ملفات في النصف الثاني، كما أمر الحق سبحانه بقوله: {وتعاونوا على البر والتقوى} [المائدة: 2].";
    expect(published(text, "2021-H2")).toEqual(["files_processed 2021-H2 = 2510"]);
    expect(mentionIn(text, "2", catalogue, "2021-H2")).toMatchObject({ status: "ignored" });
  });

  it("ignores the number of a page or a figure", () => {
    const text = "عالج القطب 2510 ملفات في النصف الثاني.\n\nتتمة الملف ص 6\n\nالشكل 1: الإنابات القضائية الدولية المتابعة.";
    expect(published(text, "2021-H2")).toEqual(["files_processed 2021-H2 = 2510"]);
    expect(mentionIn(text, "6", catalogue, "2021-H2")).toMatchObject({ status: "ignored" });
  });
});

describe("a change told by its ends, and 'على التوالي' with the same period", () => {
  it("gives the ends the two periods named after 'بين', 'نظيره' being the same part", () => {
    expect(published("وانتقل عدد الإنابات القضائية من 79 إلى 88 بين 2014 و2016.", "2016")).toEqual(["letters_rogatory 2014 = 79", "letters_rogatory 2016 = 88"]);
    const text = "ارتفعت الإنابات القضائية الدولية من 55 إلى 61 إنابة بين النصف الأول من 2018 ونظيره من 2019.";
    expect(published(text, "2019-H1")).toEqual(["letters_rogatory 2018-H1 = 55", "letters_rogatory 2019-H1 = 61"]);
  });

  it("reads 'في ثلاث سنوات' after the later end as how long the change took, not its period", () => {
    const text = "ارتفع حجم العمل من 2700 إلى 3720 ملفا في ثلاث سنوات، أي بزيادة تناهز 38 في المائة مقارنة بسنة 2015.";
    expect(published(text, "2018")).toEqual(["files_processed 2015 = 2700", "files_processed 2018 = 3720", "files_processed_pct_change 2018 vs 2015 = approx 38"]);
  });

  it("pairs values with years after 'الفترة نفسها من' in a half-year report as the same half of each", () => {
    const text = "عالج القطب 1610 ملفات خلال النصف الأول من سنة 2017، مقابل 1450 و1320 ملفا في الفترة نفسها من 2016 و2015 على التوالي.";
    expect(published(text, "2017-H1")).toEqual(["files_processed 2017-H1 = 1610", "files_processed 2016-H1 = 1450", "files_processed 2015-H1 = 1320"]);
  });
});

describe("persons handed over to a foreign country", () => {
  it("are no persons handed over to Morocco", () => {
    expect(published("وسلم المغرب 12 شخصا إلى إسبانيا.", "2024")).toEqual([]);
    const text = "في مدريد، تتحدث الأرقام الرسمية عن تسليم 210 أشخاص إلى إسبانيا، مقابل 31 شخصا سلموا إلى المغرب.";
    expect(published(text, "2024")).toEqual(["persons_extradited_to_morocco 2024 = 31"]);
    expect(published("وتسلم المغرب 16 شخصا من إسبانيا وفرنسا.", "2024")).toEqual(["persons_extradited_to_morocco 2024 = 16"]);
  });
});

describe("a chart's caption over a span of years", () => {
  it("gives the values in parentheses after the span their years in order", () => {
    const text = "الشكل 1: الإنابات القضائية الدولية المتابعة، 2021-2023 (134، 143، 151). المصدر: حصائل المديرية.";
    expect(published(text, "2023")).toEqual(["letters_rogatory 2021 = 134", "letters_rogatory 2022 = 143", "letters_rogatory 2023 = 151"]);
  });

  it("gives the values of the line under it their years in order, no list item however the line opens", () => {
    const text = "[رسم بياني: عدد المبحوثين عنهم دوليا الذين أوقفوا، 2016-2018. المصدر: المديرية]\n86 – 93 – 101\n";
    expect(published(text, "2018")).toEqual(["wanted_persons_arrested 2016 = 86", "wanted_persons_arrested 2017 = 93", "wanted_persons_arrested 2018 = 101"]);
  });

  it("holds the values back in a report on a part of a year, and when they are not as many as the years", () => {
    const text = "الإنابات القضائية الدولية المتابعة، 2021-2023 (134، 143، 151).";
    expect(published(text, "2023-H1")).toEqual([]);
    expect(mentionIn(text, "134", catalogue, "2023-H1")).toMatchObject({ status: "held_back" });
    expect(published("الإنابات القضائية الدولية المتابعة، 2020-2023 (134، 143، 151).", "2023").filter((f) => f.includes("2020") || f.includes("2021"))).toEqual([]);
  });
});

describe("changes told with few words", () => {
  it("reads a change coordinated without its verb ('، والأوامر … بـ11%') as the previous change's direction", () => {
    const text = "ارتفعت الإنابات القضائية الدولية بحوالي 8% أيضا، والأوامر الدولية بإلقاء القبض بـ11%.";
    expect(published(text, "2025-H1")).toEqual(["letters_rogatory_pct_change 2025-H1 vs 2024-H1 = approx 8", "international_arrest_warrants_pct_change 2025-H1 vs 2024-H1 = 11"]);
  });

  it("reads a clause of a rate alone ('، بنسبة 17 في المائة') with the change word of the clause before", () => {
    const text = "وسجلت الأوامر الدولية بإلقاء القبض أقوى ارتفاع، بنسبة 17 في المائة.";
    expect(published(text, "2024-H1")).toEqual(["international_arrest_warrants_pct_change 2024-H1 vs 2023-H1 = 17"]);
  });

  it("reads 'مقارنة بالأشهر الستة السابقة' as the half before", () => {
    const text = "ارتفع عدد الملفات بما يناهز 12 في المائة على أساس سنوي، وبحوالي 4 في المائة مقارنة بالأشهر الستة السابقة.";
    expect(published(text, "2016-H1")).toEqual(["files_processed_pct_change 2016-H1 vs 2015-H1 = approx 12", "files_processed_pct_change 2016-H1 vs 2015-H2 = approx 4"]);
  });

  it("keeps a category's share in parentheses a share", () => {
    const text = "وعلى مستوى الشركاء، استأثرت إسبانيا بـ27 في المائة من المبادلات، بارتفاع نقطتين مئويتين عن سنة 2023، تليها فرنسا (22 في المائة).";
    expect(published(text, "2024")).toContain("exchanges_share_by_partner 2024 FR = 22");
  });

  it("reads persons arrested 'موضوع بحث دولي' as wanted persons", () => {
    expect(published("وتم إيقاف 104 أشخاص موضوع بحث دولي.", "2021")).toEqual(["wanted_persons_arrested 2021 = 104"]);
  });
});

describe("held61–held63 on first sight", () => {
  it("does not take the verb that bounds a count for a comparison that makes 'the previous year' relative", () => {
    const text = "تجاوز عدد الملفات التي عالجتها مصالح التعاون الدولي 3200 ملف خلال النصف الثاني من العام الماضي، بزيادة تفوق 5 في المائة عن الفترة ذاتها من 2022.";
    expect(published(text, "2023-H2", "2024-01-10")).toEqual(["files_processed 2023-H2 = gt 3200", "files_processed_pct_change 2023-H2 vs 2022-H2 = gt 5"]);
  });

  it("reads 'لم يكن عددها يتعدى 96' as at most 96", () => {
    expect(published("وفي 2016 لم يكن عدد الإنابات القضائية الدولية يتعدى 96 إنابة.", "2023")).toEqual(["letters_rogatory 2016 = lte 96"]);
  });

  it("reads a weekly's masthead with dashes as page cruft", () => {
    const text = "أسبوعية الملف المغربي - العدد 412 - من 30 دجنبر 2022 إلى 5 يناير 2023\nملف الأسبوع\n\nعالج القطب 5800 ملف.";
    expect(published(text, "2022")).toEqual(["files_processed 2022 = 5800"]);
  });

  it("reads four digits before 'في النصف الثاني من 2018' as a count, not a year", () => {
    const text = "عالج القطب خلال النصف الثاني من 2019 ما مجموعه 2350 ملفا، مقابل 2130 في النصف الأول من السنة نفسها، و2100 في النصف الثاني من 2018.";
    expect(published(text, "2019-H2")).toContain("files_processed 2018-H2 = 2100");
  });

  it("reads 'هذه الزيادة' as the change of the previous sentences' subject, not of their last count", () => {
    const text = "عالج القطب خلال النصف الثاني من 2019 ما مجموعه 2350 ملفا، مقابل 2130 في النصف الأول من السنة نفسها، و2100 في النصف الثاني من 2018. وتمثل هذه الزيادة 12 في المائة على أساس سنوي.";
    expect(published(text, "2019-H2")).toContain("files_processed_pct_change 2019-H2 vs 2018-H2 = 12");
  });

  it("reads 'ثالث ارتفاع على التوالي' as in a row, and holds back a bare count after a part in a clause of 'it'", () => {
    const text = "الموقوفون: 149 مبحوثا عنهم دوليا، منهم 88 مغربيا خارج الوطن، وهو ثالث ارتفاع على التوالي بعد 131 في 2023 و140 في 2024.";
    expect(published(text, "2025")).toEqual(["wanted_persons_arrested 2025 = 149", "moroccan_citizens_arrested_abroad 2025 = 88"]);
    expect(mentionIn(text, "131", catalogue, "2025")).toMatchObject({ status: "held_back" });
  });

  it("reads four digits after a part of a year and 'من' as a year whatever noun follows", () => {
    const text = "وفي ما يخص التسليم، تم خلال النصف الثاني من 2023 تسليم 22 شخصا مطلوبا إلى المغرب.";
    expect(published(text, "2023-H2")).toEqual(["persons_extradited_to_morocco 2023-H2 = 22"]);
  });

  it("ignores a value the text denies ('وليس 41 كما ورد')", () => {
    const text = "عدد الإنابات القضائية الدولية خلال الربع الأول من السنة الجارية هو 38 إنابة، وليس 41 كما ورد في الخبر العاجل.";
    expect(published(text, "2024-Q1")).toEqual(["letters_rogatory 2024-Q1 = 38"]);
    expect(mentionIn(text, "41", catalogue, "2024-Q1")).toMatchObject({ status: "ignored" });
  });

  it("holds back a count per head ('19 ملفا لكل موظف') as a rate", () => {
    const text = "ويشتغل في القطب 46 إطارا، أي بمعدل 19 ملفا تقريبا لكل موظف خلال الفصل.";
    expect(published(text, "2017-Q2")).toEqual([]);
    expect(mentionIn(text, "19", catalogue, "2017-Q2")).toMatchObject({ status: "held_back" });
  });
});

describe("held64–held66 on first sight", () => {
  it("gives a change after 'وإذا قارنا النصف الثاني بنظيره من 2021، حين …' the text's half, and a year's change a year as base", () => {
    const text = "وإذا قارنا النصف الثاني بنظيره من 2021، حين لم يتجاوز العدد 2390 ملفا، فإن الزيادة تقارب 27 في المائة، وهي نسبة تفوق بكثير الـ24 في المائة المسجلة على مستوى السنة كاملة.";
    expect(published(text, "2022-H2", "2023-01-14")).toEqual([
      "files_processed 2021-H2 = lte 2390",
      "files_processed_pct_change 2022-H2 vs 2021-H2 = approx 27",
      "files_processed_pct_change 2022 vs 2021 = 24",
    ]);
  });

  it("holds back the count of one office a former official remembers", () => {
    const text = "وأذكر أننا سنة 2005 كنا نتوصل، في مكتب تحقيق واحد، بما لا يزيد عن 15 إنابة في السنة.";
    expect(published(text, "2016")).toEqual([]);
  });

  it("reads 'السنة السابقة' as the year before the text's, whenever it was published, and a change in a 'حين' clause after it as that year's", () => {
    const text = "عالج القطب 6312 ملفا سنة 2023، بزيادة تقارب 9 في المائة مقارنة مع 2022. وهي وتيرة أبطأ من قفزة السنة السابقة، حين ارتفع العدد بـ24 في المائة، لكنها تبقى مرتفعة: فقبل أربع سنوات، سنة 2019، لم يتعد العدد 4480 ملفا.";
    expect(published(text, "2023", "2024-01-05")).toEqual([
      "files_processed 2023 = 6312",
      "files_processed_pct_change 2023 vs 2022 = approx 9",
      "files_processed_pct_change 2022 vs 2021 = 24",
      "files_processed 2019 = lte 4480",
    ]);
  });

  it("reads 'الحصيلة السنوية' in a half-year report as the whole year, not when a year is named", () => {
    const text = "عالجت المصالح خلال النصف الثاني من سنة 2016 ما مجموعه 1560 ملفا، مقابل 1390 ملفا في النصف الأول من السنة ذاتها، لتستقر الحصيلة السنوية عند 2950 ملفا.\n\nوفي الفترة نفسها من سنة 2015، كان العدد في حدود 1420 ملفا، ما يعني ارتفاعا بقرابة 10 في المائة.";
    expect(published(text, "2016-H2", "2017-01-10")).toEqual([
      "files_processed 2016-H2 = 1560",
      "files_processed 2016-H1 = 1390",
      "files_processed 2016 = 2950",
      "files_processed 2015-H2 = approx 1420",
      "files_processed_pct_change 2016-H2 vs 2015-H2 = approx 10",
    ]);
    const named = "وكانت المديرية قد أعلنت في حصيلتها السنوية الأخيرة عن معالجة 6 آلاف و264 ملفا طيلة سنة 2023.";
    expect(published(named, "2024-H1")).toEqual(["files_processed 2023 = 6264"]);
  });

  it("reads 'ألغيت 1.640 مذكرة بحث دولي' as cancellations", () => {
    expect(published("بينما ألغيت 1.640 مذكرة بحث دولي.", "2016")).toEqual(["international_search_cancellations 2016 = 1640"]);
  });
});

describe("held67–held69 on first sight", () => {
  it("reads a number alone in parentheses with the noun before them, and no period in 'في فترات سابقة'", () => {
    const text = "وعمم المكتب 22 أمرا دوليا بإلقاء القبض، في حين بلغ عدد الموقوفين المبحوث عنهم دوليا 25 شخصا.\n- يشير الفارق بين عدد الأوامر الدولية (22) وعدد الموقوفين (25) إلى أن جزءا من التوقيفات يستند إلى أوامر صادرة في فترات سابقة.";
    expect(published(text, "2019-Q3")).toEqual(["international_arrest_warrants 2019-Q3 = 22", "wanted_persons_arrested 2019-Q3 = 25"]);
  });

  it("does not take the next item's noun past a slash", () => {
    expect(published("■ ملفات السيارات المسروقة: 730 / السيارات المحجوزة: 141", "2024-H2")).toEqual(["stolen_vehicle_files 2024-H2 = 730"]);
  });

  it("reads a count joined by 'و' without its noun with the noun and the clause of the count before it", () => {
    const text = "ونشر 2169 مذكرة لإيقاف سريان البحث الدولي، و347 على الصعيد العربي.";
    expect(published(text, "2022")).toEqual(["international_search_cancellations 2022 = 2169", "arab_search_cancellations 2022 = 347"]);
  });

  it("borrows no noun after a part, nor for a denied bound", () => {
    const afterPart = "وتم توقيف 104 مبحوثين على الصعيد الدولي، مقابل 76 موقوفا، منهم 41 مغربيا، في السنة الماضية، و97 سنة 2019.";
    expect(published(afterPart, "2021", "2021-12-30").filter((f) => f.endsWith("= 97"))).not.toContain("moroccan_citizens_arrested_abroad 2019 = 97");
    const denied = "عالج قطب التعاون الأمني الدولي 1190 ملفا وطلب معلومات، وليس أكثر من ألفين كما ورد في المنشور.";
    expect(published(denied, "2021-Q2")).toEqual(["files_processed 2021-Q2 = 1190"]);
  });
});

describe("held70–held72 on first sight", () => {
  it("gives 'في السنة كاملة' the year the sentence opens with", () => {
    const text = "وقبل عشر سنوات، سنة 2015، لم يكن القطب يعالج سوى 3380 ملفا في السنة كاملة.";
    expect(published(text, "2025-H1")).toEqual(["files_processed 2015 = 3380"]);
  });

  it("reads a series 'of the first half of each year', its last value 'هذه السنة' a count, not a year", () => {
    const text = "وتظهر السلسلة الخاصة بالنصف الأول من كل سنة منحى تصاعديا ثابتا: 1650 ملفا سنة 2016، ثم 1810 سنة 2017، فـ1940 هذه السنة.";
    expect(published(text, "2018-H1")).toEqual(["files_processed 2016-H1 = 1650", "files_processed 2017-H1 = 1810", "files_processed 2018-H1 = 1940"]);
  });

  it("reads 'النصف الذي قبله' as the half before", () => {
    const text = "أوقفت المصالح الأمنية 65 مبحوثا عنهم دوليا في النصف الثاني، مقابل 59 في النصف الذي قبله.";
    expect(published(text, "2023-H2")).toEqual(["wanted_persons_arrested 2023-H2 = 65", "wanted_persons_arrested 2023-H1 = 59"]);
  });
});

describe("held73–held75 on first sight", () => {
  it("reads 'ستا' as six in the accusative", () => {
    expect(published("تابع المكتب ستا وتسعين إنابة قضائية دولية.", "2016")).toEqual(["letters_rogatory 2016 = 96"]);
  });

  it("reads 'مرتين' (twice) as no count of the noun before", () => {
    const text = "وهو يقارب مرتين ما كان يعالج في الفترة نفسها من 2017، حين لم يتعد العدد 1720 ملفا.";
    expect(published(text, "2024-H1")).toEqual(["files_processed 2017-H1 = lte 1720"]);
  });

  it("bounds a number by a verb whose subject is the noun it counts", () => {
    expect(published("في حين تجاوزت إعلانات البحث الواردة من شعب الاتصال العربية 330 إعلانا.", "2020")).toEqual(["arab_search_notices 2020 = gt 330"]);
    expect(published("بينما تخطت إعلانات البحث العربية 150 إعلانا.", "2025-H2")).toEqual(["arab_search_notices 2025-H2 = gt 150"]);
  });
});

describe("held76–held78 on first sight", () => {
  it("does not take the year of a parenthesis '(2017: 3.380)' after a card's value for that value's period, but for the value it labels", () => {
    const text = "• الملفات وطلبات المعلومات المعالجة: 4.060 (2017: 3.380)\n• مذكرات البحث الوطنية بطلب من مصالح أجنبية: 2.640 (2017: 2.450)، أي +8%";
    expect(published(text, "2018")).toEqual(["files_processed 2018 = 4060", "files_processed 2017 = 3380", "national_search_notices 2018 = 2640", "national_search_notices 2017 = 2450", "national_search_notices_pct_change 2018 vs 2017 = 8"]);
  });

  it("reads a table whose cells are set apart by dashes, its header naming each column's half", () => {
    const text = "المؤشر — النصف الأول 2024 — النصف الأول 2023\nالملفات وطلبات المعلومات — 3 420 — 3 104\nالإنابات القضائية الدولية — 78 — 71";
    expect(published(text, "2024-H1")).toEqual(["files_processed 2024-H1 = 3420", "files_processed 2023-H1 = 3104", "letters_rogatory 2024-H1 = 78", "letters_rogatory 2023-H1 = 71"]);
    expect(published("قال المسؤول — وهو يتحدث إلى الصحافة — إن القطب عالج 5800 ملف.", "2022")).toEqual(["files_processed 2022 = 5800"]);
  });
});

