// What the held-out sets held130–held135 (looking back, five outlets, non-journalists, spoken words, the other kinds
// of figures) showed on first sight: a calculation written out, a plus sign before a count, an arrow before a
// change, a yearly average rate, a part by nationality, shares of training courses listed like partners' shares,
// a year followed by a number in words, a change after a recalled base, a card's long block of lines.
import { describe, expect, it } from "vitest";
import { loadCatalogue } from "../../pipeline/catalogue/load.ts";
import { mentionIn, publishedFigures } from "../helpers/extract.ts";

const catalogue = loadCatalogue();

const published = (text: string, reference = "2025") => publishedFigures(text, catalogue, reference);

describe("calculations and signs", () => {
  it("reads a half-year report's 'year − other half = this half' as the three counts of the line's label", () => {
    expect(published("الإنابات القضائية الدولية: 143 − 66 = 77\nالأوامر الدولية بإلقاء القبض: 106 − 58 = 48", "2022-H2")).toEqual([
      "letters_rogatory 2022 = 143",
      "letters_rogatory 2022-H1 = 66",
      "letters_rogatory 2022-H2 = 77",
      "international_arrest_warrants 2022 = 106",
      "international_arrest_warrants 2022-H1 = 58",
      "international_arrest_warrants 2022-H2 = 48",
    ]);
  });

  it("holds back the terms of any other calculation, and of one whose arithmetic is not exact", () => {
    const yearly = "الملفات: 5800 − 2760 = 3040 ملف.";
    expect(mentionIn(yearly, "5800", catalogue, "2022")).toMatchObject({ status: "held_back", reason: expect.stringContaining("calculation") });
    expect(mentionIn(yearly, "2760", catalogue, "2022")).toMatchObject({ status: "held_back" });
    const inexact = "الإنابات القضائية الدولية: 143 − 60 = 77";
    expect(published(inexact, "2022-H2").filter((f) => !f.endsWith("= 77"))).toEqual([]);
    expect(mentionIn(inexact, "143", catalogue, "2022-H2")).toMatchObject({ status: "held_back", reason: expect.stringContaining("calculation") });
  });

  it("holds back a count written with a plus sign: more than, or an increase by?", () => {
    const text = "النصف الثاني: +240 ملفا.";
    expect(published(text, "2019-H2")).toEqual([]);
    expect(mentionIn(text, "240", catalogue, "2019-H2")).toMatchObject({ status: "held_back", reason: expect.stringContaining("plus sign") });
    // "The difference" says which: the amount of a change.
    expect(mentionIn("الفرق: +240 ملفا.", "240", catalogue, "2019-H2")).toMatchObject({ status: "unaccounted", reason: expect.stringContaining("amount of a change") });
  });

  it("reads an arrow before a percentage as the direction of a change when a base is named", () => {
    const text = "2450 ملفا وطلب معلومات عالجها قطب التعاون الأمني الدولي\n▲ 10% مقارنة بالنصف الأول من السنة";
    expect(published(text, "2021-H2")).toEqual(["files_processed 2021-H2 = 2450", "files_processed_pct_change 2021-H2 vs 2021-H1 = 10"]);
  });

  it("reads a participle of change in the accusative ('مرتفعا بنحو 9 في المائة') as a change, not a share", () => {
    const text = "عالج القطب خلال سنة 2025 ما مجموعه 7840 ملفا وطلب معلومات، مرتفعا بنحو 9 في المائة عن حصيلة 2024.";
    expect(published(text)).toEqual(["files_processed 2025 = 7840", "files_processed_pct_change 2025 vs 2024 = approx 9"]);
  });

  it("holds back a yearly average growth rate, but not a change 'at a rate of'", () => {
    const average = "عالج القطب 2610 ملفات سنة 2015، أي +32% في ثلاث سنوات، بمعدل نمو سنوي يقارب 10%.";
    expect(mentionIn(average, "يقارب 10%", catalogue, "2015")).toMatchObject({ status: "held_back", reason: expect.stringContaining("average") });
    expect(published("ارتفع عدد الملفات المعالجة بمعدل 24 في المائة مقارنة مع سنة 2021.", "2022")).toEqual(["files_processed_pct_change 2022 vs 2021 = 24"]);
  });
});

