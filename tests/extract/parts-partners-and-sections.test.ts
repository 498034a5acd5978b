// Readings the held-out sets of round 113 (held530–held533) and the pending held466 led to: a dual's nationality,
// persons wanted by one partner's judiciary, a part "among" a noun named before it, "of them" naming the noun of
// the clause before, a count of the topic a sentence opened on, an item's date heading only the items nested under
// it, a forecast's "may lead to", "يعني" restating a part's ratio, ranked section headings over short paragraphs,
// and "this year" under a section heading. Round 114 (held534–held537): a slash legend's values before their change
// in parentheses, the cooperation "with" a partner as a share's subject, the United States named by its capital, a
// change named by "بالنسبة لـ" after it. Round 115 (held538–held541): "bilateral" exchanges, an institute's aim
// ("يستهدف"), a news feed's Arabic footer. Round 116 (held542–held545): another country's figures after "وفي الجانب
// الجزائري،" or under its name as a list's heading, a legend of years between dashes, a quoted question closed after
// its quote, a question asking what stated figures mean ("هل نحن أمام طفرة؟"). Round 117 (held546–held549): a
// headline's pause after a word that names a law's chapter elsewhere ("حصيلة فصلية.. أزيد من 1500 ملف"); a table's
// labels' cell naming the year of parts named without theirs, beside their total ("| المؤشر (2024) | النصف الأول |
// النصف الثاني | المجموع |"); a difference's amount after a level's verb ("الفرق … بلغ 375 ملفا"). (Rounding "قرابة 175" to the nearest five and a bound on a percentage:
// tests/validate/interval.test.ts; "ألف و ميتين" and "أكتر من": tests/arabic/numbers/dialect-compounds.test.ts.)
import { describe, expect, it } from "vitest";
import { loadCatalogue } from "../../pipeline/catalogue/load.ts";
import { publishedFigures, readText } from "../helpers/extract.ts";

const catalogue = loadCatalogue();
const mentionOf = (text: string, number: string, reference: string, published: string | null = null) =>
  readText(text, catalogue, reference, published).mentions.find((m) => m.text.includes(number))!;

describe("partners' parts", () => {
  it("holds back a dual whose adjective is a nationality as that country's part ('سلم المغرب رعيتين سنغاليتين')", () => {
    const text = "وفي حين سلم المغرب رعيتين سنغاليتين إلى سلطات بلدهما، عالج القطب 3950 ملفا.";
    expect(publishedFigures(text, catalogue, "2020", "2021-01-05")).toEqual(["files_processed 2020 = 3950"]);
    expect(mentionOf(text, "رعيتين", "2020", "2021-01-05").reason).toContain("«سنغاليتين»");
  });

  it("holds back persons wanted by one partner's judiciary as its part ('مبحوث عنهم من طرف القضاء الموريتاني')", () => {
    const text = "وأوقفت المصالح الأمنية 3 أشخاص مبحوث عنهم من طرف القضاء الموريتاني.";
    expect(publishedFigures(text, catalogue, "2020", "2021-01-05")).toEqual([]);
    expect(mentionOf(text, "3", "2020", "2021-01-05").reason).toContain("the part wanted by one partner");
  });

  it("keeps persons wanted by the partner its indicator counts ('أجانب مطلوبين للقضاء الأمريكي')", () => {
    const text = "كما تم توقيف 5 أجانب مطلوبين للقضاء الأمريكي.";
    expect(publishedFigures(text, catalogue, "2025", "2026-01-05")).toEqual(["foreigners_arrested_for_us 2025 = 5"]);
  });

  it("does not take places after 'في' for one partner's judiciary ('مطلوبين للقضاء في إسبانيا وبلجيكا')", () => {
    const text = "في حين سلم المغرب أجنبيين اثنين كانا مطلوبين للقضاء في إسبانيا وبلجيكا.";
    expect(publishedFigures(text, catalogue, "2022", "2023-01-05")).toEqual(["foreigners_handed_over_by_morocco 2022 = 2"]);
  });
});

