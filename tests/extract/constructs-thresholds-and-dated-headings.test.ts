// Readings the held-out sets of round 122 (held566–held569) led to: an international search warrant written as a
// construct with its adjective after it ("مذكرة بحث دولية"), a threshold a figure exceeds ("وهو رقم يتجاوز لأول مرة
// عتبة سبعة آلاف ملف"), a heading that dates an event by one year and names the tally of another ("■ 2018 —
// حصيلة 2017: …"), a dateline with a count of comments, a listing's headline over its dateline and snippet, and
// search notices written "نشرات". Round 123 (held570–held573): periods in words after a table's change column,
// notices of cancellation written "نشرات", search warrants "for the purpose of arrest", and a count with a year's
// value beside one that is no year's ("من 2312 إلى 2009").
import { describe, expect, it } from "vitest";
import { loadCatalogue } from "../../pipeline/catalogue/load.ts";
import { publishedFigures } from "../helpers/extract.ts";

const catalogue = loadCatalogue();

describe("a counted noun in a construct, qualified after its genitive", () => {
  it("reads 'مذكرة بحث دولية' as an international warrant, not a search notice circulated nationally", () => {
    const text = "ونشر المكتب المركزي الوطني وعمم 112 مذكرة بحث دولية طيلة سنة 2024.";
    expect(publishedFigures(text, catalogue, "2024", "2025-01-03")).toEqual(["international_arrest_warrants 2024 = 112"]);
  });

  it("keeps a national search notice national when 'international' qualifies another noun of its clause", () => {
    const text = "وعمم المكتب المركزي الوطني 3540 مذكرة بحث على الصعيد الوطني في إطار التعاون الأمني الدولي.";
    expect(publishedFigures(text, catalogue, "2023", "2024-01-03")).toEqual(["national_search_notices 2023 = 3540"]);
  });

  it("reads the change of 'مذكرات البحث الدولية' in a headline as the warrants' change", () => {
    const text = "ارتفاع مذكرات البحث الدولية بـ21 في المائة خلال الربع الأول من 2025";
    expect(publishedFigures(text, catalogue, "2025-Q1", "2025-04-14")).toEqual(["international_arrest_warrants_pct_change 2025-Q1 vs 2024-Q1 = 21"]);
  });
});

describe("a threshold a figure exceeds", () => {
  it("reads 'وهو رقم يتجاوز لأول مرة عتبة سبعة آلاف ملف' as the figure before it, bounded, not as a count of the year before", () => {
    const text = "عالج القطب خلال سنة 2024 ما مجموعه 7215 ملفا، وهو رقم يتجاوز لأول مرة عتبة سبعة آلاف ملف.";
    expect(publishedFigures(text, catalogue, "2024", "2025-01-03")).toEqual(["files_processed 2024 = 7215"]);
  });

  it("takes a participle of exceeding before the threshold as its verb ('متجاوزا لأول مرة حاجز سبعة آلاف ملف')", () => {
    const text = "عالج القطب 7215 ملفا، متجاوزا لأول مرة حاجز سبعة آلاف ملف.";
    expect(publishedFigures(text, catalogue, "2024", "2025-01-03")).toEqual(["files_processed 2024 = 7215"]);
  });
});

describe("a heading that dates an event by one year and names the tally of another", () => {
  const page = [
    "في مثل هذا اليوم: 6 يناير",
    "",
    "■ 2018 — حصيلة 2017: 3380 ملفا و80 موقوفا",
    "وفي اليوم نفسه من سنة 2018، أعلنت المديرية عن حصيلتها. كما تتبعت تنفيذ 104 إنابات قضائية دولية، ونشرت 71 أمرا دوليا بإلقاء القبض.",
    "",
    "",
    "■ 2020 — الأمن الوطني يكشف حصيلة التعاون الدولي لسنة 2019",
    "في مثل هذا اليوم قبل خمس سنوات، كشفت المديرية أن مصالحها عالجت خلال سنة 2019 ما مجموعه 4480 ملفا، مقابل 4060 ملفا سنة 2018، بارتفاع بلغ 10,3 في المائة. وتتبع المكتب المركزي الوطني آنذاك تنفيذ 125 إنابة قضائية دولية، ونشر 84 أمرا دوليا بإلقاء القبض أسفرت عن توقيف 97 شخصا.",
  ].join("\n");

  it("gives the paragraph under it the tally's year ('■ 2018 — حصيلة 2017')", () => {
    const figures = publishedFigures(page, catalogue, "2019", "2025-01-06");
    expect(figures).toContain("letters_rogatory 2017 = 104");
    expect(figures).toContain("international_arrest_warrants 2017 = 71");
  });

  it("gives it the tally's year, not the year the event is dated by ('■ 2020 — … حصيلة التعاون الدولي لسنة 2019')", () => {
    expect(publishedFigures(page, catalogue, "2019", "2025-01-06")).toContain("international_arrest_warrants 2019 = 84");
  });

  it("takes no read-also teaser naming a tally for a heading ('اقرأ أيضا: حصيلة 2024.. …')", () => {
    const text = [
      "الأمن الوطني يعمم 3905 مذكرات بحث وطنية خلال 2025",
      "",
      "كشفت المديرية في حصيلتها السنوية برسم سنة 2025 عن تعميم 3905 مذكرات بحث وطنية.",
      "",
      "اقرأ أيضا: حصيلة 2024.. الأمن الوطني يوقف 140 مطلوبا على المستوى الدولي",
      "",
      "وفي المقابل، نشرت المصالح المختصة 2146 إشعارا بإلغاء البحث على المستوى الدولي.",
    ].join("\n");
    expect(publishedFigures(text, catalogue, "2025", "2025-12-30")).toContain("international_search_cancellations 2025 = 2146");
  });
});

