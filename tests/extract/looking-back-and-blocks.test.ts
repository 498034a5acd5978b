// Readings the held-out sets of round 72 led to (held374–held377): a text looking back at its year from years
// later (retrospective.ts), a "for comparison" opening whose change names its own base, a block of label–value lines
// under a heading in percent (percent-columns.ts), a year's value that is a count's earlier value in parentheses
// (years.ts), a number said to be "the right figure" before the correction's word (read-sentence.ts), a count of
// persons after "سلم" alone (indicators.json), and a table header naming a year, then its parts alone (tables.ts);
// then rounds 73 to 87 (held378–held437), each under its own heading below: datelines, headings with no figure,
// changes over spans, counts led to by a verb of result, the Arab press's words, a part-year report's whole years
// (rounds 89 on: tables-glossaries-and-speech.test.ts).
import { describe, expect, it } from "vitest";
import { loadCatalogue } from "../../pipeline/catalogue/load.ts";
import { publishedFigures, readText } from "../helpers/extract.ts";

const catalogue = loadCatalogue();
const mentionOf = (text: string, number: string, reference: string, published: string | null = null) =>
  readText(text, catalogue, reference, published).mentions.find((m) => m.text.includes(number))!;

describe("a text looking back at its year from two years or more later", () => {
  const retrospective = [
    "عندما أعلنت المديرية، مطلع يناير 2016، حصيلة تعاونها الأمني الدولي برسم سنة 2015، كان القطب قد عالج 2640 ملفا. وبعد تسع سنوات، قفز هذا الرقم إلى 7215 ملفا برسم سنة 2024.",
    "والمنحى نفسه سجلته الإنابات القضائية الدولية، إذ انتقلت من 89 إنابة إلى 162 إنابة، بارتفاع بلغ 82 في المائة.",
    "ولم تعرف مذكرات البحث المعممة على الصعيد الوطني الإيقاع ذاته، إذ بلغت 3718 مذكرة، مقابل 2215 مذكرة قبل عشر سنوات.",
  ].join("\n\n");

  it("holds back the counts and changes that name no period after it went on to a later year, and reads the years it names", () => {
    expect(publishedFigures(retrospective, catalogue, "2015", "2025-01-06")).toEqual(["files_processed 2015 = 2640", "files_processed 2024 = 7215", "national_search_notices 2015 = 2215"]);
    expect(mentionOf(retrospective, "3718", "2015", "2025-01-06").reason).toContain("looks back at 2015 and last named 2024");
    expect(mentionOf(retrospective, "89", "2015", "2025-01-06").reason).toContain("looks back at 2015");
  });

  it("counts 'N years ago' back from the year it was published, and only to its own year", () => {
    const text = "ولم تعرف مذكرات البحث المعممة على الصعيد الوطني الإيقاع ذاته، إذ بلغت 3718 مذكرة سنة 2024، مقابل 2215 مذكرة قبل ثماني سنوات.";
    expect(mentionOf(text, "2215", "2015", "2025-01-06").reason).toContain("counts back from which year");
  });

  it("reads 'then' as unclear once a later year was named", () => {
    const text = "وارتفع عدد الموقوفين إلى 140 شخصا سنة 2024، من بينهم 83 مواطنا مغربيا أوقفوا خارج أرض الوطن، بعدما كان عددهم 38 فقط آنذاك.";
    expect(publishedFigures(text, catalogue, "2015", "2025-01-06")).not.toContain("moroccan_citizens_arrested_abroad 2024 = 38");
  });

  it("leaves the year's own report as it was: the same text published the January after", () => {
    expect(publishedFigures(retrospective, catalogue, "2015", "2016-01-06")).toContain("national_search_notices 2015 = 3718");
  });
});

describe("a change after a 'for comparison' opening", () => {
  const text = "وللمقارنة، فقد عالج قطب التعاون الأمني الدولي خلال سنة 2019 ما مجموعه 4480 ملفا، أي بزيادة تقارب 70 في المائة عن سنة 2015.";

  it("is of the compared count's period when it names its own base, whatever the text's year", () => {
    expect(publishedFigures(text, catalogue, "2020")).toEqual(["files_processed 2019 = 4480", "files_processed_pct_change 2019 vs 2015 = approx 70"]);
    expect(publishedFigures(text, catalogue, "2015")).toEqual(["files_processed 2019 = 4480", "files_processed_pct_change 2019 vs 2015 = approx 70"]);
  });
});