describe("parts and the nouns they are of", () => {
  it("holds back a number after 'من بين' and the noun it is a part of ('ومن بين الأشخاص المستقدمين إلى المغرب خمسة')", () => {
    const text = "تم تسليم 14 شخصا إلى المغرب. وأضاف البلاغ أن من بين الأشخاص المستقدمين إلى المغرب خمسة تم تسليمهم من طرف السلطات الإسبانية.";
    expect(publishedFigures(text, catalogue, "2020", "2021-01-05")).toEqual(["persons_extradited_to_morocco 2020 = 14"]);
    expect(mentionOf(text, "خمسة", "2020", "2021-01-05").reason).toContain("«من بين الأشخاص»");
  });

  it("keeps the whole's own number after 'من بين' ('ومن بين الموقوفين الـ104، أوقف 62 مواطنا مغربيا')", () => {
    const text = "وأسفرت الأوامر عن توقيف 104 أشخاص مبحوث عنهم. ومن بين الموقوفين الـ104، أوقف 62 مواطنا مغربيا خارج المغرب.";
    expect(publishedFigures(text, catalogue, "2021", "2022-01-05")).toContain("moroccan_citizens_arrested_abroad 2021 = 62");
  });

  it("reads 'منها' with no count before it as of the noun its clause before names ('واصلت إعلانات البحث … تراجعها، إذ لم يعمم منها سوى 329 إعلانا')", () => {
    const text = "عالج القطب 7648 ملفا. في المقابل، واصلت إعلانات البحث الصادرة عن شعب الاتصال بالدول العربية تراجعها، إذ لم يعمم منها سوى 329 إعلانا.";
    expect(publishedFigures(text, catalogue, "2025", "2026-01-05")).toContain("arab_search_notices 2025 = 329");
  });

  it("does not read 'منها' as of a noun when its sentence gave a count before ('عالجت … 214 ملفا يتعلق بالفساد، أحيل منها 158 ملفا')", () => {
    const text = "وعالج القطب 6312 ملفا للتعاون الدولي. وعالجت الشرطة القضائية كذلك 214 ملفا يتعلق بالفساد واختلاس المال العام، أحيل منها 158 ملفا على أقسام الجرائم المالية.";
    expect(publishedFigures(text, catalogue, "2023", "2024-01-05")).toEqual(["files_processed 2023 = 6312"]);
  });

  it("reads a share after 'يعني' restating a part as the part's ratio, no share of a breakdown ('يعني قرابة 23 فالمية منها')", () => {
    const text = "تابعو 153 إنابة قضائية، وزيد عليها بلي 35 من الإنابات كانت على المخدرات وتبييض الأموال، يعني قرابة 23 فالمية منها.";
    expect(publishedFigures(text, catalogue, "2023", "2024-01-14").filter((f) => f.includes("share"))).toEqual([]);
    expect(mentionOf(text, "23 فالمية", "2023", "2024-01-14").reason).toContain("the ratio of the part before it");
  });
});

describe("topics and forecasts", () => {
  it("reads a count of the noun a sentence opened on as its topic, clauses later ('أما العمليات متعددة الأطراف …، لتبلغ ثماني عمليات')", () => {
    const text = "أما العمليات متعددة الأطراف التي تنسقها الأمانة العامة للأنتربول، فقد تضاعف عددها أربع مرات منذ 2020، لتبلغ ثماني عمليات.";
    expect(publishedFigures(text, catalogue, "2025", "2026-01-05")).toEqual(["interpol_multilateral_operations 2025 = 8"]);
  });

  it("does not lend a topic clause's words to another count when that clause gave a count ('… فعددها ألفان …، وعلى المستوى العربي مائتان …')", () => {
    const text = "أما إشعارات إيقاف البحث على المستوى الدولي فعددها ألفان وثلاثمائة واثنا عشر إشعارا، وعلى المستوى العربي مائتان وثمانية وتسعون إشعارا.";
    expect(publishedFigures(text, catalogue, "2023", "2024-01-05")).not.toContain("international_search_cancellations 2023 = 298");
  });

  it("holds back what the pace 'may lead to' ('قد تقود الوتيرة الحالية إلى تجاوز 7500 ملف')", () => {
    const text = "حسب أستاذ المادة، قد تقود الوتيرة الحالية إلى تجاوز 7500 ملف عند نهاية السنة.";
    expect(publishedFigures(text, catalogue, "2025-H1", "2025-08-01")).toEqual([]);
    expect(mentionOf(text, "7500", "2025-H1", "2025-08-01").reason).toContain("«قد تقود»");
  });
});

