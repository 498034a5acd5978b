// Articles that look back over several periods (held21): a count per period with the noun said once, "بعد 118"
// (after 118), a change "في سنة واحدة", and the base of a change given in parentheses.
import { describe, expect, it } from "vitest";
import { loadCatalogue } from "../../pipeline/catalogue/load.ts";
import { mentionIn, publishedFigures } from "../helpers/extract.ts";

const catalogue = loadCatalogue();
const published = (text: string, reference: string) => publishedFigures(text, catalogue, reference);
const mentionOf = (text: string, number: string, reference: string) => mentionIn(text, number, catalogue, reference);

describe("a series of counts, one per period, the noun said once", () => {
  it.each([
    ["compared, then coordinated ('مقابل 4060 سنة 2018 و3380 سنة 2017')", "عالج القطب خلال سنة 2019 ما مجموعه 4480 ملفا وطلب معلومات، مقابل 4060 سنة 2018 و3380 سنة 2017.", "2019", "files_processed 2019 = 4480|files_processed 2018 = 4060|files_processed 2017 = 3380"],
    ["after 'بعد' right before the number", "وتابع المكتب تنفيذ 131 إنابة قضائية دولية، بعد 118 في 2020 و125 في 2019.", "2021", "letters_rogatory 2021 = 131|letters_rogatory 2020 = 118|letters_rogatory 2019 = 125"],
    ["joined by 'ثم' and commas", "ارتفع عدد الملفات المعالجة: 4677 ملفا سنة 2021، ثم 5800 سنة 2022، و6312 سنة 2023.", "2025", "files_processed 2021 = 4677|files_processed 2022 = 5800|files_processed 2023 = 6312"],
    ["going on with the whole after a part", "وتم توقيف 104 مبحوثين على الصعيد الدولي، مقابل 76 موقوفا، منهم 41 مغربيا، في السنة الماضية، و97 سنة 2019.", "2021", "wanted_persons_arrested 2021 = 104|wanted_persons_arrested 2020 = 76|moroccan_citizens_arrested_abroad 2020 = 41|wanted_persons_arrested 2019 = 97"],
  ])("%s", (_, text, reference, expected) => {
    expect(published(text, reference)).toEqual(expected.split("|"));
  });

  it("does not go on with a count whose noun the next number does not share, nor one without a period of its own", () => {
    expect(published("ونشر المكتب 98 أمرا في 2021، ثم 106، فـ87، قبل أن يعود إلى الارتفاع.", "2025")).toEqual(["international_arrest_warrants 2021 = 98"]);
  });

  it("takes 'بعد' further from the number for no comparison", () => {
    expect(published("وبعد رفع القيود الصحية عالجت المصالح 5800 ملف.", "2022")).toEqual(["files_processed 2022 = 5800"]);
  });
});

describe("changes and bases of a look back", () => {
  it("takes a change 'في سنة واحدة' against the year before, whatever the sentence compared before", () => {
    const text = "ارتفع عدد الأوامر الدولية بـ8% مقارنة بـ2021، وبـ26% قياسا بـ2019، بينما زاد عدد الموقوفين بـ14% في سنة واحدة.";
    expect(published(text, "2022")).toContain("wanted_persons_arrested_pct_change 2022 vs 2021 = 14");
    expect(mentionIn(text, "واحدة", catalogue, "2022")).toMatchObject({ status: "ignored" });
  });

  it.each([
    ["the previous year named after it", "ارتفع عدد الملفات المعالجة إلى 6100 ملف، أي بزيادة 5 في المائة عن 5800 ملف السنة الماضية.", "2023", "files_processed 2023 = 6100|files_processed_pct_change 2023 vs 2022 = 5|files_processed 2022 = 5800"],
    ["no period named: the change's base", "عالجت المصالح 6100 ملف بزيادة 5 بالمئة عن 5800.", "2023", "files_processed 2023 = 6100|files_processed_pct_change 2023 vs 2022 = 5|files_processed 2022 = 5800"],
    ["a year named after it", "بلغ عدد الموقوفين 119 شخصا بزيادة 10 في المائة عن 108 أشخاص في 2021", "2023", "wanted_persons_arrested 2023 = 119|wanted_persons_arrested_pct_change 2023 vs 2021 = 10|wanted_persons_arrested 2021 = 108"],
  ])("reads a count right after a change's percentage and 'عن' as the change's base: %s", (_, text, reference, expected) => {
    expect(published(text, reference)).toEqual(expected.split("|"));
  });

  it("reads a count in parentheses after a change's base as that base's count", () => {
    const text = "عمم المكتب 3362 مذكرة بحث على الصعيد الوطني، بارتفاع 8% عن السنة السابقة (3105)، وبنحو 40% عن 2020 (2410 مذكرات).";
    expect(published(text, "2022")).toEqual([
      "national_search_notices 2022 = 3362",
      "national_search_notices_pct_change 2022 vs 2021 = 8",
      "national_search_notices 2021 = 3105",
      "national_search_notices_pct_change 2022 vs 2020 = approx 40",
      "national_search_notices 2020 = 2410",
    ]);
  });
});

