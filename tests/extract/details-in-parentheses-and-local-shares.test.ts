// What held658 (the second half of 2021 and the third quarter of 2024) showed on first sight: the figures in a
// parenthesis detail the period before it, whatever the words after it name, and a share of a local unit's count
// is not a share of the national figure.
import { describe, expect, it } from "vitest";
import { loadCatalogue } from "../../pipeline/catalogue/load.ts";
import { publishedFigures } from "../helpers/extract.ts";

const catalogue = loadCatalogue();

const published = (text: string, reference: string) => publishedFigures(text, catalogue, reference);

describe("a list of figures in a parenthesis after a period", () => {
  const text = "وقد وزعت قيم النصف الأول (3420 ملفا وطلب معلومات و78 إنابة قضائية دولية) على الربعين الأول والثاني.";

  it("gives each figure that period, not the one the words after the parenthesis name", () => {
    expect(published(text, "2024-Q3")).toEqual(["files_processed 2024-H1 = 3420", "letters_rogatory 2024-H1 = 78"]);
  });

  it("while a figure outside any parenthesis keeps the period its clause names after it", () => {
    expect(published("تابع المكتب 78 إنابة قضائية دولية خلال الربع الأول.", "2024-Q3")).toEqual(["letters_rogatory 2024-Q1 = 78"]);
  });
});

describe("a share of what a local unit handled", () => {
  it("is held back, however its partner is named", () => {
    const text = "وحسب المصدر ذاته، فإن نحو 60 في المائة من طلبات التعاون التي عالجتها ولاية أمن طنجة خلال هذه الفترة كانت مع السلطات الإسبانية.";
    expect(published(text, "2021-H2")).toEqual([]);
  });

  it("while a local unit named before a national share leaves it the nation's", () => {
    const text = "ويرى متتبعون للشأن الأمني بالجهة أن قضايا تهريب المخدرات تمثل 41 في المائة من الملفات المعالجة.";
    expect(published(text, "2016-H1")).toEqual(["files_share_by_case_type 2016-H1 drug_trafficking = 41"]);
  });
});

describe("a count in a parenthesis naming its noun, before the next item of a list (held659)", () => {
  it("takes its indicator from the words before it, not from the next item's", () => {
    const text = "إذ إن إضافة إشعارات البحث الوطنية (3 362 إشعارا) وإشعارات إلغاء البحث الدولي (2 169 إشعارا) تعطي أزيد من 5 آلاف.";
    expect(published(text, "2022")).toEqual(["national_search_notices 2022 = 3362", "international_search_cancellations 2022 = 2169"]);
  });

  it("while a predicate after the parenthesis still tells what its part is", () => {
    const text = "تابع المكتب تنفيذ 71 إنابة قضائية دولية، ربعها تقريبا (17 إنابة) يتعلق بالاتجار الدولي في المخدرات وغسل الأموال.";
    expect(published(text, "2023-H1")).toEqual(["letters_rogatory 2023-H1 = 71", "letters_rogatory_drugs_money_laundering 2023-H1 = 17"]);
  });
});

describe("the next label of a line after a slash (held660) or a bare number in parentheses before the next item (held663)", () => {
  it("ends the number's words: the next label's cues are not its own", () => {
    expect(published("- إشعارات البحث الوطنية بطلب أجنبي: 2540 / إشعارات عربية: 290", "2016")).toContain("national_search_notices 2016 = 2540");
    const text = "إذ إن مجموع إشعارات البحث الوطنية (2870) وإشعارات أقسام الاتصال العربية (356) يعطي أكثر من 3 آلاف.";
    expect(published(text, "2019")).toEqual(["national_search_notices 2019 = 2870", "arab_search_notices 2019 = 356"]);
  });
});

describe("the Commission for the Control of Interpol's Files (held667)", () => {
  it("is another body: the requests it received are not the DGSN's", () => {
    const text = "ويشير التقرير أيضا إلى أن لجنة مراقبة محفوظات الأنتربول تلقت خلال السنة نفسها 1.541 طلبا.";
    expect(published(text, "2021")).toEqual([]);
  });
});