describe("a dateline under a headline", () => {
  it("keeps the year of a date with a count of comments after it ('03 يناير 2023 | 12 تعليقا') out of the headline's figures", () => {
    const text = ["أرشيف", "", "حصيلة 2022.. الأمن الوطني يعالج 5800 ملف تعاون دولي ويوقف 119 مبحوثا عنه", "03 يناير 2023 | 12 تعليقا", "كشفت المديرية حصيلتها السنوية."].join("\n");
    expect(publishedFigures(text, catalogue, "2022", null)).toContain("wanted_persons_arrested 2022 = 119");
  });
});

describe("search notices written 'نشرات'", () => {
  it("reads 'نشرات بحث وطنية' as the national search notices, and their change ('بارتفاع 6,3 في المائة')", () => {
    const text = "أرقام أخرى من العرض: 1810 نشرات بحث وطنية عممت بطلب من مصالح أجنبية، بارتفاع 6,3 في المائة عن النصف الأول من السنة الماضية.";
    expect(publishedFigures(text, catalogue, "2024-H1", "2024-07-20")).toEqual(["national_search_notices 2024-H1 = 1810", "national_search_notices_pct_change 2024-H1 vs 2023-H1 = 6.3"]);
  });

  it("takes no notice of Interpol's colours for one ('19 نشرة صفراء للبحث عن أشخاص مفقودين')", () => {
    const text = "وأصدر المكتب 19 نشرة صفراء للبحث عن أشخاص مفقودين.";
    expect(publishedFigures(text, catalogue, "2023", "2024-01-05")).toEqual([]);
  });
});

describe("a listing's items: a headline, its dateline, its snippet", () => {
  const archive = [
    "أرشيف الوسم: التعاون الأمني الدولي",
    "",
    "حصيلة 2021: 4677 ملفا و98 أمرا دوليا بإلقاء القبض",
    "31 دجنبر 2021 | 7 تعليقات",
    "بلغ عدد الأوامر الدولية بإلقاء القبض 98 أمرا، أسفرت عن توقيف 104 أشخاص، فيما تسلم المغرب 19 شخصا مطلوبا للعدالة ...",
    "اقرأ المزيد",
    "",
    "رغم كوفيد-19.. الأمن الوطني يعالج 3950 ملفا للتعاون الدولي في 2020",
    "04 يناير 2021 | لا توجد تعليقات",
    "رغم تداعيات الجائحة، عالجت مصالح التعاون الدولي 3950 ملفا، بتراجع بحوالي 12 في المائة مقارنة مع 2019 ...",
    "اقرأ المزيد",
  ].join("\n");

  it("gives each snippet the period its headline names, wherever it stands in the headline", () => {
    const figures = publishedFigures(archive, catalogue, "2022", null);
    expect(figures).toContain("wanted_persons_arrested 2021 = 104");
    expect(figures).toContain("persons_extradited_to_morocco 2021 = 19");
    expect(figures).toContain("files_processed_pct_change 2020 vs 2019 = approx -12");
  });

  it("takes no dateline over another for a headline ('الجمعة 10 يناير 2020 | 13:40' over 'آخر تحديث: 10/01/2020 - 15:02')", () => {
    const text = ["فيديو | الأمن الوطني يكشف حصيلة تعاونه خلال 2019", "", "الجمعة 10 يناير 2020 | 13:40", "آخر تحديث: 10/01/2020 - 15:02", "", "وأفادت المعطيات أن مصالح الأمن الوطني عالجت 4480 ملفا."].join("\n");
    expect(publishedFigures(text, catalogue, "2019", "2020-01-10")).toEqual(["files_processed 2019 = 4480"]);
  });
});