describe("a block of label–value lines under a heading in percent", () => {
  it("holds shares, with or without bullets or table bars, under a heading whose percent sign no number carries", () => {
    const text = "التوزيع حسب البلد الشريك (%)\nإسبانيا 27\nفرنسا 22\nبلجيكا 9\n\nجدول 14.8: توزيع المبادلات حسب البلد الشريك، سنة 2018 (%)\nإسبانيا | 27\nفرنسا | 22\n";
    expect(publishedFigures(text, catalogue, "2018")).toEqual(["exchanges_share_by_partner 2018 ES = 27", "exchanges_share_by_partner 2018 FR = 22", "exchanges_share_by_partner 2018 BE = 9"]);
  });

  it("reads 'in percent' written in words in the heading's parentheses", () => {
    const text = "توزيع الملفات المعالجة حسب نوع القضية (بالنسبة المائوية):\nالاتجار في المخدرات: 38\nالإرهاب: 6\n";
    expect(publishedFigures(text, catalogue, "2023")).toEqual(["files_share_by_case_type 2023 drug_trafficking = 38", "files_share_by_case_type 2023 terrorism = 6"]);
  });

  it("leaves counts under a heading whose percentage is a figure of its own", () => {
    const text = "ارتفعت الملفات بنسبة 20%:\nالمخدرات 120\n";
    expect(mentionOf(text, "120", "2018").status).not.toBe("observation");
  });
});

describe("a year's value in parentheses after a count and 'was'", () => {
  it("is the count's earlier value, not a year the count is of", () => {
    const text = "▫️ ومذكرات توقيف سريان الابحاث الدولية: 2169 (كانت 1987)\n";
    expect(publishedFigures(text, catalogue, "2022")).toEqual(["international_search_cancellations 2022 = 2169", "international_search_cancellations 2021 = 1987"]);
  });
});

describe("a number said to be the right one before the correction's word", () => {
  it("is not withdrawn by it", () => {
    const text = "حسب علمي 143 إنابة هي الرقم الصحيح، وزيد عليه 106 امر دولي بالقاء القبض.";
    expect(publishedFigures(text, catalogue, "2022")).toEqual(["letters_rogatory 2022 = 143", "international_arrest_warrants 2022 = 106"]);
  });
});

describe("a count of persons after 'سلم' alone", () => {
  it("is not read as persons brought to Morocco: unvowelled, the verb may be Morocco handing them over", () => {
    const text = "كما سلم المغرب 7 رعايا أجانب إلى بلدانهم، علما أنه سلم طيلة سنة 2023 ما مجموعه 12 شخصا.";
    expect(publishedFigures(text, catalogue, "2024")).not.toContain("persons_extradited_to_morocco 2023 = 12");
  });

  it("still is with Morocco as the destination", () => {
    expect(publishedFigures("وسلم 16 شخصا مطلوبا إلى المغرب خلال السنة.", catalogue, "2024")).toEqual(["persons_extradited_to_morocco 2024 = 16"]);
  });
});

describe("a table's header naming a year, then parts of it alone", () => {
  it("gives each part the year named before it", () => {
    const text = "| المؤشر | 2024: الربع الأول | الربع الثاني | 2025: الربع الأول |\n|---|---|---|---|\n| الإنابات القضائية الدولية | 37 | 41 | 40 |\n";
    expect(publishedFigures(text, catalogue, "2025-Q1", "2025-05-06")).toEqual(["letters_rogatory 2024-Q1 = 37", "letters_rogatory 2024-Q2 = 41", "letters_rogatory 2025-Q1 = 40"]);
  });
});

// Round 74 (held382–held385).
describe("a city's services and the kingdom's cities", () => {
  it("holds back what the services 'in the city' did, and keeps a whole counted across the kingdom's cities", () => {
    const text = "وأفاد مصدر أمني أن المصالح الأمنية بالمدينة أوقفت 11 شخصا من بين 43 مبحوثا عنهم على الصعيد الدولي تم توقيفهم بمختلف مدن المملكة، كما شاركت في عمليتين للتسليم المراقب للمخدرات.";
    expect(publishedFigures(text, catalogue, "2017-H2")).toEqual(["wanted_persons_arrested 2017-H2 = 43"]);
  });
});