describe("headings", () => {
  const timeline = [
    "نعيد ترتيب أبرز محطات التعاون الأمني الدولي للمغرب:",
    "",
    "▪ 1957: انضمام المغرب إلى المنظمة الدولية للشرطة الجنائية (أنتربول).",
    "▪ 2017: قطب التعاون الأمني الدولي يعالج 3380 ملفا.",
    "▪ 31 دجنبر 2018: نشر الحصيلة السنوية للمديرية:",
    "   - 4060 ملفا وطلب معلومات",
    "   - 112 إنابة قضائية دولية",
  ].join("\n");

  it("makes an item naming its date the heading of the items nested under it only, not of its list's next items", () => {
    const figures = publishedFigures(timeline, catalogue, "2018", "2019-01-15");
    expect(figures).toContain("files_processed 2017 = 3380");
    expect(figures).toContain("files_processed 2018 = 4060");
    expect(figures).toContain("letters_rogatory 2018 = 112");
    expect(figures.some((f) => f.includes("1957"))).toBe(false);
  });

  it("reads a ranked heading ('5- سنة 2014') over a short paragraph as its section's period", () => {
    const text = ["قارنا الحصائل السنوية منذ 2014 ورتبنا السنوات حسب عدد الملفات.", "", "5- سنة 2014", "ما مجموعه 2310 ملفات، و81 إنابة قضائية دولية.", "", "4- سنة 2015", "2640 ملفا، وتم خلالها استقدام 9 أشخاص مطلوبين للعدالة المغربية من الخارج.", "", "3- سنة 2016", "2950 ملفا، و73 مبحوثا عنه دوليا تم توقيفهم."].join("\n");
    const figures = publishedFigures(text, catalogue, "2018", "2019-02-05");
    expect(figures).toEqual(expect.arrayContaining(["files_processed 2014 = 2310", "files_processed 2015 = 2640", "persons_extradited_to_morocco 2015 = 9", "files_processed 2016 = 2950"]));
  });

  it("reads 'this year' under a section heading naming a year as that year ('2014.. البداية⏎… خلال هذه السنة 2310 ملفات')", () => {
    const text = ["مع إسدال الستار على سنة 2018، نعود إلى خمس سنوات من التعاون الأمني الدولي.", "", "2014.. البداية", "عالج قطب التعاون الأمني الدولي خلال هذه السنة 2310 ملفات وطلبات معلومات، فيما تابع المكتب تنفيذ 81 إنابة قضائية دولية."].join("\n");
    expect(publishedFigures(text, catalogue, "2018", "2019-01-08")).toEqual(expect.arrayContaining(["files_processed 2014 = 2310", "letters_rogatory 2014 = 81"]));
  });
});

describe("legends, subjects and names (round 114)", () => {
  it("reads values between slashes under a legend of years before their change in parentheses ('162 / 153 (+5,9 %)')", () => {
    const text = "أبرز المؤشرات | Indicateurs clés (2024 / 2023)\n- الإنابات القضائية الدولية | Commissions rogatoires : 162 / 153 (+5,9 %)\n- مذكرات البحث الوطنية : 3.718 / 3.540 (+5 %)";
    expect(publishedFigures(text, catalogue, "2024", "2025-01-05")).toEqual(
      expect.arrayContaining(["letters_rogatory 2024 = 162", "letters_rogatory 2023 = 153", "national_search_notices 2024 = 3718", "national_search_notices 2023 = 3540"]),
    );
  });

  it("reads the cooperation with a partner as the subject a share is told of ('ويمثل التعاون مع إسبانيا وحدها، …، 29 في المائة')", () => {
    const text = "ويمثل التعاون مع إسبانيا وحدها، وفق معطيات المديرية، 29 في المائة من مجموع المبادلات في إطار التعاون الأمني الدولي.";
    expect(publishedFigures(text, catalogue, "2017", "2018-02-05")).toEqual(["exchanges_share_by_partner 2017 ES = 29"]);
  });

  it("reads persons wanted by the United States named by its capital ('3 أجانب مطلوبون لواشنطن')", () => {
    const text = "كما أوقفت المصالح 3 أجانب مطلوبون لواشنطن خلال 2017.";
    expect(publishedFigures(text, catalogue, "2017", "2018-01-11")).toEqual(["foreigners_arrested_for_us 2017 = 3"]);
  });

  it("reads the noun after 'بالنسبة لـ' as what the change before it is of ('+20,1% بالنسبة للملفات، و+7,7% بالنسبة للإنابات')", () => {
    const text = "التغير بين 2017 و2018: +20,1% بالنسبة للملفات، و+7,7% بالنسبة للإنابات.";
    expect(publishedFigures(text, catalogue, "2018", "2019-01-10")).toEqual(["files_processed_pct_change 2018 vs 2017 = 20.1", "letters_rogatory_pct_change 2018 vs 2017 = 7.7"]);
  });
});

