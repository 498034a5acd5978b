// Readings the held-out sets of round 66 led to (held350–held353, and held349's partner parts): a count its own
// clause places with one partner country (partner-place.ts), a count compared with such a part, a whole whose part is
// given for the other half of the year (count-periods.ts), the period a change takes from the clause naming its
// subject (change-periods.ts), shares paired with a list of partners in a parenthesis (respective-categories.ts), a
// count after "this figure" (this-figure.ts), and the year-like counts, questions and careers that are no period; then
// rounds 67 and 68 (below).
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

// Round 67 (held354–held357): the partner a sentence opens on, names by a pronoun or as "the two countries", or a
// table's column names; the DGSN's partner of the sentence; lists in percent; a post's comments; steps of a change.
describe("a count of one partner named elsewhere than its own clause", () => {
  it("is that partner's part when the sentence opens on it, not on a dateline", () => {
    expect(published("ومع فرنسا دائما، استقبلت المملكة 5 أشخاص مطلوبين للعدالة المغربية سلمتهم السلطات الفرنسية.", "2023")).toEqual([]);
    const dateline = "مدريد، 12 يوليو (وكالة الأنباء الإيبيرية) - عالجت المديرية العامة للأمن الوطني خلال النصف الأول من 2024 ما مجموعه 3.420 ملفا وطلب معلومات.";
    expect(published(dateline, "2024-H1")).toEqual(["files_processed 2024-H1 = 3420"]);
  });

  it("is that partner's part when a pronoun or 'the two countries' stands for it", () => {
    expect(published("وتسلم المغرب من السلطات الهولندية شخصين مطلوبين للقضاء المغربي، وسلم إليها شخصا واحدا.", "2023")).toEqual([]);
    expect(published("وأسفر تنفيذ النشرات الحمراء عن توقيف 17 مغربيا فوق التراب الفرنسي، مقابل 15 مواطنا سنة 2022، كما نفذ البلدان عملية واحدة للتسليم المراقب للمخدرات.", "2023")).toEqual([]);
  });

  it("reads the verb's clause before an aside, and 'دولية' as no noun of several partners", () => {
    expect(published("تسلم المغرب من بلجيكا، خلال السنة الماضية، ثلاثة أشخاص كانوا مبحوثا عنهم من طرف القضاء المغربي.", "2023")).toEqual([]);
    expect(published("فيما تسلم من السلطات الإيطالية شخصين صدرت في حقهما أوامر دولية بإلقاء القبض.", "2023")).toEqual([]);
  });

  it("reads an operation with the partner the sentence already gave a part of as that partner's, with one among several as the nation's", () => {
    const text = "وسجلت الحصيلة تسليم أو استقدام 14 شخصا مطلوبا للعدالة المغربية، من بينهم 6 أشخاص سلمتهم السلطات الإسبانية، كما تم تنفيذ ثلاث عمليات للتسليم المراقب للمخدرات بتنسيق مع المصالح الأمنية الإسبانية.";
    expect(published(text, "2017")).toEqual(["persons_extradited_to_morocco 2017 = 14"]);
    const several = "ونفذت أربع عمليات للتسليم المراقب للمخدرات مع شركاء إيطاليين وإسبان وبلجيكيين، مقابل عمليتين فقط مع السلطات الإيطالية في السنة الماضية.";
    expect(published(several, "2023")).toEqual(["controlled_deliveries 2023 = 4", "controlled_deliveries 2022 = 2"]);
  });

  it("reads a country's adjective after a language as no partner", () => {
    const text = "أفاد بلاغ صادر باللغة الفرنسية عن المديرية أن مصالح التعاون الأمني الدولي عالجت، خلال النصف الأول من سنة 2025، ما مجموعه 3 706 ملفات وطلبات معلومات.";
    expect(published(text, "2025-H1")).toEqual(["files_processed 2025-H1 = 3706"]);
  });

  it("holds back a table column's numbers when its header names one partner, and reads the periods' columns", () => {
    const table = "| المؤشر | كندا | 2023 | 2022 |\n|---|---|---|---|\n| مطلوبون سلموا إلى المغرب | 1 | 27 | 22 |\n";
    expect(published(table, "2023")).toEqual(["persons_extradited_to_morocco 2023 = 27", "persons_extradited_to_morocco 2022 = 22"]);
  });
});