describe("a year looked back to", () => {
  it("is no topic of the text after 'N years ago': 'that year' stays the one the text is about", () => {
    const text = "في عام 2019، مرت عبر مكاتب القطب أربعة آلاف وأربعمائة وثمانون ملفا. قبل ثلاث سنوات فقط، في 2016، لم يكن العدد يتجاوز ألفين وتسعمائة وخمسين.\nيتابع المكتب المركزي الوطني تنفيذ الإنابات القضائية الدولية: مائة وخمس وعشرون إنابة في تلك السنة.";
    expect(publishedFigures(text, catalogue, "2019", "2020-03-05")).toContain("letters_rogatory 2019 = 125");
  });

  it("reads 'a year before that' from the count compared with", () => {
    expect(publishedFigures("مع انكسار طفيف سنة 2020 (118 إنابة مقابل 125 سنة قبل ذلك).", catalogue, "2024")).toEqual(["letters_rogatory 2020 = 118", "letters_rogatory 2019 = 125"]);
  });
});

describe("counts and changes over spans", () => {
  it("holds back a count in a sentence opening on a span of years", () => {
    const text = "وبين 2019 و2024، تم تسليم أو استقدام 124 شخصا مطلوبا للعدالة المغربية.";
    expect(mentionOf(text, "124", "2024").reason).toContain("counts over the span the sentence opens on");
  });

  it("holds back a change compared with a period of another length than its own", () => {
    const text = "■ تحديث: حتى نهاية شتنبر\n- الملفات المعالجة: 5580، بارتفاع بلغ 7,9 في المائة مقارنة مع النصف الأول من 2024\n";
    expect(publishedFigures(text, catalogue, "2025-Q3", "2025-10-08")).toEqual([]);
  });

  it("holds back both ends of a change whose next step is dated before the text's year", () => {
    const text = "وفي السياق ذاته، انخفض عدد المبحوث عنهم على الصعيد الدولي الذين تم توقيفهم من 97 إلى 76 شخصا، ليرتفع الرقم إلى 104 موقوفين سنة 2021.";
    expect(publishedFigures(text, catalogue, "2024")).toEqual(["wanted_persons_arrested 2021 = 104"]);
  });
});

describe("a list's heading with no figure", () => {
  it("gives its items the period it names, or leaves it unclear when it names a span of months", () => {
    expect(publishedFigures("حصيلة النصف الأول من السنة:\n- الإنابات القضائية: 84\n- الأوامر الدولية بإلقاء القبض: 61\n", catalogue, "2025-Q3", "2025-10-08")).toEqual(["letters_rogatory 2025-H1 = 84", "international_arrest_warrants 2025-H1 = 61"]);
    expect(publishedFigures("■ تحديث 7 يوليوز: حتى نهاية يونيو\n- الإنابات القضائية: 84\n", catalogue, "2025-Q3", "2025-10-08")).toEqual(["letters_rogatory 2025-H1 = 84"]);
    expect(publishedFigures("■ تحديث 8 أكتوبر: حتى نهاية شتنبر\n- الإنابات القضائية الدولية المتابع تنفيذها: 127\n", catalogue, "2025-Q3", "2025-10-08")).toEqual([]);
  });

  it("is no heading when it names the base its items are compared with", () => {
    expect(publishedFigures("التطور مقارنة بالنصف الأول من 2019:\n- الملفات المعالجة: تراجع بـ15%\n", catalogue, "2020-H1", "2020-07-20")).toEqual(["files_processed_pct_change 2020-H1 vs 2019-H1 = -15"]);
  });
});

describe("a count after a verb of result", () => {
  it("reads with what led to it: after 'ما مكن من', and in a sentence opening on the verb", () => {
    expect(publishedFigures("وعمم المكتب 60 أمرا دوليا بإلقاء القبض، ما مكن من توقيف 72 شخصا، منهم 44 مغربيا خارج أرض الوطن.", catalogue, "2024-H2")).toEqual([
      "international_arrest_warrants 2024-H2 = 60",
      "wanted_persons_arrested 2024-H2 = 72",
      "moroccan_citizens_arrested_abroad 2024-H2 = 44",
    ]);
    expect(publishedFigures("ونشر المكتب 112 أمرا دوليا بإلقاء القبض. وأسفرت عن توقيف 140 شخصا.", catalogue, "2024")).toEqual(["international_arrest_warrants 2024 = 112", "wanted_persons_arrested 2024 = 140"]);
  });
});

