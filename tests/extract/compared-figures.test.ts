// What the held-out sets held100–held108 (looking back, five outlets, one period each, periods of different
// lengths) showed on first sight: amounts by which one figure exceeds another, figures a verb compares with, whole years said by
// their words, years named by an event, answers after a bare "yes", an association's estimate, a region's count.
import { describe, expect, it } from "vitest";
import { loadCatalogue } from "../../pipeline/catalogue/load.ts";
import { mentionIn, publishedFigures } from "../helpers/extract.ts";

const catalogue = loadCatalogue();

const published = (text: string, reference = "2025", publishedOn: string | null = null) => publishedFigures(text, catalogue, reference, publishedOn);

describe("an amount by which one figure exceeds another", () => {
  it("publishes no level for the amount after a verb of exceeding", () => {
    const text = "وأوقفت المصالح 152 شخصا مبحوثا عنهم دوليا، أي ما يفوق الرقم المسجل في 2024 بنحو 12 شخصا.";
    expect(published(text)).toEqual(["wanted_persons_arrested 2025 = 152"]);
    expect(mentionIn(text, "نحو 12", catalogue, "2025")).toMatchObject({ status: "unaccounted" });
  });

  it("publishes no level for a dual 'by two more than' and keeps the figure it compares", () => {
    const text = "شاركت مصالح الأمن في ثماني عمليات متعددة الأطراف مع الأنتربول، أي بعمليتين أكثر من 2024.";
    expect(published(text)).toEqual(["interpol_multilateral_operations 2025 = 8"]);
  });

  it("reads a count after 'بـ' and a superlative as a level, not an amount", () => {
    expect(published("أعلى حصيلة في تاريخ التعاون الأمني الدولي بأزيد من 7 آلاف ملف سنة 2024.", "2024")).toEqual(["files_processed 2024 = gt 7000"]);
  });
});

describe("a figure a verb compares with", () => {
  it("reads the figure recorded for another period exact, and the whole year after a whole year's total", () => {
    const text = "عالج القطب 3900 ملف بين يوليوز ودجنبر، ليبلغ مجموع السنة 7590 ملفا، وهو رقم قياسي جديد يتجاوز 7215 ملفا المسجلة سنة 2024.";
    expect(published(text, "2025-H2")).toEqual(["files_processed 2025-H2 = 3900", "files_processed 2025 = 7590", "files_processed 2024 = 7215"]);
  });

  it("takes the count before a change as its base, not one named after it in an aside", () => {
    const text = "عالج القطب 2110 ملفات وطلبات معلومات، مقابل 1740 ملفا خلال النصف الثاني من سنة 2017، أي بارتفاع نسبته 21 في المائة، علما أن النصف الأول من سنة 2018 عرف معالجة 1950 ملفا.";
    expect(published(text, "2018-H2")).toEqual([
      "files_processed 2018-H2 = 2110",
      "files_processed 2017-H2 = 1740",
      "files_processed_pct_change 2018-H2 vs 2017-H2 = 21",
      "files_processed 2018-H1 = 1950",
    ]);
  });
});

describe("a whole year said by its words, in a report on a part", () => {
  it("reads 'طيلة تلك السنة' as the whole year last named", () => {
    expect(published("عدد الملفات التي عالجها القطب في الأشهر الثلاثة الأخيرة من 2023، من أصل 6312 ملفا طيلة تلك السنة.", "2024-Q1")).toEqual(["files_processed 2023 = 6312"]);
  });

  it("reads a year that closed on a figure, and a year with a relative clause on it, as whole years", () => {
    expect(published("وللتذكير، فقد أغلقت سنة 2018 على 4060 ملفا.", "2019-H1")).toEqual(["files_processed 2018 = 4060"]);
    expect(published("ويأتي هذا الأداء بعد سنة 2014 التي عالج فيها القطب ما مجموعه 2640 ملفا.", "2015-Q2")).toEqual(["files_processed 2014 = 2640"]);
  });

  it("holds back a rate per quarter", () => {
    expect(mentionIn("عالج القطب 2640 ملفا سنة 2014، أي بمعدل يقارب 660 ملفا في كل فصل.", "يقارب 660", catalogue, "2015-Q2")).toMatchObject({ status: "held_back" });
  });

  it("reads 'since the first of January' in a first half's report as that half", () => {
    expect(published("تابع المكتب تنفيذ 52 إنابة قضائية دولية منذ فاتح يناير.", "2017-H1")).toEqual(["letters_rogatory 2017-H1 = 52"]);
  });

  it("reads a half's months after an opening years back as that half of the earlier year, with its bound", () => {
    expect(published("وقبل ثلاث سنوات، لم يكن القطب يعالج في ستة أشهر أكثر من 1250 ملفا.", "2017-H1")).toEqual(["files_processed 2014-H1 = lte 1250"]);
  });
});

