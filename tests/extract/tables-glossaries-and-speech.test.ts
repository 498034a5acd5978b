// Readings the held-out sets of rounds 89 to 106 led to (held440–held511), each round under its own heading: periods
// restated after "أي", persons from other countries, a year between commas, aims and thresholds (89); tables headed
// by months, halves worked out by subtraction, list headings (90); glossaries, a report's results under a month's
// heading, a part with a pronoun (91); Darija numbers, denials and a speaker's corrections (92); tables copied one
// cell per line (93); "then and now" lists with their words first (94); tables of whole years, related topics (95);
// "the same period" of the count compared, a verb before a year aside after a dateline, "read more", a correction
// of a count others gave (97); tables separated by tabs, a period in parentheses after a count, a change explaining
// its comparison, the whole a part of one kind is told of, labels with a colon above their values, a table headed
// by spans of months, an answer past a reply after a speaker's label (98); a question's answers to choose from, a
// table of the halves and the year with no year written, the United Nations' figures (100); a rate's span kept to
// its own item of a list, a comparison's next value after a bare compared count (101); a partner's soil past a
// noun's adjectives, two partners coordinated at that reach, a local unit as the subject after "that", a half-year
// report titled by its year, "out of" opening a sentence, spoken halves (103); keycap cards, row labels naming the
// year before its quarter, "the four quarters" of a year, the periods a text last compared (104); a target's
// horizon, a daily rate after "this year", a series of yearly changes (105); a part of a whole named without a
// number (106); a share restating a part ("وهو ما يمثل"), a change in parentheses after a compared count (108); a
// period after coordinated counts, a part "out of" a whole that names what both are, pan-Arab wording (109); a
// year right after a verb of change (110; texts on a local unit's results: local-report.test.ts); training in a
// group of countries, an amount a quarter exceeded another by, a clause opening on "بينما", a subtitle's times (111).
import { describe, expect, it } from "vitest";
import { loadCatalogue } from "../../pipeline/catalogue/load.ts";
import { publishedFigures, readText } from "../helpers/extract.ts";

const catalogue = loadCatalogue();
const mentionOf = (text: string, number: string, reference: string, published: string | null = null) =>
  readText(text, catalogue, reference, published).mentions.find((m) => m.text.includes(number))!;

describe("round 89", () => {
  it("gives a number restating a total of another period ('بمجموع ما عولج طيلة السنة الماضية، أي 6312 ملفا') that period", () => {
    const text = "عالج القطب 3420 ملفا خلال الأشهر الستة الأولى. وإذا قورن هذا الرقم بمجموع ما عولج طيلة السنة الماضية، أي 6312 ملفا، فإن النصف الأول وحده يعادل نحو 54 في المائة منها.";
    expect(publishedFigures(text, catalogue, "2024-H1", "2024-08-01")).toEqual(["files_processed 2024-H1 = 3420", "files_processed 2023 = 6312"]);
  });

  it("reads 'ونسبة' right after a change's amount as the same change's rate", () => {
    const text = "عالج القطب 3420 ملفا خلال الأشهر الستة الأولى، مقابل 3104 ملفات في الفترة نفسها من السنة الماضية، أي بزيادة 316 ملفا ونسبة 10,2 في المائة.";
    expect(publishedFigures(text, catalogue, "2024-H1", "2024-08-01")).toContain("files_processed_pct_change 2024-H1 vs 2023-H1 = 10.2");
  });

  it("reads 'all of it' before a bound as no 'each' ('مجموع السنة الماضية كلها لم يتجاوز 87 أمرا')", () => {
    const text = "ارتفع عدد الأوامر الدولية بإلقاء القبض إلى 54 أمرا، علما أن مجموع السنة الماضية كلها لم يتجاوز 87 أمرا.";
    expect(mentionOf(text, "87", "2024-H1", "2024-08-01").status).not.toBe("ignored");
  });

  it("takes the whole year a clause names alone before 'طيلة السنة' ('في سنة 2016، عالج القطب طيلة السنة 2950 ملفا')", () => {
    const text = "للمقارنة فقط: في سنة 2016، عالج القطب طيلة السنة 2950 ملفا لا غير.";
    expect(publishedFigures(text, catalogue, "2024-H1", "2024-08-10")).toEqual(["files_processed 2016 = 2950"]);
  });

  it("holds back persons from other countries ('37 متدربا من دول إفريقية', 'المنحدرين من 23 دولة')", () => {
    const trainees = "نحتفي بتخرج 1214 ضابطة وضابط شرطة، ومن بينهم 37 متدربا من دول إفريقية شقيقة. وقد استفاد 760 موظفا من دورات تكوينية في إطار التعاون الدولي سنة 2021.";
    expect(publishedFigures(trainees, catalogue, "2021", "2022-01-27")).toEqual(["police_staff_trained 2021 = 760"]);
    const officers = "استفاد 1180 موظفا من دورات تكوينية سنة 2022. واستقبلت المؤسسات التكوينية 310 من أطر وضباط الشرطة المنحدرين من 23 دولة إفريقية.";
    expect(publishedFigures(officers, catalogue, "2022", "2022-12-28")).toEqual(["police_staff_trained 2022 = 1180"]);
    expect(mentionOf(officers, "310", "2022", "2022-12-28").reason).toContain("by nationality");
  });

  it("reads a year between commas after a count's verb as part of the count's clause ('استفادوا، خلال سنة 2022، من دورات تكوينية')", () => {
    const text = "أفادت المديرية بأن 1180 موظفا للشرطة استفادوا، خلال سنة 2022، من دورات تكوينية نظمت في إطار برامج التعاون الدولي.";
    expect(publishedFigures(text, catalogue, "2022", "2022-12-28")).toEqual(["police_staff_trained 2022 = 1180"]);
  });

  it("reads a four-digit number right after 'بالضبط' restating a rounded count as a count, not a year", () => {
    const text = "ونشرنا قرابة 2000 مذكرة لتوقيف سريان الأبحاث الدولية، بالضبط 1987.";
    expect(publishedFigures(text, catalogue, "2021", "2021-12-29")).toEqual(["international_search_cancellations 2021 = 1987"]);
  });

  it("holds back a number aimed at after 'إلى' in a sentence opening on an aim ('الأولوية هي رفع عدد المستفيدين … إلى أزيد من ألف موظف')", () => {
    const text = "الأولوية هي رفع عدد المستفيدين من التكوين إلى أزيد من ألف موظف.";
    expect(mentionOf(text, "ألف", "2021", "2022-01-03").reason).toContain("an aim or a hope");
  });

  it("holds back a part named 'out of' the whole after a comma ('5 أشخاص مبحوث عنهم …، من أصل 22 شخصا')", () => {
    const text = "وتمكنت المصالح الأمنية من استقدام 5 أشخاص مبحوث عنهم من طرف العدالة المغربية، من أصل 22 شخصا تم تسليمهم أو استقدامهم إلى المملكة خلال السنة.";
    expect(publishedFigures(text, catalogue, "2022", "2023-01-18")).toEqual(["persons_extradited_to_morocco 2022 = 22"]);
  });

  it("reads wanted persons 'returning to the kingdom' as brought back ('22 مطلوبا للعدالة المغربية يعودون إلى المملكة')", () => {
    expect(publishedFigures("22 مطلوبا للعدالة المغربية يعودون إلى المملكة سنة 2022", catalogue, "2022", "2022-12-29")).toEqual(["persons_extradited_to_morocco 2022 = 22"]);
  });

  it("reads no count of wanted persons in persons arrested in cases of a drug ('الأجانب الموقوفين في قضايا مرتبطة بهذا المخدر')", () => {
    const text = "وبلغ عدد الأجانب الموقوفين في قضايا مرتبطة بهذا المخدر أزيد من 40 شخصا.";
    expect(publishedFigures(text, catalogue, "2022", "2023-01-03")).toEqual([]);
  });

  it("holds back the units of a share told after the whole ('4480 ملفا، يهم 38 في المائة منها …، أي أكثر من 1700 ملف')", () => {
    const text = "وعالج القطب ما مجموعه 4480 ملفا، يهم 38 في المائة منها الاتجار الدولي في المخدرات، أي أكثر من 1700 ملف.";
    expect(mentionOf(text, "1700", "2019", "2019-12-31").reason).toContain("restates a quantity");
    expect(publishedFigures(text, catalogue, "2019", "2019-12-31")).toContain("files_processed 2019 = 4480");
  });

  it("reads a count 'related to' one kind as that kind's ('265 ملفا مرتبطا بالابتزاز الجنسي')", () => {
    const text = "وفي مجال الجريمة الإلكترونية تحديدا، عالجت المديرية 265 ملفا مرتبطا بالابتزاز الجنسي عبر الأنترنت سنة 2022.";
    expect(publishedFigures(text, catalogue, "2022", "2022-12-30")).toEqual([]);
  });

  it("holds back a headline's count after a pause whose topic names one partner ('التعاون الأمني المغربي الإسباني.. أزيد من 900 ملف')", () => {
    const text = "التعاون الأمني المغربي الإسباني.. أزيد من 900 ملف في سنة واحدة\n\nعالج القطب 3380 ملفا وطلب معلومات سنة 2017.\n";
    expect(mentionOf(text, "900", "2017", "2018-01-05").reason).toContain("the part of one partner");
  });

  it("takes the partner a reason's clause gives its share from the clause before ('أن فرنسا ما تزال ثاني أكبر شريك، إذ استأثرت بـ21 في المائة')", () => {
    const text = "أظهرت الحصيلة أن فرنسا ما تزال ثاني أكبر شريك أمني للمغرب، إذ استأثرت بـ21 في المائة من مجموع المبادلات.";
    expect(publishedFigures(text, catalogue, "2022", "2023-01-18")).toEqual(["exchanges_share_by_partner 2022 FR = 21"]);
  });

  it("reads a negated 'was' further before a verb of exceeding as 'at most' ('لم يكن عدد الملفات التي نعالجها في السنة كلها يتجاوز 600 ملف')", () => {
    const text = "حين التحقت بالمكتب سنة 1993، لم يكن عدد الملفات التي نعالجها في السنة كلها يتجاوز 600 ملف.";
    expect(publishedFigures(text, catalogue, "2016", "2017-01-10")).toEqual(["files_processed 1993 = lte 600"]);
  });
});