// Round 75 (held386–held389).
describe("round 75", () => {
  it("holds back a count dated before an event rather than by a year", () => {
    const text = "وتتبع المكتب تنفيذ 143 إنابة قضائية دولية، مقابل 131 في السنة التي قبلها و125 إنابة قبل الجائحة.";
    expect(publishedFigures(text, catalogue, "2022", "2023-01-06")).toEqual(["letters_rogatory 2022 = 143", "letters_rogatory 2021 = 131"]);
    expect(mentionOf(text, "125", "2022", "2023-01-06").reason).toContain("before an event («قبل الجائحة»)");
  });

  it("reads those arrested for American justice as the foreigners arrested for the United States", () => {
    expect(publishedFigures("• الأجانب المسلمون لبلدانهم: 15\n• الموقوفون لفائدة القضاء الأمريكي: 3\n", catalogue, "2022")).toEqual(["foreigners_handed_over_by_morocco 2022 = 15", "foreigners_arrested_for_us 2022 = 3"]);
  });
});

describe("a table's change columns over so many years", () => {
  it("take as base the header's period that many years before its last", () => {
    const text = "المؤشر | 2019 | 2022 | 2024 | التغير على سنتين | التغير على خمس سنوات\nالأوامر الدولية بإلقاء القبض | 84 | 106 | 112 | +5,7% | +33,3%\n";
    expect(publishedFigures(text, catalogue, "2024")).toEqual([
      "international_arrest_warrants 2019 = 84",
      "international_arrest_warrants 2022 = 106",
      "international_arrest_warrants 2024 = 112",
      "international_arrest_warrants_pct_change 2024 vs 2022 = 5.7",
      "international_arrest_warrants_pct_change 2024 vs 2019 = 33.3",
    ]);
  });
});

describe("a count in a report on a part of a year", () => {
  it("is unclear when its change right after it is measured against a whole year", () => {
    const text = "أما الأوامر الدولية بإلقاء القبض، فقد بلغ عددها 128 أمرا، بارتفاع نسبته 14,3 في المائة قياسا بسنة 2024.";
    expect(publishedFigures(text, catalogue, "2025-H2", "2026-01-20")).toEqual([]);
    expect(mentionOf(text, "128", "2025-H2", "2026-01-20").reason).toContain("measured against a whole year");
  });
});

describe("round 76", () => {
  it("reads 'مذكرة توقيف دولية' as an international arrest warrant, and the level a change reached with what changes", () => {
    expect(publishedFigures("عمم المكتب 112 مذكرة توقيف دولية خلال السنة.", catalogue, "2024")).toEqual(["international_arrest_warrants 2024 = 112"]);
    const text = "كشفت الحصيلة عن ارتفاع عدد مذكرات التوقيف الدولية التي عممها المكتب بنحو 29 في المئة خلال 2024، لتصل إلى 112 مذكرة بعدما كانت 87 مذكرة في 2023.";
    expect(publishedFigures(text, catalogue, "2024")).toContain("international_arrest_warrants 2024 = 112");
  });

  it("keeps 'مذكرات لتوقيف سريان الأبحاث الدولية' apart from the warrants", () => {
    expect(publishedFigures("ونشر المكتب 2169 مذكرة لتوقيف سريان الأبحاث الدولية.", catalogue, "2022")).toEqual(["international_search_cancellations 2022 = 2169"]);
  });
});

