// What the held-out sets of round 22 (held172–held174: fact-checks, opinion columns, printed pages read by OCR)
// showed on first sight: a writer's own office, questions that take their figures for granted, digits a scan
// garbled, and a change whose count's number a scan left unreadable.
import { describe, expect, it } from "vitest";
import { loadCatalogue } from "../../pipeline/catalogue/load.ts";
import { mentionIn, publishedFigures } from "../helpers/extract.ts";

const catalogue = loadCatalogue();

const published = (text: string, reference: string) => publishedFigures(text, catalogue, reference, null);

describe("a writer's own figures", () => {
  it("holds back what a lawyer's own office handled", () => {
    const text = "عالج قطب التعاون الأمني الدولي 4060 ملفا سنة 2018. في مكتبي وحده تابعت هذه السنة ستة ملفات تسليم، انتهى اثنان منها فقط.";
    expect(published(text, "2018")).toEqual(["files_processed 2018 = 4060"]);
  });
});

describe("questions that take their figures for granted", () => {
  it("reads a figure in a question asking how to explain it, or what makes it news", () => {
    expect(published("فكيف نفسر إذن أن يعلن قطب التعاون الأمني الدولي معالجة 1840 ملفا وطلب معلومات في النصف الأول من 2020؟", "2020-H1")).toEqual(["files_processed 2020-H1 = 1840"]);
    expect(published("وقد يسأل القارئ: ما الذي يجعل 84 إنابة قضائية دولية خبرا؟", "2025-H1")).toEqual(["letters_rogatory 2025-H1 = 84"]);
  });

  it("still holds back a figure a yes-or-no question asks about", () => {
    expect(published("هل عالج القطب أكثر من 5000 ملف خلال السنة؟", "2023")).toEqual([]);
  });
});

describe("digits a scan garbled", () => {
  it("holds back a number mixing Western and Arabic-Indic digits", () => {
    const text = "عالج القطب خلال النصف الأول من 2018 ما مجموعه 195٥ ملفا.";
    expect(published(text, "2018-H1")).toEqual([]);
    expect(mentionIn(text, "195٥", catalogue, "2018-H1").reason).toContain("Western and Arabic-Indic digits");
  });

  it("holds back three digits, a space and three more, which may be two columns of a table", () => {
    const text = "الإنابات القضائية الدولية 104 112 إنابة";
    expect(published(text, "2018")).toEqual([]);
    expect(published("رصدت الوزارة غلافا ماليا قدره 250 000 درهم للتكوين.", "2018")).toEqual([]);
    expect(mentionIn("رصدت الوزارة غلافا ماليا قدره 250 000 درهم للتكوين.", "250 000", catalogue, "2018").reason ?? "").not.toContain("columns");
  });

  it("reads a thousands group after one or two digits as one number", () => {
    expect(published("عالجت المديرية 2 950 ملفا سنة 2016.", "2016")).toEqual(["files_processed 2016 = 2950"]);
  });

  it("gives no change to the count before it when a count whose number is unreadable stands between them", () => {
    const text = "تابع المكتب المركزي الوطني تنفيذ 162 إنابة قضائية دولية، ونشر وعمم 1l2 أمرا دوليا بإلقاء القبض، بارتفاع نسبته 29 % مقارنة مع السنة السابقة.";
    expect(published(text, "2024")).toEqual(["letters_rogatory 2024 = 162"]);
  });
});

describe("fact-checks", () => {
  it("keeps the period of a sentence saying which period a figure is not of to that sentence", () => {
    const text = [
      "الحقيقة باختصار",
      "- الرقم 2950 هو حصيلة سنة 2016، لا حصيلة سنة 2017.",
      "- حصيلة 2017 بلغت 3380 ملفا وطلب معلومات.",
      "- أما المبحوث عنهم الذين أوقفوا فعددهم 80 شخصا.",
    ].join("\n");
    expect(published(text, "2017")).toEqual(["files_processed 2017 = 3380", "wanted_persons_arrested 2017 = 80"]);
  });

  it("reads a claim quoted as a subheading on its own, not with the paragraph under it", () => {
    const paragraph = "نسبة الانخفاض التي تتحدث عنها الحصيلة تخص الأوامر الدولية بإلقاء القبض، التي نزل عددها من 106 أوامر سنة 2022 إلى 87 أمرا سنة 2023.";
    const text = `«تراجع بـ18 في المائة»: نسبة مؤشر آخر\n${paragraph}`;
    expect(published(text, "2023")).toEqual(published(paragraph, "2023"));
    expect(mentionIn(text, "18 في المائة", catalogue, "2023").status).not.toBe("observation");
  });
});