describe("periods a look back names once for several figures", () => {
  it("reads bare years as the part of the year the sentence gives 'for each year' ('في الأشهر الستة الأولى من كل سنة')", () => {
    const text = "فعدد الملفات في الأشهر الستة الأولى من كل سنة انتقل من 2240 ملفا سنة 2021 إلى 2760 سنة 2022، ثم 3104 سنة 2023.";
    expect(published(text, "2024-H1")).toEqual(["files_processed 2021-H1 = 2240", "files_processed 2022-H1 = 2760", "files_processed 2023-H1 = 3104"]);
  });

  it("still holds back a bare year in a half-year report that does not say so", () => {
    expect(published("وعالج القطب 2760 ملفا سنة 2022.", "2024-H1")).toEqual([]);
  });

  it("gives a compared whole and its part the period phrase after the part", () => {
    const text = "وأسفرت الجهود عن توقيف 33 شخصا مبحوثا عنهم، من بينهم 18 مواطنا مغربيا، في حين بلغ عدد الموقوفين 45 شخصا، ضمنهم 26 مغربيا، خلال الأشهر الستة الأولى من السنة الماضية.";
    expect(published(text, "2020-H1")).toEqual([
      "wanted_persons_arrested 2020-H1 = 33",
      "moroccan_citizens_arrested_abroad 2020-H1 = 18",
      "wanted_persons_arrested 2019-H1 = 45",
      "moroccan_citizens_arrested_abroad 2019-H1 = 26",
    ]);
  });
});

describe("'the figure' a year back", () => {
  it("reads 'قبل سنة واحدة كان الرقم 5800' as the figure before it, a year earlier", () => {
    const text = "فقد عالج القطب خلال 2023 ما مجموعه 6312 ملفا. قبل سنة واحدة كان الرقم 5800.";
    expect(published(text, "2023")).toEqual(["files_processed 2023 = 6312", "files_processed 2022 = 5800"]);
  });

  it("takes 'الرقم' of a phone number further back for no figure", () => {
    expect(published("وعالج القطب 6312 ملفا. للمشاركة اتصلوا على الرقم 0522000000 ولا صيفطو رسالة لـ 5050.", "2023")).toEqual(["files_processed 2023 = 6312"]);
  });
});

describe("more of held21's look backs", () => {
  it.each([
    ["a change told by its ends whose noun the sentence names as what changes ('ما دام عدد الموقوفين … واصل ارتفاعه، من 104 في 2021 إلى 119 في 2022 ثم 131 في 2023')", "ما دام عدد الموقوفين من المبحوث عنهم دوليا واصل ارتفاعه، من 104 في 2021 إلى 119 في 2022 ثم 131 في 2023.", "2023", "wanted_persons_arrested 2021 = 104|wanted_persons_arrested 2022 = 119|wanted_persons_arrested 2023 = 131"],
    ["an elliptic change of the period of the change before it ('تزيد حصيلة هذا العام بنسبة 19% عن 2023، وبـ34% عن 2022')", "إن عدد الملفات المعالجة خلال الأشهر الستة الأولى من كل عام لم يتوقف عن الارتفاع، إذ بلغ 2760 ملفا في 2022، ثم 3104 ملفات في 2023، ما يعني أن حصيلة هذا العام تزيد بنسبة 19% عن مستوى 2023، وبـ34% عن مستوى 2022.", "2025-H1", "files_processed 2022-H1 = 2760|files_processed 2023-H1 = 3104|files_processed_pct_change 2025-H1 vs 2023-H1 = 19|files_processed_pct_change 2025-H1 vs 2022-H1 = 34"],
    ["a part after a compared whole, its period in Arabic-Indic digits after it", "ما مكن من توقيف ٧٤ شخصاً مبحوثاً عنهم دولياً، من بينهم ٤٥ مواطناً مغربياً، مقابل ٦٨ موقوفاً، بينهم ٤٠ مغربياً، في النصف الأول من ٢٠٢٤.", "2025-H1", "wanted_persons_arrested 2025-H1 = 74|moroccan_citizens_arrested_abroad 2025-H1 = 45|wanted_persons_arrested 2024-H1 = 68|moroccan_citizens_arrested_abroad 2024-H1 = 40"],
  ])("%s", (_, text, reference, expected) => {
    expect(published(text, reference)).toEqual(expected.split("|"));
  });

  it("takes a change after the previous second half's count for the report's own half, not the first half against the second", () => {
    const text = "عالج القطب 3208 ملفات، أي أكثر مما عولج في النصف الأول (3104 ملفات). وبالمقارنة مع النصف الثاني من 2022، حين بلغ العدد 3040 ملفا، تسجل الحصيلة ارتفاعا بنحو 6 في المائة.";
    expect(published(text, "2023-H2")).toContain("files_processed_pct_change 2023-H2 vs 2022-H2 = approx 6");
  });
});