describe("round 77", () => {
  it("reads a count after an opening that tells a change against a year as the text's, not as that year's", () => {
    const text = "سجلت جل المؤشرات ارتفاعا مقارنة مع 2024، وتراجعت إعلانات البحث الصادرة عن شعب الاتصال العربية إلى 329 إعلانا.";
    expect(publishedFigures(text, catalogue, "2025", "2026-01-05")).toEqual(["arab_search_notices 2025 = 329"]);
  });

  it("does not read the Moroccan police's share of a partner's training as the training held in Morocco", () => {
    const text = "مكن برنامج الاتحاد الأوروبي خلال سنة 2017 من تكوين 140 موظفا للشرطة المغربية، أي أزيد من 36 في المائة من المستفيدين من برامج التكوين.";
    expect(publishedFigures(text, catalogue, "2017", "2018-01-10")).not.toContain("training_share_in_morocco 2017 = gt 36");
  });

  it("holds back what outlets are said to have reported", () => {
    const text = "س: تحدثت بعض المنابر عن نحو 3000 ملف تعاون دولي خلال النصف الأول من السنة. هل هذا الرقم دقيق؟";
    expect(publishedFigures(text, catalogue, "2022-H1", "2022-08-01")).toEqual([]);
  });
});

describe("round 78", () => {
  it("reads a share two partners hold 'alone' as theirs together", () => {
    const text = "تستحوذ إسبانيا وفرنسا وحدهما على أزيد من 60 في المائة من المبادلات.";
    expect(publishedFigures(text, catalogue, "2019")).toEqual([]);
    expect(mentionOf(text, "60", "2019").reason).toContain("several categories together");
  });

  it("holds back a part after a count and the whole it is out of, of two periods", () => {
    const text = "وتابع المكتب خلال الأشهر الستة الأخيرة من السنة تنفيذ 82 إنابة قضائية دولية، من أصل 153 إنابة طيلة سنة 2023، منها 19 إنابة تتعلق بالاتجار في المخدرات وتبييض الأموال.";
    expect(publishedFigures(text, catalogue, "2023-H2", "2024-01-10")).toEqual(["letters_rogatory 2023-H2 = 82", "letters_rogatory 2023 = 153"]);
    expect(mentionOf(text, "19", "2023-H2", "2024-01-10").reason).toContain("or of the whole that count is out of");
  });
});

describe("round 79", () => {
  it("holds back the counts of a headline opening on a city's service and a verb", () => {
    expect(publishedFigures("أمن فاس يوقف 5 مبحوث عنهم دوليا خلال 2016 وينفذ 8 إنابات قضائية\n", catalogue, "2016", "2017-01-02")).toEqual([]);
    expect(publishedFigures("الأمن الوطني يعالج 2950 ملفا خلال 2016\n", catalogue, "2016", "2017-01-02")).toEqual(["files_processed 2016 = 2950"]);
  });
});

describe("round 81", () => {
  it("holds back the earlier end of a change told after one that went on in steps", () => {
    const text = "أما الأشخاص الذين تم تسليمهم إلى المغرب فانتقل عددهم من 19 سنة 2021 إلى 22 ثم 27 شخصا، في حين تراجع عدد الأجانب الذين سلمتهم المملكة من 15 إلى 12.";
    expect(publishedFigures(text, catalogue, "2023", "2024-01-05")).not.toContain("foreigners_handed_over_by_morocco 2021 = 15");
    expect(mentionOf(text, "15", "2023", "2024-01-05").reason).toContain("told after one in several steps");
  });

  it("does not read a change as an earlier year's when a number read as no count stands between them", () => {
    const text = "كنا في 2020 في حدود 63 أمرا دوليا، واليوم نحن في 98، يعني ارتفاعا بحوالي 56 في المائة.";
    expect(publishedFigures(text, catalogue, "2021", "2021-12-30")).toEqual(["international_arrest_warrants 2020 = approx 63"]);
    expect(mentionOf(text, "56", "2021", "2021-12-30").reason).toContain("read as no count, stands between");
  });

  it("reads a count after a bare 'for comparison' as of the year the sentence names before its clause", () => {
    const text = "وللمقارنة، فإن ما عالجته المصالح نفسها طيلة سنة 2020، في عز جائحة كوفيد-19، لم يتجاوز 3950 ملفا.";
    expect(publishedFigures(text, catalogue, "2024-H1", "2024-08-12")).toEqual(["files_processed 2020 = lte 3950"]);
    const part = "وللمقارنة، بلغ مجموع الإنابات المتابعة طيلة سنة 2024 ما مجموعه 162 إنابة، من بينها 41 تخص الصنف ذاته.";
    expect(publishedFigures(part, catalogue, "2025-H1", "2025-08-01")).toContain("letters_rogatory 2024 = 162");
  });

  it("reads 'طيلة السنة ذاتها' in a report on a half as the whole of the year named before", () => {
    const text = "وتقارن الحصيلة بما سجل سنة 2023.\nبلغ عدد الأوامر الدولية 54 أمرا، مقابل 46 في النصف الأول من 2023 و87 طيلة السنة ذاتها.";
    expect(publishedFigures(text, catalogue, "2024-H1", "2024-07-26")).toEqual(["international_arrest_warrants 2024-H1 = 54", "international_arrest_warrants 2023-H1 = 46", "international_arrest_warrants 2023 = 87"]);
  });

  it("sets a 'to learn more' link and a dateline with a byline apart from the text", () => {
    const teaser = "عالج القطب 4480 ملفا خلال سنة 2019.\n\nلمعرفة المزيد: حصيلة 2018 .. 4 060 ملفا معالجة\n";
    expect(publishedFigures(teaser, catalogue, "2019", "2019-12-28")).toEqual(["files_processed 2019 = 4480"]);
    const dated = "التعاون الأمني الدولي: الأمن الوطني يعالج 6 312 ملفا في 2023\n2 يناير 2024 | هيئة التحرير\nعالجت المديرية ما مجموعه 6 312 ملفا خلال سنة 2023.\n";
    expect(publishedFigures(dated, catalogue, "2023", "2024-01-02")).toEqual(["files_processed 2023 = 6312"]);
  });
});