describe("lists, posts and steps", () => {
  it("reads a list's bare values as percentages when its heading gives them in percent", () => {
    const text = "توزيع الملفات حسب نوع القضية (%):\n- المخدرات: 38\n- الهجرة غير النظامية والاتجار بالبشر: 17\n";
    expect(published(text, "2025-H1")).toEqual(["files_share_by_case_type 2025-H1 drug_trafficking = 38", "files_share_by_case_type 2025-H1 irregular_migration = 17"]);
  });

  it("ends a reader's comment at the cruft line above it, not at the post's text", () => {
    const post = "حصيلة التعاون الأمني الدولي للنصف الأول من 2025:\n✅ 84 إنابة قضائية دولية\n👍❤️ 2,4 ألف · 312 تعليقًا · 87 مشاركة\nYoussef: الله يعطيكم الصحة، 74 مبحوث عنه ماشي ساهل\n3 س · أعجبني · رد\n";
    expect(published(post, "2025-H1")).toEqual(["letters_rogatory 2025-H1 = 84"]);
  });

  it("holds back a change's last step after 'ثم إلى' when the sentence runs past the text's year", () => {
    const text = "انتقلت الأوامر من 71 أمرا سنة 2017 إلى 84 أمرا سنة 2019، فيما ارتفع عدد المبحوث عنهم الذين تم توقيفهم من 80 شخصا إلى 89 ثم إلى 97 شخصا خلال الفترة نفسها.";
    expect(published(text, "2017")).toEqual(["international_arrest_warrants 2017 = 71", "international_arrest_warrants 2019 = 84"]);
  });

  it("reads a question why as stating what it asks about", () => {
    expect(published("• لماذا عاد عدد الملفات وطلبات المعلومات إلى الارتفاع، بما يناهز 4700 ملف، بعد تراجع سنة 2020؟", "2021")).toEqual(["files_processed 2021 = approx 4700"]);
  });
});

// Round 68 (held358–held361): a local unit's headline and list, "the year before it" after a part, "their number" of a dual.
describe("a local unit's counts and the counts compared after a part", () => {
  it("holds back a headline's counts opening on a place the text names a local unit by, and a list under that unit's heading", () => {
    const headline = "العيون.. 3 موقوفين مطلوبين دوليا\nوأفاد مصدر من ولاية أمن العيون بأن المصالح الأمنية بالمدينة ساهمت في هذه الحصيلة.";
    expect(published(headline, "2022")).toEqual([]);
    const list = "وأوضحت المديرية أن 119 مبحوثا عنهم دوليا أوقفوا خلال السنة.\n\nوعلى صعيد ولاية أمن أكادير:\n\n- الموقوفون بموجب أوامر دولية: 7\n";
    expect(published(list, "2022")).toEqual(["wanted_persons_arrested 2022 = 119"]);
  });

  it("compares 'the year before it' after a part with the whole before the part", () => {
    const text = "أما الأشخاص المطلوبون للعدالة المغربية، فقد تم تسليم أو استقدام 31 شخصا سنة 2024، منهم 15 خلال النصف الأول، مقابل 27 شخصا في السنة التي قبلها.";
    expect(published(text, "2024-H2")).toContain("persons_extradited_to_morocco 2023 = 27");
  });

  it("reads a dual after 'their number' as the count before it", () => {
    const text = "ساهمت المديرية خلال السنة ذاتها في 3 عمليات للتسليم المراقب، بتنسيق مع سلطات أجنبية، كما شاركت في 4 عمليات أمنية متعددة الأطراف تحت إشراف الأنتربول، بعدما لم يتجاوز عددها عمليتين سنة 2020.";
    expect(published(text, "2021")).toContain("interpol_multilateral_operations 2020 = lte 2");
  });
});