describe("round 90", () => {
  it("reads a table's columns headed by a span of months and their year ('يوليوز-دجنبر 2023')", () => {
    const text = "| المؤشر | يوليوز-دجنبر 2023 | يوليوز-دجنبر 2024 |\n|---|---|---|\n| الملفات وطلبات المعلومات | 3208 | 3795 |\n";
    expect(publishedFigures(text, catalogue, "2024-H2", "2025-02-12")).toEqual(["files_processed 2023-H2 = 3208", "files_processed 2024-H2 = 3795"]);
  });

  it("reads no period in the annual report the figures are 'according to' ('وحسب معطيات الحصيلة السنوية')", () => {
    const text = "وحسب معطيات الحصيلة السنوية، فقد تابع المكتب تنفيذ 84 إنابة قضائية دولية خلال الفترة الممتدة من فاتح يوليوز إلى 31 دجنبر 2024، ونشر 60 أمرا دوليا بإلقاء القبض.";
    expect(publishedFigures(text, catalogue, "2024-H2", "2025-01-07")).toEqual(["letters_rogatory 2024-H2 = 84", "international_arrest_warrants 2024-H2 = 60"]);
  });

  it("reads a half worked out from its year and the other half as that half's count", () => {
    const text = [
      "خذ مثلا الملفات وطلبات المعلومات: 7215 ملفا في السنة كلها، و3420 في النصف الأول. الفرق، أي 3795 ملفا، هو حصيلة النصف الثاني.",
      "وبالنسبة للأشخاص الذين سلموا أو استقدموا إلى المغرب، فالحصيلة السنوية تتحدث عن 31 شخصا، والنصف الأول عن 15، فيبقى 16 للنصف الثاني.",
    ].join("\n\n");
    const figures = publishedFigures(text, catalogue, "2024-H2", "2025-02-03");
    expect(figures).toContain("files_processed 2024-H2 = 3795");
    expect(figures).toContain("persons_extradited_to_morocco 2024-H2 = 16");
  });

  it("reads a list's items with the heading they stand under ('4. المركبات المسروقة')", () => {
    const text = "4. المركبات المسروقة\n- الملفات المعالجة: 728\n- المركبات المحجوزة أو المسترجعة: 141\n";
    expect(publishedFigures(text, catalogue, "2025-H1", "2025-07-20")).toEqual(["stolen_vehicle_files 2025-H1 = 728", "stolen_vehicles_seized 2025-H1 = 141"]);
  });

  it("holds back 'its number was' right after a part and the whole it is out of, and reads 'مقابل' with its noun", () => {
    const either = "وتابع المكتب تنفيذ 41 إنابة قضائية دولية مرتبطة بالاتجار في المخدرات وتبييض الأموال، من أصل 162 إنابة، بعدما كان عددها 35 إنابة خلال السنة الماضية.";
    expect(mentionOf(either, "35", "2024", "2025-01-05").reason).toContain("it may compare either");
    const part = "أن 47 مواطنا مغربيا تم توقيفهم خارج أرض الوطن، من أصل 88 شخصا مبحوثا عنهم على الصعيد الدولي أوقفوا خلال السنة، مقابل 42 مغربيا في السنة التي قبلها.";
    expect(publishedFigures(part, catalogue, "2018", "2019-01-02")).toContain("moroccan_citizens_arrested_abroad 2017 = 42");
  });

  it("names no partner in a region whose name starts with one ('دول أمريكا اللاتينية')", () => {
    const text = "تظل حصة دول أمريكا اللاتينية مجتمعة من المبادلات الأمنية دون 1 في المائة.";
    expect(publishedFigures(text, catalogue, "2024", "2025-01-10")).toEqual([]);
  });

  it("reads 'amounting' with the clause before it ('… الذين تم توقيفهم، والبالغ عددهم 140 شخصا')", () => {
    const text = "ويمثل هؤلاء جزءا مهما من مجموع الأشخاص المبحوث عنهم على الصعيد الدولي الذين تم توقيفهم، والبالغ عددهم 140 شخصا.";
    expect(publishedFigures(text, catalogue, "2024", "2025-01-08")).toEqual(["wanted_persons_arrested 2024 = 140"]);
  });
});