describe("round 82", () => {
  const wire = [
    "أفادت المديرية بأن القطب عالج خلال سنة 2024 ما مجموعه 7215 ملفا، منها 3420 ملفا خلال النصف الأول من السنة و3795 ملفا خلال النصف الثاني.",
    "وعلى الصعيد الوطني، عمم المكتب 3718 مذكرة بحث استجابة لطلبات أجنبية.",
  ].join("\n\n");

  it("holds back a count naming no period in a part-year report that gave the year's counts with the part's as their parts", () => {
    expect(publishedFigures(wire, catalogue, "2024-H2", "2025-01-07")).toEqual(["files_processed 2024 = 7215", "files_processed 2024-H1 = 3420", "files_processed 2024-H2 = 3795"]);
    expect(mentionOf(wire, "3718", "2024-H2", "2025-01-07").reason).toContain("the year's or the part's?");
  });

  it("holds it back also when the title names the part (authors read such counts both ways)", () => {
    const figures = publishedFigures(wire, catalogue, "2024-H2", "2025-01-07", "التعاون الأمني الدولي: حصيلة النصف الثاني من 2024");
    expect(figures).not.toContain("national_search_notices 2024-H2 = 3718");
  });

  it("holds back a part after a whole and its part of another period, unless it is larger than that part", () => {
    const text = "تابع المكتب تنفيذ 162 إنابة قضائية دولية، منها 84 إنابة خلال الأشهر الستة الأخيرة من السنة، فيما تتعلق 41 إنابة منها بالاتجار في المخدرات وتبييض الأموال.";
    expect(mentionOf(text, "41", "2024-H2", "2025-01-07").reason).toContain("which, the text does not say");
    const larger = "الموقوفون: 119 شخصا، منهم 57 خلال الأشهر الستة الأولى، ومن بينهم 71 مواطنا مغربيا أوقفوا خارج أرض الوطن.";
    expect(publishedFigures(larger, catalogue, "2022", "2023-01-05")).toContain("moroccan_citizens_arrested_abroad 2022 = 71");
  });

  it("holds back a change year on year in a part-year report whose sentence names the year before alone", () => {
    const text = "ومقارنة مع 2023، حين عالج القطب 6312 ملفا، فإن الارتفاع السنوي يناهز 14 في المائة.";
    expect(publishedFigures(text, catalogue, "2024-H2", "2025-02-01")).toEqual([]);
    expect(mentionOf(text, "14", "2024-H2", "2025-02-01").reason).toContain("against the whole year or its same part?");
  });

  it("reads a value opening its line before one bar with what it counts after the bar", () => {
    const text = "━━━ بالأرقام ━━━\n5800 | ملف وطلب معلومات عالجها قطب التعاون الأمني الدولي سنة 2022\n143 | إنابة قضائية دولية تابع المكتب المركزي الوطني تنفيذها\n";
    expect(publishedFigures(text, catalogue, "2022", "2023-01-06")).toEqual(["files_processed 2022 = 5800", "letters_rogatory 2022 = 143"]);
  });
});