describe("held22 to held24 on first sight", () => {
  it.each([
    ["a sentence opening on a comparison with a year gives its count that year ('أما مقارنة مع 2020، … حين لم يتجاوز العدد 3950 ملفا')", "أما مقارنة مع 2020، سنة الجائحة، حين لم يتجاوز العدد 3950 ملفا، فإن الزيادة تفوق 40 في المائة.", "2022", "files_processed 2020 = lte 3950|files_processed_pct_change 2022 vs 2020 = gt 40"],
    ["a change 'في ظرف سنة' is against the same half a year earlier", "ففي النصف الثاني من 2023 عالجت المصالح ذاتها 3208 ملفات، ما يعني أن الحصيلة ارتفعت بنحو 18 في المائة في ظرف سنة.", "2024-H2", "files_processed 2023-H2 = 3208|files_processed_pct_change 2024-H2 vs 2023-H2 = approx 18"],
    ["'لا يتعدى' right before the number bounds it", "أما عدد المبحوث عنهم دوليا الذين أوقفوا، فقد بلغ 62 شخصا، بعدما كان لا يتعدى 40 شخصا قبل سنتين.", "2022-H2", "wanted_persons_arrested 2022-H2 = 62|wanted_persons_arrested 2020-H2 = lte 40"],
    ["'اقترب … من عتبة 7 آلاف ملف' is about 7,000", "اقترب عدد الملفات التي عالجها قطب التعاون الأمني الدولي خلال سنة 2024 من عتبة 7 آلاف ملف.", "2024", "files_processed 2024 = approx 7000"],
    ["'تقريبا' before a number in Darija", "فستة شهور تقريبا ربعة آلاف ملف دازو من عند المصالح ديال التعاون.", "2024-H2", "files_processed 2024-H2 = approx 4000"],
    ["'رحلة' (a journey) is no deportation", "وانتهت رحلة 42 شخصا مطلوبا على الصعيد الدولي بين أيدي الأمن.", "2017-H2", "wanted_persons_arrested 2017-H2 = 42"],
  ])("%s", (_, text, reference, expected) => {
    expect(published(text, reference)).toEqual(expected.split("|"));
  });

  it("holds back the earlier end of a change when a later clause compares the same figure with another year", () => {
    const text = "كما انتقل عدد الأوامر الدولية بإلقاء القبض المنشورة من 33 أمرا إلى 48 أمرا، بزيادة 45 في المائة، رغم تراجعه بنحو 8 في المائة مقارنة مع الفترة ذاتها من 2021.";
    expect(mentionIn(text, "33", catalogue, "2022-H2")).toMatchObject({ status: "held_back" });
  });

  it("reads the bare years of a table in a half-year report as the half its title names, and holds them back when it names none", () => {
    const table = "المؤشر | 2021 | 2022 | 2023\nالملفات وطلبات المعلومات المعالجة | 2230 | 2760 | 3104\n";
    expect(published(`حصيلة الأشهر الستة الأولى (يناير - يونيو)\n\n${table}`, "2023-H1")).toEqual(["files_processed 2021-H1 = 2230", "files_processed 2022-H1 = 2760", "files_processed 2023-H1 = 3104"]);
    expect(published(`أرقام الحصيلة\n\n${table}`, "2023-H1")).toEqual([]);
  });
});

describe("doubts held back rather than guessed (held23)", () => {
  it("holds back a share whose bound an elided negated verb may or may not carry ('لم تتجاوز قضايا الإرهاب 6 في المائة، وقضايا نقل السجناء 3 في المائة')", () => {
    const text = "عالج القطب 3040 ملفا، 38 في المائة منها تتعلق بالاتجار في المخدرات، فيما لم تتجاوز قضايا الإرهاب 6 في المائة، وقضايا نقل السجناء 3 في المائة.";
    expect(published(text, "2022-H2")).toContain("files_share_by_case_type 2022-H2 terrorism = lte 6");
    expect(mentionIn(text, "3 في المائة", catalogue, "2022-H2")).toMatchObject({ status: "held_back", reason: expect.stringMatching(/at most, or exactly/) });
  });

  it("holds back the earlier end of a change after a sentence that compared with a period further back", () => {
    const text = "فقد بلغ عدد الموقوفين 62 شخصا، بعدما كان لا يتعدى 40 شخصا قبل سنتين. وارتفع عدد الأشخاص الذين سلموا إلى المغرب من 7 إلى 12 شخصا.";
    expect(mentionIn(text, "7", catalogue, "2022-H2")).toMatchObject({ status: "held_back" });
  });
});

describe("answers, parts named again, whole years in half-year reports (held22–held24)", () => {
  it("reads an answer under its question with the question's words", () => {
    const text = "كم شخصا مبحوثا عنه دوليا تم توقيفه؟\n— اثنان وستون شخصا، بينهم سبعة وثلاثون مغربيا أوقفوا خارج المملكة، بعدما كان عدد هؤلاء المغاربة 33 في الفترة نفسها من السنة السابقة.";
    expect(published(text, "2022-H2")).toEqual([
      "wanted_persons_arrested 2022-H2 = 62",
      "moroccan_citizens_arrested_abroad 2022-H2 = 37",
      "moroccan_citizens_arrested_abroad 2021-H2 = 33",
    ]);
  });

  it.each([
    ["police staff as 'رجال ونساء الشرطة'", "واستفاد 310 من رجال ونساء الشرطة من دورات تكوينية في إطار التعاون الدولي.", "2017-H2", "police_staff_trained 2017-H2 = 310"],
    ["'مجموع السنة' in a half-year report is the whole year", "بلغ عدد الملفات خلال النصف الثاني من سنة 2025 ما مجموعه 4200 ملف، ليرتفع مجموع السنة إلى 7890 ملفا.", "2025-H2", "files_processed 2025-H2 = 4200|files_processed 2025 = 7890"],
    ["a four-digit number after 'أشهر' is no count of months", "الأمن الوطني في ستة أشهر: 1950 ملف تعاون دولي", "2018-H1", "files_processed 2018-H1 = 1950"],
  ])("%s", (_, text, reference, expected) => {
    expect(published(text, reference)).toEqual(expected.split("|"));
  });
});

describe("headlines and spans of months (held22, held24)", () => {
  it.each([
    ["a conjunction standing alone ends the number's words", 'حصاد 2017.. ملفات التعاون الأمني الدولي تتجاوز 3 آلاف و"أنتربول الرباط" يواصل منحاه التصاعدي', "2017", "files_processed 2017 = gt 3000"],
    ["four digits after a span of months that cannot be a year", "وعالجت مصالح التعاون الدولي ما بين يوليوز ودجنبر 3795 ملفا وطلب معلومات.", "2024-H2", "files_processed 2024-H2 = 3795"],
  ])("%s", (_, text, reference, expected) => {
    expect(published(text, reference)).toEqual([expected]);
  });
});

