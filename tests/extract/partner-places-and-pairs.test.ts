// Readings the held-out sets of round 66 led to (held350–held353, and held349's partner parts): a count its own
// clause places with one partner country (partner-place.ts), a count compared with such a part, a whole whose part is
// given for the other half of the year (count-periods.ts), the period a change takes from the clause naming its
// subject (change-periods.ts), shares paired with a list of partners in a parenthesis (respective-categories.ts), a
// count after "this figure" (this-figure.ts), and the year-like counts, questions and careers that are no period.
import { describe, expect, it } from "vitest";
import { loadCatalogue } from "../../pipeline/catalogue/load.ts";
import { publishedFigures, readText } from "../helpers/extract.ts";

const catalogue = loadCatalogue();
const published = (text: string, reference = "2024") => publishedFigures(text, catalogue, reference);
const mentionOf = (text: string, number: string, reference = "2024") => readText(text, catalogue, reference).mentions.find((m) => m.text.includes(number))!;

describe("a count its own clause places with one partner country", () => {
  it("is that partner's part, held back, whether the partner stands before the number or after it", () => {
    expect(published("وحسب الحصيلة السنوية للمديرية، فقد تسلم المغرب من السلطات البلجيكية أربعة مطلوبين خلال السنة.")).toEqual([]);
    expect(published("وتم توقيف 17 مغربيا فوق التراب الفرنسي بناء على أوامر دولية بإلقاء القبض صادرة عن السلطات المغربية.")).toEqual([]);
    expect(published("كما سلمت الرباط إلى بروكسيل اثنين من الرعايا البلجيكيين المطلوبين لدى القضاء البلجيكي.")).toEqual([]);
    expect(mentionOf("وتم توقيف 17 مغربيا فوق التراب الفرنسي بناء على أوامر دولية.", "17").reason).toContain("the part of one partner («الفرنسي»)");
  });

  it("holds back the count compared with such a part too", () => {
    const text = "وتم توقيف 17 مغربيا فوق التراب الفرنسي بناء على أوامر دولية بإلقاء القبض، بعدما كان عددهم 15 سنة 2023.";
    expect(published(text)).toEqual([]);
    expect(mentionOf(text, "15").reason).toContain("compared with the part of one partner");
  });

  it("reads a list item's label before its bare value as the value's clause", () => {
    expect(published("- مطلوبون سلمتهم ألمانيا إلى المغرب: 2 (مقابل 1 في 2023)\n- الأشخاص المسلمون إلى المغرب: 31\n")).toEqual(["persons_extradited_to_morocco 2024 = 31"]);
  });

  it("reads an operation 'in the two countries' as one partner's", () => {
    expect(published("وعلى المستوى الميداني، أنجزت المصالح الأمنية في البلدين ثلاث عمليات للتسليم المراقب للمخدرات، مقابل عمليتين في 2023.")).toEqual([]);
  });

  it("keeps the national count: an operation made with a partner, several partners, a whole after the part, an indicator of that partner", () => {
    expect(published("فضلا عن تنفيذ عمليتين للتسليم المراقب للمخدرات مع السلطات الإيطالية.", "2022")).toEqual(["controlled_deliveries 2022 = 2"]);
    expect(published("بينهم ثمانية وخمسون مواطنا مغربيا أوقف أغلبهم بإسبانيا وفرنسا وبلجيكا وهولندا.", "2017")).toEqual(["moroccan_citizens_arrested_abroad 2017 = 58"]);
    expect(published("حصيلة 2019: سبعة مغاربة أوقفوا في بلجيكا من أصل 55 مواطنا أوقفوا بالخارج بطلب من الأمن المغربي.", "2019")).toEqual(["moroccan_citizens_arrested_abroad 2019 = 55"]);
    expect(published("كما تم توقيف أربعة أجانب مطلوبين للعدالة بالولايات المتحدة الأمريكية.", "2023")).toEqual(["foreigners_arrested_for_us 2023 = 4"]);
  });

  it("does not take a capital on the line above for the place of a count's body", () => {
    const text = "جمعية الوفاق للمغاربة ببروكسيل: هذه خلاصة ما نشرته المديرية عن الستة أشهر الأولى من 2021\n✅ الملفات وطلبات المعلومات مع الدول الأجنبية: 2240 ملف\n";
    expect(published(text, "2021-H1")).toEqual(["files_processed 2021-H1 = 2240"]);
  });

  it("reads a place before a colon as the sentence's, not the count's after it", () => {
    expect(published("وحتى سيارتك المسروقة في مدريد أو ليون قد تعود يوما: 109 سيارات سرقت بالخارج حجزت بالمغرب خلال الأشهر الستة الأخيرة من السنة.", "2017-H2")).toEqual(["stolen_vehicles_seized 2017-H2 = 109"]);
  });
});