describe("round 83", () => {
  it("reads the number a count 'stayed less than', of another period, as that period's exact count", () => {
    const text = "ارتفع عدد المبحوث عنهم دوليا الذين تم توقيفهم إلى 32 شخصا، وإن ظل أقل بقليل من 33 موقوفا سجلوا في الربع الأخير من السنة المنصرمة.";
    expect(publishedFigures(text, catalogue, "2023-Q1", "2023-04-20")).toEqual(["wanted_persons_arrested 2023-Q1 = 32", "wanted_persons_arrested 2022-Q4 = 33"]);
  });

  it("reads the amount a count falls short by ('يقل عن … بـ90 ملفا') as no count", () => {
    const text = "عدد الملفات المعالجة في الربع الأول من 2023 يقل عن ذروة الربع الرابع من 2022 بـ90 ملفا.";
    expect(mentionOf(text, "90", "2023-Q1", "2023-04-25").reason).toContain("the amount of a change");
  });

  it("holds a change by the definite noun coordinated right before it, which the catalogue does not count, as unaccounted", () => {
    const text = "ظلت الفجوة ثابتة، رغم تراجع الأوامر بالربع والتوقيفات بـ21,6%.";
    expect(publishedFigures(text, catalogue, "2020", "2021-01-10")).toEqual([]);
    expect(mentionOf(text, "21,6", "2020", "2021-01-10").reason).toContain("«والتوقيفات», right before it");
  });

  it("reads a percentage 'of them' after a change as a part's share", () => {
    const text = "عالجت المصالح أزيد من 2200 ملف خلال النصف الأول من العام الجاري، بارتفاع يفوق 10 في المائة مقارنة بالفترة نفسها من العام الماضي، وتستأثر قضايا الاتجار في المخدرات بنحو 40 في المائة منها.";
    expect(publishedFigures(text, catalogue, "2019-H1", "2019-07-20")).toContain("files_share_by_case_type 2019-H1 drug_trafficking = approx 40");
  });
});

describe("round 84", () => {
  it("reads a span of months from the first of July to the end of December as the second half", () => {
    const text = "عالج القطب ما بين فاتح يوليوز ونهاية دجنبر 3040 ملفا وطلب معلومات، مقابل 2760 ملفا في النصف الأول من السنة نفسها.";
    expect(publishedFigures(text, catalogue, "2022-H2", "2023-01-20")).toEqual(["files_processed 2022-H2 = 3040", "files_processed 2022-H1 = 2760"]);
  });

  it("reads a share 'of them' after a count of another period as of that period", () => {
    const text = "وكان القطب قد عالج خلال سنة 2024 بأكملها 7215 ملفا، مثلت إسبانيا 30 في المائة منها.";
    expect(publishedFigures(text, catalogue, "2025-H1", "2025-07-20")).toEqual(["files_processed 2024 = 7215", "exchanges_share_by_partner 2024 ES = 30"]);
  });

  it("reads a part of a whole told in a clause of its own as of the whole's period", () => {
    const text = "تابع المكتب 84 إنابة، مقابل 78 إنابة في الفترة نفسها من العام الماضي، علما أن مجموع الإنابات المتابعة طيلة السنة الماضية بلغ 162 إنابة، منها 41 تخص الاتجار في المخدرات وتبييض الأموال.";
    expect(publishedFigures(text, catalogue, "2025-H1", "2025-07-25")).toContain("letters_rogatory_drugs_money_laundering 2024 = 41");
  });

  it("holds back a count of 'the current year' in a text published in a later year than its own", () => {
    const text = "وتم خلال الأشهر الثلاثة الأولى من السنة الجارية حجز 47 سيارة مسروقة.";
    expect(publishedFigures(text, catalogue, "2023", "2024-04-18")).toEqual([]);
    expect(mentionOf(text, "47", "2023", "2024-04-18").reason).toContain("the year of writing or the text's?");
  });

  it("reads a count naming no period as the report's part when it is compared right after with the year's other part", () => {
    const text = [
      "عالج القطب خلال سنة 2022 ما مجموعه 5800 ملف، منها 2760 ملفا خلال النصف الأول و3040 ملفا خلال النصف الثاني.",
      "وبلغ عدد المبحوث عنهم دوليا الذين تم توقيفهم 62 شخصا، مقابل 57 في الأشهر الستة الأولى.",
    ].join("\n\n");
    expect(publishedFigures(text, catalogue, "2022-H2", "2023-01-10")).toContain("wanted_persons_arrested 2022-H2 = 62");
  });
});