describe("periods and bases a look back gives by reference (held25–held27)", () => {
  it.each([
    ["a part 'منها' of the year named before", "نشر المكتب خلال الأشهر الستة الأولى من 2019، أربعين أمرا دوليا بإلقاء القبض، مقابل 36 أمرا خلال النصف الأول من 2018 و41 خلال النصف الثاني منها.", "2019-H1", "international_arrest_warrants 2019-H1 = 40|international_arrest_warrants 2018-H1 = 36|international_arrest_warrants 2018-H2 = 41"],
    ["a part 'منها' of 'the previous year', taken by a relative clause", "عالج القطب 3880 ملفا وطلب معلومات، بارتفاع يناهز 5 في المائة مقارنة مع النصف الأول من السنة الماضية، لكن بتراجع طفيف بنحو 2 في المائة عن النصف الثاني منها، الذي سجل 3950 ملفا.", "2026-H1", "files_processed 2026-H1 = 3880|files_processed_pct_change 2026-H1 vs 2025-H1 = approx 5|files_processed_pct_change 2026-H1 vs 2025-H2 = approx -2|files_processed 2025-H2 = 3950"],
    ["a change of 'this figure' of the sentence before, its base in parentheses", "عالج القطب 2190 ملفا خلال النصف الأول من 2019، مقارنة مع الفترة نفسها من سنة 2018، التي سجلت 1950 ملفا. وأفاد مصدر أمني بأن هذا الرقم يتجاوز أيضا حصيلة النصف الثاني من السنة الماضية (2110 ملفات)، بزيادة تقارب 4 في المائة.", "2019-H1", "files_processed 2019-H1 = 2190|files_processed 2018-H1 = 1950|files_processed 2018-H2 = 2110|files_processed_pct_change 2019-H1 vs 2018-H2 = approx 4"],
    ["later comparisons of a sentence with the year the first one named", "لكن أرقام 2021 تتجاوز ما قبل الجائحة: 4677 ملفا مقابل 4480 سنة 2019، و131 إنابة قضائية دولية مقابل 125، و98 أمرا دوليا بإلقاء القبض مقابل 84.", "2021", "files_processed 2021 = 4677|files_processed 2019 = 4480|letters_rogatory 2021 = 131|letters_rogatory 2019 = 125|international_arrest_warrants 2021 = 98|international_arrest_warrants 2019 = 84"],
    ["a comparison without a noun after a part compares the part", "وارتفع عدد الموقوفين إلى 81 شخصا، بينهم 49 مغربيا أوقفوا خارج التراب الوطني، مقابل 39 في النصف الأول من 2023.", "2026-H1", "wanted_persons_arrested 2026-H1 = 81|moroccan_citizens_arrested_abroad 2026-H1 = 49|moroccan_citizens_arrested_abroad 2023-H1 = 39"],
    ["'كما' goes on from a change that started three years back", "انتقلت الأوامر الدولية من 46 أمرا قبل ثلاث سنوات إلى 57 أمرا هذه السنة. كما ارتفع عدد المبحوث عنهم دوليا الذين جرى توقيفهم من 66 إلى 81 شخصا.", "2026-H1", "international_arrest_warrants 2023-H1 = 46|international_arrest_warrants 2026-H1 = 57|wanted_persons_arrested 2023-H1 = 66|wanted_persons_arrested 2026-H1 = 81"],
  ])("%s", (_, text, reference, expected) => {
    expect(published(text, reference)).toEqual(expected.split("|"));
  });

  it("holds back the ends of a change told in several steps without years ('من 76 إلى 104 ثم إلى 119'), not 'the matter' (الأمر ذاته) as warrants", () => {
    const text = "والأمر ذاته بالنسبة للمبحوث عنهم دوليا الذين تم توقيفهم، إذ انتقل عددهم من 76 إلى 104 ثم إلى 119 خلال السنوات الثلاث نفسها.";
    expect(published(text, "2022")).toEqual([]);
    expect(mentionIn(text, "76", catalogue, "2022")).toMatchObject({ status: "held_back" });
    expect(mentionIn(text, "104", catalogue, "2022")).toMatchObject({ status: "held_back", indicator_id: "wanted_persons_arrested" });
  });

  it("holds back a change whose base is an earlier end held back for want of a period", () => {
    const text = "ارتفعت مذكرات البحث على الصعيد الوطني من 1702 إلى 1936 مذكرة، بزيادة تقارب 14 في المائة.";
    expect(published(text, "2026-H1")).toEqual(["national_search_notices 2026-H1 = 1936"]);
    expect(mentionIn(text, "تقارب 14 في المائة", catalogue, "2026-H1")).toMatchObject({ status: "held_back" });
  });

  it("holds back a count of 'the start of the millennium', a span of years", () => {
    expect(published("ويضيف: في بداية الألفية كنا نعتبر توقيف 20 مغربيا في الخارج خلال سنة كاملة إنجازا.", "2026-H1")).toEqual([]);
  });
});

