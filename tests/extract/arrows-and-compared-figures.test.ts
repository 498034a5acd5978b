// Readings the held-out sets of round 119 (held554–held557) led to: a legend of years between arrows over lines of
// values ("المؤشر | 2023 ← 2024"), a figure another exceeds ("وهو رقم يفوق ألفا وسبعمائة وستين ملفا سجلت في الربع
// الأول"), "the same period last year" in parentheses after a count of another part, a change "then" (وقتها), "two of"
// a noun after a noun's adjective ("الشرطة المغربية اثنين من الرعايا"), and the part named after the report's year.
// Round 120 (held558–held561): a second header row naming parts in words under years spanning two columns, the
// Moroccan negation of a verb of exceeding ("ما تعداش"), dots between a post's items, Spain's Civil Guard, and "the
// previous year" in a sentence that only contrasts, written after the text's year. Round 121 (held562–held565): a
// statement a quiz asks to judge true or false.
import { describe, expect, it } from "vitest";
import { loadCatalogue } from "../../pipeline/catalogue/load.ts";
import { publishedFigures, readText } from "../helpers/extract.ts";

const catalogue = loadCatalogue();
const mentionOf = (text: string, number: string, reference: string, published: string | null = null) =>
  readText(text, catalogue, reference, published).mentions.find((m) => m.text.includes(number))!;

describe("a legend of years between arrows", () => {
  it("gives each value of the lines under it the year of its place ('المؤشر | 2023 ← 2024' over '153 ← 162')", () => {
    const text = "المؤشر | 2023 ← 2024\n• الإنابات القضائية الدولية: 153 ← 162\n• الأوامر الدولية بإلقاء القبض: 87 ← 112";
    expect(publishedFigures(text, catalogue, "2024", "2025-01-05")).toEqual([
      "letters_rogatory 2023 = 153",
      "letters_rogatory 2024 = 162",
      "international_arrest_warrants 2023 = 87",
      "international_arrest_warrants 2024 = 112",
    ]);
  });

  it("takes a year at the end of the legend's line for one, even when it does not read as a year ('المؤشر: 2019 ← 2020')", () => {
    const text = "المؤشر: 2019 ← 2020\nالإنابات القضائية الدولية: 125 ← 118";
    expect(publishedFigures(text, catalogue, "2020", "2021-02-01")).toEqual(["letters_rogatory 2019 = 125", "letters_rogatory 2020 = 118"]);
  });

  it("takes no line of values between arrows for a legend ('6312 ← 7215')", () => {
    const text = "الملفات: 6312 ← 7215\nالإنابات القضائية الدولية: 153 ← 162";
    expect(publishedFigures(text, catalogue, "2024", "2025-01-05")).not.toContain("letters_rogatory 2024 = 153");
  });
});

describe("figures compared with another", () => {
  it("reads a figure another exceeds as exact ('قرابة ألفي ملف، وهو رقم يفوق ألفا وسبعمائة وستين ملفا سجلت في الربع الأول')", () => {
    const text = "عالجت مصالح التعاون الدولي خلال الربع الثاني قرابة ألفي ملف، وهو رقم يفوق ألفا وسبعمائة وستين ملفا سجلت في الربع الأول.";
    expect(publishedFigures(text, catalogue, "2025-Q2", "2025-07-20")).toEqual(["files_processed 2025-Q2 = approx 2000", "files_processed 2025-Q1 = 1760"]);
  });

  it("reads 'the same period last year' in parentheses after a count of another part as that part's ('… ما سجل في الفترة نفسها من السنة الماضية (1730 ملفا)')", () => {
    const text = "عالج القطب 1760 ملفا في الربع الأول، وهو رقم يطابق ما سجل في الفترة نفسها من السنة الماضية (1730 ملفا).";
    expect(publishedFigures(text, catalogue, "2025-Q2", "2025-08-01")).toEqual(["files_processed 2025-Q1 = 1760", "files_processed 2024-Q1 = 1730"]);
  });

  it("keeps the report's part after a count itself in parentheses ('قريب من الربع الثاني (415) وأعلى … من الربع نفسه من السنة الماضية (352 موظفا)')", () => {
    const text = "استفاد 410 موظفين من دورات في إطار التعاون الدولي، وهو رقم قريب من الربع الثاني (415) وأعلى بوضوح من الربع نفسه من السنة الماضية (352 موظفا).";
    expect(publishedFigures(text, catalogue, "2024-Q3", "2024-10-15")).toContain("police_staff_trained 2023-Q3 = 352");
  });

  it("holds back a change 'then', of a time the text went back to ('أي بانخفاض بلغ وقتها نحو 18 في المائة')", () => {
    const text = "بلغ عدد الأوامر مائة واثني عشر أمرا، بعدما كانت قد تراجعت إلى 87 أمرا في 2023 عقب تسجيل 106 أوامر في 2022، أي بانخفاض بلغ وقتها نحو 18 في المائة.";
    expect(publishedFigures(text, catalogue, "2024", "2025-01-10")).toEqual(["international_arrest_warrants 2024 = 112", "international_arrest_warrants 2023 = 87", "international_arrest_warrants 2022 = 106"]);
    expect(mentionOf(text, "18 في المائة", "2024", "2025-01-10").reason).toContain("«وقتها»");
  });
});

