// What the held-out sets of round 30 (held196–held200: news sites with their cruft, the 2025 results by several
// outlets, Moroccan results told by outlets abroad, comparisons over years, short forms) showed on first sight: a
// verb set off from its object by a period between commas, "إشعار" for a cancellation, a year after "في" before a
// noun, another country's police, the passive "رُحِّل", and changes told by their ends or by a rate and a base.
import { describe, expect, it } from "vitest";
import { loadCatalogue } from "../../pipeline/catalogue/load.ts";
import { mentionIn, publishedFigures } from "../helpers/extract.ts";

const catalogue = loadCatalogue();

const published = (text: string, reference: string) => publishedFigures(text, catalogue, reference, null);

describe("a period set off by commas between a verb and its object", () => {
  it("reads the number with the verb before the aside", () => {
    const text = "وتسلمت المملكة، خلال الفترة ذاتها، 17 شخصا مطلوبا للعدالة المغربية، مقابل 15 في السنة الماضية.";
    expect(published(text, "2025")).toEqual(["persons_extradited_to_morocco 2025 = 17", "persons_extradited_to_morocco 2024 = 15"]);
    expect(published("وعالجت المديرية، خلال سنة 2025، ما مجموعه 7300 ملف.", "2025")).toEqual(["files_processed 2025 = 7300"]);
  });

  it("does not borrow the words of a clause that holds a number of its own", () => {
    expect(published("أوقفت المصالح 140 شخصا، خلال السنة، و31 شخصا آخرين.", "2024")).not.toContain("persons_extradited_to_morocco 2024 = 31");
  });
});

describe("notices", () => {
  it("reads 'إشعار' (a notice) as a cancellation of a search when the words say so", () => {
    const text = "كما نشر المكتب 2312 إشعارا بإيقاف البحث الدولي و298 إشعارا بإيقاف البحث على المستوى العربي.";
    expect(published(text, "2023")).toEqual(["international_search_cancellations 2023 = 2312", "arab_search_cancellations 2023 = 298"]);
  });
});

describe("years and other bodies", () => {
  it("reads four digits right after 'في' as a year, whatever noun follows on its line", () => {
    const text = "ويلفت الانتباه أن 47 من الموقوفين في 2018 مواطنون مغاربة أوقفوا خارج المغرب.";
    expect(mentionIn(text, "2018", catalogue, "2018").status).toBe("year");
  });

  it("holds back the figures of another country's police named by its own name", () => {
    const text = "تشير أرقام الشرطة الفدرالية البلجيكية إلى أنها نفذت خلال 2016 نحو 25 طلبا للتعاون القضائي، وأوقفت 4 أشخاص مطلوبين للرباط.";
    expect(published(text, "2016")).toEqual([]);
    expect(published("تفيد معطيات قوى الأمن الداخلي بأن مكتب الإنتربول في بيروت تلقى خلال عام 2019 ما لا يقل عن 6 طلبات توقيف.", "2019")).toEqual([]);
    // The region's services ("مصالح الأمن بالجهة") are a local unit.
    expect(published("وأضافت المصادر ذاتها أن مصالح الأمن بالجهة عالجت نحو 60 ملفا يتعلق بسيارات مسروقة من دول أوروبية.", "2024")).toEqual([]);
  });

  it("reads the passive 'رُحِّل' to the Kingdom as a transfer to Morocco, and 'رحلة' (a journey) as nothing of the kind", () => {
    const text = "رُحِّل ٣٦ شخصا مطلوبا للعدالة المغربية إلى المملكة، مقابل ٣١ شخصا خلال السنة التي قبلها.";
    expect(published(text, "2025")).toEqual(["persons_extradited_to_morocco 2025 = 36", "persons_extradited_to_morocco 2024 = 31"]);
    expect(published("وانتهت رحلة 42 شخصا مطلوبا على الصعيد الدولي بين أيدي الأمن.", "2017")).toEqual(["wanted_persons_arrested 2017 = 42"]);
  });
});

