// Readings the held-out sets of round 126 (held582–held585) led to: in a report on a half or a quarter, the whole
// year named by a sentence's opening ("وعلى امتداد السنة،", "وعلى مستوى السنة،") and the quarter said "الفصل"
// beside the year in parentheses; the year to date at a month's end; a correction written "والصحيح أنه بلغ …"; the
// total "مجموعهم" of what "عدد" named; the rest of a breakdown spread over several categories; a share's level after
// a verb of change and "إلى".
import { describe, expect, it } from "vitest";
import { loadCatalogue } from "../../pipeline/catalogue/load.ts";
import { mentionIn, publishedFigures } from "../helpers/extract.ts";

const catalogue = loadCatalogue();

describe("the whole year in a report on a part of it", () => {
  it("gives shares after an opening 'وعلى امتداد السنة،' the year, not the half", () => {
    const text = "استفاد 760 موظفا من دورات تكوينية خلال النصف الثاني. وعلى امتداد السنة، جرى 64 في المائة من الدورات حضوريا، فيما احتضن المغرب 71 في المائة منها.";
    const figures = publishedFigures(text, catalogue, "2023-H2", "2024-01-15");
    expect(figures).toContain("training_share_in_person 2023 = 64");
    expect(figures).toContain("training_share_in_morocco 2023 = 71");
  });

  it("reads 'وعلى مستوى السنة' as the whole year, and 'على المستوى العام' as no period", () => {
    const text = "سُلّم إلى المغرب 10 أشخاص مطلوبين خلال الفصل الرابع من 2025. وعلى مستوى السنة، بلغ العدد 36 شخصا.";
    expect(publishedFigures(text, catalogue, "2025-Q4", "2026-01-10")).toEqual(["persons_extradited_to_morocco 2025-Q4 = 10", "persons_extradited_to_morocco 2025 = 36"]);
    const general = "وعلى المستوى العام، نشر المكتب المركزي الوطني 41 أمرا دوليا بإلقاء القبض خلال النصف الثاني من السنة.";
    expect(publishedFigures(general, catalogue, "2023-H2", "2024-01-15")).toEqual(["international_arrest_warrants 2023-H2 = 41"]);
  });

  it("reads 'خلال الفصل (171 طيلة السنة)' as the quarter's count and the year's, not a law's chapter", () => {
    const text = "تابع المكتب المركزي الوطني 45 إنابة قضائية دولية خلال الفصل (171 طيلة السنة).";
    expect(publishedFigures(text, catalogue, "2025-Q4", "2026-01-10")).toEqual(["letters_rogatory 2025-Q4 = 45", "letters_rogatory 2025 = 171"]);
  });

  it("holds back the year to date at the end of a month that ends no half or quarter", () => {
    const text = "عالجت مصالح التعاون الدولي 1970 ملفا خلال الفصل الرابع. وعند متم شتنبر، كان العدد منذ بداية السنة قد بلغ 5590 ملفا.";
    expect(mentionIn(text, "5590", catalogue, "2025-Q4")).toMatchObject({ status: "held_back" });
  });

  it("still reads the year to date under a dateline's month ('الرباط، 14 يوليوز 2015')", () => {
    const text = "الرباط، 14 يوليوز 2015 - عالج القطب خلال الربع الثاني من السنة الجارية 710 ملفات، ليرتفع العدد الإجمالي منذ مطلع السنة إلى ألف و380 ملفا.";
    expect(publishedFigures(text, catalogue, "2015-Q2", "2015-07-14")).toContain("files_processed 2015-H1 = 1380");
  });
});

describe("a correction written out", () => {
  it("withdraws the count of the sentence before 'والصحيح أنه بلغ …'", () => {
    const text = "ورد في المذكرة الإحصائية أن عدد الإنابات القضائية الدولية المتابعة خلال الفصل الأول من سنة 2024 بلغ 34 إنابة. والصحيح أنه بلغ 37 إنابة.";
    expect(publishedFigures(text, catalogue, "2024-Q2", "2024-07-20").filter((f) => f.endsWith("= 34"))).toEqual([]);
    expect(mentionIn(text, "34", catalogue, "2024-Q2")).toMatchObject({ status: "ignored" });
  });

  it("takes no verb of correcting before a date for one ('صحح الرسم يوم 9 يناير 2020')", () => {
    const text = "ظهر عمود النصف الثاني من 2018 بقيمة 2210 ملفات، والصحيح 2110 ملفات. صحح الرسم يوم 9 يناير 2020.";
    expect(mentionIn(text, "2110", catalogue, "2019-H2")).toMatchObject({ status: "observation" });
  });
});