describe("a table's periods in words after its change column", () => {
  it("reads each column before and after the change ('| الفصل الثالث 2025 | الفصل الثالث 2024 | التغير | مجموع الأشهر التسعة 2025 |')", () => {
    const text = ["جدول الفصل الثالث:", "", "المؤشر\tالفصل الثالث 2025\tالفصل الثالث 2024\tالتغير\tمجموع الأشهر التسعة 2025", "الإنابات القضائية الدولية\t42\t41\t+2,4%\t126"].join("\n");
    expect(publishedFigures(text, catalogue, "2025-Q3", "2025-10-09")).toEqual([
      "letters_rogatory 2025-Q3 = 42",
      "letters_rogatory 2024-Q3 = 41",
      "letters_rogatory_pct_change 2025-Q3 vs 2024-Q3 = 2.4",
    ]);
  });
});

describe("notices of cancellation written 'نشرات', and a warrant's construct beside an arrest", () => {
  it("reads 'نشرة لإيقاف البحث على المستوى الدولي' as a cancellation of international searches", () => {
    const text = "ونشر المكتب 2312 نشرة لإيقاف البحث على المستوى الدولي.";
    expect(publishedFigures(text, catalogue, "2023", "2024-01-05")).toEqual(["international_search_cancellations 2023 = 2312"]);
  });

  it("publishes no cancellation for 'مذكرة بحث دولية' whose clause goes on to an arrest ('مكنت 68 مذكرة بحث دولية … من توقيف 74 شخصا')", () => {
    const text = "فقد مكنت 68 مذكرة بحث دولية نشرها المكتب المركزي الوطني من توقيف 74 شخصا مبحوثا عنهم على الصعيد الدولي.";
    expect(publishedFigures(text, catalogue, "2016", "2017-01-16")).not.toContain("international_search_cancellations 2016 = 68");
  });
});

describe("search warrants 'for the purpose of arrest'", () => {
  it("reads 'مذكرات البحث الدولية بهدف التوقيف' as the international warrants, not as notices stopping searches", () => {
    const text = "فعدد مذكرات البحث الدولية بهدف التوقيف التي نشرها وعممها المكتب المركزي الوطني انتقل من 87 مذكرة سنة 2023 إلى 112 مذكرة سنة 2024.";
    expect(publishedFigures(text, catalogue, "2024", "2025-02-10")).toEqual(["international_arrest_warrants 2023 = 87", "international_arrest_warrants 2024 = 112"]);
  });
});

describe("a count with a year's value beside one that is no year's", () => {
  it("reads the later end of a change from a count as a count ('من 2312 إلى 2009')", () => {
    const text = "كما انخفض عدد إشعارات إلغاء البحث الدولي من 2312 إلى 2009.";
    expect(publishedFigures(text, catalogue, "2024", "2025-01-06")).toEqual(["international_search_cancellations 2024 = 2009"]);
  });

  it("reads a value compared with a count as a count ('(2009 مقابل 2312، ناقص 13,1 في المائة)')", () => {
    const text = "سجلت مؤشرات تراجعا: إشعارات إلغاء البحث الدولي (2009 مقابل 2312، ناقص 13,1 في المائة).";
    expect(publishedFigures(text, catalogue, "2024", "2025-01-14")).toEqual(["international_search_cancellations 2024 = 2009", "international_search_cancellations 2023 = 2312"]);
  });
});

describe("a share of the whole year coordinated with another in a part-year report", () => {
  it("gives the share 'of them' after it the year's period, not the half's count before ('على مدى السنة كاملة … و71 في المائة منها')", () => {
    const text = "استفاد 760 موظفا من التكوين في إطار التعاون الدولي خلال النصف الثاني؛ وعلى مدى السنة كاملة كانت 64 في المائة من الدورات حضورية و71 في المائة منها داخل المغرب.";
    expect(publishedFigures(text, catalogue, "2023-H2", "2024-01-10")).toEqual(["police_staff_trained 2023-H2 = 760", "training_share_in_person 2023 = 64", "training_share_in_morocco 2023 = 71"]);
  });
});

describe("what others say, and what a speaker deems likely", () => {
  it("holds back a figure 'there are those who say' ('هناك من يقول إن عدد المغاربة الموقوفين في الخارج يقارب المائة')", () => {
    const text = "س: هناك من يقول إن عدد المغاربة الموقوفين في الخارج يقارب المائة. ما تعليقكم؟";
    expect(publishedFigures(text, catalogue, "2023", "2024-01-10")).toEqual([]);
  });

  it("holds back a share a speaker deems likely ('غير أنه رجّح أن تتجاوز حصة إسبانيا الفعلية 35 في المائة')", () => {
    const text = "أوضح المتحدث أن فرنسا تمثل 22 في المائة من المبادلات، غير أنه رجّح أن تتجاوز حصة إسبانيا الفعلية 35 في المائة.";
    expect(publishedFigures(text, catalogue, "2023", "2024-01-10")).toEqual(["exchanges_share_by_partner 2023 FR = 22"]);
  });
});