describe("numbers that are no counts", () => {
  it("reads a fraction before a definite noun as no number ('أقل من خمس الملفات'), and 'سبعة' before one as seven", () => {
    const text = "عالج القطب نحو 2640 ملفا، ولم تمثل قضايا المخدرات سوى أقل من خمس الملفات.";
    expect(mentionIn(text, "أقل من خمس", catalogue, "2015")).toMatchObject({ status: "ignored", reason: expect.stringContaining("fraction") });
    expect(published(text, "2015")).toEqual(["files_processed 2015 = approx 2640"]);
  });

  it("reads a section's number with decimals as no count ('4.4 الأشخاص المبحوث عنهم')", () => {
    const text = "4.4 الأشخاص المبحوث عنهم\nأوقفت المصالح 97 شخصا مبحوثا عنهم على الصعيد الدولي.";
    expect(published(text, "2019")).toEqual(["wanted_persons_arrested 2019 = 97"]);
  });

  it("reads a law's article after its word, not 'material' before a colon ('ما يكفي من المادة: 4480 ملفا')", () => {
    expect(published("وحصيلة 2019 تمنحهم ما يكفي من المادة: 4480 ملفا وطلب معلومات.", "2019")).toEqual(["files_processed 2019 = 4480"]);
    expect(mentionIn("وفق المادة 12 من القانون.", "12", catalogue, "2019")).toMatchObject({ status: "ignored" });
  });
});

describe("years and values", () => {
  it("reads the values of 'year: value' lines under a sentence naming them in parentheses, a value in the years' range too", () => {
    const text = "جمعت الأرقام من الحصائل السنوية (الملفات المعالجة):\n2012: 1980\n2013: 2240\n";
    expect(published(text, "2015")).toEqual(["files_processed 2012 = 1980", "files_processed 2013 = 2240"]);
  });

  it("reads a four-digit number said 'exactly' as a quantity, not a year", () => {
    const text = "عالج القطب خلال الربع الأخير ما مجموعه 1905 ملفات (1905 بالضبط حسب البلاغ).";
    expect(mentionIn(text, "1905", catalogue, "2024-Q4")).not.toMatchObject({ status: "year" });
  });
});

describe("numbers in words after digits", () => {
  it("does not multiply a year by the thousand that opens the next number", () => {
    const text = "عالج القطب خلال الأشهر الثلاثة الأخيرة من 2024 ألفا وتسعمائة وخمسة ملفات وطلبات معلومات.";
    expect(published(text, "2024-Q4")).toEqual(["files_processed 2024-Q4 = 1905"]);
  });
});

describe("parts and other measures", () => {
  it("holds back persons of one partner country's nationality as a part of those handed over", () => {
    const text = "كما تم تسليم شخصين من جنسية بلجيكية إلى سلطات بلدهما.";
    expect(published(text, "2023-Q3")).toEqual([]);
    expect(mentionIn(text, "شخصين", catalogue, "2023-Q3")).toMatchObject({ status: "held_back", reason: expect.stringContaining("nationality") });
  });

  it("reads no partner's share in a list of shares of training courses held abroad", () => {
    const text = "وتصدرت إسبانيا قائمة البلدان المستضيفة (24 في المائة من الدورات المنظمة بالخارج)، تليها فرنسا (21 في المائة) ثم الولايات المتحدة الأمريكية (15 في المائة).";
    expect(published(text, "2024")).toEqual([]);
  });

  it("still reads partners' shares of the exchanges after a clause on training, past a semicolon", () => {
    const text = "905 موظفين استفادوا من التكوين، 64 في المائة منه داخل المغرب؛ وإسبانيا تتصدر الشركاء بـ24 في المائة من المبادلات، متبوعة بفرنسا بـ21 في المائة.";
    expect(published(text, "2026-H1")).toEqual(expect.arrayContaining(["exchanges_share_by_partner 2026-H1 ES = 24", "exchanges_share_by_partner 2026-H1 FR = 21"]));
  });

  it("reads a brand's count in parentheses on the next line as no continuation of the count above", () => {
    const text = "560 ملف سيارة مسروقة | 104 سيارات محجوزة\nالأكثر حجزا: مرسيدس (29) – رونو (18) – بيجو (15)";
    expect(published(text, "2021-H2")).toEqual(["stolen_vehicle_files 2021-H2 = 560", "stolen_vehicles_seized 2021-H2 = 104"]);
  });

  it("reads an amount 'fewer by one operation than last year' as the amount of a change", () => {
    const text = "شاركنا في ست عمليات متعددة الأطراف مع الأنتربول، أي أقل بعملية واحدة من السنة الماضية.";
    expect(published(text, "2024")).toEqual(["interpol_multilateral_operations 2024 = 6"]);
  });
});

