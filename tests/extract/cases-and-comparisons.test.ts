// What the held-out sets of round 33 (held211–held215: the yearly figures inside news about one case, beside other
// bodies' figures, beside false and claimed figures, in the communiqué's long sentences, and for the newest
// quarters) showed on first sight: a quarter's report compared with the quarter before, a forecast of the year in a
// report on nine months, a rate "its rate exceeded", "they were" after a part and its whole, a local unit said again.
import { describe, expect, it } from "vitest";
import { loadCatalogue } from "../../pipeline/catalogue/load.ts";
import { titleSpan } from "../../pipeline/extract/title-span.ts";
import { publishedFigures, readText } from "../helpers/extract.ts";

const catalogue = loadCatalogue();

const published = (text: string, reference: string, date: string | null = null) => publishedFigures(text, catalogue, reference, date);
/** The mention written `number`, or holding it with its qualifier ("تتخطى 8 آلاف"). */
const statusOf = (text: string, reference: string, number: string, date: string | null = null) => {
  const mentions = readText(text, catalogue, reference, date).mentions;
  return mentions.find((m) => m.text === number) ?? mentions.find((m) => m.text.includes(number))!;
};

describe("a part-year report compared with another part", () => {
  const bullets = [
    "• الإنابات القضائية الدولية: 47، مقابل 42 في الفصل الأول",
    "• الرعايا الأجانب المسلمون إلى بلدانهم: 5 (مقابل 4)",
  ].join("\n");

  it("holds back a count compared without a period when every comparison before it was with the quarter before", () => {
    expect(published(bullets, "2026-Q2")).toEqual(["letters_rogatory 2026-Q2 = 47", "letters_rogatory 2026-Q1 = 42", "foreigners_handed_over_by_morocco 2026-Q2 = 5"]);
    expect(statusOf(bullets, "2026-Q2", "4").reason).toMatch(/every comparison of the text before it was with another part/);
  });

  it("still reads it as the same part a year before once the text has compared with that", () => {
    const text = ["• الإنابات القضائية الدولية: 47، مقابل 40 في الفصل الثاني من 2025", bullets].join("\n");
    expect(published(text, "2026-Q2")).toContain("foreigners_handed_over_by_morocco 2025-Q2 = 4");
  });

  it("leaves a yearly report's comparisons as they were", () => {
    const text = "• الإنابات القضائية الدولية: 153، مقابل 131 سنة 2021\n• الرعايا الأجانب المسلمون إلى بلدانهم: 12 (مقابل 15)";
    expect(published(text, "2023")).toContain("foreigners_handed_over_by_morocco 2022 = 15");
  });
});

describe("a figure of a period not over when the text was published", () => {
  it("holds back the year's total a nine-month report expects", () => {
    const text = "وإذا حافظت المصالح على الوتيرة نفسها، فإن الحصيلة السنوية قد تتخطى 8 آلاف ملف لأول مرة.";
    expect(published(text, "2026-Q3", "2026-10-15")).toEqual([]);
    expect(statusOf(text, "2026-Q3", "8 آلاف", "2026-10-15").reason).toMatch(/was not over when the text was published/);
  });

  it("publishes the year's total once the year is over", () => {
    expect(published("وبلغت الحصيلة السنوية 7640 ملفا.", "2025-H2", "2026-01-20")).toEqual(["files_processed 2025 = 7640"]);
  });
});

describe("a verb of exceeding across 'its rate'", () => {
  it("reads 'تجاوزت نسبته' (its rate exceeded) as more than, as 'تجاوزت نسبتها'", () => {
    const text = "عالجت المصالح 3420 ملفا، بارتفاع ملحوظ تجاوزت نسبته 10 في المائة.";
    expect(published(text, "2024-H1")).toEqual(["files_processed 2024-H1 = 3420", "files_processed_pct_change 2024-H1 vs 2023-H1 = gt 10"]);
  });
});