describe("round 91", () => {
  it("reads a glossary paragraph's numbers with the term it defines ('الأمر الدولي بإلقاء القبض: طلب …. نُشر منها 63 أمرا')", () => {
    const text = "الإنابة القضائية الدولية: طلب توجهه سلطة قضائية. تابع أنتربول الرباط تنفيذ 118 إنابة سنة 2020.\n\nالأمر الدولي بإلقاء القبض: طلب توقيف شخص مبحوث عنه. نُشر وعُمم منها 63 أمرا خلال السنة.\n";
    expect(publishedFigures(text, catalogue, "2020", "2021-01-10")).toEqual(["letters_rogatory 2020 = 118", "international_arrest_warrants 2020 = 63"]);
  });

  it("reads the results a report lists after its colon as the report's period, under a month's heading", () => {
    const text = "التسلسل الزمني\n\nدجنبر 2020\nفي 29 دجنبر، نشرت المديرية حصيلتها: 3950 ملفا وطلب معلومات، و118 إنابة قضائية دولية.\n";
    expect(publishedFigures(text, catalogue, "2020", "2021-01-10")).toEqual(["files_processed 2020 = 3950", "letters_rogatory 2020 = 118"]);
  });

  it("takes the year named before for a part with a pronoun ('في ربعها الرابع')", () => {
    const text = "تابع المكتب تنفيذ 37 إنابة، بعدما كان العدد قد بلغ 34 إنابة في الربع الأول من السنة الماضية و41 إنابة في ربعها الرابع.";
    expect(publishedFigures(text, catalogue, "2024-Q1", "2024-04-19")).toContain("letters_rogatory 2023-Q4 = 41");
  });

  it("reads 'لتناهز الحصيلة السنوية 6 آلاف ملف' as about 6,000, agreeing with an exact 5,800", () => {
    const text = "عالجت المصالح أزيد من 3 آلاف ملف خلال النصف الثاني من السنة الماضية، لتناهز الحصيلة السنوية 6 آلاف ملف.";
    expect(publishedFigures(text, catalogue, "2022-H2", "2023-01-16")).toContain("files_processed 2022 = approx 6000");
  });

  it("holds back a province's or a region's share of a count ('على مستوى إقليم الناظور', 'نصيب منطقة طنجة')", () => {
    const province = "أما على مستوى إقليم الناظور، فقد أسفرت المراقبة عن توقيف 4 أشخاص مبحوث عنهم على الصعيد الدولي.";
    expect(mentionOf(province, "4", "2023", "2024-01-03").reason).toContain("local unit");
    const region = "أسفرت الأوامر عن توقيف 131 شخصا مبحوثا عنهم على الصعيد الدولي. وكان نصيب منطقة طنجة من هذه التوقيفات عشرة أشخاص.";
    expect(publishedFigures(region, catalogue, "2023", "2023-12-28")).toEqual(["wanted_persons_arrested 2023 = 131"]);
  });
});

describe("round 92", () => {
  it("withdraws a value denied in Darija ('ماشي ربعة آلاف وستمية')", () => {
    const text = "الملفات اللي عالج قطب التعاون الدولي فـ2018 هي 4060 ملف، ماشي ربعة آلاف وستمية، راه شي ناس كاتبينها غالطة.";
    expect(mentionOf(text, "ربعة آلاف وستمية", "2018", "2019-01-05").reason).toContain("denied_value");
  });

  it("reads a speaker's 'no, sorry' after an ellipsis as correcting the number just said, and only that one", () => {
    const corrected = "من بعد، الأوامر الدولية بإلقاء القبض سبعة وسبعين، والموقوفين ستة وتمانين... لا لا، سمح لي، تمنية وتمانين.";
    expect(publishedFigures(corrected, catalogue, "2018", "2019-01-05")).toEqual(["international_arrest_warrants 2018 = 77", "wanted_persons_arrested 2018 = 88"]);
    const broken = "وأوقفت المصالح 80 واحد من المبحوث عنهم. والإنابات القضائية وصلات لـ114... لا لا، سمحو ليا، 104 إنابة.";
    expect(publishedFigures(broken, catalogue, "2017", "2018-01-05")).toContain("wanted_persons_arrested 2017 = 80");
  });

  it("reads persons wanted by US justice arrested as the foreigners arrested for the US, not one handed over to it", () => {
    expect(publishedFigures("🇺🇸 3 مطلوبين للقضاء الأمريكي تشدو", catalogue, "2022", "2023-01-05")).toEqual(["foreigners_arrested_for_us 2022 = 3"]);
    const handed = "وقد سلم المغرب مطلوبا واحدا (إلى الولايات المتحدة) خلال السنة.";
    expect(publishedFigures(handed, catalogue, "2023", "2024-01-10")).toEqual([]);
  });
});

describe("round 93", () => {
  const stacked = ["المؤشر", "2020", "2021", "الملفات وطلبات المعلومات المعالجة", "3 950", "4 677", "الإنابات القضائية الدولية", "118", "131"].join("\n");

  it("reads a table copied one cell per line: each row's values under their header's years, with the row's label", () => {
    expect(publishedFigures(stacked, catalogue, "2021", "2022-01-01")).toEqual(["files_processed 2020 = 3950", "files_processed 2021 = 4677", "letters_rogatory 2020 = 118", "letters_rogatory 2021 = 131"]);
  });

  it("holds back the cells of a row that has more or fewer values than the header has columns", () => {
    const short = ["المؤشر", "2020", "2021", "الإنابات القضائية الدولية", "118", "الأوامر الدولية بإلقاء القبض", "63", "98"].join("\n");
    expect(mentionOf(short, "118", "2021", "2022-01-01").reason).toContain("one cell per line");
    expect(publishedFigures(short, catalogue, "2021", "2022-01-01")).toEqual(["international_arrest_warrants 2020 = 63", "international_arrest_warrants 2021 = 98"]);
  });

  it("holds back a change column's cells and reads the years' columns", () => {
    const change = ["المؤشر", "2021", "2022", "التطور", "الإنابات القضائية الدولية", "131", "143", "+9,2%"].join("\n");
    expect(publishedFigures(change, catalogue, "2022", "2022-12-28")).toEqual(["letters_rogatory 2021 = 131", "letters_rogatory 2022 = 143"]);
  });

  it("reads a year after 'السنوية' as naming a report ('الحصيلة السنوية 2022'), no count", () => {
    const text = "الملف الصحفي - الحصيلة السنوية 2022\nالبطاقة التقنية رقم 6: التعاون الأمني الدولي\nالملفات وطلبات المعلومات المعالجة: 5800\n";
    expect(mentionOf(text, "2022", "2022", "2022-12-28").reason).toContain("year_naming_a_report");
    expect(publishedFigures(text, catalogue, "2022", "2022-12-28")).toEqual(["files_processed 2022 = 5800"]);
  });

  it("reads a change on the line under a count that ends its line as that count's ('📁 …: 5.800⏎📈 بارتفاع بلغ 24%')", () => {
    const text = "📁 الملفات وطلبات المعلومات المعالجة: 5.800\n📈 بارتفاع بلغ 24% مقارنة بسنة 2021\n⚖️ الإنابات القضائية الدولية المتابع تنفيذها: 143\n";
    expect(publishedFigures(text, catalogue, "2022", "2022-12-28")).toContain("files_processed_pct_change 2022 vs 2021 = 24");
  });
});