describe("changes told by their ends and their rates", () => {
  it("reads the later end of a change with the words of the clause that says what changed", () => {
    const text = "وبلغ عدد مذكرات البحث 3362 مذكرة، في حين تراجعت إشعارات البحث الصادرة عن أقسام الاتصال بالدول العربية من 401 إلى 380 إشعارا.";
    expect(published(text, "2022")).toEqual(["national_search_notices 2022 = 3362", "arab_search_notices 2021 = 401", "arab_search_notices 2022 = 380"]);
  });

  it("reads a count compared right after a change's rate as the change's base, of what changed, a year earlier", () => {
    const text = "وسجلت مذكرات البحث الوطنية زيادة بـ5,3 في المائة (3362 مذكرة في 2022)، بينما تراجعت إشعارات أقسام الاتصال العربية بنسبة 4,7 في المائة بعدما كانت 380 إشعارا.";
    expect(published(text, "2023")).toEqual(["national_search_notices_pct_change 2023 vs 2022 = 5.3", "national_search_notices 2022 = 3362", "arab_search_notices 2022 = 380"]);
  });

  it("does not read the ends of a counterpart's change ('نظيرتها العربية') as the first subject's", () => {
    const text = "وارتفعت إشعارات إيقاف البحث الدولي بنسبة 6,6 في المائة، مقابل تراجع نظيرتها العربية بنسبة 14,1 في المائة، من 347 إلى 298 إشعارا.";
    expect(published(text, "2023")).toEqual([]);
  });

  it("takes the year before as the earlier end's period in a yearly report that names that year elsewhere in the sentence", () => {
    const text = "وفي التسليم، انتقل عدد الأشخاص المسلمين إلى المغرب من 22 إلى 27، بزيادة 22,7 في المائة، أما عمليات التسليم المراقب فبلغت ضعف ما سجل في 2022.";
    expect(published(text, "2023")).toContain("persons_extradited_to_morocco 2022 = 22");
  });

  it("reads 'by N' after a parenthesised base as the amount by which the verb before it compares", () => {
    const text = "رقم غير مسبوق، يفوق ما سجل سنة 2021 (4677 ملفا) بـ1123 ملفا، أي بزيادة قدرها 24 في المائة.";
    expect(published(text, "2022")).toEqual(["files_processed 2021 = 4677", "files_processed_pct_change 2022 vs 2021 = 24"]);
  });

  it("reads a rate given right after the amount of a change as that change's percentage", () => {
    const text = "عالج القسم 3380 ملفا، مقابل 2950 ملفا خلال السنة الماضية، أي بزيادة قدرها 430 ملفا وبنسبة ناهزت 14,6 في المائة.";
    expect(published(text, "2017")).toContain("files_processed_pct_change 2017 vs 2016 = approx 14.6");
    expect(published("تتبع المكتب 104 إنابات، بعدما كانت 96 إنابة في 2016، أي بزيادة 8 إنابات، وهو ما يعادل 8,3 في المائة.", "2017")).toContain("letters_rogatory_pct_change 2017 vs 2016 = 8.3");
    expect(published("كما ارتفع عدد الإنابات القضائية الدولية بـ9 إنابات (5,9 في المائة).", "2024")).toEqual(["letters_rogatory_pct_change 2024 vs 2023 = 5.9"]);
    // "which is 51 % of all the files of 2024" is a share of a total, no change.
    expect(published("عالج القطب 3690 ملفا، بارتفاع نسبته 8 في المائة، وهو ما يعادل 51 في المائة من مجموع ملفات سنة 2024.", "2025-H1")).toEqual(["files_processed 2025-H1 = 3690", "files_processed_pct_change 2025-H1 vs 2024-H1 = 8"]);
  });

  it("keeps 'the year before it' after a year's noun in the clause of the count it follows", () => {
    const text = "المنحى ذاته نجده في الإنابات القضائية الدولية: 143 إنابة في 2022، مقابل 131 في السنة التي قبلها و118 في 2020.";
    expect(published(text, "2022")).toEqual(["letters_rogatory 2022 = 143", "letters_rogatory 2021 = 131", "letters_rogatory 2020 = 118"]);
  });
});