describe("tables, lists and clauses of a look back (held26, held28–held30)", () => {
  it.each([
    ["a heading's legend '(مقابل النصف الأول)' for the numbers in parentheses under it", "بالأرقام: النصف الثاني من 2020 (مقابل النصف الأول)\nالإنابات القضائية الدولية: 66 (52)\nالأوامر الدولية بإلقاء القبض: 34 (29)", "2020-H2", "letters_rogatory 2020-H2 = 66|letters_rogatory 2020-H1 = 52|international_arrest_warrants 2020-H2 = 34|international_arrest_warrants 2020-H1 = 29"],
    ["'السنة كاملة' in a half-year report is the whole year", "عالج القطب 2120 ملفا خلال الأشهر الستة الأخيرة من 2020. وبهذا تكون حصيلة السنة كاملة قد استقرت عند 3950 ملفا.", "2020-H2", "files_processed 2020-H2 = 2120|files_processed 2020 = 3950"],
    ["'على امتداد السنة' in a half-year report is the whole year", "وعلى امتداد السنة، عممت المصالح ذاتها 2640 مذكرة بحث على الصعيد الوطني.", "2018-H2", "national_search_notices 2018 = 2640"],
    ["a table whose rows name their half-year in words", "الفترة | الملفات\nالنصف الأول ٢٠٢٣ | ٣١٠٤\nالنصف الثاني ٢٠٢٣ | ٣٢٠٨", "2025-H1", "files_processed 2023-H1 = 3104|files_processed 2023-H2 = 3208"],
    ["a number alone on its line, what it counts under it", "اخترنا لكم خمسة أرقام:\n\n1. 3104\nهو عدد الملفات وطلبات المعلومات التي عالجها القطب، مقابل 2760 في النصف الأول من 2022.", "2023-H1", "files_processed 2023-H1 = 3104|files_processed 2022-H1 = 2760"],
    ["'منها' after a number in a relative clause counts its head", "المنحى نفسه يسجل في الإنابات القضائية الدولية، التي تابع المكتب تنفيذ 125 منها خلال 2019، مقابل 104 إنابات قبل سنتين.", "2019", "letters_rogatory 2019 = 125|letters_rogatory 2017 = 104"],
    ["a count opening the clause after 'بعدما … سنة 2021'", "وسجلت السنة تنفيذ عمليتين للتسليم المراقب للمخدرات، بعدما اقتصر هذا النوع من العمليات سنة 2021 على فرنسا وإسبانيا، بثلاث عمليات.", "2022", "controlled_deliveries 2022 = 2|controlled_deliveries 2021 = 3"],
    ["a dash before a comparison ends the clause", "سجلت المصالح خلال النصف الأول من سنة ٢٠٢٥ معالجة ٣٦٩٠ ملفا وطلب معلومات – أقل بقليل من النصف الثاني من ٢٠٢٤ الذي عرف ٣٧٩٥ ملفا.", "2025-H1", "files_processed 2025-H1 = 3690|files_processed 2024-H2 = 3795"],
    ["'هذه الأشهر' and 'الأشهر الثلاثة' of the report", "أوقف 66 مبحوثا عنهم على الصعيد الدولي خلال هذه الأشهر. وعالج القطب 1150 ملفا خلال الأشهر الثلاثة.", "2019-Q3", "wanted_persons_arrested 2019-Q3 = 66|files_processed 2019-Q3 = 1150"],
  ])("%s", (_, text, reference, expected) => {
    expect(published(text, reference)).toEqual(expected.split("|"));
  });
});

describe("a comparison word a few words back (held27)", () => {
  it("reads 'بعدما اقتصرت هذه المشاركة على عمليتين' as the earlier count of the operations", () => {
    const text = "شاركت مصالح الأمن الوطني في أربع عمليات أمنية متعددة الأطراف بتنسيق مع الأمانة العامة للأنتربول، بعدما اقتصرت هذه المشاركة على عمليتين فقط سنة 2020.";
    expect(published(text, "2021")).toEqual(["interpol_multilateral_operations 2021 = 4", "interpol_multilateral_operations 2020 = 2"]);
  });
});

describe("a record among recent years (held29)", () => {
  it("reads 'فقط' as no noun, and a span of years after a record's superlative as the record's", () => {
    const text = "ونشر 112 أمرا دوليا بإلقاء القبض، وهو أعلى رقم في السنوات الأخيرة بعد 106 أوامر سنة 2022 و87 فقط سنة 2023.";
    expect(published(text, "2024")).toEqual(["international_arrest_warrants 2024 = 112", "international_arrest_warrants 2022 = 106", "international_arrest_warrants 2023 = 87"]);
  });
});

describe("held31–held33's look backs and other periods", () => {
  it.each([
    ["a relative clause of a year compares with the count before it", "فيما بلغ عدد مذكرات إلغاء البحث الدولي 2200 مذكرة، وهو ثاني أعلى رقم بعد سنة 2023 التي سجلت 2312 مذكرة.", "2025", "international_search_cancellations 2025 = 2200|international_search_cancellations 2023 = 2312"],
    ["a list's title 'في الأشهر الستة الأولى من كل سنة:' gives each line's year its part", "وللتذكير، هذا تطور الملفات المعالجة في الأشهر الستة الأولى من كل سنة:\n2020 – 1830 ملفا\n2021 – 2250 ملفا\n2022 – 2760 ملفا", "2022-H1", "files_processed 2020-H1 = 1830|files_processed 2021-H1 = 2250|files_processed 2022-H1 = 2760"],
    ["'مائة وثمانيا وأربعين' is one number", "ونشر المكتب مائة وثمانيا وأربعين مذكرة لإيقاف الأبحاث المذاعة على الصعيد العربي.", "2024-H2", "arab_search_cancellations 2024-H2 = 148"],
  ])("%s", (_, text, reference, expected) => {
    expect(published(text, reference)).toEqual(expected.split("|"));
  });

  it("holds back the earlier end of a change in a sentence that compared another part of the year", () => {
    const text = "بلغ عدد الإنابات القضائية الدولية 84 إنابة في النصف الثاني مقابل 78 في النصف الأول، فيما ارتفع عدد الأوامر الدولية بإلقاء القبض من 52 إلى 60 أمرا.";
    expect(mentionIn(text, "52", catalogue, "2024-H2")).toMatchObject({ status: "held_back" });
  });

  it("holds back a compared count added up with the one before it to a total", () => {
    const text = "الأوامر الدولية بإلقاء القبض: 44 أمرا مقابل 40، أي ما مجموعه 84 أمرا خلال السنة.";
    expect(mentionIn(text, "40", catalogue, "2019-H2")).toMatchObject({ status: "held_back" });
  });

  it("holds back a figure of a later period that was not over when the text was published", () => {
    const text = "وأرجح أن تعود الأرقام في 2021 إلى مستوى يفوق 4500 ملف متى رفعت القيود.";
    expect(publishedFigures(text, catalogue, "2020", "2021-01-02")).toEqual([]);
    expect(publishedFigures(text, catalogue, "2020", "2022-03-01")).toEqual(["files_processed 2021 = gt 4500"]);
  });
});