describe("'they were' after a part and its whole", () => {
  it("holds back the earlier count when the whole has no base yet: the whole's or the part's?", () => {
    const text = "وانخفض عدد المبحوث عنهم الموقوفين إلى 76 شخصا، بينهم 41 مغربيا أوقفوا خارج المملكة، بعدما كانوا 97 في السنة التي قبلها.";
    expect(published(text, "2020")).toEqual(["wanted_persons_arrested 2020 = 76", "moroccan_citizens_arrested_abroad 2020 = 41"]);
    expect(statusOf(text, "2020", "97").status).toBe("held_back");
  });

  it("reads it as the part's when the whole was compared already", () => {
    const text = "وتم توقيف 74 شخصا مبحوثا عنهم، مقابل 69 خلال نفس الفترة من السنة الماضية، من بينهم 45 مواطنا مغربيا أوقفوا خارج المغرب، بعدما كانوا 42.";
    expect(published(text, "2025-H1")).toContain("moroccan_citizens_arrested_abroad 2024-H1 = 42");
  });
});

describe("a local unit said again", () => {
  it("holds back a count of a unit 'attached to the prefecture' the text named", () => {
    const text = "أما على مستوى ولاية أمن طنجة، فقد أوقفت مصالحها 23 شخصا.\n\nوفي ملف السيارات المسروقة، حجزت فرقة مكافحة سرقة السيارات التابعة للولاية 46 سيارة مسروقة.";
    expect(published(text, "2025-H1")).toEqual([]);
    expect(statusOf(text, "2025-H1", "46").reason).toMatch(/another body or of a local unit/);
  });

  it("does not take the United States ('الولايات') for the prefecture", () => {
    const text = "أما ولاية أمن طنجة فلم تسجل شيئا.\n\nوأوقفت المصالح 3 أجانب مطلوبين لفائدة الولايات المتحدة الأمريكية.";
    expect(published(text, "2022")).toEqual(["foreigners_arrested_for_us 2022 = 3"]);
  });

  it("holds back Interpol's General Secretariat's own counts, and keeps the operations it coordinated with the DGSN", () => {
    expect(published("ونسقت الأمانة العامة، خلال السنة نفسها، 47 عملية أمنية متعددة الأطراف في مختلف القارات.", "2022")).toEqual([]);
    const own = "وشاركت المصالح في خمس عمليات أمنية متعددة الأطراف نسقتها الأمانة العامة للأنتربول، ونفذت عمليتين للتسليم المراقب.";
    expect(published(own, "2022")).toEqual(["interpol_multilateral_operations 2022 = 5", "controlled_deliveries 2022 = 2"]);
  });

  it("holds back a count 'worldwide', not one made with partners worldwide", () => {
    expect(published("وأسفرت النشرات الحمراء عن توقيف زهاء 1700 شخص مطلوب عبر العالم.", "2022")).toEqual([]);
    expect(published("وعالج القطب 2190 ملفا وطلب معلومات بتنسيق مع نظرائه عبر العالم.", "2019-H1")).toEqual(["files_processed 2019-H1 = 2190"]);
  });

  it("holds back Europol's counts as another body's", () => {
    expect(published("وعالج مكتب يوروبول 95 ملفا مع المغرب.", "2023")).toEqual([]);
  });
});

describe("a count of one case in a story about it", () => {
  it("holds back warrants issued 'against' the suspects of the case", () => {
    const text = "وأسفرت العملية عن توقيف 17 مشتبها فيهم، فيما صدرت مذكرتا بحث دوليتان في حق مشتبه فيهما يوجدان في حالة فرار.";
    expect(published(text, "2025")).toEqual([]);
    expect(statusOf(text, "2025", "مذكرتا").reason).toMatch(/a count of one case/);
  });

  it("keeps the year's warrants issued against wanted persons", () => {
    expect(published("وأصدر المكتب 87 أمرا دوليا بإلقاء القبض في حق أشخاص مبحوث عنهم.", "2023")).toEqual(["international_arrest_warrants 2023 = 87"]);
  });
});