// Round 69 (held362–held365): the indicator's own partner in an opening, a spoken correction, a count compared in
// parentheses after the previous sentence's.
describe("round 69's readings", () => {
  it("keeps a count whose sentence opens on the partner its indicator is of", () => {
    const text = "أما الملف الأمريكي، فقد تراجع عدد الأجانب الموقوفين بطلب من القضاء الأمريكي إلى أجنبيين اثنين، بعد أن كانوا أربعة في 2023.";
    expect(published(text)).toContain("foreigners_arrested_for_us 2024 = 2");
  });

  it("withdraws a number a speaker corrects with 'لا سمح لي'", () => {
    const text = "تانيا المبحوث عليهم: تشدو مية وربعين... لا سمح لي، مية وسبعة وربعين.";
    expect(published(text, "2025")).toEqual(["wanted_persons_arrested 2025 = 147"]);
  });

  it("reads a count compared in parentheses after its year with the noun of the sentence before's last count", () => {
    const text = "عمم المكتب على الصعيد الوطني 3718 مذكرة بحث استجابة لطلبات مصالح أمن أجنبية، مقارنة مع 3540 مذكرة سنة 2023. وتتسع الهوة أكثر عند المقارنة مع سنة 2019 (2870 مذكرة).";
    expect(published(text)).toContain("national_search_notices 2019 = 2870");
  });
});

// Round 70 (held366–held369): local headlines and ports, the nation's whole said "وطنيا".
describe("round 70's local units", () => {
  it("holds back a headline's counts opening on an airport or a city's security", () => {
    expect(published("مطار مراكش المنارة.. 7 مبحوثين دوليا في قبضة الأمن خلال 2025 بينهم 5 أجانب", "2025")).toEqual([]);
    expect(published("أمن الرباط.. 19 إنابة قضائية دولية و5 موقوفين مبحوث عنهم دوليا في 2025", "2025")).toEqual([]);
  });

  it("holds back a port's counts when the sentence opens on it, and keeps the whole it gives 'وطنيا'", () => {
    expect(published("وعلى مستوى ميناء بني انصار، تم خلال السنة نفسها حجز 31 سيارة مسروقة من دول أوروبية.", "2025")).toEqual([]);
    const text = "وعلى مستوى ميناء طنجة المتوسط، حجزت المصالح الأمنية 38 سيارة مسروقة من دول أوروبية من مجموع 231 مركبة تم حجزها وطنيا.";
    expect(published(text, "2022")).toEqual(["stolen_vehicles_seized 2022 = 231"]);
  });
});

// Round 71 (held370–held373): grammar words written folded, and a change's two ends dated by an opening "بين".
describe("round 71's readings", () => {
  it("reads 'يبقى أقل من' a count of another year as that year's exact figure (remaining_verbs written folded)", () => {
    const text = "فقد عالج القطب 2230 ملفا ما بين يوليوز ودجنبر. غير أن هذا الرقم يبقى أقل من 2330 ملفا سجلت في النصف الثاني من 2019.";
    expect(published(text, "2020-H2")).toContain("files_processed 2019-H2 = 2330");
  });

  it("reads a noun of persons after a change of warrants by its own clause, not as the warrants", () => {
    const text = "ثم جاءت 2020 لتقلب المعادلة: تراجع عدد الأوامر الدولية المنشورة إلى 63 أمرا، والموقوفين إلى 76 شخصا.";
    expect(published(text, "2020")).toEqual(["international_arrest_warrants 2020 = 63", "wanted_persons_arrested 2020 = 76"]);
  });

  it("dates a change's two ends by the two years its sentence opens on with 'بين'", () => {
    const text = "بين 2015 و2024، انتقل عدد الملفات وطلبات المعلومات التي عالجها القطب من 2610 ملفات إلى 7215 ملفا.";
    expect(published(text, "2019")).toEqual(["files_processed 2015 = 2610", "files_processed 2024 = 7215"]);
  });
});