describe("a year named by what happened in it", () => {
  it("reads 'سنة الجائحة' as 2020 (periods.json event_years), for a count and a change's base", () => {
    const text = "أن سنة الجائحة كانت «استثناء»: لم تنشر خلالها سوى 63 أمرا دوليا بإلقاء القبض، بينما ارتفع العدد هذه السنة إلى 98 أمرا.";
    expect(published(text, "2021")).toEqual(["international_arrest_warrants 2020 = 63", "international_arrest_warrants 2021 = 98"]);
  });

  it("holds back a count of a year named by an event the catalogue does not date", () => {
    expect(mentionIn("سنة الزلزال كانت صعبة: لم تنشر خلالها سوى 63 أمرا دوليا بإلقاء القبض.", "63", catalogue, "2024")).toMatchObject({ status: "held_back" });
  });

  it("does not take a year's epithet or a relative clause for an event", () => {
    expect(published("سنة الأرقام القياسية: التعاون الأمني الدولي يتجاوز عتبة 7 آلاف ملف", "2024")).toEqual(["files_processed 2024 = gt 7000"]);
  });
});

describe("an answer, an estimate, a region", () => {
  it("reads an answer after a bare 'yes' with its question's words", () => {
    const text = "هل ارتفع عدد الموقوفين المبحوث عنهم دوليا؟\nنعم. أوقفت المصالح الأمنية 152 شخصا مقابل 140 سنة 2024.";
    expect(published(text)).toEqual(["wanted_persons_arrested 2025 = 152", "wanted_persons_arrested 2024 = 140"]);
  });

  it("reads a number said 'precisely' as the count it restates", () => {
    expect(published("قرابة 7 آلاف و600 ملف وطلب معلومات، وبدقة 7640.")).toEqual(["files_processed 2025 = 7640"]);
  });

  it("holds back what a non-governmental association estimates in its report", () => {
    const text = "ثم إن المرصد المغاربي لحقوق المهاجرين، وهو جمعية غير حكومية، يقدّر في تقريره الأخير أن عدد المغاربة الموقوفين بالخارج بموجب نشرات دولية يتجاوز 140 شخصا.";
    expect(mentionIn(text, "يتجاوز 140", catalogue, "2025")).toMatchObject({ status: "held_back" });
  });

  it("holds back a region's count, and publishes the one the same sentence says is national", () => {
    const text = "جرى على مستوى الجهة تنفيذ 9 مذكرات بحث صادرة بطلب من دول أوروبية، في وقت عممت فيه المديرية على الصعيد الوطني 1265 مذكرة بحث استجابة لطلبات مصالح أجنبية.";
    expect(published(text, "2016-H2")).toEqual(["national_search_notices 2016-H2 = 1265"]);
  });

  it("reads cancellations of searches named without 'مذكرات'", () => {
    expect(published("إلغاء الأبحاث الدولية: 842 | إيقاف الأبحاث العربية: 131", "2016-H2")).toEqual(["international_search_cancellations 2016-H2 = 842", "arab_search_cancellations 2016-H2 = 131"]);
  });
});

describe("an earlier value in parentheses", () => {
  it("reads a card's number with its comparison in parentheses, and the year's value under a card's number", () => {
    const card = "📁 الملفات وطلبات المعلومات المعالجة\n7 640\n(2024: 7 215) ▲ +6%\n\n📦 عمليات التسليم المراقب للمخدرات\n3 (مقابل 5 في 2024)";
    expect(published(card)).toEqual([
      "files_processed 2025 = 7640",
      "files_processed 2024 = 7215",
      "files_processed_pct_change 2025 vs 2024 = 6",
      "controlled_deliveries 2025 = 3",
      "controlled_deliveries 2024 = 5",
    ]);
  });

  it("reads '(كانت 1455)' after a change's base as that period's value, and alone as the same period a year before", () => {
    expect(published("عالج القطب 1610 ملفات، بزيادة 11 في المائة مقارنة مع النصف الثاني من 2015 (كانت 1455).", "2016-H2")).toEqual([
      "files_processed 2016-H2 = 1610",
      "files_processed_pct_change 2016-H2 vs 2015-H2 = 11",
      "files_processed 2015-H2 = 1455",
    ]);
    expect(published("الإنابات القضائية الدولية: 78 (كانت 71).", "2024-H1")).toEqual(["letters_rogatory 2024-H1 = 78", "letters_rogatory 2023-H1 = 71"]);
  });
});