describe("four digits between directional marks before a counted noun (the bench corpus)", () => {
  it("reads 'و‏2068‏ مذكرة' as a count, not a year", () => {
    const text = "وجرى نشر 419 مذكرة إيقاف الأبحاث المذاعة على الصعيد العربي و\u200f2068\u200f مذكرة لتوقيف سريان الأبحاث الدولية.";
    expect(published(text, "2024")).toEqual(["arab_search_cancellations 2024 = 419", "international_search_cancellations 2024 = 2068"]);
  });
});

describe("the same noun again after a comparison (held21, held27)", () => {
  it.each([
    ["a dual of the noun before it, compared with it", "وشاركت المديرية في أربع عمليات أمنية متعددة الأطراف تحت إشراف الأمانة العامة للأنتربول، بعدما اقتصرت مشاركتها في السنة السابقة على عمليتين.", "2021", "interpol_multilateral_operations 2021 = 4|interpol_multilateral_operations 2020 = 2"],
    ["Arab search notices named at the start of the sentence", "وحدها إعلانات البحث الصادرة عن شعب الاتصال في الدول العربية سارت في الاتجاه المعاكس، إذ تراجعت من 180 إعلانا سنة 2023 إلى 171 هذه السنة.", "2026", "arab_search_notices 2023 = 180|arab_search_notices 2026 = 171"],
  ])("%s", (_, text, reference, expected) => {
    expect(published(text, reference)).toEqual(expected.split("|"));
  });
});

describe("the half before, and the year's total (held29)", () => {
  it.each([
    ["'مقارنة بالأشهر الستة التي سبقتها' is the half before", "عالجت المصالح خلال النصف الأول من سنة 2017 ما مجموعه 1610 ملفات وطلبات معلومات، بزيادة تفوق 5 في المائة مقارنة بالأشهر الستة التي سبقتها، حين بلغ العدد 1530 ملفا.", "2017-H1", "files_processed 2017-H1 = 1610|files_processed_pct_change 2017-H1 vs 2016-H2 = gt 5|files_processed 2016-H2 = 1530"],
    ["'مجموعها السنوي' in a half-year report is the whole year", "كما عمم المكتب 1838 مذكرة بحث على الصعيد الوطني استجابة لطلبات مصالح أمنية أجنبية، ليبلغ مجموعها السنوي 3540 مذكرة.", "2023-H2", "national_search_notices 2023-H2 = 1838|national_search_notices 2023 = 3540"],
  ])("%s", (_, text, reference, expected) => {
    expect(published(text, reference)).toEqual(expected.split("|"));
  });

  it("holds back 'the half before' in a report on a whole year", () => {
    expect(mentionIn("وبلغ العدد 1530 ملفا خلال النصف السابق.", "1530", catalogue, "2017")).toMatchObject({ status: "held_back" });
  });
});

describe("a count that names only part of what it counts, right after the text named it whole (held30, held29)", () => {
  it.each([
    ["arrests recalled from the sentence before, and the change between the two", "سبعة وتسعون شخصا مبحوثا عنهم على الصعيد الدولي، بينهم خمسة وخمسون مغربيا أوقفوا في دول أجنبية. وكانت حصيلة 2018 قد سجلت توقيف 89 شخصا، ما يعني ارتفاعا بنحو 9 في المائة.", "2019", "wanted_persons_arrested 2019 = 97|moroccan_citizens_arrested_abroad 2019 = 55|wanted_persons_arrested 2018 = 89|wanted_persons_arrested_pct_change 2019 vs 2018 = approx 9"],
    ["'ارتفع العدد إلى 6312' is the count before it, risen", "ففي سنة 2014 لم يعالج القطب سوى 2540 ملفا، قبل أن يرتفع العدد إلى 6312 سنة 2023، أي بزيادة ناهزت 149 في المائة.", "2023", "files_processed 2014 = 2540|files_processed 2023 = 6312|files_processed_pct_change 2023 vs 2014 = approx 149"],
  ])("%s", (_, text, reference, expected) => {
    expect(published(text, reference)).toEqual(expected.split("|"));
  });

  it.each([
    ["a noun alone recalls nothing", "وأسفرت الأبحاث عن توقيف 119 مبحوثا عنهم دوليا. وفي سياق آخر، تم إحصاء 19 شخصا.", "19"],
    ["an adjective of origin recalls nothing", "استقدمت المصالح المغربية 27 شخصا من الخارج. ويقيم أزيد من خمسة ملايين مغربي خارج أرض الوطن.", "أزيد من خمسة ملايين"],
  ])("%s", (_, text, at) => {
    expect(mentionIn(text, at, catalogue, "2023").status).not.toBe("observation");
  });

  it("holds back the writer's own estimate", () => {
    const text = "ارتفع عدد المبحوث عنهم الذين أوقفوا إلى 146 شخصا. وأقدّر أن عدد المبحوث عنهم الذين ما زالوا في حالة فرار لا يقل عن 400 شخص.";
    expect(mentionIn(text, "لا يقل عن 400", catalogue, "2024")).toMatchObject({ status: "held_back" });
  });
});