describe("round 85", () => {
  it("holds back a share naming no period in a text looking back at its year from a later one", () => {
    const text = "عالج القطب 2950 ملفا سنة 2016، وقفز الرقم إلى 7215 ملفا سنة 2024.\n\n- سنة 2024: 1620 موظفا، 72 في المائة منها تكوين حضوري.\n";
    expect(publishedFigures(text, catalogue, "2016", "2025-05-16")).not.toContain("training_share_in_person 2016 = 72");
  });

  it("reads a count whose part is given by its months ('54 منها بين يوليوز ودجنبر') as the year's in a half-year report", () => {
    const text = "فيما تم نشر وتعميم 98 أمرا دوليا بإلقاء القبض، 54 منها بين يوليوز ودجنبر مقابل 44 في النصف الأول.";
    expect(publishedFigures(text, catalogue, "2021-H2", "2022-01-06")).toContain("international_arrest_warrants 2021 = 98");
  });

  it("keeps a labelled aside's period ('(المجموع السنوي: …)') to its own number", () => {
    const text = "واستقدم 11 شخصا إلى المغرب (المجموع السنوي: 4677 ملفا في 2021).";
    expect(publishedFigures(text, catalogue, "2021-H2", "2022-03-08")).toEqual(["persons_extradited_to_morocco 2021-H2 = 11", "files_processed 2021 = 4677"]);
  });

  it("holds back a count handed over through a named airport, before the number, as a local unit's", () => {
    const text = "كما جرى عبر مطار وجدة-أنجاد الدولي تسليم 3 رعايا أجانب إلى بلدانهم.";
    expect(publishedFigures(text, catalogue, "2021-H2", "2022-01-12")).toEqual([]);
  });
});

describe("round 86", () => {
  it("sets aside the number of a voice's label in a transcript ('صوت 1:')", () => {
    const text = "صوت 1: هل تعلم أن الأمن الوطني عالج أكثر من ستة آلاف ملف للتعاون الدولي؟\nصوت 2: وأن مائة وواحدا وثلاثين مبحوثا عنهم دوليا تم توقيفهم؟\n";
    expect(mentionOf(text, "1", "2023", "2024-01-02").reason).toContain("a label opening its line");
    expect(publishedFigures(text, catalogue, "2023", "2024-01-02")).not.toContain("wanted_persons_arrested 2023 = 2");
  });

  it("holds back a keycap digit and the value after it read as one number ('2️⃣ 104')", () => {
    const text = "5 أرقام من حصيلة 2017:\n2️⃣ 104: عدد الإنابات القضائية الدولية التي تتبع المكتب المركزي الوطني تنفيذها.\n";
    expect(publishedFigures(text, catalogue, "2017", "2018-01-05")).not.toContain("letters_rogatory 2017 = 2104");
  });

  it("leaves unread a change of 'these figures' after a sentence of several counts", () => {
    const text = "كما تم نشر 98 أمرا دوليا بإلقاء القبض، وتوقيف 104 مبحوثين عنهم دوليا.\nويرى متتبعون أن هذه الأرقام، التي ارتفعت بنحو 18 في المائة قياسا بسنة 2020، تعكس ثقة الشركاء.";
    expect(mentionOf(text, "18", "2021", "2022-01-04").reason).toContain("refers back to several counts");
  });
});

describe("round 87", () => {
  it("holds back a number split across a line break, as a PDF's lines cut it ('ما مجموعه 7⏎215 ملفا')", () => {
    const text = "حيث عالج قطب التعاون الأمني\nالدولي ما مجموعه 7\n215 ملفا وطلبا للمعلومات، مسجلا ارتفاعا.\n";
    expect(publishedFigures(text, catalogue, "2024", "2025-01-02")).toEqual([]);
    expect(mentionOf(text, "215", "2024", "2025-01-02").reason).toContain("a space or a line break between");
  });
});
