// What the held-out sets of round 38 (held236–held240: press reviews, automatic speech recognition, questions and
// answers, regional beside national figures, newsletters) showed on first sight: a bare comparison after a part that
// the change after it shows is the whole's, a share tied by "ب" to the category before it in a transcript without
// punctuation, a transcript's timed segment as a clause of its own, a quiz's options, "N من الـX" followed by the noun
// of a part, a hearsay word negated ("ما لم تتداوله الصحف"), "الصحف الجهوية" (the regional press, not a body); and from
// round 39 (aggregators' snippets; units of the security apparatus), a number an ellipsis touches and the border
// police's own count, an aim "على رفع عدد … إلى", a list under a unit's heading; and from round 40, a table with
// two header rows (years, then their parts).
import { describe, expect, it } from "vitest";
import { loadCatalogue } from "../../pipeline/catalogue/load.ts";
import { publishedFigures, readText } from "../helpers/extract.ts";

const catalogue = loadCatalogue();

const published = (text: string, reference: string) => publishedFigures(text, catalogue, reference, null);
const statusOf = (text: string, reference: string, number: string) => readText(text, catalogue, reference, null).mentions.find((m) => m.text === number)!;

describe("a comparison after a part", () => {
  it("is the whole's when the change said right after it can only be the whole's", () => {
    const text = "تابع أنتربول الرباط تنفيذ 162 إنابة قضائية دولية، منها 41 إنابة تخص الاتجار في المخدرات وتبييض الأموال، مقابل 153 في السنة السابقة، أي بارتفاع في حدود 6 في المائة فقط.";
    expect(published(text, "2024")).toContain("letters_rogatory 2023 = 153");
  });

  it("stays the part's when the change fits the part", () => {
    const text = "تم توقيف 140 شخصا، من بينهم 83 مغربيا أوقفوا بالخارج، مقابل 78 في السنة السابقة، أي بارتفاع طفيف.";
    expect(published(text, "2024")).toContain("moroccan_citizens_arrested_abroad 2023 = 78");
  });
});

describe("transcripts without punctuation", () => {
  it("gives each share the category 'ب' ties it to", () => {
    const text = "[00:13:32] لا أبدا إسبانيا وحدها تمثل حوالي 29 في المئة من المبادلات تليها فرنسا ب 21 في المئة ثم بلجيكا ب 9 في المئة";
    expect(published(text, "2024")).toEqual(["exchanges_share_by_partner 2024 ES = approx 29", "exchanges_share_by_partner 2024 FR = 21", "exchanges_share_by_partner 2024 BE = 9"]);
  });

  it("still gives a share the category after it when it is written so", () => {
    expect(published("وتوزعت الملفات بنسبة 38 في المائة لقضايا المخدرات و21 في المائة للهجرة غير النظامية", "2024")).toEqual(["files_share_by_case_type 2024 drug_trafficking = 38", "files_share_by_case_type 2024 irregular_migration = 21"]);
  });

  it("reads a timed segment as a clause of its own", () => {
    const text = ["1:22 وكان المعني في حالة فرار منذ 11 سنة قبل أن يتم توقيفه بمطار محمد الخامس الدولي", "1:29 التعاون لا يتوقف عند التوقيف فقد استقدم المغرب 22 مطلوبا للعدالة المغربية من الخارج"].join("\n");
    expect(published(text, "2022")).toEqual(["persons_extradited_to_morocco 2022 = 22"]);
  });
});

describe("a multiple-choice question", () => {
  it("sets its options aside", () => {
    const text = ["3. كم شخصا مبحوثا عنه على الصعيد الدولي أوقف بناء على هذه الأوامر؟", "أ) 119", "ب) 131", "ج) 153", "د) 162"].join("\n");
    expect(published(text, "2023")).toEqual([]);
    expect(statusOf(text, "2023", "119").reason).toMatch(/options of a multiple-choice question/);
  });
});

describe("N of the X, a part", () => {
  it("reads 'وأن 45 من الموقوفين مواطنون مغاربة تم توقيفهم بالخارج' as the part", () => {
    expect(published("وأن 45 من الموقوفين مواطنون مغاربة تم توقيفهم بالخارج.", "2025")).toEqual(["moroccan_citizens_arrested_abroad 2025 = 45"]);
  });

  it("leaves 'N من الملفات وطلبات المعلومات' the whole's", () => {
    expect(published("عالجت المصالح 3380 من الملفات وطلبات المعلومات.", "2017")).toEqual(["files_processed 2017 = 3380"]);
  });
});

