// What the held-out sets of round 37 (held231–held235: spoken Darija transcripts, text copied out of PDF reports,
// every way a number is written, several years in one text, the figures in parliament) showed on first sight: a
// table row padded with spaces to its value's column, another body after "أن" (not a partner), an aim ("على تجاوز
// عتبة 7 آلاف ملف"), a Darija forecast, a number a speaker breaks off, "د" between a number and its noun, and the
// classifier "واحد" after a number in words; and years listed or spanned after "على التوالي", a change across a span,
// "بين 2020 والسنة المنصرمة", a series going on after "قبل أن يرتفع إلى"; a PDF's indented header of years and its
// hyphenated line breaks; and, from the pending held229 (ranks and records), "للسنة الثالثة على التوالي", a record's span ending its sentence, a year ending its line above
// another item's label.
import { describe, expect, it } from "vitest";
import { loadCatalogue } from "../../pipeline/catalogue/load.ts";
import { publishedFigures, readText } from "../helpers/extract.ts";

const catalogue = loadCatalogue();

const published = (text: string, reference: string, date: string | null = null) => publishedFigures(text, catalogue, reference, date);
const mentionOf = (text: string, reference: string, number: string) => readText(text, catalogue, reference, null).mentions.find((m) => m.text === number)!;

describe("a table row padded with spaces to its value's column", () => {
  const pad = (label: string, value: string) => `${label}${" ".repeat(Math.max(3, 48 - label.length))}${value}`;
  const table = ["وتوزعت هذه الملفات حسب طبيعة القضايا كما يلي:", pad("الاتجار في المخدرات", "38 %"), pad("طلبات المعلومات", "17 %"), pad("تبادل معطيات قواعد البيانات", "9 %")].join("\n");

  it("takes its category from its own row, not the row under it, however long the padding makes the line", () => {
    expect(published(table, "2023")).toEqual([
      "files_share_by_case_type 2023 drug_trafficking = 38",
      "files_share_by_case_type 2023 information_requests = 17",
      "files_share_by_case_type 2023 database_exchange = 9",
    ]);
  });
});

describe("another body named after 'that'", () => {
  it("holds back the gendarmerie's count a speaker reports ('مشيرة إلى أن الدرك الملكي …')", () => {
    const text = "مشيرة إلى أن الدرك الملكي قدم عن السنة نفسها حصيلة مفصلة تضمنت معالجة أزيد من 600 ملف للتعاون القضائي.";
    expect(published(text, "2017")).toEqual([]);
    expect(mentionOf(text, "2017", "أزيد من 600").reason).toMatch(/another body/);
  });

  it("still reads a body right after a partner marker as a partner", () => {
    expect(published("عالجت المصالح 600 ملف بتنسيق مع الدرك الملكي.", "2017")).toEqual(["files_processed 2017 = 600"]);
  });
});

describe("aims and forecasts", () => {
  it("holds back a threshold the directorate aims to pass", () => {
    const text = "وتراهن المديرية، حسب مصادر الجريدة، على تجاوز عتبة 7 آلاف ملف مع متم السنة الجارية.";
    expect(published(text, "2024-H1")).toEqual([]);
  });

  it("reads a share after 'تراهن على' something else as stated", () => {
    const text = "وتراهن المديرية على رصيد الثقة، إذ تظل إسبانيا أول شريك للمغرب بحصة بلغت 32 في المائة من مجموع المبادلات.";
    expect(published(text, "2024")).toEqual(["exchanges_share_by_partner 2024 ES = 32"]);
  });

  it("holds back a Darija forecast ('إلا بقات الوتيرة هي هي، ممكن نوصلو لشي …')", () => {
    expect(published("إلا بقات الوتيرة هي هي، ممكن نوصلو لشي ستة د الألاف و نص ديال الملفات.", "2022")).toEqual([]);
  });
});

describe("spoken numbers", () => {
  it("holds back a number the speaker breaks off ('ميا و واحد و... لا، سمحي ليا')", () => {
    const text = "و الموقوفين كانو ميا و واحد و... لا، سمحي ليا، هادا رقم 2023.";
    expect(published(text, "2024")).toEqual([]);
    expect(mentionOf(text, "2024", "ميا و واحد").reason).toMatch(/broken off/);
  });

  it("reads the noun after 'د' as what a number counts ('خمسة د العمليات')", () => {
    expect(published("البوليس شارك فخمسة د العمليات المتعددة الأطراف بتنسيق مع الأنتربول.", "2022")).toEqual(["interpol_multilateral_operations 2022 = 5"]);
  });

  it("takes 'واحد' after a number in words as the classifier, not the number one", () => {
    const text = "هاد العام تشدو ميا و ربعين واحد، منهم تلاتة و تمانين مغاربة تشدو برا البلاد.";
    expect(mentionOf(text, "2024", "واحد").status).toBe("ignored");
  });
});

