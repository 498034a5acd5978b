// Infographics and "by the numbers" pages copied as text (held19): a number alone on its line with its label
// under it, a comparison on the line after a percentage, a year that ends a block before the next heading.
import { describe, expect, it } from "vitest";
import { loadCatalogue } from "../../pipeline/catalogue/load.ts";
import { publishedFigures } from "../helpers/extract.ts";

const catalogue = loadCatalogue();
const published = (text: string, reference = "2022") => publishedFigures(text, catalogue, reference);

describe("numbers above their labels", () => {
  it("reads each number with the label under it when its block does not end on a number", () => {
    const text = "أنتربول الرباط\n143\nإنابة قضائية دولية\n106\nأوامر دولية بإلقاء القبض\n119\nمبحوثا عنهم دوليا تم توقيفهم\nمنهم 71 مغربيا أوقفوا خارج أرض الوطن\n";
    expect(published(text)).toEqual([
      "letters_rogatory 2022 = 143",
      "international_arrest_warrants 2022 = 106",
      "wanted_persons_arrested 2022 = 119",
      "moroccan_citizens_arrested_abroad 2022 = 71",
    ]);
  });

  it("still reads a card of labels above their numbers, whose block ends on a number", () => {
    expect(published("🔹 إنابات قضائية دولية\n171\n🔹 أوامر دولية بإلقاء القبض\n133\n", "2024")).toEqual(["letters_rogatory 2024 = 171", "international_arrest_warrants 2024 = 133"]);
  });

  it("reads a comparison on the line after a percentage, and a year before an empty line as a year", () => {
    const text = "الملفات\n5.800\nملف وطلب معلومات عالجها قطب التعاون الأمني الدولي\n+24%\nمقارنة مع 2021\nأزيد من 40%\nمقارنة مع 2020\n\nالعمليات\n5\nعمليات أمنية متعددة الأطراف بتنسيق مع الأنتربول\n";
    expect(published(text)).toEqual([
      "files_processed 2022 = 5800",
      "files_processed_pct_change 2022 vs 2021 = 24",
      "files_processed_pct_change 2022 vs 2020 = gt 40",
      "interpol_multilateral_operations 2022 = 5",
    ]);
  });
});

describe("other wordings of held19", () => {
  it.each([
    ["'one' after a noun phrase whose head stands a few words back ('عملية تسليم مراقب واحدة')", "ونفذت المديرية عملية تسليم مراقب واحدة بشراكة مع نظرائها الأوروبيين.", "2021-Q1", "controlled_deliveries 2021-Q1 = 1"],
    ["Interpol by its full name ('المنظمة الدولية للشرطة الجنائية')", "وبلغ عدد طلبات المعلومات الواردة عبر قنوات المنظمة الدولية للشرطة الجنائية 1320 طلبا.", "2015", "interpol_information_requests 2015 = 1320"],
  ])("%s", (_, text, reference, expected) => {
    expect(published(text, reference)).toEqual([expected]);
  });

  it("holds back a figure placed at the start of the year ('مطلع السنة'), a point, not the period", () => {
    expect(published("وحجزت المصالح، مطلع السنة، أربع سيارات مسروقة.", "2016-H1")).toEqual([]);
  });
});

describe("a card's comparison under a period line (held36)", () => {
  it("reads the number under 'سنة 2017' as that year's, and the one above it as the text's", () => {
    const text = "بالأرقام\n\nملفات وطلبات المعلومات المعالجة\n4060\nسنة 2017\n3380\nنسبة التطور\n+20%\n\nالإنابات القضائية الدولية\n112\nسنة 2017\n104\n";
    expect(published(text, "2018")).toEqual([
      "files_processed 2018 = 4060",
      "files_processed 2017 = 3380",
      "files_processed_pct_change 2018 vs 2017 = 20",
      "letters_rogatory 2018 = 112",
      "letters_rogatory 2017 = 104",
    ]);
  });
});

describe("a chart's data copied as 'year: value' lines (held35)", () => {
  it("reads each value as its year's count of what the title line names", () => {
    const text = "[رسم بياني] الملفات وطلبات المعلومات التي عالجها قطب التعاون الدولي\n2017: 3380\n2018: 4060\n2021: 4677\nالمصدر: المديرية العامة للأمن الوطني\n";
    expect(published(text, "2021")).toEqual(["files_processed 2017 = 3380", "files_processed 2018 = 4060", "files_processed 2021 = 4677"]);
  });
});

describe("a table whose header names each column's period in words (held37)", () => {
  it("reads each column's period with the period reader", () => {
    const text = "| المؤشر | الربع الرابع 2017 | الربع الثالث 2017 |\n| --- | --- | --- |\n| الملفات وطلبات المعلومات المعالجة | 870 | 845 |\n| الإنابات القضائية الدولية المنفذة | 27 | — |\n";
    expect(published(text, "2017-Q4")).toEqual(["files_processed 2017-Q4 = 870", "files_processed 2017-Q3 = 845", "letters_rogatory 2017-Q4 = 27"]);
  });
});

describe("held43–45's layouts", () => {
  it("reads lines opening with a figure and a dash ('143 – إنابة …') as figures, not a numbered list", () => {
    const text = "الرقم – الدلالة\n5800 – ملف وطلب معلومات عالجها قطب التعاون الأمني الدولي\n5 – عمليات أمنية متعددة الأطراف بتنسيق مع الأمانة العامة للأنتربول\n143 – إنابة قضائية دولية تمت متابعة تنفيذها";
    expect(published(text, "2022")).toEqual(["files_processed 2022 = 5800", "interpol_multilateral_operations 2022 = 5", "letters_rogatory 2022 = 143"]);
    expect(published("1 - عالج القطب 5800 ملف.\n2 - تابع المكتب تنفيذ 143 إنابة قضائية دولية.", "2022")).toEqual(["files_processed 2022 = 5800", "letters_rogatory 2022 = 143"]);
  });

  it("gives the values of 'label: A / B' lines the periods a legend names in order", () => {
    const text = "مؤشرات أخرى (النصف الأول / النصف الثاني 2019):\n- الأوامر الدولية بإلقاء القبض: 39 / 45\n- المبحوث عنهم الموقوفون: 45 / 52";
    expect(published(text, "2019-H2")).toEqual([
      "international_arrest_warrants 2019-H1 = 39",
      "international_arrest_warrants 2019-H2 = 45",
      "wanted_persons_arrested 2019-H1 = 45",
      "wanted_persons_arrested 2019-H2 = 52",
    ]);
  });

  it("holds back a court's count, not a procedure before a court", () => {
    const text = "وحين التحقت بالقضاء سنة 1981، كانت الإنابات الدولية التي تصل المحكمة التي عملت بها لا تتجاوز عشرا في السنة.";
    expect(published(text, "2017")).toEqual([]);
    const before = "في حين سلم المغرب أربعة رعايا أجانب إلى بلدانهم بعد استيفاء المساطر أمام الغرفة الجنائية بمحكمة النقض.";
    expect(published(before, "2019")).toEqual(["foreigners_handed_over_by_morocco 2019 = 4"]);
  });

  it("reads 'ما يزيد قليلا على' as more than", () => {
    expect(published("عالج القطب ما يزيد قليلا على 3200 ملف في النصف الثاني من 2023.", "2024-H2")).toEqual(["files_processed 2023-H2 = gt 3200"]);
  });
});