// Round 34 (held216–held220: figures among many other numbers, vocalised and accessible texts, snippets and feeds,
// explainers, one year across the whole press).
describe("snippets, replies and doubts", () => {
  it("holds back a number a snippet cuts off before its noun", () => {
    const text = "وفي مجال التسليم، استقدمت المصالح 31 شخصا مطلوبا للعدالة المغربية، في حين سلم المغرب 14 [&#8230;]";
    expect(published(text, "2024")).toEqual(["persons_extradited_to_morocco 2024 = 31"]);
    expect(statusOf(text, "2024", "14").reason).toMatch(/cut off right after it/);
  });

  it("keeps a cut-off number whose noun stands before it", () => {
    expect(published("حين كان عدد الملفات المعالجة 4677 …", "2021")).toEqual(["files_processed 2021 = 4677"]);
  });

  it("sets aside a post's replies under their heading", () => {
    // The heading ends the article after a line of its prose (120 characters or more).
    const text = "عالج قطب التعاون الأمني الدولي بالمديرية العامة للأمن الوطني 4060 ملفا وطلب معلومات خلال سنة 2018، في إطار التعاون مع الشركاء الأجانب ومع منظمة الأنتربول.\n\nالردود\n\nمتابع @moutabii\nحسب رأيي الارتفاع تجاوز 20 في المائة";
    expect(published(text, "2018")).toEqual(["files_processed 2018 = 4060"]);
  });

  it("holds back a recollection said with a doubt ('unless I am mistaken')", () => {
    expect(published("عام 2019 كانو 97 موقوف و84 أمر دولي إلا ما خاب ظني", "2019")).toEqual([]);
  });
});

describe("a parenthesis that compares", () => {
  it("reads '(87 أمرا بدل 106)' after a change's base year as the text's count and its base", () => {
    const text = "وتراجع عدد الأوامر الدولية بإلقاء القبض المنشورة بنحو 18 في المائة مقارنة مع 2022 (87 أمرا بدل 106).";
    expect(published(text, "2023")).toEqual(["international_arrest_warrants_pct_change 2023 vs 2022 = approx -18", "international_arrest_warrants 2023 = 87", "international_arrest_warrants 2022 = 106"]);
  });

  it("keeps the year before the parenthesis when it is the pair's own period", () => {
    const text = "الإنابات القضائية لم تتراجع إلا في 2020 (118 إنابة مقابل 125).";
    expect(published(text, "2024")).toContain("letters_rogatory 2020 = 118");
  });
});

describe("another body's statistic", () => {
  it("holds back a share a foreign police reports of its own requests", () => {
    const text = "وأشارت الشرطة البلجيكية إلى أن المغرب يأتي في مقدمة الدول، إذ تمثل طلباته 12 في المائة من مجموع طلبات التعاون الواردة عليها.";
    expect(published(text, "2023-H1")).toEqual([]);
  });

  it("keeps a partner's share of the DGSN's exchanges", () => {
    expect(published("وتستأثر الشرطة البلجيكية بنحو 7 في المائة من هذه المبادلات.", "2022")).toEqual(["exchanges_share_by_partner 2022 BE = approx 7"]);
  });
});

// Round 35 (held221–held225: vague quantities, Tamazight beside Arabic, a year told by its parts, quotes, archive pages).
describe("a year named by an event, after it", () => {
  it("reads a headline's count 'after the pandemic year' as the text's own year", () => {
    const text = "بعد سنة الجائحة.. الأمن الوطني يعلن 4677 ملفا للتعاون الدولي";
    expect(published(text, "2021")).toEqual(["files_processed 2021 = 4677"]);
  });

  it("still gives the event's year to a count in its relative clause", () => {
    const text = "وهي أرقام تعكس عودة النشاط بعد سنة الجائحة التي لم تتجاوز ملفاتها 3950 ملفا.";
    expect(published(text, "2021")).toEqual(["files_processed 2020 = lte 3950"]);
  });
});