describe("several years in one sentence", () => {
  it("pairs 'على التوالي' with the years listed after it", () => {
    const text = "فالأوامر الدولية بإلقاء القبض التي نشرها المكتب المركزي الوطني بلغت 84 و63 و98 و106 أوامر على التوالي خلال سنوات 2019 و2020 و2021 و2022.";
    expect(published(text, "2022")).toEqual([
      "international_arrest_warrants 2019 = 84",
      "international_arrest_warrants 2020 = 63",
      "international_arrest_warrants 2021 = 98",
      "international_arrest_warrants 2022 = 106",
    ]);
  });

  it("pairs 'على التوالي' with every year of a span named after it, and reads no year-on-year base for a change across the span", () => {
    const text = "وعلى مستوى مذكرات البحث الوطنية، فقد بلغت 2870 و2410 و3105 مذكرة على التوالي خلال الفترة الممتدة من 2019 إلى 2021، أي بارتفاع يقارب 8 في المائة بين بداية الفترة ونهايتها.";
    expect(published(text, "2021")).toEqual(["national_search_notices 2019 = 2870", "national_search_notices 2020 = 2410", "national_search_notices 2021 = 3105"]);
    expect(mentionOf(text, "2021", "يقارب 8 في المائة").reason).toMatch(/span of years/);
  });

  it("holds the figures of a span whose length does not match their number", () => {
    const text = "فقد بلغت 2870 و2410 مذكرة على التوالي خلال الفترة الممتدة من 2019 إلى 2021.";
    expect(published(text, "2021")).toEqual([]);
  });

  it("reads a change 'بين 2020 والسنة المنصرمة' as against 2020, of the year before publication", () => {
    const text = "أي أن عدد الأوامر الدولية ارتفع بنسبة 68 في المائة بين 2020 والسنة المنصرمة.";
    expect(publishedFigures(text, catalogue, "2022", "2023-01-10")).toEqual(["international_arrest_warrants_pct_change 2022 vs 2020 = 68"]);
  });

  it("goes on with a series after 'قبل أن يرتفع إلى'", () => {
    const text = "فعدد المغاربة الموقوفين بالخارج بلغ 55 سنة 2019، ثم انخفض إلى 41 في 2020، قبل أن يرتفع إلى 62 في 2021 و71 في 2022.";
    expect(published(text, "2022")).toEqual([
      "moroccan_citizens_arrested_abroad 2019 = 55",
      "moroccan_citizens_arrested_abroad 2020 = 41",
      "moroccan_citizens_arrested_abroad 2021 = 62",
      "moroccan_citizens_arrested_abroad 2022 = 71",
    ]);
  });
});

describe("text copied out of a PDF", () => {
  it("reads a table whose header of years is indented over the labels' column", () => {
    const text = ["3.3 التسليم والعمليات المشتركة", "                                                  2022        2023", "الأشخاص المسلمون إلى المغرب                        22          27", "عمليات التسليم المراقب                              2           4"].join("\n");
    expect(published(text, "2023")).toEqual(["persons_extradited_to_morocco 2022 = 22", "persons_extradited_to_morocco 2023 = 27", "controlled_deliveries 2022 = 2", "controlled_deliveries 2023 = 4"]);
    expect(mentionOf(text, "2023", "2023").status).toBe("year");
  });

  it("reads a word a line wrap cut with a hyphen", () => {
    expect(published("وارتفع عدد الملفات بنسبة 8,9 في الما-\nئة، وشارك المكتب في عمل-\nيتين متعددتي الأطراف.", "2016")).toEqual(["files_processed_pct_change 2016 vs 2015 = 8.9", "interpol_multilateral_operations 2016 = 2"]);
  });
});

describe("records and rows in a row", () => {
  it("reads 'للسنة الثالثة على التوالي' as how many years in a row, not a year named by an event", () => {
    expect(published("للسنة الثالثة على التوالي.. قطب التعاون الأمني الدولي يحطم رقمه القياسي بـ6312 ملفا", "2023")).toEqual(["files_processed 2023 = 6312"]);
  });

  it("leaves a record's span ending its sentence to the record ('143 إنابة – الرقم الأعلى منذ 2015')", () => {
    expect(published("الإنابات القضائية الدولية: 143 إنابة – الرقم الأعلى منذ 2015", "2022")).toEqual(["letters_rogatory 2022 = 143"]);
    expect(published("حصيلة 2017: قطب التعاون الأمني الدولي يعالج 3380 ملفا في أعلى رقم منذ 2015", "2017")).toEqual(["files_processed 2017 = 3380"]);
  });

  it("still reads the year of a record's span the sentence goes on about ('أدنى رقم منذ 2020، حين …')", () => {
    const text = "فقد تراجع عدد الأوامر الدولية بإلقاء القبض إلى 87 أمرا، وهو أدنى رقم منذ 2020، حين لم يتجاوز العدد 63 أمرا في عز الجائحة.";
    const figures = published(text, "2023");
    expect(figures).toContain("international_arrest_warrants 2023 = 87");
    expect(figures.filter((f) => f.includes("63"))).not.toContain("international_arrest_warrants 2023 = lte 63");
  });

  it("reads a year ending its line above another item's label as a year", () => {
    const text = "الأوامر الدولية بإلقاء القبض: 106 أوامر – رقم قياسي جديد بعد 98 أمرا في 2021\nالمبحوث عنهم الموقوفون دوليا: 119 شخصا";
    expect(published(text, "2022")).toEqual(["international_arrest_warrants 2022 = 106", "international_arrest_warrants 2021 = 98", "wanted_persons_arrested 2022 = 119"]);
  });
});