describe("round 94", () => {
  it("reads a 'then and now' list whose words stand before the values ('الأمس 2760 / اليوم 3104')", () => {
    const text = "الأمس = النصف الأول من 2022 | اليوم = النصف الأول من 2023\n\n- الملفات وطلبات المعلومات: الأمس 2760 / اليوم 3104\n- الإنابات القضائية الدولية: الأمس 66 / اليوم 71\n";
    expect(publishedFigures(text, catalogue, "2023-H1", "2023-07-23")).toEqual(["files_processed 2022-H1 = 2760", "files_processed 2023-H1 = 3104", "letters_rogatory 2022-H1 = 66", "letters_rogatory 2023-H1 = 71"]);
  });

  it("reads a table copied one cell per line whose header names parts of years in words ('النصف الأول 2022')", () => {
    const text = ["المؤشر", "النصف الأول 2022", "النصف الأول 2023", "نسبة التغير", "الملفات وطلبات المعلومات المعالجة", "2760", "3104", "+12,5%"].join("\n");
    expect(publishedFigures(text, catalogue, "2023-H1", "2023-07-20")).toEqual(["files_processed 2022-H1 = 2760", "files_processed 2023-H1 = 3104"]);
  });

  it("lets 'these' after a whole and its part of one noun read by its own cues", () => {
    const text = "تابع المكتب تنفيذ 125 إنابة قضائية دولية، منها 29 إنابة تتعلق بالاتجار في المخدرات وتبييض الأموال. وارتفاع عدد هذه الإنابات بنسبة 11,6 في المائة مقارنة بسنة 2018، حين بلغ 112 إنابة، يعكس تزايد الطلب.";
    expect(publishedFigures(text, catalogue, "2019", "2020-02-10")).toContain("letters_rogatory 2018 = 112");
  });

  it("holds back the part of the staff trained abroad ('من تكوينات بالخارج')", () => {
    const text = "واستفاد أزيد من 410 موظفين من تكوينات بالخارج، في إطار التعاون الدولي سنة 2023.";
    expect(mentionOf(text, "410", "2023", "2024-01-20").reason).toContain("held abroad");
  });
});

describe("round 95", () => {
  it("reads a table headed by periods that each name their year ('سنة 2021 كاملة'), a column of something else beside them", () => {
    const text = "| المؤشر | النصف الأول 2022 | سنة 2021 كاملة | النسبة |\n|---|---|---|---|\n| الملفات وطلبات المعلومات المعالجة | 2760 | 4677 | 59% |\n";
    expect(publishedFigures(text, catalogue, "2022-H1", "2022-08-18")).toEqual(["files_processed 2022-H1 = 2760", "files_processed 2021 = 4677"]);
  });

  it("sets aside a related-topics line that carries another article's title ('مواضيع ذات صلة: …')", () => {
    const text = "عالج القطب 7215 ملفا سنة 2024.\n\nمواضيع ذات صلة: حصيلة 2024 للأمن الوطني: 1620 مستفيدا من التكوين\n";
    expect(mentionOf(text, "1620", "2024", "2024-12-31").status).toBe("cruft");
  });
});

describe("round 97", () => {
  it("gives a count compared 'in the same period of last year' the period of the count before it, a year earlier", () => {
    const text = "تابعنا تنفيذ 171 إنابة قضائية دولية. في النصف الأول من السنة كان العدد 84 إنابة، مقابل 78 في الفترة نفسها من السنة الماضية.";
    expect(publishedFigures(text, catalogue, "2025", "2026-01-10")).toEqual(["letters_rogatory 2025 = 171", "letters_rogatory 2025-H1 = 84", "letters_rogatory 2024-H1 = 78"]);
    // Not the whole a part is given "out of": the part's period, as the text's.
    const part = "تابع المكتب خلال النصف الثاني تنفيذ 77 إنابة قضائية دولية من أصل 143 إنابة خلال السنة، بعدما كانت 68 إنابة في الفترة نفسها من 2021.";
    expect(publishedFigures(part, catalogue, "2022-H2", "2023-01-05")).toContain("letters_rogatory 2021-H2 = 68");
  });

  it("reads the verb before a year set off by commas after a dateline or a year that opens the sentence", () => {
    const text = "الرباط - 29 دجنبر 2025 (ومع) - أفادت المديرية بأن المصالح الأمنية أوقفت، خلال سنة 2025، ما مجموعه 152 شخصا من المبحوث عنهم على الصعيد الدولي.";
    expect(publishedFigures(text, catalogue, "2025", "2025-12-29")).toEqual(["wanted_persons_arrested 2025 = 152"]);
  });

  it("gives the corrected value the indicator of the count it replaces, also where the text says others gave that count", () => {
    const text = "تصحيح: ورد في تدوينة الساعة 10:41 أن عدد المغاربة الموقوفين خارج أرض الوطن بلغ 36 مواطنا، والصحيح 38 مواطنا.";
    expect(publishedFigures(text, catalogue, "2015", "2016-01-12")).toEqual(["moroccan_citizens_arrested_abroad 2015 = 38"]);
  });

  it("sets aside another article's headline under 'اقرأ المزيد'", () => {
    const text = "عالج القطب 3420 ملفا خلال النصف الأول من 2024.\n\nاقرأ المزيد\nالأمن الوطني يعالج 3104 ملفات للتعاون الدولي في 6 أشهر\n";
    expect(mentionOf(text, "3104", "2024-H1", "2024-08-01").status).toBe("cruft");
  });
});