describe("a series of compared counts with the noun said once (held14, held21)", () => {
  it.each([
    ["its noun named before the first count", "تابع المكتب المركزي الوطني تنفيذ 78 إنابة قضائية دولية، بعدما كان عددها 71 في النصف الأول من 2023 و66 في النصف الأول من 2022.", "2024-H1", "letters_rogatory 2024-H1 = 78|letters_rogatory 2023-H1 = 71|letters_rogatory 2022-H1 = 66"],
    ["a year alone takes the part of the count it goes on from", "نشر المكتب المركزي الوطني 64 مذكرة توقيف دولية خلال الأشهر الستة الأولى من 2025، مقابل 58 في الفترة ذاتها من 2024 و51 في 2023.", "2025-H1", "international_arrest_warrants 2025-H1 = 64|international_arrest_warrants 2024-H1 = 58|international_arrest_warrants 2023-H1 = 51"],
  ])("%s", (_, text, reference, expected) => {
    expect(published(text, reference)).toEqual(expected.split("|"));
  });
});

describe("a change over a span of years (held21, held27, held30)", () => {
  it.each([
    ["'في ثلاث سنوات'", "ملفات التعاون الأمني الدولي ترتفع بـ28 في المائة في ثلاث سنوات.", "2026-H1", "files_processed_pct_change 2026-H1 vs 2023-H1 = 28"],
    ["'على مدى السنوات الثلاث الأخيرة'", "عالج القطب 6312 ملفا. بمعنى أن حجم العمل ارتفع بنحو 60 في المائة على مدى السنوات الثلاث الأخيرة.", "2023", "files_processed 2023 = 6312|files_processed_pct_change 2023 vs 2020 = approx 60"],
  ])("reads %s as that many years back", (_, text, reference, expected) => {
    expect(published(text, reference)).toEqual(expected.split("|"));
  });

  it("holds back a change over a span longer than the catalogue reads (written both ways)", () => {
    const text = "عالج القطب 7215 ملفا، أي بزيادة 160 في المائة في ظرف تسع سنوات.";
    expect(published(text, "2024")).toEqual(["files_processed 2024 = 7215"]);
  });
});

describe("'the total' the counts before it came to (held32)", () => {
  it("reads 'ليستقر المجموع السنوي عند 125' as the year's count of what the halves count", () => {
    const text = "الإنابات القضائية: 66 إنابة في النصف الثاني مقابل 59 في النصف الأول، ليستقر المجموع السنوي عند 125.";
    expect(published(text, "2019-H2")).toEqual(["letters_rogatory 2019-H2 = 66", "letters_rogatory 2019-H1 = 59", "letters_rogatory 2019 = 125"]);
  });
});

describe("'that period' (held16, held23)", () => {
  it("is the period last named, with the part of its year", () => {
    const text = "لكن المقارنة تصبح أكثر دلالة إذا عدنا إلى النصف الثاني من سنة 2020، حين كانت الحدود شبه مغلقة. فبحسب أرقام تلك الفترة، لم يعالج القطب سوى 2150 ملفا.";
    expect(published(text, "2022-H2")).toEqual(["files_processed 2020-H2 = 2150"]);
  });

  it("is unclear in a report on a part of a year when the text named a year alone", () => {
    const text = "وتعود بنا الأرقام إلى سنة 2020. ففي تلك الفترة عالج القطب 2150 ملفا.";
    expect(mentionIn(text, "2150", catalogue, "2022-H2")).toMatchObject({ status: "held_back" });
  });
});

describe("a part after a whole of the whole year, in a half-year report (held38)", () => {
  it("is of the year", () => {
    const text = "وأسفرت هذه الإجراءات عن توقيف 39 شخصا مبحوثا عنهم على الصعيد الدولي خلال النصف الثاني، ليصل عدد الموقوفين خلال السنة بأكملها إلى 74 شخصا، من بينهم 40 مواطنا مغربيا جرى توقيفهم خارج أرض الوطن.";
    expect(published(text, "2016-H2")).toEqual(["wanted_persons_arrested 2016-H2 = 39", "wanted_persons_arrested 2016 = 74", "moroccan_citizens_arrested_abroad 2016 = 40"]);
  });

  it("keeps a part after a compared whole in the text's period", () => {
    const text = "تم توقيف 119 شخصا مبحوثا عنهم دوليا، مقابل 104 سنة 2021، من بينهم 71 مغربيا أوقفوا خارج أرض الوطن.";
    expect(published(text, "2022")).toContain("moroccan_citizens_arrested_abroad 2022 = 71");
  });
});