describe("who reports and who does not", () => {
  it("reads what the papers did not report ('ما لم تتداوله الصحف') as the text's own statement", () => {
    expect(published("ما لم تتداوله الصحف: تضمن البلاغ أيضا مشاركة الأمن الوطني في 6 عمليات أمنية متعددة الأطراف بتنسيق مع أنتربول", "2024")).toEqual(["interpol_multilateral_operations 2024 = 6"]);
  });

  it("takes 'الصحف الجهوية' for the outlets, not a regional body, and still holds back a regional unit's count", () => {
    expect(published("اتفقت الصحف الجهوية على أن المكتب المركزي الوطني تابع تنفيذ 171 إنابة قضائية دولية", "2025")).toEqual(["letters_rogatory 2025 = 171"]);
    expect(published("ونفذت المصالح الجهوية 45 إنابة", "2025")).toEqual([]);
  });
});

describe("snippets cut against a number", () => {
  it("holds back a number an ellipsis touches: it may be cut inside itself ('عمم 3 آلاف و7…')", () => {
    expect(published("أعلنت المديرية أنها عممت 3 آلاف و7…", "2024")).toEqual([]);
    expect(published("عالج المكتب 33… ملفا", "2024")).toEqual([]);
  });

  it("still reads a number the ellipsis follows after a noun", () => {
    expect(published("تابع المكتب 143 إنابة…", "2024")).toEqual(["letters_rogatory 2024 = 143"]);
  });
});

describe("a unit's own count", () => {
  it("holds back the border police's arrests, a unit's count beside the national one", () => {
    expect(published("وأوقفت شرطة الحدود بالموانئ والمطارات 51 مبحوثا عنهم دوليا، وهؤلاء جزء من الموقوفين الـ140.", "2024")).not.toContain("wanted_persons_arrested 2024 = 51");
  });
});

describe("an aim for the year of publication", () => {
  it("holds back what the directorate counts on raising a number to ('على رفع عدد … إلى ألفي موظف')", () => {
    const text = "وتعول المديرية العامة للأمن الوطني، خلال السنة الجارية، على رفع عدد المستفيدين من التكوين في إطار التعاون الدولي إلى ألفي موظف.";
    expect(publishedFigures(text, catalogue, "2025", "2026-01-06")).toEqual([]);
  });
});

describe("a list under another body's heading", () => {
  it("holds back the items of a list a unit's heading stands over, and reads the national bureau's list", () => {
    const text = ["المكتب المركزي للأبحاث القضائية (BCIJ)", "- خلايا إرهابية مفككة: 12", "- أشخاص موقوفون في قضايا الإرهاب: 103", "- مبحوث عنهم موقوفون: 9", "", "المكتب المركزي الوطني - أنتربول الرباط", "- أوامر دولية بإلقاء القبض: 106", "- مبحوث عنهم موقوفون: 119"].join("\n");
    expect(published(text, "2022")).toEqual(["international_arrest_warrants 2022 = 106", "wanted_persons_arrested 2022 = 119"]);
    expect(statusOf(text, "2022", "9").reason).toMatch(/another body .*«المكتب المركزي للأبحاث»/);
    // Persons arrested in terrorism cases are no indicator's count (wanted persons are counted as "مبحوث عنهم").
    expect(statusOf(text, "2022", "103").status).toBe("unaccounted");
  });
});

describe("a table with two header rows", () => {
  it("holds back the values under years whose parts a second header row names, rather than give each column a year", () => {
    const text = [
      "| المؤشر | 2017 |  | 2018 |  | التغير السنوي |",
      "|  | ن1 | ن2 | ن1 | ن2 | (%) |",
      "| الإنابات القضائية الدولية | 49 | 55 | 53 | 59 | +8 |",
    ].join("\n");
    const figures = published(text, "2018");
    expect(figures.filter((f) => f.startsWith("letters_rogatory "))).toEqual([]);
    expect(statusOf(text, "2018", "49").reason).toMatch(/two header rows/);
  });
});