describe("round 98", () => {
  it("reads a two-column table whose cells a tab separates, each value with its own row's label", () => {
    const text = ["المؤشر\tالقيمة", "الملفات وطلبات المعلومات التي عالجها قطب التعاون الأمني الدولي\t4.480", "طلبات المعلومات عبر قنوات الأنتربول\t1.760", "الإنابات القضائية الدولية المتابع تنفيذها\t125"].join("\n");
    expect(publishedFigures(text, catalogue, "2019", "2020-01-04")).toEqual(["files_processed 2019 = 4480", "interpol_information_requests 2019 = 1760", "letters_rogatory 2019 = 125"]);
  });

  it("gives a count the period a parenthesis right after it names ('طرح 45 أمرا (النصف الأول) من المجموع السنوي'), not a value restated in one", () => {
    const text = "وبالنسبة للأوامر الدولية بإلقاء القبض، فإن طرح 45 أمرا (النصف الأول) من المجموع السنوي البالغ 98 أمرا يعطينا 53 أمرا في النصف الثاني.";
    expect(publishedFigures(text, catalogue, "2021-H2", "2022-02-01")).toContain("international_arrest_warrants 2021-H1 = 45");
    const restated = "في حين نشرت قرابة ألفي مذكرة (1987 بالتحديد) لتوقيف سريان الأبحاث الدولية.";
    expect(publishedFigures(restated, catalogue, "2021", "2022-01-05")).toEqual(["international_search_cancellations 2021 = 1987"]);
  });

  it("takes a change's base from the clause it explains ('تراجع مقارنة بالفصل السابق، إذ انخفض بـ25%')", () => {
    const text = "عدد الرعايا الأجانب الذين سلمهم المغرب هو المؤشر الوحيد الذي تراجع مقارنة بالفصل السابق، إذ انخفض بـ25%.";
    expect(publishedFigures(text, catalogue, "2024-Q3", "2024-10-28")).toEqual(["foreigners_handed_over_by_morocco_pct_change 2024-Q3 vs 2024-Q2 = -25"]);
  });

  it("reads labels ending on a colon above their values in a list that goes on with labels and values on one line", () => {
    const text = ["▪️ الإنابات القضائية الدولية:", "١٤٣", "▪️ الأوامر الدولية بإلقاء القبض:", "١٠٦", "▪️ ملفات السيارات المسروقة: 1240"].join("\n");
    expect(publishedFigures(text, catalogue, "2022", "2022-12-29")).toEqual(["letters_rogatory 2022 = 143", "international_arrest_warrants 2022 = 106", "stolen_vehicle_files 2022 = 1240"]);
  });

  it("reads a count in a half-year report whose part right after it is of the report's months as the year's, not past its line", () => {
    const text = "فيما تم نشر وتعميم 98 أمرا دوليا بإلقاء القبض، 53 منها خلال الفترة الممتدة من يوليوز إلى دجنبر.";
    expect(publishedFigures(text, catalogue, "2021-H2", "2022-01-10")).toContain("international_arrest_warrants 2021 = 98");
    const card = "62\nمبحوثا عنهم دوليا تم توقيفهم، منهم 37 مغربيا أوقفوا بالخارج\n▲ 15 % مقارنة بالنصف الثاني من 2021";
    expect(publishedFigures(card, catalogue, "2022-H2", "2023-01-10")).not.toContain("wanted_persons_arrested 2022 = 62");
  });

  it("reads a table headed by spans of months with no year ('يناير - مارس') as the text's year's quarters", () => {
    const text = "| المؤشر | يناير - مارس | أبريل - يونيو | يوليوز - شتنبر |\n|---|---|---|---|\n| الملفات وطلبات المعلومات المعالجة | 1650 | 1770 | 1880 |\n";
    expect(publishedFigures(text, catalogue, "2024-Q3", "2024-10-28")).toEqual(["files_processed 2024-Q1 = 1650", "files_processed 2024-Q2 = 1770", "files_processed 2024-Q3 = 1880"]);
  });

  it("reads an answer with its question past a reply of its own after a speaker's label ('ج: لا. الرقم الصحيح … هو 97 شخصا')", () => {
    const text = "س: تداولت صفحات أن عدد المبحوث عنهم دوليا الذين أوقفوا بلغ 79 شخصا فقط، هل هذا صحيح؟\nج: لا. الرقم الصحيح حسب الحصيلة هو 97 شخصا.";
    expect(publishedFigures(text, catalogue, "2019", "2020-01-10")).toEqual(["wanted_persons_arrested 2019 = 97"]);
  });

  it("reads the whole a part of one kind is told of as the whole's count, not the kind's", () => {
    const before = "وتتقاطع هذه الخريطة مع ملف غسل الأموال، إذ تتبع المكتب المركزي الوطني 162 إنابة قضائية دولية، منها 41 إنابة مرتبطة بالاتجار في المخدرات وغسل الأموال.";
    expect(publishedFigures(before, catalogue, "2024", "2025-01-10")).toEqual(["letters_rogatory 2024 = 162", "letters_rogatory_drugs_money_laundering 2024 = 41"]);
    const outOf = "حيث تتعلق 46 من أصل 171 إنابة قضائية دولية تابع المكتب المركزي الوطني تنفيذها بالاتجار في المخدرات وتبييض الأموال.";
    expect(publishedFigures(outOf, catalogue, "2025", "2026-01-10")).toContain("letters_rogatory 2025 = 171");
    // A part named by its own noun keeps it ("38 مواطنا، منهم 17 …" counts Moroccans, not all persons).
    const own = "وبخصوص المواطنين المغاربة الموقوفين خارج أرض الوطن، فقد بلغ عددهم 38 مواطنا، منهم 17 أوقفوا بإسبانيا.";
    expect(publishedFigures(own, catalogue, "2015", "2016-03-08")).toEqual(["moroccan_citizens_arrested_abroad 2015 = 38"]);
  });
});

describe("round 100", () => {
  it("reads a table of the two halves and the year with no year written ('| النصف الأول | النصف الثاني | السنة |')", () => {
    const text = "المؤشر | النصف الأول | النصف الثاني | السنة\nالملفات وطلبات المعلومات المعالجة | 3420 | 3795 | 7215\n";
    expect(publishedFigures(text, catalogue, "2024-H2", "2025-02-18")).toEqual(["files_processed 2024-H1 = 3420", "files_processed 2024-H2 = 3795", "files_processed 2024 = 7215"]);
  });

  it("holds back a change the United Nations' figures give ('حسب أرقام أممية')", () => {
    const text = "وشكلت ملفات الهجرة غير النظامية 18 في المائة منها، إذ تمر عبر المنطقة طرق المهاجرين الذين ارتفع عدد الواصلين منهم إلى السواحل الإسبانية بأزيد من 130 في المائة سنة 2018 حسب أرقام أممية.";
    expect(publishedFigures(text, catalogue, "2018", "2019-02-02")).not.toContain("files_processed_pct_change 2018 vs 2017 = 130");
    expect(mentionOf(text, "130", "2018", "2019-02-02").reason).toContain("another body");
  });

  it("gives a rate's unclear period to no item of the list's next lines ('🔹 … أكثر من 12 ملف فالنهار⏎🔹 125 إنابة')", () => {
    const text = "🔹 4480 ملف عالجها القطب، يعني أكثر من 12 ملف فالنهار 😮\n🔹 125 إنابة قضائية دولية تابعها أنتربول الرباط\n🔹 84 أمر دولي بإلقاء القبض تنشر وتعمم";
    expect(publishedFigures(text, catalogue, "2019", "2020-01-02")).toEqual(["files_processed 2019 = 4480", "letters_rogatory 2019 = 125", "international_arrest_warrants 2019 = 84"]);
  });

  it("reads a count coordinated after a compared count with no noun of its own as the comparison's next value ('مقابل 49 في النصف الأول، و40 شخصا في النصف الثاني من 2020')", () => {
    const text = "وارتفع عدد المبحوث عنهم على الصعيد الدولي الذين تم توقيفهم إلى 55 شخصا، مقابل 49 في النصف الأول، و40 شخصا في النصف الثاني من 2020.";
    expect(publishedFigures(text, catalogue, "2021-H2", "2022-01-20")).toEqual(["wanted_persons_arrested 2021-H2 = 55", "wanted_persons_arrested 2021-H1 = 49", "wanted_persons_arrested 2020-H2 = 40"]);
  });

  it("holds back the answers a question offers to choose from, on the line under it", () => {
    const text = "5. ما نسبة التكوينات التي نُظمت حضوريا في إطار التعاون الدولي؟\nأ) 52%   ب) 64%   ج) 72%   د) 90%";
    expect(publishedFigures(text, catalogue, "2024", "2025-01-05")).toEqual([]);
    expect(mentionOf(text, "52", "2024", "2025-01-05").reason).toContain("a question offers to choose from");
  });
});