describe("corrections and tables", () => {
  it("withdraws the figure a correction notice names as an error where the article's body prints it", () => {
    const text = "وتابع المكتب تنفيذ 95 إنابة قضائية دولية خلال النصف الأول.\n\nتصحيح: ورد في نسخة سابقة من هذا الخبر أن عدد الإنابات القضائية الدولية بلغ 95 إنابة، والصحيح 59 إنابة.";
    expect(published(text, "2019-H1")).toEqual(["letters_rogatory 2019-H1 = 59"]);
  });

  it("reads a table row opening on 'منها' as a part of the row above", () => {
    const text = "| المؤشر | 2020 | 2019 |\n|---|---|---|\n| الإنابات القضائية الدولية | 118 | 125 |\n| منها: الاتجار في المخدرات وغسل الأموال | 29 | 24 |\n";
    expect(published(text, "2020")).toEqual([
      "letters_rogatory 2020 = 118",
      "letters_rogatory 2019 = 125",
      "letters_rogatory_drugs_money_laundering 2020 = 29",
      "letters_rogatory_drugs_money_laundering 2019 = 24",
    ]);
  });

  it("reads a part's row that names its own noun after 'منها' as that noun's count (held580)", () => {
    const text = "| المؤشر | 2017 | 2018 |\n| الملفات وطلبات المعلومات المعالجة | 3380 | 4060 |\n| منها: طلبات المعلومات عبر قنوات الإنتربول | 1150 | 1340 |\n";
    expect(published(text, "2018")).toEqual([
      "files_processed 2017 = 3380",
      "files_processed 2018 = 4060",
      "interpol_information_requests 2017 = 1150",
      "interpol_information_requests 2018 = 1340",
    ]);
  });

  it("reads a category named in a table row's label", () => {
    const text = "نوع القضية | النسبة\nالاتجار الدولي في المخدرات | 34%\nالهجرة غير النظامية والاتجار بالبشر | 19%\nتبادل المعطيات عبر قواعد البيانات | 11%\n";
    expect(published(text, "2019")).toEqual(["files_share_by_case_type 2019 drug_trafficking = 34", "files_share_by_case_type 2019 irregular_migration = 19", "files_share_by_case_type 2019 database_exchange = 11"]);
  });
});

describe("periods of changes", () => {
  it("reads a change after a count and the count compared with it as between those two", () => {
    const text = "فمن أصل 5800 ملف وطلب معلومات عالجها القطب خلال سنة 2022، سجل 2760 ملفا في النصف الأول، ما يعني أن النصف الثاني عرف معالجة 3040 ملفا، مقابل 2437 ملفا في النصف الثاني من سنة 2021، أي بارتفاع يناهز 25 في المائة.";
    expect(published(text, "2022-H2")).toContain("files_processed_pct_change 2022-H2 vs 2021-H2 = approx 25");
  });

  it("reads a change after a recalled base alone as the change of the paragraph's later count", () => {
    const text = "عالج القطب 1,905 ملفات وطلبات معلومات خلال الأشهر الثلاثة الأخيرة من 2024. وبالرجوع إلى حصيلة الربع الأخير من 2023، التي بلغت 1,652 ملفا، يتبين أن الارتفاع بلغ 15.3 في المائة.";
    expect(published(text, "2024-Q4")).toContain("files_processed_pct_change 2024-Q4 vs 2023-Q4 = 15.3");
  });

  it("holds back a change whose compared count's period is unclear, rather than implying the previous year", () => {
    const text = "تابع المكتب المركزي الوطني 143 إنابة خلال سنة 2022، منها 77 في النصف الثاني وحده، مقابل 125 إنابة سنة 2019، أي بارتفاع يقارب 14 في المائة.";
    expect(published(text, "2022-H2").filter((f) => f.startsWith("letters_rogatory_pct_change"))).toEqual([]);
  });

  it("reads the opening of a long card, not its last words, as its comparison opening", () => {
    const items = ["⚖️ ٩٦ إنابة قضائية دولية، منها ٢١ تخص المخدرات", "📢 ٦٦ أمرا دوليا بإلقاء القبض", "🚔 ٧٤ مبحوثا عنهم دوليا تم توقيفهم، بينهم ٣٨ مغربيا خارج الوطن", "✈️ ١٢ مطلوبا تم استقدامهم إلى المغرب", "↩️ ٩ أجانب سلموا إلى بلدانهم", "🌐 ٣ عمليات متعددة الأطراف مع الأنتربول", "📦 عمليتان للتسليم المراقب للمخدرات", "🔎 ٢٢٤٠ مذكرة بحث وطنية بطلب من مصالح أجنبية", "📨 ٢٩٠ إعلان بحث من شعب الاتصال العربية", "❌ ١٤٢٠ مذكرة إيقاف سريان أبحاث دولية | ٢٠٥ على الصعيد العربي"];
    const text = `📁 ٢٩٥٠ ملفا وطلب معلومات عالجها قطب التعاون الأمني الدولي (+١٠٪ مقارنة مع ٢٠١٥)\n${items.join("\n")}\n💬 ٩٨٠ طلب معلومات عبر الأنتربول\n`;
    expect(published(text, "2016")).toContain("interpol_information_requests 2016 = 980");
  });
});