describe("counted nouns and periods", () => {
  it("reads 'two of' the noun after them, not an adjective before them ('أوقفت الشرطة المغربية اثنين من الرعايا الأجانب المطلوبين لدى القضاء الأمريكي')", () => {
    const text = "وأوقفت الشرطة المغربية كذلك اثنين من الرعايا الأجانب المطلوبين لدى القضاء الأمريكي في جرائم خطيرة.";
    expect(publishedFigures(text, catalogue, "2024", "2025-01-05")).toEqual(["foreigners_arrested_for_us 2024 = 2"]);
  });

  it("reads the part named after the report's year as that part ('وتوزعت ملفات 2024 بين 3420 ملفا في النصف الأول و3795 ملفا في النصف الثاني')", () => {
    const text = "وتوزعت ملفات 2024 بين 3420 ملفا في النصف الأول و3795 ملفا في النصف الثاني.";
    expect(publishedFigures(text, catalogue, "2024", "2025-01-20")).toEqual(["files_processed 2024-H1 = 3420", "files_processed 2024-H2 = 3795"]);
  });
});

describe("round 120", () => {
  it("reads a second header row of parts in words under years that span two columns ('| المؤشر | 2020 | | 2021 | |')", () => {
    const text = [
      "| المؤشر | 2020 | | 2021 | |",
      "|---|---|---|---|---|",
      "| | الأسدس الأول | الأسدس الثاني | الأسدس الأول | الأسدس الثاني |",
      "| الإنابات القضائية الدولية المتابعة | 55 | 63 | 62 | 69 |",
    ].join("\n");
    expect(publishedFigures(text, catalogue, "2021", "2022-01-12")).toEqual([
      "letters_rogatory 2020-H1 = 55",
      "letters_rogatory 2020-H2 = 63",
      "letters_rogatory 2021-H1 = 62",
      "letters_rogatory 2021-H2 = 69",
    ]);
  });

  it("reads the Moroccan negation of a verb of exceeding as a bound ('فما تعداش عددها 401 إعلان': at most 401)", () => {
    const text = "أما إعلانات البحث الصادرة عن شعب الاتصال فالدول العربية، فما تعداش عددها 401 إعلان.";
    expect(publishedFigures(text, catalogue, "2021", "2022-02-01")).toEqual(["arab_search_notices 2021 = lte 401"]);
  });

  it("takes the dots between a post's items for clause marks ('إسبانيا 27% · فرنسا 21% · بلجيكا 9%')", () => {
    const text = "الشركاء في المبادلات:\nإسبانيا 27% · فرنسا 21% · بلجيكا 9%";
    expect(publishedFigures(text, catalogue, "2025", "2026-01-05")).toEqual([
      "exchanges_share_by_partner 2025 ES = 27",
      "exchanges_share_by_partner 2025 FR = 21",
      "exchanges_share_by_partner 2025 BE = 9",
    ]);
  });

  it("reads Spain's Civil Guard as Spain ('عملية واحدة للتسليم المراقب مع الحرس المدني', after the Spanish authorities)", () => {
    const text = "وقد سلمت السلطات الإسبانية إلى المغرب 4 أشخاص مطلوبين للعدالة، كما نفذنا عملية واحدة للتسليم المراقب مع الحرس المدني.";
    expect(publishedFigures(text, catalogue, "2019-H1", "2019-07-10")).toEqual([]);
    expect(mentionOf(text, "واحدة", "2019-H1", "2019-07-10").reason).toContain("«الحرس المدني»");
  });

  it("holds back 'the previous year' in a sentence that only contrasts, written after the text's year ('في حين عالج القطب خلال السنة الماضية')", () => {
    const text = "بلغ عدد الملفات 4060 ملفا سنة 2018، في حين عالج قطب التعاون الأمني الدولي خلال السنة الماضية 4 آلاف و480 ملفا.";
    expect(publishedFigures(text, catalogue, "2019", "2020-02-21")).toEqual(["files_processed 2018 = 4060"]);
    expect(mentionOf(text, "4 آلاف", "2019", "2020-02-21").reason).toContain("2018 or 2019?");
  });

  it("reads 'the previous year' set against a year long before as the year before the writing (round 161)", () => {
    const text = "لم يكن عدد الملفات يتجاوز 900 ملف سنة 2005، في حين عالج قطب التعاون الأمني الدولي خلال السنة الماضية 4 آلاف و480 ملفا.";
    expect(publishedFigures(text, catalogue, "2019", "2020-02-21")).toEqual(["files_processed 2005 = lte 900", "files_processed 2019 = 4480"]);
  });

  it("reads persons compared with after a change as what changes ('ارتفع عدد الموقوفين بنسبة 10 في المائة مقارنة مع 80 شخصا سنة 2017')", () => {
    const text = "وقد ارتفع عدد الموقوفين بنسبة 10 في المائة مقارنة مع 80 شخصا سنة 2017.";
    expect(publishedFigures(text, catalogue, "2018", "2019-01-05")).toEqual(["wanted_persons_arrested_pct_change 2018 vs 2017 = 10", "wanted_persons_arrested 2017 = 80"]);
  });

  it("keeps 'the previous year' compared with ('مقارنة مع السنة الماضية') the year before the text's", () => {
    const text = "عالج القطب 4480 ملفا، مقابل 4060 ملفا خلال السنة الماضية.";
    expect(publishedFigures(text, catalogue, "2019", "2020-02-21")).toEqual(["files_processed 2019 = 4480", "files_processed 2018 = 4060"]);
  });
});

describe("round 121", () => {
  it("holds back a statement a quiz asks to judge ('السؤال 4: صح أم خطأ؟ شارك الأمن الوطني في أكثر من عشر عمليات …')", () => {
    const text = "السؤال 4: صح أم خطأ؟ شارك الأمن الوطني في أكثر من عشر عمليات متعددة الأطراف بتنسيق مع الأنتربول.\nالجواب: خطأ، شارك في 6 عمليات متعددة الأطراف.";
    expect(publishedFigures(text, catalogue, "2024", "2025-01-10")).toEqual(["interpol_multilateral_operations 2024 = 6"]);
    expect(mentionOf(text, "عشر", "2024", "2025-01-10").reason).toContain("judge true or false");
  });
});