describe("parts of years (held42)", () => {
  it("reads a change after a period's count in its relative clause as the change of the text's period", () => {
    const relative = "وإذا قورنت حصيلة النصف الثاني بالفترة ذاتها من السنة الماضية، حين بلغ العدد 1420 ملفا، فإن الارتفاع يقارب 14 في المائة.";
    expect(published(relative, "2016-H2")).toEqual(["files_processed 2015-H2 = 1420", "files_processed_pct_change 2016-H2 vs 2015-H2 = approx 14"]);
    const which = "غير أن حصيلة النصف الثاني تبقى دون مستوى الفترة ذاتها من سنة 2019، التي سجلت 2300 ملف، أي بتراجع يناهز 7 في المائة.";
    expect(published(which, "2020-H2")).toEqual(["files_processed 2019-H2 = 2300", "files_processed_pct_change 2020-H2 vs 2019-H2 = approx -7"]);
  });

  it("reads 'الربع المماثل' as the same quarter of the year named", () => {
    const text = "عالج القطب خلال الربع الأول من السنة الجارية 812 ملفا، بزيادة نسبتها 15 في المائة مقارنة بالربع المماثل من سنة 2016 الذي سجل 705 ملفات.";
    expect(published(text, "2017-Q1")).toEqual(["files_processed 2017-Q1 = 812", "files_processed_pct_change 2017-Q1 vs 2016-Q1 = 15", "files_processed 2016-Q1 = 705"]);
  });

  it("reads 'since the start of the year' as January to the end of the report's part, when that is a period", () => {
    const text = "ونشر المكتب 31 أمرا دوليا بإلقاء القبض خلال الربع الثاني، و58 أمرا منذ بداية السنة.";
    expect(published(text, "2022-Q2")).toEqual(["international_arrest_warrants 2022-Q2 = 31", "international_arrest_warrants 2022-H1 = 58"]);
    expect(mentionOf("ونشر المكتب 40 أمرا دوليا بإلقاء القبض منذ بداية السنة.", "40", "2022-Q3")).toMatchObject({ status: "held_back" });
  });

  it("holds back what an outlet expects ('ترجح')", () => {
    const text = "وترجح الورقة أن تتجاوز حصيلة 2022 عتبة 5500 ملف إذا حافظ النشاط على الوتيرة ذاتها.";
    expect(mentionOf(text, "5500", "2022-Q2")).toMatchObject({ status: "held_back" });
  });
});

describe("a whole report of the DGSN (held41)", () => {
  it("reads the training of new recruits and in-service training as no cooperation programme", () => {
    const recruits = "تخرج من المعهد الملكي للشرطة 3 آلاف و150 شرطيا جديدا بعد تكوين أساسي دام سنة كاملة.";
    const inService = "تم توظيف 6 آلاف و800 موظف جديد، فيما استفاد 14 ألفا و300 موظف من دورات التكوين المستمر.";
    expect(published(recruits, "2016")).toEqual([]);
    expect(published(inService, "2022")).toEqual([]);
    expect(published("استفاد 980 شرطيا من دورات نظمت في إطار برامج التعاون.", "2019")).toEqual(["police_staff_trained 2019 = 980"]);
  });
});


describe("parts, local units and a whole report's other sections (held40–42)", () => {
  it("holds back a count that 'من أصل' makes a part of the next of the same period, and publishes the whole", () => {
    const text = "وشهد مطار وجدة أنجاد تسلم 4 أشخاص من أصل 19 شخصا سلمتهم دول أجنبية إلى المغرب خلال السنة.";
    expect(published(text, "2021")).toEqual(["persons_extradited_to_morocco 2021 = 19"]);
    expect(mentionOf(text, "4", "2021")).toMatchObject({ status: "held_back" });
    const otherPeriod = "كما سجل الفصل الثاني تسليم 6 أشخاص إلى المملكة في إطار مساطر التسليم، من أصل 10 أشخاص منذ يناير.";
    expect(published(otherPeriod, "2022-Q2")).toContain("persons_extradited_to_morocco 2022-Q2 = 6");
  });

  it("holds back the count of a province's police ('مصالح الأمن بإقليم الناظور')", () => {
    const text = "وأوقفت مصالح الأمن بإقليم الناظور 7 أشخاص مبحوثا عنهم بموجب أوامر دولية.";
    expect(mentionOf(text, "7", "2021")).toMatchObject({ status: "held_back" });
  });

  it("reads neither cybercrime files nor arrests 'في مختلف القضايا' as cooperation figures", () => {
    expect(published("وعالجت المصالح المختصة 640 ملفا يتعلق بالجرائم المعلوماتية.", "2016-H1")).toEqual([]);
    expect(published("■ 428 ألفا و167 شخصا: عدد الموقوفين في مختلف القضايا خلال السنة.", "2020")).toEqual([]);
  });

  it("reads 'منها' after a topic opener as the topic's own count", () => {
    const text = "أما الإنابات القضائية الدولية، فقد بلغ عدد ما تمت متابعة تنفيذه منها 162 إنابة، من بينها 41 إنابة ترتبط بالاتجار في المخدرات وغسل الأموال.";
    expect(published(text, "2024")).toEqual(["letters_rogatory 2024 = 162", "letters_rogatory_drugs_money_laundering 2024 = 41"]);
  });

  it("sets aside a rate ('بمعدل يقارب 16 ملفا في اليوم')", () => {
    const text = "عالج القطب خلال الربع الثاني 1450 ملفا، بمعدل يقارب 16 ملفا في اليوم.";
    expect(published(text, "2022-Q2")).toEqual(["files_processed 2022-Q2 = 1450"]);
  });

  it("gives a clause opening with 'البالغ' the period of the clause before", () => {
    const text = "ويعادل هذا الرقم أزيد من نصف ما عالجه القطب طوال سنة 2018، والبالغ 4.060 ملفا.";
    expect(published(text, "2019-H1")).toEqual(["files_processed 2018 = 4060"]);
  });
});

describe("'على التوالي' in a row (held47)", () => {
  it("reads 'للسنة الثالثة على التوالي' as in a row, not respectively", () => {
    const text = "أسفرت الأوامر الدولية عن توقيف 131 مبحوثا عنهم دوليا، من بينهم 78 مغربيا أوقفوا خارج الوطن، وهو ارتفاع للسنة الثالثة على التوالي.";
    expect(published(text, "2023")).toEqual(["wanted_persons_arrested 2023 = 131", "moroccan_citizens_arrested_abroad 2023 = 78"]);
  });
});