describe("a table copied one cell per line", () => {
  it("reads each row's values under their header's years, holds back the change column's, and reads the prose after it", () => {
    const text = [
      "المؤشر", "2017", "2018", "التطور",
      "الملفات وطلبات المعلومات المعالجة", "3380", "4060", "+20%",
      "الأوامر الدولية بإلقاء القبض", "71", "77", "+8%",
      "",
      "وفي مجال التكوين، استفاد 780 موظفا من دورات نظمت في إطار برامج التعاون الدولي سنة 2018.",
    ].join("\n");
    expect(published(text, "2018")).toEqual(["files_processed 2017 = 3380", "files_processed 2018 = 4060", "international_arrest_warrants 2017 = 71", "international_arrest_warrants 2018 = 77", "police_staff_trained 2018 = 780"]);
    expect(statusOf(text, "2018", "20%").reason).toMatch(/one cell per line/);
  });

  it("holds back the values of a row whose count of values does not fit the header", () => {
    const text = ["المؤشر", "2017", "2018", "الملفات وطلبات المعلومات المعالجة", "3380", "4060", "+20%"].join("\n");
    expect(statusOf(text, "2018", "3380").reason).toMatch(/one cell per line/);
  });
});

describe("parts of the files processed", () => {
  it("reads the information requests and the stolen-vehicle files 'among' the files as their parts (catalogue part_of)", () => {
    const text = "عالج المكتب 6312 ملفا، من بينها 2150 طلب معلومات عبر قنوات الأنتربول و1312 ملفا يتعلق بالمركبات المسروقة.";
    expect(published(text, "2023")).toEqual(["files_processed 2023 = 6312", "interpol_information_requests 2023 = 2150", "stolen_vehicle_files 2023 = 1312"]);
  });
});

// Round 36 (held226–held230: partners' releases, one event, months and weeks, ranks and records, social posts).
describe("a list numbered with keycaps", () => {
  it("sets aside the keycap of each item, and reads a figure written in keycaps", () => {
    const text = "1️⃣ الملفات المعالجة: 7480\n2️⃣ الإنابات القضائية الدولية: 170 إنابة\n3️⃣ الموقوفون: 1️⃣4️⃣9️⃣ مبحوثا عنهم دوليا";
    expect(published(text, "2025")).toEqual(["files_processed 2025 = 7480", "letters_rogatory 2025 = 170", "wanted_persons_arrested 2025 = 149"]);
  });
});

describe("a verb of exceeding with an adverb before its number", () => {
  it("reads 'فاق لأول مرة مائة موقوف' as more than 100", () => {
    expect(published("وعدد المبحوث عنهم الموقوفين، الذي فاق لأول مرة مائة موقوف.", "2021")).toEqual(["wanted_persons_arrested 2021 = gt 100"]);
  });
});

describe("a text whose title names a month", () => {
  const withTitle = (title: string | null, text: string, reference: string) => publishedFigures(text, catalogue, reference, null, title);
  const text = "أوقفت المصالح 11 مبحوثا عنهم دوليا، وتتبعت 12 إنابة قضائية. وبلغ عدد الإنابات خلال النصف الأول من السنة 78 إنابة.";

  it("holds back the counts without a period of their own: they are the month's, not the quarter's", () => {
    expect(titleSpan("شهر يوليوز بالأرقام: 11 مبحوثا", catalogue.periods)).toBe("شهر يوليوز");
    expect(withTitle("شهر يوليوز بالأرقام: 11 مبحوثا عنهم دوليا", text, "2022-Q3")).toEqual(["letters_rogatory 2022-H1 = 78"]);
  });

  it("reads them as the reference period's when the title names no month, or a programme of the week", () => {
    expect(titleSpan("ملف الأسبوع: حصيلة النصف الثاني من 2021", catalogue.periods)).toBeNull();
    expect(titleSpan("حصيلة يوليوز - دجنبر 2021", catalogue.periods)).toBeNull();
    expect(withTitle(null, text, "2022-Q3")).toContain("wanted_persons_arrested 2022-Q3 = 11");
  });
});
