// What the held-out sets of round 42 (held256–held260: footnotes and references, e-mail threads, markup left in
// the text, plans and targets beside results, months and their sums) showed on first sight: a qualifier and its
// number apart across a tag ("يفوق <em>8 في المائة"); "الفصل الثالث من الدراسة", a chapter read as the third quarter;
// an e-mail's header lines; a table's count that looks like a year ("| 1987"); a target and a rate of achievement;
// and, seen again in the fixtures, a figure stated before the question asked about it.
import { describe, expect, it } from "vitest";
import { loadCatalogue } from "../../pipeline/catalogue/load.ts";
import { publishedFigures, readText } from "../helpers/extract.ts";

const catalogue = loadCatalogue();

const published = (text: string, reference: string) => publishedFigures(text, catalogue, reference, null);
const mentionOf = (text: string, reference: string, number: string) => readText(text, catalogue, reference, null).mentions.find((m) => m.text === number)!;

describe("markup left in the text", () => {
  it("keeps a qualifier with its number across a tag, and reads an HTML table's cells", () => {
    expect(published("وارتفع عدد الإنابات بما يفوق <em>8 في المائة</em> مقارنة بسنة 2016.", "2017")).toEqual(["letters_rogatory_pct_change 2017 vs 2016 = gt 8"]);
    expect(published("عالج القطب **5800** ملف، بزيادة تناهز **24 في المائة** مقارنة مع 2021.", "2022")).toEqual(["files_processed 2022 = 5800", "files_processed_pct_change 2022 vs 2021 = approx 24"]);
    expect(published("<tr><td>الإنابات القضائية الدولية</td><td>153</td></tr>", "2023")).toEqual(["letters_rogatory 2023 = 153"]);
  });

  it("reads an HTML table by its header of years, and ignores the numbers inside its tags", () => {
    const text = '<table border="1">\n<tr><th width="60%">المؤشر</th><th>2020</th><th>2021</th></tr>\n<tr><td>الإنابات القضائية الدولية</td><td>118</td><td>131</td></tr>\n</table>\n';
    expect(published(text, "2021")).toEqual(["letters_rogatory 2020 = 118", "letters_rogatory 2021 = 131"]);
    expect(mentionOf(text, "2021", "60%")).toMatchObject({ status: "ignored", reason: expect.stringContaining("inside_markup") });
  });
});

describe("periods", () => {
  it("reads 'الفصل الثالث من الدراسة' as a chapter, not the third quarter", () => {
    const text = "سأعتمد في الفصل الثالث من الدراسة الأرقام التي بعثتم بها: 4480 ملفا، و125 إنابة قضائية دولية.";
    expect(published(text, "2019")).toEqual(["files_processed 2019 = 4480", "letters_rogatory 2019 = 125"]);
  });

  it("reads a table's value that looks like a year as a count when its column holds counts", () => {
    const text = "الجدول 2: مؤشرات التعاون القضائي سنة 2021\nالمؤشر | العدد\nالإنابات القضائية الدولية | 131\nمذكرات توقيف سريان الأبحاث الدولية | 1987\nمذكرات إيقاف الأبحاث المذاعة على الصعيد العربي | 310\n";
    expect(published(text, "2021")).toEqual(["letters_rogatory 2021 = 131", "international_search_cancellations 2021 = 1987", "arab_search_cancellations 2021 = 310"]);
  });
});

describe("e-mails", () => {
  it("leaves the numbers of an e-mail's header lines as page cruft", () => {
    const text = "من: د. ليلى بنعيسى\nإلى: مصلحة التواصل\nالمرفقات: 2\n\nشكرا على الأرقام: عالج القطب 4480 ملفا خلال سنة 2019.";
    expect(mentionOf(text, "2019", "2").status).toBe("cruft");
    expect(published(text, "2019")).toEqual(["files_processed 2019 = 4480"]);
  });
});

describe("plans and targets", () => {
  it("holds back a target, an intention, and reads a rate of achievement as no change", () => {
    const text = "عالج القطب 5800 ملف وطلب معلومات، مقابل 5500 ملف مستهدفة، أي بنسبة إنجاز فاقت 105 في المائة.";
    expect(published(text, "2022")).toEqual(["files_processed 2022 = 5800"]);
    expect(mentionOf(text, "2022", "فاقت 105 في المائة").reason).toContain("achievement");
    expect(mentionOf("إذ تعتزم المديرية تكوين 1000 موظف شرطة خلال السنة الجارية.", "2019", "1000").status).toBe("held_back");
    const missed = "حيث عالج 3950 ملفا، بعيدا عن هدف 4800 ملف، لتتراجع نسبة الإنجاز إلى 82.3 في المائة.";
    expect(published(missed, "2020")).toEqual(["files_processed 2020 = 3950"]);
    expect(mentionOf(missed, "2020", "4800").reason).toContain("target");
  });
});

describe("a question after a figure", () => {
  it("states a figure that a question after a comma asks about, and holds back one the question asks", () => {
    expect(published("س: 2610 ملفات في سنة، هل هو رقم قياسي؟", "2015")).toEqual(["files_processed 2015 = 2610"]);
    expect(mentionOf("هل صحيح أنكم عالجتم 2610 ملفات؟", "2015", "2610").status).toBe("held_back");
    expect(mentionOf("تحدثت تقارير عن أكثر من 120 إنابة قضائية خلال السنة، هل تؤكدون الرقم؟", "2018", "أكثر من 120").status).toBe("held_back");
    expect(mentionOf("قرأت أن القطب عالج 2610 ملفات، هل هذا رقم صحيح؟", "2015", "2610").status).toBe("held_back");
  });
});

describe("the period of a list's label and of a relative clause (round 43: the 2025 results in ten outlets)", () => {
  it("reads a label comparing with a year as the base of the changes under it, not their period", () => {
    const text = "نسب التغير مقارنة بسنة 2024:\n- الملفات المعالجة: +6%\n- الأوامر الدولية بإلقاء القبض: +12,5%\n";
    expect(published(text, "2025")).toEqual(["files_processed_pct_change 2025 vs 2024 = 6", "international_arrest_warrants_pct_change 2025 vs 2024 = 12.5"]);
    expect(published("للمقارنة - سنة 2018: 4.060 ملفا | 112 إنابة قضائية", "2019")).toEqual(["files_processed 2018 = 4060", "letters_rogatory 2018 = 112"]);
  });

  it("reads 'the past year' the results are given for as the year before publication, and the one a change is against as the year before the figure's", () => {
    const results = "كشفت المديرية عن حصيلة نشاطها في مجال التعاون الأمني الدولي برسم السنة المنصرمة، والتي تميزت بمعالجة 7640 ملفا.";
    expect(publishedFigures(results, catalogue, "2025", "2026-01-10")).toEqual(["files_processed 2025 = 7640"]);
    const change = "تابع تنفيذ 153 إنابة قضائية دولية، بارتفاع بـ7 بالمائة عن السنة الماضية التي سجلت فيها 143 إنابة.";
    expect(publishedFigures(change, catalogue, "2023", "2024-01-05")).toEqual(["letters_rogatory 2023 = 153", "letters_rogatory_pct_change 2023 vs 2022 = 7", "letters_rogatory 2022 = 143"]);
  });
});