describe("partners, aims and feeds (round 115)", () => {
  it("holds back 'bilateral' exchanges as one partner's part, and the count compared with them ('المبادلات الثنائية شملت 2063 ملفا …، مقابل 1890')", () => {
    const text = "عالج قطب التعاون الأمني الدولي 7640 ملفا وطلب معلومات. وسجلت اللجنة بارتياح أن المبادلات الثنائية شملت 2063 ملفا خلال السنة، مقابل 1890 ملفا سنة 2024.";
    expect(publishedFigures(text, catalogue, "2025", "2026-02-10")).toEqual(["files_processed 2025 = 7640"]);
    expect(mentionOf(text, "1890", "2025", "2026-02-10").reason).toContain("compared with the part of one partner");
  });

  it("keeps a count of the partner its indicator counts after 'التعاون الثنائي' ('مكن التعاون الثنائي من توقيف ثلاثة مواطنين أجانب مطلوبين من طرف القضاء الأمريكي')", () => {
    const text = "مكن التعاون الثنائي من توقيف ثلاثة مواطنين أجانب مطلوبين من طرف القضاء الأمريكي.";
    expect(publishedFigures(text, catalogue, "2022", "2023-01-05")).toEqual(["foreigners_arrested_for_us 2022 = 3"]);
  });

  it("holds back what an institute aims at ('يستهدف المعهد رفع حصة التكوين الحضوري إلى 80 في المائة')", () => {
    const text = "يستهدف المعهد رفع حصة التكوين الحضوري إلى 80 في المائة.";
    expect(publishedFigures(text, catalogue, "2025", "2026-02-01")).toEqual([]);
    expect(mentionOf(text, "80", "2025", "2026-02-01").reason).toContain("an aim or a hope");
  });

  it("holds back an aim opening its line under a heading that runs into its sentence ('3.4 آفاق سنة 2026⏎يستهدف المعهد …')", () => {
    const text = "بلغت حصة التكوين الحضوري 76 في المائة.\n\n3.4 آفاق سنة 2026\nيستهدف المعهد رفع حصة التكوين الحضوري إلى 80 في المائة، وتنظيم 20 دورة على الأقل.";
    expect(publishedFigures(text, catalogue, "2025", "2026-02-01")).toEqual(["training_share_in_person 2025 = 76"]);
    expect(mentionOf(text, "80", "2025", "2026-02-01").reason).toContain("an aim or a hope");
  });

  it("reads a news feed's Arabic footer as page cruft ('ظهرت المقالة … أولا على …')", () => {
    const text = "عالج القطب 2950 ملفا.\n<p>ظهرت المقالة <a href=\"http://example.com/1.html\">96 إنابة قضائية و64 أمرا دوليا في 2016</a> أولا على <a href=\"http://example.com\">الموقع</a>.</p>";
    expect(publishedFigures(text, catalogue, "2016", "2017-01-11")).toEqual(["files_processed 2016 = 2950"]);
    expect(mentionOf(text, "96", "2016", "2017-01-11").status).toBe("cruft");
  });
});

describe("other countries, dashes and questions (round 116)", () => {
  it("holds back another country's figures after 'وفي الجانب الجزائري،' or 'وفي الجزائر المجاورة،'", () => {
    for (const opening of ["وفي الجانب الجزائري،", "وفي الجزائر المجاورة،"]) {
      const text = `عالج القطب 5800 ملف. ${opening} أعلنت المديرية العامة للأمن الوطني معالجة 1460 ملفا، ونشر 212 أمرا دوليا بالقبض.`;
      expect(publishedFigures(text, catalogue, "2022", "2023-01-05")).toEqual(["files_processed 2022 = 5800"]);
    }
  });

  it("holds back the items under a heading that is another country's name ('الجزائر⏎- 1460 ملف تعاون دولي')", () => {
    const text = "المغرب\n- 5800 ملف تعاون دولي، 106 أوامر دولية بالقبض\n\nالجزائر\n- 1460 ملف تعاون دولي، 212 أمرا دوليا بالقبض";
    expect(publishedFigures(text, catalogue, "2022", "2023-02-20")).toEqual(["files_processed 2022 = 5800", "international_arrest_warrants 2022 = 106"]);
  });

  it("reads the values between dashes under a legend of years between dashes ('بالأرقام (2013 – 2014 – 2015)')", () => {
    const text = "بالأرقام (2013 – 2014 – 2015)\nالإنابات القضائية الدولية: 70 – 79 – 88\nالأوامر الدولية بإلقاء القبض: 52 – 58 – 64";
    expect(publishedFigures(text, catalogue, "2015", "2016-01-14")).toEqual([
      "letters_rogatory 2013 = 70", "letters_rogatory 2014 = 79", "letters_rogatory 2015 = 88",
      "international_arrest_warrants 2013 = 52", "international_arrest_warrants 2014 = 58", "international_arrest_warrants 2015 = 64",
    ]);
  });

  it("holds back a figure asked in a quoted question closed by the stop after its quote ('\"هل صحيح أن …؟\".')", () => {
    const text = 'سألني صديق: "هل صحيح أن المغرب استقدم 140 مطلوبا من الخارج خلال السنة الماضية؟". قلت له إن الرقم هو 14.';
    expect(mentionOf(text, "140", "2015", "2016-02-24").reason).toBe("it is asked in a question, not stated");
  });

  it("reads the figures before a question asking what they mean as stated ('…، هل نحن أمام طفرة؟')", () => {
    const text = 'سأل المقدم: "أكثر من 7 آلاف ملف وطلب معلومات في 2024، مقابل 6 آلاف و312 في السنة التي قبلها، هل نحن أمام طفرة؟".';
    expect(publishedFigures(text, catalogue, "2024", "2025-01-20")).toContain("files_processed 2023 = 6312");
  });
});