describe("round 103", () => {
  it("holds back a count placed on one partner's soil past its noun's adjectives ('34 مواطنا مغربيا مبحوثا عنهم فوق التراب الإسباني')", () => {
    const text = "وسلمت السلطات الإسبانية إلى المغرب 14 مطلوبا، فيما أوقف 34 مواطنا مغربيا مبحوثا عنهم فوق التراب الإسباني.";
    expect(publishedFigures(text, catalogue, "2025", "2026-01-07")).not.toContain("moroccan_citizens_arrested_abroad 2025 = 34");
    expect(mentionOf(text, "34", "2025", "2026-01-07").reason).toContain("the part of one partner");
  });

  it("reads a count with two partners coordinated at the place's reach as the nation's ('مع كل من فرنسا وإسبانيا')", () => {
    const text = "وأضافت المديرية أن الشرطة المغربية نفذت عمليتي تسليم مراقب للمخدرات مع كل من فرنسا وإسبانيا.";
    expect(publishedFigures(text, catalogue, "2021", "2022-01-05")).toEqual(["controlled_deliveries 2021 = 2"]);
  });

  it("holds back a count whose subject is a local unit after 'that' ('أن الإقليم تلقى … 7 إنابات')", () => {
    const text = "وأوضح المصدر ذاته أن الإقليم تلقى خلال الفترة نفسها 7 إنابات قضائية دولية معظمها من هولندا وبلجيكا.";
    expect(publishedFigures(text, catalogue, "2022-H1", "2022-07-20")).toEqual([]);
    expect(mentionOf(text, "7", "2022-H1", "2022-07-20").reason).toContain("a figure of another body or of a local unit");
  });

  it("reads a count naming no period as the year's when the title of a half-year report names the year alone", () => {
    const text = "عالج القطب ما مجموعه 6312 ملفا خلال سنة 2023، منها 3208 ملفات خلال النصف الثاني من السنة.\nكما عمم المكتب 3540 مذكرة بحث على الصعيد الوطني.";
    const yearTitle = "المديرية العامة للأمن الوطني تعالج 6312 ملفا للتعاون الأمني الدولي خلال سنة 2023";
    expect(publishedFigures(text, catalogue, "2023-H2", "2024-01-10", yearTitle)).toContain("national_search_notices 2023 = 3540");
    // Under a title naming the part too, authors read such a count both ways: held back.
    const partTitle = "6312 ملفا خلال سنة 2023، منها 3208 في النصف الثاني";
    expect(publishedFigures(text, catalogue, "2023-H2", "2024-01-10", partTitle).join()).not.toContain("national_search_notices");
    // Nor when its sentence named the part before it: "خلال النصف الثاني 1120 طلب معلومات … و690 ملفا" is the part's.
    const afterPart = `${text}\nوعالجت المديرية خلال النصف الثاني 1120 طلب معلومات عبر قنوات الأنتربول و690 ملفا يتعلق بالمركبات المسروقة.`;
    expect(publishedFigures(afterPart, catalogue, "2023-H2", "2024-01-10", yearTitle)).not.toContain("stolen_vehicle_files 2023 = 690");
  });

  it("reads a column of the year's total beside its parts ('| النصف الأول 2023 | النصف الثاني 2023 | مجموع السنة |')", () => {
    const text = "| المؤشر | النصف الأول 2023 | النصف الثاني 2023 | مجموع السنة |\n|---|---|---|---|\n| الإنابات القضائية الدولية المتابع تنفيذها | 71 | 82 | 153 |\n";
    expect(publishedFigures(text, catalogue, "2023-H2", "2024-02-20")).toEqual(["letters_rogatory 2023-H1 = 71", "letters_rogatory 2023-H2 = 82", "letters_rogatory 2023 = 153"]);
  });

  it("holds back the values of a tab-separated table whose second header row of parts lost its empty first cell", () => {
    const text = "المؤشر\t2019\t\t\t\t\t2018\n\tالفصل الأول\tالفصل الثاني\tالفصل الثالث\tالفصل الرابع\tمجموع السنة\tمجموع السنة\nالملفات المعالجة\t1050\t1120\t1090\t1220\t4480\t4060\n";
    expect(publishedFigures(text, catalogue, "2019", "2020-01-15").filter((f) => f.includes("-Q"))).toEqual([]);
  });

  it("holds back a count after the whole its sentence opens on with 'out of' ('من أصل خمس عمليات …، تمت ثلاث عمليات …')", () => {
    const text = "العمليات المشتركة\nمن أصل خمس عمليات للتسليم المراقب للمخدرات أنجزت سنة 2024، تمت ثلاث عمليات بتنسيق مع الشريك الإسباني.";
    expect(publishedFigures(text, catalogue, "2024", "2025-01-20")).toEqual(["controlled_deliveries 2024 = 5"]);
    expect(mentionOf(text, "ثلاث", "2024", "2025-01-20").reason).toContain("a part of the whole the sentence opens on");
  });

  it("reads 'زائد' before a percentage as a rise, and 'أو ما نسبته' after a change's amount as its rate", () => {
    const plus = "وفي مذكرات البحث الوطنية، انتقل الرقم من 2390 إلى 2640 مذكرة (زائد 10,5 في المائة).";
    expect(publishedFigures(plus, catalogue, "2018", "2019-01-05")).toContain("national_search_notices_pct_change 2018 vs 2017 = 10.5");
    const rate = "بلغ عدد الملفات المعالجة 2950 ملفا، مقابل 2630 ملفا سنة 2015، أي بزيادة 320 ملفا أو ما نسبته 12,2 في المائة.";
    expect(publishedFigures(rate, catalogue, "2016", "2017-01-05")).toContain("files_processed_pct_change 2016 vs 2015 = 12.2");
  });

  it("reads 'في الحصيلة السابقة' in a comparison as the previous year's", () => {
    const text = "ومن بين الموقوفين، 38 مواطنا مغربيا ضبطوا خارج أرض الوطن، بعدما كانوا 33 في الحصيلة السابقة.";
    expect(publishedFigures(text, catalogue, "2016", "2017-01-05")).toEqual(["moroccan_citizens_arrested_abroad 2016 = 38", "moroccan_citizens_arrested_abroad 2015 = 33"]);
  });
});

describe("round 104", () => {
  it("reads a card of items numbered by keycaps, each value on its line and its words on the next ('1️⃣ 4677⏎ملفا …')", () => {
    const text = "1️⃣ 4677\nملفا وطلب معلومات عالجها قطب التعاون الأمني الدولي\n\n2️⃣ 131\nإنابة قضائية دولية تابع المكتب المركزي الوطني تنفيذها\n\n3️⃣ 104\nمبحوثين عنهم دوليا تم توقيفهم";
    expect(publishedFigures(text, catalogue, "2021", "2022-01-01")).toEqual(["files_processed 2021 = 4677", "letters_rogatory 2021 = 131", "wanted_persons_arrested 2021 = 104"]);
    expect(mentionOf(text, "2️", "2021", "2022-01-01").reason).toContain("a keycap opening its line");
  });

  it("reads a table's row labels naming the year before its quarter ('| 2024 - الربع الأول | 1655 |')", () => {
    const text = "| الفصل | الملفات المعالجة | الإنابات القضائية |\n|---|---|---|\n| 2024 - الربع الرابع | 1915 | 44 |\n| 2025 - الربع الأول | 1802 | 40 |\n";
    expect(publishedFigures(text, catalogue, "2025-Q1", "2025-05-06")).toEqual(["files_processed 2024-Q4 = 1915", "letters_rogatory 2024-Q4 = 44", "files_processed 2025-Q1 = 1802", "letters_rogatory 2025-Q1 = 40"]);
  });

  it("reads 'the four quarters of 2024' as the whole year, and their number as no figure", () => {
    const text = "أولا، مجموع الفصول الأربعة لسنة 2024 يعطي 7215 ملفا.";
    expect(publishedFigures(text, catalogue, "2025-Q1", "2025-05-06")).toEqual(["files_processed 2024 = 7215"]);
    expect(mentionOf(text, "أربعة", "2025-Q1", "2025-05-06").reason).toContain("parts_of_a_year");
  });

  it("holds back a part of 'this year' in a text published after its reference year ('الأشهر الثلاثة الأولى من هذه السنة')", () => {
    const text = "أما خلال الأشهر الثلاثة الأولى من هذه السنة، فقد عالجت المصالح المختصة 1085 ملفا.";
    expect(publishedFigures(text, catalogue, "2019", "2020-05-16")).toEqual([]);
    expect(mentionOf(text, "1085", "2019", "2020-05-16").reason).toContain("the year of writing or the text's?");
    // Published in its own year, it is the text's year.
    expect(publishedFigures(text, catalogue, "2019", "2019-05-16")).toEqual(["files_processed 2019-Q1 = 1085"]);
  });

  it("starts a change told by its ends at the earlier of the two periods the text last compared", () => {
    const text = "ففي سنة 2022 عالج القطب 5800 ملف وطلب معلومات، ليصل هذا العدد في 2024 إلى 7215 ملفا. الإنابات القضائية الدولية بدورها انتقلت من 143 إنابة إلى 162 إنابة.";
    // A text published in 2025 looking back at 2022: the pair it set, 2022 and 2024.
    expect(publishedFigures(text, catalogue, "2022", "2025-02-20")).toEqual(["files_processed 2022 = 5800", "files_processed 2024 = 7215", "letters_rogatory 2022 = 143", "letters_rogatory 2024 = 162"]);
    // Not when the sentence names a span of years: "في ظرف تسع سنوات" says the change starts further back.
    const span = "وواصلت الأرقام صعودها سنة 2023 (134 موقوفا)، قبل أن تبلغ 142 موقوفا في 2024. وبهذا تضاعف عدد الملفات في ظرف تسع سنوات، فيما انتقل عدد الموقوفين من 82 إلى 142.";
    expect(mentionOf(span, "82", "2016", "2025-03-01").status).not.toBe("observation");
  });
});