describe("persons arrested on warrants", () => {
  it("reads persons arrested in a clause that names the warrants as the wanted persons arrested, not on national search notices", () => {
    const text = "هذه الأوامر مكنت من توقيف مائة واثنين وخمسين شخصا، من بينهم واحد وتسعون مغربيا أوقفوا خارج أرض الوطن.";
    expect(published(text, "2025")).toEqual(["wanted_persons_arrested 2025 = 152", "moroccan_citizens_arrested_abroad 2025 = 91"]);
    expect(published("كما تم توقيف 136 ألفا و840 شخصا كانوا موضوع مذكرات بحث على الصعيد الوطني.", "2022")).toEqual([]);
  });
});

describe("periods carried to a clause", () => {
  it("gives a clause of 'when' after a figure the period the sentence named before it", () => {
    const text = "الملفات المعالجة بلغ عددها 3,380 ملفا، وهو رقم يفوق ما سجل سنة 2016 بنحو 15 في المائة، حين توقف العداد عند 2,950 ملفا.";
    expect(published(text, "2017")).toEqual(["files_processed 2017 = 3380", "files_processed_pct_change 2017 vs 2016 = approx 15", "files_processed 2016 = 2950"]);
  });

  it("gives a count joined by 'و' to the count before it that count's named period", () => {
    expect(published("علما أن حصيلة 2016 كانت قد توقفت عند 65 أمرا و72 موقوفا.", "2017")).toEqual(["international_arrest_warrants 2016 = 65", "wanted_persons_arrested 2016 = 72"]);
    // Not after a compared count: "and 71 warrants" may be this year's.
    expect(published("تابع المكتب 104 إنابات، مقابل 96 إنابة و71 أمرا.", "2017")).not.toContain("international_arrest_warrants 2016 = 71");
  });
});

describe("parts and named subjects", () => {
  it("reads a table's part row ('منها …') under a row that opens on its label as a part of that row", () => {
    const text = "المؤشر | 2023 | 2024\nالإنابات القضائية الدولية | 153 | 162\nمنها في المخدرات وغسل الأموال | 35 | 41";
    expect(published(text, "2024")).toEqual(["letters_rogatory 2023 = 153", "letters_rogatory 2024 = 162", "letters_rogatory_drugs_money_laundering 2023 = 35", "letters_rogatory_drugs_money_laundering 2024 = 41"]);
  });

  it("reads a part line ('منها …: 41') under a label line as a part of that line's figure", () => {
    const text = "الإنابات القضائية الدولية المتابعة: 162\nمنها في قضايا المخدرات وغسل الأموال: 41";
    expect(published(text, "2024")).toEqual(["letters_rogatory 2024 = 162", "letters_rogatory_drugs_money_laundering 2024 = 41"]);
  });

  it("reads a count compared 'of this kind' after a part as that part's, not its whole's", () => {
    const text = "وتتبع المكتب المركزي الوطني تنفيذ 162 إنابة قضائية دولية، 41 منها مرتبطة بتهريب المخدرات وتبييض الأموال، مقابل 35 إنابة من هذا الصنف سنة 2023.";
    expect(published(text, "2024")).toEqual(["letters_rogatory 2024 = 162", "letters_rogatory_drugs_money_laundering 2024 = 41", "letters_rogatory_drugs_money_laundering 2023 = 35"]);
  });

  it("reads 'persons' after 'the number of' another count of persons as that count", () => {
    const text = "بينما تراجع عدد الأجانب الموقوفين بطلب من السلطات القضائية الأمريكية إلى شخصين، مقابل أربعة أشخاص في 2023.";
    expect(published(text, "2024")).toEqual(["foreigners_arrested_for_us 2024 = 2", "foreigners_arrested_for_us 2023 = 4"]);
  });
});

