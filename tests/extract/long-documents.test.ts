// What the held-out sets held142–held144 (spoken words, long documents with sections, every written form) showed:
// section headings naming a year over their paragraphs, a transcript's speaker labels, a count of what "عدد" named
// in the clause before, a trailing "ونيف", a crossword's clue numbers, an estimate from the writer's experience.
import { describe, expect, it } from "vitest";
import { loadCatalogue } from "../../pipeline/catalogue/load.ts";
import { mentionIn, publishedFigures } from "../helpers/extract.ts";

const catalogue = loadCatalogue();

const published = (text: string, reference: string) => publishedFigures(text, catalogue, reference);

describe("section headings", () => {
  it("gives the paragraphs under a heading opening on a year that year", () => {
    const text = ["عشر سنوات من التعاون الأمني الدولي", "", "2019 – ذروة ما قبل الجائحة", "", "عالج القطب 4480 ملفا وطلب معلومات، وتابع المكتب المركزي الوطني 125 إنابة قضائية دولية، ونشر 84 أمرا دوليا بإلقاء القبض.", "", "2020 – سنة الجائحة", "", "فرضت القيود الصحية وإغلاق الحدود تراجعا واضحا في نشاط القطب، إذ لم يعالج القطب سوى 3950 ملفا وطلب معلومات."].join("\n");
    expect(published(text, "2025")).toEqual(["files_processed 2019 = 4480", "letters_rogatory 2019 = 125", "international_arrest_warrants 2019 = 84", "files_processed 2020 = 3950"]);
  });

  it("takes no period from a heading that compares, nor from a list of years and values", () => {
    const comparison = ["ورقة", "", "2. مقارنة بالربع الأول من 2024", "", "على أساس سنوي، ارتفع عدد الملفات المعالجة بنسبة 10 في المائة، وبلغ عدد الموقوفين 36 شخصا مبحوثا عنهم دوليا في المجموع."].join("\n");
    expect(published(comparison, "2025-Q1")).toContain("wanted_persons_arrested 2025-Q1 = 36");
    const list = ["مقال", "", "2019 – 4480 ملفا", "2020 – 3950 ملفا", "", "وخلال هذه السنة، تابع المكتب المركزي الوطني تنفيذ 153 إنابة قضائية دولية في إطار التعاون الدولي."].join("\n");
    expect(published(list, "2023")).toContain("letters_rogatory 2023 = 153");
  });
});

describe("who is counted", () => {
  it("ignores a transcript's speaker label after a timestamp ('سلمى' is no form of 'سلم')", () => {
    const text = "[00:01:08] كريم: وشحال تشدو من مبحوث عنهم؟\n[00:01:11] سلمى: 35 شخص، منهم 18 مغربي تشدو برا.";
    expect(published(text, "2020-H1")).toEqual(["wanted_persons_arrested 2020-H1 = 35", "moroccan_citizens_arrested_abroad 2020-H1 = 18"]);
  });

  it("reads an answer to a speaker's bare question ('شحال؟') with what the same turn named before it", () => {
    const text = "[00:00:50] كريم: نمشيو للإنابات القضائية. شحال؟\n[00:00:52] سلمى: 54.";
    expect(published(text, "2020-H1")).toEqual(["letters_rogatory 2020-H1 = 54"]);
  });

  it("reads 'حين بلغ 15 شخصا' as a count of what 'عدد' named in the clause before", () => {
    const text = "ويسجل المرصد تراجع عدد الأجانب المسلمين إلى بلدانهم مقارنة مع 2022، حين بلغ 15 شخصا.";
    expect(published(text, "2023")).toEqual(["foreigners_handed_over_by_morocco 2022 = 15"]);
  });

  it("prefers the count a sentence names to a back-referring noun in it ('نسب التغير')", () => {
    const text = "وعمم المكتب 930 مذكرة بحث وطنية. وتجدر الإشارة إلى أن الأعداد الصغيرة، كما هو الشأن بالنسبة للأشخاص المستقدمين، تجعل نسب التغير شديدة الحساسية؛ فارتفاع بـ14,3 في المائة لا يعني سوى شخص إضافي واحد.";
    expect(published(text, "2025-Q1")).not.toContain("national_search_notices_pct_change 2025-Q1 vs 2024-Q1 = 14.3");
  });
});

describe("written forms", () => {
  it("reads 'ونيفا' after a percentage as more than it", () => {
    expect(published("ويقولون: زادت الملفات عشرة في المائة ونيفا عن السنة التي قبلها.", "2019")).toEqual(["files_processed_pct_change 2019 vs 2018 = gt 10"]);
  });

  it("reads a crossword's clue numbers (1, 5 under 'أفقيا:', 2, 3 under 'عموديا:') as items", () => {
    const text = "أفقيا:\n1- عدد العمليات الأمنية المتعددة الأطراف التي شاركت فيها المصالح المغربية سنة 2020 (6 حروف).\n5- الكسر الذي يمثله عدد المغاربة الموقوفين (5 حروف).\nعموديا:\n2- ما عالجه القطب سنة 2016 (كلمتان).\n3- عدد عمليات التسليم المراقب للمخدرات المنفذة سنة 2020 (5 حروف).";
    expect(published(text, "2020")).toEqual([]);
    expect(mentionIn(text, "1", catalogue, "2020")).toMatchObject({ status: "ignored" });
  });

  it("holds back a share the writer gives from experience ('وحسب تجربتي')", () => {
    const text = "وحسب تجربتي، فإن نحو 30 في المائة من الطلبات التي أشتغل عليها تأتي من إسبانيا وحدها.";
    expect(published(text, "2025-H1")).toEqual([]);
  });

  it("reads a number written in digits, then in words in parentheses, with the noun after them ('66 (ست وستين) إنابة')", () => {
    const text = "- تتبع تنفيذ 66 (ست وستين) إنابة قضائية دولية، ونشر 58 (ثمانية وخمسين) أمرا دوليا بإلقاء القبض.";
    expect(published(text, "2022-H1")).toEqual(["letters_rogatory 2022-H1 = 66", "international_arrest_warrants 2022-H1 = 58"]);
    expect(mentionIn(text, "ست وستين", catalogue, "2022-H1")).toMatchObject({ status: "restatement" });
  });

  it("reads a table of two periods named in words beside a change column, the change from the first to the last", () => {
    const text = "المؤشر | الربع الأول 2024 | الربع الأول 2025 | التغير (%)\nالإنابات القضائية الدولية | 37 | 40 | +8\nالأشخاص المستقدمون إلى المغرب | 7 | 8 | +14";
    expect(published(text, "2025-Q1")).toEqual([
      "letters_rogatory 2024-Q1 = 37",
      "letters_rogatory 2025-Q1 = 40",
      "letters_rogatory_pct_change 2025-Q1 vs 2024-Q1 = 8",
      "persons_extradited_to_morocco 2024-Q1 = 7",
      "persons_extradited_to_morocco 2025-Q1 = 8",
      "persons_extradited_to_morocco_pct_change 2025-Q1 vs 2024-Q1 = 14",
    ]);
  });

  it("holds a change column back when the periods' words name no part it knows", () => {
    const text = "المؤشر | موسم الذروة 2024 | موسم الذروة 2025 | التغير (%)\nالإنابات القضائية الدولية | 37 | 40 | +8";
    expect(published(text, "2025").filter((figure) => figure.includes("pct_change"))).toEqual([]);
  });
});