describe("periods a list, a parenthesis or a paragraph gives", () => {
  it("reads the items of a list under a line naming only a period as that period's", () => {
    const text = "الأمس: سنة 2015\n- ملفات وطلبات معلومات معالجة: 2780\n- إنابات قضائية دولية: 88\n\nاليوم: سنة 2025\n- ملفات وطلبات معلومات معالجة: 7640\n- إنابات قضائية دولية: 170";
    expect(published(text)).toEqual(["files_processed 2015 = 2780", "letters_rogatory 2015 = 88", "files_processed 2025 = 7640", "letters_rogatory 2025 = 170"]);
  });

  it("reads 'then' after a year named by an event as that year", () => {
    const text = "بلغ عدد المبحوث عنهم الموقوفين 148 شخصا. ولمن يتذكر سنة الجائحة، فقد كان عدد الموقوفين آنذاك 76 فقط.";
    expect(published(text)).toEqual(["wanted_persons_arrested 2025 = 148", "wanted_persons_arrested 2020 = 76"]);
  });

  it("reads a count in parentheses with the period it names, not the period around it", () => {
    const text = "تابع المكتب المركزي الوطني تنفيذ 46 إنابة قضائية دولية خلال هذه الفترة (41 إنابة في النصف الثاني من 2014).";
    expect(published(text, "2015-H2")).toEqual(["letters_rogatory 2015-H2 = 46", "letters_rogatory 2014-H2 = 41"]);
  });

  it("reads 'من نصف إلى آخر' as the half before, and holds back a change of the paragraph that names no base after it", () => {
    const text = "عالج القطب 3040 ملفا في النصف الثاني. وارتفعت الإنابات القضائية الدولية بنحو 17 في المائة من نصف إلى آخر. في المقابل، تراجعت الأوامر الدولية بإلقاء القبض بنسبة 17 في المائة.";
    expect(published(text, "2022-H2")).toEqual(["files_processed 2022-H2 = 3040", "letters_rogatory_pct_change 2022-H2 vs 2022-H1 = approx 17"]);
    expect(mentionIn(text, "17 في المائة", catalogue, "2022-H2")).toMatchObject({ status: "held_back" });
  });
});

describe("what held106–held108 showed", () => {
  it("reads the years of a table under a title naming a part of the year as that part, rows or columns", () => {
    const rows = "الجدول 1: الملفات وطلبات المعلومات المعالجة (النصف الأول)\n| السنة | عدد الملفات |\n| 2021 | 2240 |\n| 2023 | 3104 |";
    expect(published(rows, "2023-H1")).toEqual(["files_processed 2021-H1 = 2240", "files_processed 2023-H1 = 3104"]);
    const columns = "الجدول 2: مؤشرات أخرى (النصف الأول)\n| المؤشر | 2022 | 2023 |\n| الإنابات القضائية الدولية | 66 | 71 |";
    expect(published(columns, "2023-H1")).toEqual(["letters_rogatory 2022-H1 = 66", "letters_rogatory 2023-H1 = 71"]);
  });

  it("holds back what is likely ('من المرجح')", () => {
    expect(mentionIn("فمن المرجح أن تتجاوز حصيلة السنة كاملة 5500 ملف.", "5500", catalogue, "2022-Q3")).toMatchObject({ status: "held_back" });
  });

  it("holds back a whole year said after another year in a report on a first half (the text's year is not over)", () => {
    const text = "تحسب نسبة الارتفاع على أساس رقم النصف الأول من 2018، لا على أساس حصيلة السنة كاملة (4060 ملفا).";
    expect(mentionIn(text, "4060", catalogue, "2019-H1")).toMatchObject({ status: "held_back" });
  });

  it("does not take the change of a paragraph's subject across an empty line when its sentence names another count", () => {
    const text = "وعمم المكتب 1390 مذكرة بحث على الصعيد الوطني.\n\nملاحظة: لاحظوا أن نسبة الارتفاع (10,3 في المائة) تحسب على أساس رقم النصف الأول من 2018، لا على أساس حصيلة السنة كاملة (4060 ملفا).";
    expect(published(text, "2019-H1")).toEqual(["national_search_notices 2019-H1 = 1390"]);
  });
});