describe("a whole whose part is given for the other half of the year", () => {
  it("is the year's, in a report on the second half", () => {
    const text = "فيما بلغ عدد الأوامر الدولية بإلقاء القبض المنشورة 87 أمرا، منها 46 في الأشهر الستة الأولى.";
    expect(published(text, "2023-H2")).toEqual(["international_arrest_warrants 2023 = 87", "international_arrest_warrants 2023-H1 = 46"]);
  });
});

describe("the period of a change", () => {
  it("is the one the clause before it names for its subject, with no number of its own", () => {
    const text = "وإذا كان النصف الأول قد استأثر بـ3104 ملفات، فإن الأشهر الستة الأخيرة جاءت أكثر كثافة، متجاوزة حصيلة النصف الثاني من 2022 بنحو 5,5 في المائة.";
    expect(published(text, "2023-H2")).toEqual(["files_processed 2023-H1 = 3104", "files_processed_pct_change 2023-H2 vs 2022-H2 = approx 5.5"]);
  });

  it("is the year a relative clause follows, its adjective between", () => {
    const text = "تأتي هذه الأرقام بعد سنة 2020 الاستثنائية التي تراجع فيها عدد الملفات المعالجة بنسبة 12 في المائة مقارنة بسنة 2019.";
    expect(published(text, "2021")).toEqual(["files_processed_pct_change 2020 vs 2019 = -12"]);
  });

  it("does not take a later change's base for the earlier end of the first", () => {
    const text = "أما المبحوث عنهم الموقوفون فارتفع عددهم من 76 إلى 104، أي بنسبة 37 في المائة، وبنسبة 7 في المائة قياسا بسنة 2019.";
    expect(published(text, "2021")).not.toContain("wanted_persons_arrested 2019 = 76");
    expect(mentionOf(text, "76", "2021").status).toBe("held_back");
  });
});

describe("shares in a parenthesis after a list of partners", () => {
  it("pair with the partners in order", () => {
    const text = "• إسبانيا وفرنسا وبلجيكا: أهم شركاء المغرب في تبادل الملفات (31% و22% و8%).";
    expect(published(text, "2021")).toEqual(["exchanges_share_by_partner 2021 ES = 31", "exchanges_share_by_partner 2021 FR = 22", "exchanges_share_by_partner 2021 BE = 8"]);
  });
});

describe("a count after 'this figure'", () => {
  it("counts the part the figure it refers to counts, when its noun names the whole", () => {
    const text = 'تساءل أحد النواب عن "40 مواطنا مغربيا فقط" قال إنهم أوقفوا بالخارج، فأوضح ممثل المديرية أن هذا الرقم يخص سنة 2020 التي سجلت 41 موقوفا.';
    expect(published(text, "2021")).toContain("moroccan_citizens_arrested_abroad 2020 = 41");
  });
});

describe("numbers that are no period", () => {
  it("reads a year-like count before a year's noun and its year as a count", () => {
    const text = "أما مذكرات البحث المعممة على الصعيد الوطني، فقد بلغت 2215 مذكرة مقابل 2030 سنة 2015.";
    expect(published(text, "2016")).toEqual(["national_search_notices 2016 = 2215", "national_search_notices 2015 = 2030"]);
  });

  it("takes no year from a question that states a count of its own", () => {
    const text = "هل تعلم أنه نشر كذلك قرابة 2000 مذكرة لتوقيف سريان الأبحاث الدولية؟\nهل تعلم أن المغرب شارك في أربع عمليات أمنية متعددة الأطراف بتنسيق مع الأنتربول؟\n";
    expect(published(text, "2021")).toContain("interpol_multilateral_operations 2021 = 4");
  });

  it("holds back a count over a person's career", () => {
    const text = "وينحدر الريفي، المزداد سنة 1964، من مدينة الحسيمة. وخلال مساره، أشرف على أزيد من 1500 ملف تسليم.";
    expect(published(text)).toEqual([]);
    expect(mentionOf(text, "1500").reason).toContain("«مساره»");
  });
});
