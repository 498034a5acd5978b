// What round 151 (held680–held683: ten house styles, halves and quarters, told by people, every way of writing
// numbers) showed on first sight, and the fixtures' misses it led to: the exact figure of a bound in parentheses
// after the noun's adjectives, a fraction of a count given in units, a card's next item on the line under its
// number, a narrow column's line opening on a relative, a table's change beside the halves of its years, and the
// words of other outlets, dialects and headlines.
import { describe, expect, it } from "vitest";
import { loadCatalogue } from "../../pipeline/catalogue/load.ts";
import { mentionIn, publishedFigures, readText } from "../helpers/extract.ts";

const catalogue = loadCatalogue();

const published = (text: string, reference: string) => publishedFigures(text, catalogue, reference);

describe("a bound or a fraction, then a count in parentheses", () => {
  it("the exact figure of a bound, its noun's adjectives between, is of the same period", () => {
    const text = "فقد تتبع المكتب تنفيذ ما يزيد عن مائة إنابة قضائية دولية (104 إنابات تحديدا)، وأصدر 71 مذكرة بحث دولية.";
    expect(published(text, "2017")).toEqual(["letters_rogatory 2017 = 104", "international_arrest_warrants 2017 = 71"]);
  });

  it("a fraction of the count before, given in units, is no figure of that count's indicator nor of another period", () => {
    const text = "وأفضت هذه المذكرات إلى إيقاف ثمانين شخصا مبحوثا عنهم دوليا، أكثر من نصفهم (44 شخصا) مواطنون مغاربة جرى توقيفهم خارج التراب الوطني.";
    expect(published(text, "2017")).toEqual(["wanted_persons_arrested 2017 = 80"]);
    expect(mentionIn(text, "44", catalogue, "2017").status).toBe("held_back");
  });

  it("but a half-year after 'more than' is a period, not a fraction", () => {
    const text = "وبلغ عدد الأوامر المنشورة 53 أمرا، بعدما سجل النصف الأول 45 أمرا، وهي قفزة تقارب 61 في المائة مقارنة بالفترة ذاتها من السنة التي قبلها.";
    expect(published(text, "2021-H2")).toContain("international_arrest_warrants 2021-H2 = 53");
  });
});

describe("cards and narrow columns", () => {
  it("a card's number under its label, the next item's 'label: value' on the line under it", () => {
    const text = "البطاقة 3/8\nمذكرات البحث الدولية الصادرة\n61\nالمبحوث عنهم الموقوفون: 74\nبينهم 45 مغربيا أوقفوا خارج المغرب\n";
    expect(published(text, "2025-H1")).toEqual([
      "international_arrest_warrants 2025-H1 = 61",
      "wanted_persons_arrested 2025-H1 = 74",
      "moroccan_citizens_arrested_abroad 2025-H1 = 45",
    ]);
  });

  it("a card's items of one word under its heading are kinds of what the heading names", () => {
    const text = "البطاقة 4/8\nنشرات البحث\nوطنية: 1890\nعربية: 171\n\nالبطاقة 5/8\nإشعارات وقف البحث\nدولية: 1046\nعربية: 152\n";
    expect(published(text, "2025-H1")).toEqual([
      "national_search_notices 2025-H1 = 1890",
      "arab_search_notices 2025-H1 = 171",
      "international_search_cancellations 2025-H1 = 1046",
      "arab_search_cancellations 2025-H1 = 152",
    ]);
  });

  it("but not the items of a breakdown's heading, parts of its whole", () => {
    const text = "الموقوفون\n119\n\nالموقوفون حسب نوع الجريمة\nالاتجار في المخدرات: 44\nالنصب والاحتيال: 18\n";
    expect(published(text, "2022")).toEqual(["wanted_persons_arrested 2022 = 119"]);
  });

  it("a narrow column's line goes on with the next when that one opens on the number's noun or on a relative", () => {
    const text = "السنوية برسم سنة 2016، أن مصالح التعاون الأمني\nالدولي عالجت ما مجموعه 2 950\nملفا وطلبا للمعلومات، مقابل 2 710 ملفات في السنة\nالتي قبلها، بعد أن كانت قد عالجت 1410 ملفات\nخلال النصف الأول من السنة.";
    expect(published(text, "2016")).toEqual(["files_processed 2016 = 2950", "files_processed 2015 = 2710", "files_processed 2016-H1 = 1410"]);
  });

  it("but a list's next item, ending on its own value, is a clause of its own", () => {
    const text = "أبرز الأرقام\nالملفات المعالجة خلال السنة 7640\nالإنابات القضائية الدولية 171\n";
    expect(published(text, "2025")).toEqual(["files_processed 2025 = 7640", "letters_rogatory 2025 = 171"]);
  });
});