describe("round 105", () => {
  it("holds back a count aimed at by a horizon ('إلى 1000 موظف في أفق 2020'), whose year is no topic of the text", () => {
    const text = "- رفع عدد موظفي الشرطة المستفيدين من التكوين، الذي بلغ 610 موظفين سنة 2017، إلى 1000 موظف في أفق 2020؛\n- إحداث آلية لتتبع مآل الإنابات القضائية الدولية، التي تجاوز عددها 100 إنابة في السنة نفسها.";
    const figures = publishedFigures(text, catalogue, "2017", "2018-02-10");
    expect(figures).not.toContain("police_staff_trained 2020 = 1000");
    expect(figures).toContain("letters_rogatory 2017 = gt 100");
    // An outlet named "الأفق" is no horizon: "أي بزيادة تقارب 10 في المائة، حسب حسابات «الأفق»".
    expect(mentionOf("عالج القطب 2150 ملفا، مقابل 1953 ملفا سنة 2018، أي بزيادة تقارب 10 في المائة، حسب حسابات \"الأفق\".", "10", "2019", "2020-01-10").reason ?? "").not.toContain("horizon");
  });

  it("holds back a daily rate after 'this year' ('عالج القطب هذه السنة نحو 17 ملفا في اليوم')", () => {
    expect(publishedFigures("وبلغة أبسط: عالج القطب هذه السنة نحو 17 ملفا في اليوم.", catalogue, "2023", "2024-01-05")).toEqual([]);
  });

  it("holds back a change of a series of yearly changes, against its own year before or the first change's base", () => {
    const text = "بعد تراجع بنسبة 11,8 في المائة سنة 2020 مقارنة بسنة 2019، سجل عدد الملفات المعالجة نموا بـ18,4 في المائة سنة 2021، ثم 24 في المائة سنة 2022.";
    const figures = publishedFigures(text, catalogue, "2023", "2024-01-05");
    expect(figures.filter((f) => f.includes("2022 vs"))).toEqual([]);
  });
});

describe("round 106", () => {
  it("holds back a count its words make a part of a whole named without a number ('47 ملفا من مجموع ملفات الموقوفين')", () => {
    const text = "وتتراوح أعمار أغلبهم بين 23 و61 سنة، فيما يتعلق 47 ملفا من مجموع ملفات الموقوفين بالاتجار الدولي في المخدرات.";
    expect(publishedFigures(text, catalogue, "2024", "2025-01-02")).toEqual([]);
    expect(mentionOf(text, "47", "2024", "2025-01-02").reason).toContain("a part of a whole its words name without a number");
  });

  it("sets aside the header and footer a browser prints around a page", () => {
    const text = "31/12/2022، 16:05          كواليس 24 - قرابة 6 آلاف ملف وأزيد من 100 مذكرة توقيف دولية\n\nعالج القطب 5800 ملف.\n\nhttps://www.kawalis24.ma/archives/48213                                        1/2";
    expect(publishedFigures(text, catalogue, "2022", "2022-12-31")).toEqual(["files_processed 2022 = 5800"]);
    expect(mentionOf(text, "قرابة 6 آلاف", "2022", "2022-12-31").reason).toContain("print_header");
    expect(mentionOf(text, "48213", "2022", "2022-12-31").reason).toContain("print_footer");
  });

  it("holds back some of the persons a count counted ('6 من الموقوفين تم ضبطهم بمدن العيون والداخلة')", () => {
    const text = "وحسب معطيات محلية، فإن 6 من الموقوفين تم ضبطهم بمدن العيون والداخلة وكلميم.";
    expect(publishedFigures(text, catalogue, "2022", "2023-01-02")).toEqual([]);
    expect(mentionOf(text, "6", "2022", "2023-01-02").reason).toContain("some of «الموقوفين»");
    // The wanted persons some of whom were arrested are no part: "تم توقيف 120 من المبحوث عنهم" is the count.
    expect(publishedFigures("تم توقيف 120 من المبحوث عنهم دوليا خلال السنة.", catalogue, "2022", "2023-01-02")).toEqual(["wanted_persons_arrested 2022 = 120"]);
  });
});

describe("round 108", () => {
  it("reads a share 'which makes up' ('وهو ما يمثل … من مجموعها') after a part as the part's ratio to its whole, no share of the files", () => {
    const text = "فقد تابع المكتب تنفيذ 125 إنابة، منها 29 تتعلق بالاتجار في المخدرات وتبييض الأموال، وهو ما يمثل 23 في المائة من مجموعها.";
    expect(publishedFigures(text, catalogue, "2019", "2020-01-03")).toEqual(["letters_rogatory 2019 = 125", "letters_rogatory_drugs_money_laundering 2019 = 29"]);
    expect(mentionOf(text, "23 في", "2019", "2020-01-03").reason).toContain("the ratio of the part before it to its whole");
  });

  it("gives a change in parentheses after a compared count the text's period, the compared count's its base", () => {
    const text = "لم يتجاوز عدد المسلمين إلى المغرب 7 أشخاص، مقابل 9 أشخاص في النصف الأول من السنة الماضية (ناقص 22 في المائة).";
    const figures = publishedFigures(text, catalogue, "2020-H1", "2020-07-20");
    expect(figures.filter((f) => f.includes("pct_change"))).toEqual(["persons_extradited_to_morocco_pct_change 2020-H1 vs 2019-H1 = -22"]);
  });
});