describe("headlines (round 117)", () => {
  it("reads a number after a headline's pause as no law's chapter ('حصيلة فصلية.. أزيد من 1500 ملف')", () => {
    const text = "حصيلة فصلية.. أزيد من 1500 ملف للتعاون الأمني الدولي في ثلاثة أشهر";
    expect(publishedFigures(text, catalogue, "2023-Q3", "2023-10-20")).toEqual(["files_processed 2023-Q3 = gt 1500"]);
  });

  it("still sets a law's chapter aside ('الفصل 3 من القانون')", () => {
    const text = "وينص الفصل 3 من القانون على التعاون القضائي.";
    expect(mentionOf(text, "3", "2023", "2024-01-05").status).toBe("ignored");
  });
});

describe("tables (after round 117)", () => {
  it("reads the parts named without their year under a labels' cell naming it, and their total as the whole year", () => {
    const text = "| المؤشر (2024) | النصف الأول | النصف الثاني | المجموع |\n|---|---|---|---|\n| الإنابات القضائية الدولية | 78 | 84 | 162 |";
    expect(publishedFigures(text, catalogue, "2024-H2", "2025-02-01")).toEqual(["letters_rogatory 2024-H1 = 78", "letters_rogatory 2024-H2 = 84", "letters_rogatory 2024 = 162"]);
    const earlier = text.replace("(2024)", "(2023)");
    expect(publishedFigures(earlier, catalogue, "2024", "2025-02-01")).toEqual(["letters_rogatory 2023-H1 = 78", "letters_rogatory 2023-H2 = 84", "letters_rogatory 2023 = 162"]);
  });

  it("takes a total beside parts named without any year for the text's year, as the parts are (round 154; '| المؤشر | النصف الأول | النصف الثاني | المجموع |')", () => {
    const text = "| المؤشر | النصف الأول | النصف الثاني | المجموع |\n|---|---|---|---|\n| الإنابات القضائية الدولية | 78 | 84 | 162 |";
    expect(publishedFigures(text, catalogue, "2024-H2", "2025-02-01")).toEqual(["letters_rogatory 2024-H1 = 78", "letters_rogatory 2024-H2 = 84", "letters_rogatory 2024 = 162"]);
  });
});

describe("differences (after round 117)", () => {
  it("reads the number a level's verb gives after a difference noun as the difference's amount ('الفرق بين النصفين … بلغ 375 ملفا')", () => {
    const text = "الفرق بين النصفين في عدد الملفات بلغ 375 ملفا.";
    expect(publishedFigures(text, catalogue, "2024-H2", "2025-02-01")).toEqual([]);
    expect(mentionOf(text, "375", "2024-H2", "2025-02-01").reason).toContain("the amount of a change");
  });

  it("still reads what a difference leaves for a part of the year as its level ('الفرق إذن بلغ 3208 ملفات في النصف الثاني')", () => {
    const text = "عالج القطب 6312 ملفا خلال سنة 2023، منها 3104 في النصف الأول. الفرق إذن بلغ 3208 ملفات في النصف الثاني.";
    expect(publishedFigures(text, catalogue, "2023", "2024-01-10")).toContain("files_processed 2023-H2 = 3208");
  });
});