describe("a change after a base recalled later in its sentence", () => {
  it("takes no period from a count the sentence recalls after the change, for another comparison", () => {
    const text = "بلغ العدد 3950 ملفا في 2020. وبذلك يكون حجم الملفات قد ارتفع بنسبة 42,9 في المائة مقارنة بسنة 2018، وهو يقارب ضعف ما عولج سنة 2016، حين بلغ العدد 2950 ملفا.";
    expect(published(text, "2022")).toContain("files_processed_pct_change 2022 vs 2018 = 42.9");
  });
});

describe("an infographic's labels under their numbers", () => {
  it("reads the label under a number when it goes on with a number of its own, and not a part line as a label", () => {
    const card = ["▌ التعاون الأمني الدولي", "3950", "ملفا ومعلومة (تراجع بـ12% مقارنة مع 2019)", "63", "أمرا دوليا بإلقاء القبض", "76", "مبحوثا عنهم دوليا تم توقيفهم، منهم 41 مغربيا أوقفوا بالخارج", "2410", "مذكرة بحث وطنية بطلب من دول أجنبية"].join("\n");
    expect(published(card, "2020")).toEqual([
      "files_processed 2020 = 3950", "files_processed_pct_change 2020 vs 2019 = -12", "international_arrest_warrants 2020 = 63",
      "wanted_persons_arrested 2020 = 76", "moroccan_citizens_arrested_abroad 2020 = 41", "national_search_notices 2020 = 2410",
    ]);
    // Labels above their numbers: "منهم …" under a number is its part, not the next number's label.
    const above = ["👤 المبحوث عنهم الموقوفون دوليا", "152 ▲ +9%", "منهم 91 مغربيا أوقفوا بالخارج", "", "🔎 مذكرات البحث الوطنية", "3718"].join("\n");
    expect(published(above, "2025")).toContain("wanted_persons_arrested 2025 = 152");
  });
});

describe("what a text does not state", () => {
  it("holds back a number in the clause of a condition contrary to fact, not one in the clause after it", () => {
    expect(published("ولو عالج القسم المغربي 10 آلاف ملف في السنة، كما يقترح بعض الباحثين، لاحتاج إلى ضعف أطره الحالية.", "2018")).toEqual([]);
    expect(published("ولو جمعنا الأنصاف، فإن سنة 2020 كلها أغلقت على 3950 ملفا.", "2020")).toEqual(["files_processed 2020 = 3950"]);
    expect(published("فإن كنت أذكر جيدا، فقد عالج القسم طيلة سنة 2021 حوالي 6 آلاف ملف.", "2022-H1")).toEqual([]);
  });
});

describe("the period of a change after a part and its whole", () => {
  it("gives a change right after the year's count that year, not the half an earlier count gave", () => {
    const text = "فالمصالح المختصة، التي عالجت في النصف الأول من السنة 3104 ملفات، أنهت السنة بـ6312 ملفا وطلب معلومات، أي بزيادة 9 في المائة على 5800 ملف عولجت في 2022.";
    expect(published(text, "2023")).toContain("files_processed_pct_change 2023 vs 2022 = 9");
    // A part compared before the change keeps it a change of the part.
    const part = "تابع المكتب خلال النصف الثاني تنفيذ 77 إنابة قضائية دولية من أصل 143 إنابة خلال السنة، بعدما كانت 68 إنابة في الفترة نفسها من 2021، أي بزيادة قدرها 13 في المائة.";
    expect(published(part, "2022-H2")).toContain("letters_rogatory_pct_change 2022-H2 vs 2021-H2 = 13");
  });
});