describe("round 109", () => {
  it("gives counts joined by 'و' the period named once after the last ('3380 ملفا و80 موقوفا في 2017')", () => {
    const text = 'ونشرت الجريدة مقالا تحت عنوان "التعاون الأمني الدولي.. 3380 ملفا و80 موقوفا في 2017".';
    expect(publishedFigures(text, catalogue, "2018", "2018-12-31")).toEqual(["files_processed 2017 = 3380", "wanted_persons_arrested 2017 = 80"]);
    // The same noun twice compares; a mark between ends the list.
    expect(publishedFigures("عالج القطب 5800 ملف، و4677 ملفا في 2021.", catalogue, "2022", "2023-01-02")).toContain("files_processed 2022 = 5800");
  });

  it("reads a part 'out of' a whole by the whole's noun and the words saying what the part is ('(78 من أصل 131) مواطنون مغاربة')", () => {
    const text = "واللافت أن نحو 60 في المئة من الموقوفين (78 من أصل 131) مواطنون مغاربة أوقفوا خارج بلادهم.";
    expect(publishedFigures(text, catalogue, "2023", "2024-01-05")).toEqual(["moroccan_citizens_arrested_abroad 2023 = 78", "wanted_persons_arrested 2023 = 131"]);
    // A part of the whole's own kind is held back: which part it is, its words do not say.
    const same = "أوقف 49 في النصف الأول، بينهم 33 مغربيا (أي بعد طرح 29 من أصل 62 مغربيا طيلة السنة).";
    expect(mentionOf(same, "29", "2021-H2", "2022-01-05").reason).toContain("a part of the count after it");
  });

  it("reads a part by the words of the clause of the whole it is 'out of' ('78 مواطنا مغربيا من أصل 131 شخصا … جرى توقيفهم')", () => {
    const text = "كشفت الحصيلة أن 78 مواطنا مغربيا من أصل 131 شخصا مبحوثا عنهم على الصعيد الدولي جرى توقيفهم خارج أرض الوطن.";
    expect(publishedFigures(text, catalogue, "2023", "2024-01-05")).toEqual(["moroccan_citizens_arrested_abroad 2023 = 78", "wanted_persons_arrested 2023 = 131"]);
  });

  it("compares the part a sentence states after opening on its whole ('فمن أصل 162 إنابة …، تتعلق 41 إنابة …، مقابل 35 إنابة سنة 2023')", () => {
    const text = "فمن أصل 162 إنابة قضائية دولية تابع المكتب تنفيذها، تتعلق 41 إنابة بالاتجار في المخدرات وتبييض الأموال، مقابل 35 إنابة سنة 2023.";
    expect(publishedFigures(text, catalogue, "2024", "2025-01-05")).toContain("letters_rogatory_drugs_money_laundering 2023 = 35");
  });

  it("reads pan-Arab wording: 'خطابات الإنابة القضائية' and the accused handed over ('متهما')", () => {
    const letters = "وتابع المكتب ذاته تنفيذ 153 من خطابات الإنابة القضائية الدولية، بينها 35 تتعلق بالاتجار في المخدرات وغسل الأموال.";
    expect(publishedFigures(letters, catalogue, "2023", "2024-01-02")).toEqual(["letters_rogatory 2023 = 153", "letters_rogatory_drugs_money_laundering 2023 = 35"]);
    expect(publishedFigures("وفي إطار الاسترداد، تسلمت السلطات المغربية 27 متهما مطلوبا للقضاء المغربي من عدة دول.", catalogue, "2023", "2024-01-02")).toEqual(["persons_extradited_to_morocco 2023 = 27"]);
    // A speech is no letter rogatory.
    expect(publishedFigures("وألقى المدير 3 خطابات حول التعاون الدولي.", catalogue, "2023", "2024-01-02")).toEqual([]);
  });
});

describe("round 110", () => {
  it("reads a year right after the verb of change as when it happened, not its base ('بعد أن تراجع سنة 2020 بنحو 11.8%')", () => {
    const text = "وبذلك ارتفع عدد الملفات في 2021، بعد أن تراجع سنة 2020 بنحو 11.8%.";
    const figures = publishedFigures(text, catalogue, "2021", "2022-02-01");
    expect(figures.filter((f) => f.includes("pct_change"))).toEqual(["files_processed_pct_change 2020 vs 2019 = approx -11.8"]);
  });
});

describe("round 111", () => {
  it("holds back staff trained in a group of countries as a part held abroad ('من دورات تكوينية بدول الخليج')", () => {
    const text = "وشارك المغرب في المؤتمر، فيما استفاد 30 إطارا أمنيا مغربيا من دورات تكوينية بدول الخليج.";
    expect(publishedFigures(text, catalogue, "2023", "2024-01-05")).toEqual([]);
    expect(mentionOf(text, "30", "2023", "2024-01-05").reason).toContain("the part held abroad");
  });

  it("reads the amount one period exceeded another by as a difference ('متجاوزا الفصل الأول بـ140 ملفا')", () => {
    const text = "سجل الفصل الثاني من 2022 أعلى عدد من الملفات المعالجة، متجاوزا الفصل الأول بـ140 ملفا.";
    expect(publishedFigures(text, catalogue, "2022-Q2", "2022-08-01")).toEqual([]);
    expect(mentionOf(text, "140", "2022-Q2", "2022-08-01").reason).toContain("the amount of a change");
  });

  it("starts a new clause at 'بينما' between two figures with no mark between them", () => {
    const text = "تراجعت إعلانات البحث الصادرة عن شعب الاتصال العربية من 380 إلى 362 إعلانا، بانخفاض يقارب 5 في المائة بينما ارتفعت مذكرات توقيف سريان الأبحاث الدولية إلى 2312 مذكرة.";
    expect(publishedFigures(text, catalogue, "2023", "2024-01-05")).toContain("international_search_cancellations 2023 = 2312");
  });

  it("reads a body named after 'آلية' (a mechanism, folded as 'إليه') as acting, not as a partner ('وأعلنت آلية «أفريبول» أن …')", () => {
    const text = "وأعلنت آلية «أفريبول» أن برامجها التكوينية استفاد منها 1380 شرطيا إفريقيا خلال سنة 2019.";
    expect(publishedFigures(text, catalogue, "2019", "2020-01-05")).toEqual([]);
    expect(mentionOf(text, "1380", "2019", "2020-01-05").reason).toContain("«أفريبول»");
  });

  it("reads a subtitle's times with their milliseconds, each line a clause of its own ('[00:01:14.200 --> 00:01:22.500]')", () => {
    const text = "[00:01:02.140 --> 00:01:12.560] ونشر 31 أمرا دوليا بإلقاء القبض مكنت من توقيف 38 شخصا مبحوثا عنهم 22 منهم مغاربة أوقفوا في الخارج\n[00:01:12.560 --> 00:01:20.030] كما تم استقدام 9 أشخاص إلى المغرب بينما سلمت المملكة 4 رعايا أجانب لبلدانهم";
    expect(publishedFigures(text, catalogue, "2026-Q1", "2026-04-05")).toContain("persons_extradited_to_morocco 2026-Q1 = 9");
    expect(readText(text, catalogue, "2026-Q1", "2026-04-05").mentions.filter((m) => m.status === "time").map((m) => m.text)).toEqual(["00:01:02.140", "00:01:12.560", "00:01:12.560", "00:01:20.030"]);
  });
});

describe("review", () => {
  it("reads a header of spans of months by the same month names as the period reader ('| جانفي - مارس | أفريل - جوان |')", () => {
    const text = "المؤشر | جانفي - مارس | أفريل - جوان\nالإنابات القضائية الدولية | 40 | 44\n";
    expect(publishedFigures(text, catalogue, "2024", "2024-07-20")).toEqual(["letters_rogatory 2024-Q1 = 40", "letters_rogatory 2024-Q2 = 44"]);
  });
});