describe("what a count's pronoun and a share's words refer to", () => {
  it("reads 'مجموعهم' as the total of what 'عدد' named, not of the nearest noun", () => {
    const text = "وللمقارنة، كان عدد المغاربة الموقوفين في الخارج هو نفسه في النصف الأول، أي 39، ليبلغ مجموعهم 78 خلال 2023.";
    expect(publishedFigures(text, catalogue, "2023-H2", "2024-01-15")).toContain("moroccan_citizens_arrested_abroad 2023 = 78");
  });

  it("takes the rest of a breakdown spread over several categories for none of them", () => {
    const text = "تحتل قضايا الاتجار الدولي في المخدرات الصدارة بنسبة 38 في المائة، فيما تتوزع النسبة المتبقية (15 في المائة) بين نقل المحكوم عليهم والإرهاب وقضايا أخرى.";
    expect(publishedFigures(text, catalogue, "2019", "2020-02-01")).toEqual(["files_share_by_case_type 2019 drug_trafficking = 38"]);
  });

  it("reads a percentage after a verb of change and 'إلى' as a level, not the change's size", () => {
    const text = "فقضايا الاتجار الدولي في المخدرات، التي ظلت تستأثر بالحصة الكبرى من الملفات، تراجعت إلى 36 في المائة سنة 2025.";
    expect(publishedFigures(text, catalogue, "2025", "2026-01-10").filter((f) => f.includes("pct_change"))).toEqual([]);
  });
});

// Round 127 (held586–held589): captions whose lines run together, a construct "on the subject of" its topic, and a
// search cancellation named only by its sentence's topic.
describe("lines, topics and constructs", () => {
  it("ends a caption's line before a 'label: value' line under it ('… بينهم 88 مغربيا بالخارج⏎النصف الأول من 2025: 74 موقوفا')", () => {
    const text = "152 موقوفا من المبحوث عنهم دوليا.. بينهم 88 مغربيا بالخارج\nالنصف الأول من 2025: 74 موقوفا";
    expect(publishedFigures(text, catalogue, "2025", "2025-12-30")).toContain("moroccan_citizens_arrested_abroad 2025 = 88");
  });

  it("reads 'مذكرة بحث دولية' after 'وعلى صعيد مذكرات البحث،' as a warrant, and the count compared with it too", () => {
    const text = "وعلى صعيد مذكرات البحث، نشر المكتب المركزي الوطني أربعين مذكرة بحث دولية، مقابل 37 في الفترة ذاتها من السنة الماضية.";
    expect(publishedFigures(text, catalogue, "2019-H1", "2019-07-25")).toEqual(["international_arrest_warrants 2019-H1 = 40", "international_arrest_warrants 2018-H1 = 37"]);
  });

  it("holds back a count at 'the same port' after a local unit's counts ('… بالميناء ذاته عن حجز 23 سيارة مسروقة')", () => {
    const text = "وعلى المستوى المحلي، أفاد مصدر من ولاية أمن طنجة بأن مصالحها أوقفت 14 شخصا مبحوثا عنهم دوليا بميناء طنجة المتوسط. كما أسفرت عمليات المراقبة بالميناء ذاته عن حجز 23 سيارة مسروقة من دول أوروبية.";
    expect(publishedFigures(text, catalogue, "2023-H1", "2023-07-27")).toEqual([]);
    expect(mentionIn(text, "23", catalogue, "2023-H1")).toMatchObject({ status: "held_back" });
  });

  it("reads a Darija construct with 'ديال' as the construct ('المذكرات ديال البحث الدولية اللي نشرو، تلاتة وستين')", () => {
    const text = "المذكرات ديال البحث الدولية اللي نشرو، تلاتة وستين. والناس اللي تشدو بيها، ستة وسبعين.";
    expect(publishedFigures(text, catalogue, "2020", "2021-01-05")).toContain("international_arrest_warrants 2020 = 63");
  });

  it("takes no count under a topic of cancelled searches for a search notice ('أما إلغاء البحث …، فكان 1720 إشعار')", () => {
    const text = "1:48 و337 مذكرة بحث صادرة على أقسام الاتصال فالدول العربية\n1:55 أما إلغاء البحث على المستوى الدولي، فكان 1720 إشعار، و264 على مستوى الدول العربية";
    expect(publishedFigures(text, catalogue, "2020", "2020-12-31").filter((f) => f.startsWith("national_search_notices"))).toEqual([]);
  });
});