describe("a table of halves and whole years", () => {
  it("its change column compares the whole years, not the halves", () => {
    const text = [
      "| المؤشر | النصف الأول 2019 | النصف الثاني 2019 | مجموع 2019 | مجموع 2018 | التغير",
      "|---|---|---|---|---|---",
      "| الإنابات القضائية الدولية | 61 | 64 | 125 | 112 | +11,6%",
    ].join("\n");
    expect(published(text, "2019")).toEqual([
      "letters_rogatory 2019-H1 = 61",
      "letters_rogatory 2019-H2 = 64",
      "letters_rogatory 2019 = 125",
      "letters_rogatory 2018 = 112",
      "letters_rogatory_pct_change 2019 vs 2018 = 11.6",
    ]);
  });

  it("a whole-year column without its own year stays the year's, in a report on a half", () => {
    const text = ["| المؤشر | النصف الأول 2023 | النصف الثاني 2023 | مجموع السنة |", "|---|---|---|---|", "| الإنابات القضائية الدولية المتابع تنفيذها | 71 | 82 | 153 |"].join("\n");
    expect(published(text, "2023-H2")).toEqual(["letters_rogatory 2023-H1 = 71", "letters_rogatory 2023-H2 = 82", "letters_rogatory 2023 = 153"]);
  });
});

describe("other outlets' words", () => {
  it("Darija's cars ('الطوموبيلات') are vehicles", () => {
    const text = "وفي ملف \"الطوموبيلات\" المسروقة، عالجت المصالح المختصة 1406 ملفات، وتم حجز 275 سيارة.";
    expect(published(text, "2024")).toEqual(["stolen_vehicle_files 2024 = 1406", "stolen_vehicles_seized 2024 = 275"]);
  });

  it("'قريب ل' before a number is about it", () => {
    const text = "قريب ل 190 طوموبيل مسروقة تحجزات ولا رجعات لمولاها.";
    expect(published(text, "2018")).toEqual(["stolen_vehicles_seized 2018 = approx 190"]);
  });

  it("the customs in Darija ('الديوانة') are another body", () => {
    const text = "بغيت نزيد بلي الديوانة حتى هي كتخدم مع الأجانب، و فـ2022 حجزو شي 90 سيارة مسروقة فميناء طنجة.";
    expect(published(text, "2022")).toEqual([]);
  });

  it("a body named in a headline's title is no body of the figures", () => {
    const text = "أما يومية \"الرأي الحر\"، فتناولت الحصيلة ذاتها تحت عنوان \"شرطة الحدود المفتوحة\"، وكتبت أن المصالح الأمنية عالجت \"أزيد من 7 آلاف ملف\" خلال السنة المنصرمة.";
    expect(publishedFigures(text, catalogue, "2024", "2025-01-20")).toEqual(["files_processed 2024 = gt 7000"]);
  });

  it("persons 'of foreign nationality' wanted by the American courts are the foreigners arrested for the United States", () => {
    const text = "وأوقفت الشرطة شخصين من جنسية أجنبية مطلوبين لدى القضاء الأمريكي في جرائم خطيرة.";
    expect(published(text, "2017")).toEqual(["foreigners_arrested_for_us 2017 = 2"]);
  });

  it("the month a report was released in ('التي كشفت عنها المديرية في شهر يوليوز') is no period of its figures", () => {
    const text = "وكانت الحصيلة المرحلية التي كشفت عنها المديرية في شهر يوليوز الماضي قد أشارت إلى 3420 ملفا خلال الأشهر الستة الأولى من السنة.";
    expect(published(text, "2024")).toEqual(["files_processed 2024-H1 = 3420"]);
  });
});

describe("a speaker's slip", () => {
  it("said in words and cut off, withdraws itself, not the count of the same value said before it", () => {
    const text = "ونشر المكتب ثمانية وسبعين أمرا دوليا بالقبض، مكنت، إلى جانب أوامر سابقة، من توقيف ثمانية وسبعين... عفوا، ثمانية وثمانين شخصا مبحوثا عنهم على الصعيد الدولي.";
    expect(published(text, "2018")).toEqual(["international_arrest_warrants 2018 = 78", "wanted_persons_arrested 2018 = 88"]);
  });
});

describe("a headline that rounds", () => {
  const title = "أزيد من 7500 ملف و170 إنابة قضائية.. حصيلة التعاون الأمني الدولي للأمن الوطني في 2025";
  const read = (text: string) => readText(text, catalogue, "2025", "2025-12-31", title).mentions.map((m) => `${m.text} ${m.status}`);

  it("restates the body's exact count with its round one", () => {
    const text = `${title}\n\nوتابع المكتب المركزي الوطني تنفيذ 171 إنابة قضائية دولية خلال سنة 2025.\n`;
    expect(publishedFigures(text, catalogue, "2025", "2025-12-31", title)).toEqual(["files_processed 2025 = gt 7500", "letters_rogatory 2025 = 171"]);
    expect(read(text)).toContain("170 restatement");
  });

  it("but not with a count of its own last digit, nor in the body", () => {
    const own = `أزيد من 7500 ملف و173 إنابة قضائية.. حصيلة التعاون الأمني الدولي للأمن الوطني في 2025\n\nوتابع المكتب تنفيذ 171 إنابة قضائية دولية خلال سنة 2025.\n`;
    expect(readText(own, catalogue, "2025", "2025-12-31", own.split("\n")[0]!).mentions.filter((m) => m.status === "held_back").map((m) => m.text)).toEqual(["173", "171"]);
    const body = `${title}\n\nتابع المكتب 170 إنابة قضائية دولية خلال سنة 2025، أو 171 إنابة بحسب مصدر آخر.\n`;
    expect(read(body)).toEqual(expect.arrayContaining(["170 held_back", "171 held_back"]));
  });
});