describe("held136–held138: tables of years, five outlets, scraped forms", () => {
  it("sets aside a breadcrumb, a feed's footer and a 'read also' heading with its list", () => {
    const text = "الرئيسية / أمن / الأمن الوطني: 1590 ملفا للتعاون الدولي…\nعالج القطب 1590 ملفا خلال الربع الثالث.\nThe post الأمن الوطني: 1590 ملفا appeared first on الوسط.\n\nاقرأ أيضا على المدونة:\n- النصف الأول من 2024 في أرقام: 3420 ملفا و78 إنابة\n";
    expect(published(text, "2023-Q3")).toEqual(["files_processed 2023-Q3 = 1590"]);
    expect(mentionIn(text, "3420", catalogue, "2023-Q3")).toMatchObject({ status: "cruft" });
  });

  it("reads a count alone in parentheses after a part of the year as that part's", () => {
    const text = "أما الـ3040 ملفا فهي الملفات وطلبات المعلومات معا، وقد حصلنا عليها بطرح حصيلة النصف الأول (2760 ملفا) من الحصيلة السنوية (5800 ملف).";
    expect(published(text, "2022-H2")).toContain("files_processed 2022-H1 = 2760");
    // Not when the parenthesis names its own period: "18 شخصا في النصف الثاني (17 في النصف الأول)".
    expect(published("وتم استقدام 18 شخصا في النصف الثاني (17 في النصف الأول).", "2025-H2")).not.toContain("persons_extradited_to_morocco 2025-H2 = 17");
  });

  it("reads 'label: value noun' lines as a list, each line with its own period", () => {
    const text = "تطور الملفات:\nالنصف الأول من 2017: 1610 ملفات\nالنصف الأول من 2018: 1950 ملفا\n";
    expect(published(text, "2020-H1")).toEqual(["files_processed 2017-H1 = 1610", "files_processed 2018-H1 = 1950"]);
  });

  it("takes no year a span starts from ('منذ … سنة 2022') for the year 'the same year' names", () => {
    const text = "عالج القطب خلال الربع الثالث من 2024 ما مجموعه 1880 ملفا، وهو أعلى رقم منذ أن شرعت المديرية في نشر حصائلها الفصلية سنة 2022. وكانت حصيلة الربع الثاني من السنة نفسها قد بلغت 1770 ملفا.";
    expect(published(text, "2024-Q3")).toEqual(["files_processed 2024-Q3 = 1880", "files_processed 2024-Q2 = 1770"]);
  });

  it("reads 'we lost more than 500 files' as the amount of a change", () => {
    const text = "فـ2019 كانو 4480 ملف، يعني ضيعنا أكثر من 500 ملف بسبب الجائحة.";
    expect(published(text, "2020")).toEqual(["files_processed 2019 = 4480"]);
  });
});
