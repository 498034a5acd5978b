// What the held-out sets of round 18 (held160–held162: the communiqué and its close copies, several periods in one
// article, digits and typography as pages have them) showed on first sight: figures in parentheses before their
// noun, a share of a total after a change, a word's ending split off, sentences recalling an earlier year.
import { describe, expect, it } from "vitest";
import { loadCatalogue } from "../../pipeline/catalogue/load.ts";
import { publishedFigures } from "../helpers/extract.ts";

const catalogue = loadCatalogue();

const published = (text: string, reference: string) => publishedFigures(text, catalogue, reference, null);

describe("an administrative style's figures in parentheses", () => {
  it("reads a number alone in parentheses before an indefinite noun as its count, also one that looks like a year", () => {
    const text = "بينما نشر المكتب (2009) مذكرة لإيقاف سريان الأبحاث الدولية.";
    expect(published(text, "2024")).toEqual(["international_search_cancellations 2024 = 2009"]);
  });

  it("keeps a number in parentheses after its label the label's, the next item after 'و' its own", () => {
    const text = "ولم تقدم الحصيلة أرقاما عن إعلانات البحث الصادرة عن شعب الاتصال بالدول العربية (315) ومذكرات إيقاف سريان الأبحاث الدولية (1740).";
    expect(published(text, "2018")).toEqual(["arab_search_notices 2018 = 315", "international_search_cancellations 2018 = 1740"]);
  });
});

describe("a share of a total after a change", () => {
  it("reads 'أي ما يعادل 51 في المائة من مجموع ملفات سنة 2024' as no change", () => {
    const text = "عالج القطب خلال النصف الأول من سنة 2025 ما مجموعه 3690 ملفا، بارتفاع نسبته 8 في المائة مقارنة مع النصف الأول من 2024، أي ما يعادل 51 في المائة من مجموع ملفات سنة 2024 كاملة.";
    const figures = published(text, "2025-H1");
    expect(figures).toContain("files_processed_pct_change 2025-H1 vs 2024-H1 = 8");
    expect(figures.filter((f) => f.includes("= 51"))).toEqual([]);
  });
});

describe("a word's ending split off by a space", () => {
  it("joins a lone ta marbuta to its word, as a lone alif", () => {
    expect(published("وتابع المكتب تنفيذ 71 إناب ة قضائية دولية.", "2023-H1")).toEqual(["letters_rogatory 2023-H1 = 71"]);
  });
});

describe("sentences recalling an earlier year", () => {
  it("gives the pluperfect's year to the counts coordinated after its first", () => {
    const text = "وكانت المديرية قد أغلقت سنة 2021 على معالجة 4677 ملفا وطلب معلومات، وتتبع 131 إنابة قضائية دولية، ونشر 98 أمرا دوليا بإلقاء القبض.";
    expect(published(text, "2022-H1")).toEqual(["files_processed 2021 = 4677", "letters_rogatory 2021 = 131", "international_arrest_warrants 2021 = 98"]);
  });

  it("gives 'وللتذكير''s year to the sentence's counts, and the year's halves to its parts", () => {
    const text = "وللتذكير، فقد سجلت سنة 2024 كاملة معالجة 7215 ملفا، منها 3420 في النصف الأول و3795 في النصف الثاني، ومتابعة 162 إنابة قضائية.";
    expect(published(text, "2025-H1")).toEqual(["files_processed 2024 = 7215", "files_processed 2024-H1 = 3420", "files_processed 2024-H2 = 3795", "letters_rogatory 2024 = 162"]);
  });
});

describe("a PDF's table aligned with spaces", () => {
  it("reads its change column's decimals as the changes from the first period to the last", () => {
    const text = "المؤشر                      النصف الأول 2024    النصف الأول 2025    التغير (%)\nالإنابات القضائية الدولية       78                 84                +7,7";
    expect(published(text, "2025-H1")).toEqual(["letters_rogatory 2024-H1 = 78", "letters_rogatory 2025-H1 = 84", "letters_rogatory_pct_change 2025-H1 vs 2024-H1 = 7.7"]);
  });
});

describe("round 19 (held163–held165: one communiqué rewritten, figures cited in other news, numbers in words)", () => {
  it("does not take a document's year for the year the text is talking about", () => {
    const text = "وعمم المكتب 88 إعلان بحث، وهي إعلانات تجد سندها في اتفاقية الرياض العربية للتعاون القضائي لسنة 1983.\nوعالج القطب 1591 ملفا، بزيادة 4 في المائة مقارنة بالربع الثاني من السنة ذاتها، الذي سجل فيه 1530 ملفا.";
    const figures = published(text, "2023-Q3");
    expect(figures).toContain("files_processed 2023-Q2 = 1530");
    expect(figures.filter((f) => f.includes("1983"))).toEqual([]);
  });

  it("takes as a change's base the period of the count it is computed from, when the text names no base", () => {
    const text = "عالج القطب في النصف الثاني من 2021 ما مجموعه 2512 ملفا. وهذه الملفات أكثر من ملفات الأشهر الستة الأولى من السنة نفسها، التي كان عددها 2165 ملفا. وهذا يعني زيادة تقارب ستة عشر في المائة.";
    expect(published(text, "2021-H2")).toContain("files_processed_pct_change 2021-H2 vs 2021-H1 = approx 16");
  });
});

describe("round 20 (held166–held168: slips of busy pages, the most recent periods, interviews)", () => {
  it("gives a sentence's comparison opening to a change's earlier end, and the text's own period to its later end", () => {
    const text = "وبالمقارنة مع النصف الأول من 2025، الذي عرف معالجة 3690 ملفا، ارتفع تتبع الإنابات القضائية الدولية، إذ انتقل عددها من 84 إلى 90 إنابة.";
    const figures = published(text, "2026-H1");
    expect(figures).toContain("letters_rogatory 2025-H1 = 84");
    expect(figures).toContain("letters_rogatory 2026-H1 = 90");
  });

  it("reads 'during it' as the year the clause before names, not the period after it", () => {
    const text = "ويأتي هذا الأداء بعد سنة 2025 التي وصفتها المديرية بالقياسية، إذ بلغ عدد الملفات المعالجة خلالها 7640 ملفا.";
    expect(published(text, "2026-H1")).toEqual(["files_processed 2025 = 7640"]);
  });

  it("holds back what used to happen 'per year' in a sentence naming no year, and keeps the year a sentence names", () => {
    expect(published("حين كنت في القطب كنا نعالج حوالي ثلاثة آلاف ملف في السنة.", "2017")).toEqual([]);
    expect(published("أتذكر حين كنا نتحدث سنة 2015 عن 2700 ملف في السنة ونعدها إنجازا.", "2021")).toEqual(["files_processed 2015 = 2700"]);
  });
});

