// What the held-out sets held109–held111 (pages as a scraper brings them back, five outlets, looking back over periods
// of different lengths) showed on first sight: a year-end review naming other bodies, a correction note, a Darija
// podcast on a quarter, a card of icons' descriptions, a scanned page, "one" before a definite noun, a nested part.
import { describe, expect, it } from "vitest";
import { loadCatalogue } from "../../pipeline/catalogue/load.ts";
import { mentionIn, publishedFigures } from "../helpers/extract.ts";

const catalogue = loadCatalogue();

const published = (text: string, reference = "2025", publishedOn: string | null = null) => publishedFigures(text, catalogue, reference, publishedOn);

describe("other bodies and corrections", () => {
  it("holds back a civil protection's training count beside the police's", () => {
    const text = "سجلت المديرية العامة للوقاية المدنية قرابة 480 ألف تدخل، ونظمت دورات تكوينية لفائدة 2100 عنصر، بعضها في إطار التعاون مع الحماية المدنية الإسبانية.";
    expect(published(text, "2023")).toEqual([]);
    expect(mentionIn(text, "2100", catalogue, "2023")).toMatchObject({ status: "held_back" });
  });

  it("reads a correction's value as the count it replaces, and publishes nothing of the withdrawn one", () => {
    const text = "تصحيح: ورد في نسخة سابقة من هذا الخبر أن عدد المغاربة الموقوفين بالخارج بلغ 54 شخصا، والصحيح 45 كما هو مبين أعلاه.";
    expect(published(text, "2025-H1")).toEqual(["moroccan_citizens_arrested_abroad 2025-H1 = 45"]);
    expect(mentionIn(text, "54", catalogue, "2025-H1")).toMatchObject({ status: "ignored" });
  });

  it("reads 'the number of Moroccans … N persons' as Moroccans, not every person arrested", () => {
    expect(published("وبلغ عدد المغاربة الموقوفين بالخارج 54 شخصا.", "2025")).toEqual(["moroccan_citizens_arrested_abroad 2025 = 54"]);
    expect(published("وبلغ عدد المبحوث عنهم الموقوفين 151 شخصا.", "2025")).toEqual(["wanted_persons_arrested 2025 = 151"]);
  });
});

describe("parts and wholes", () => {
  it("holds back 'N of them' for a part of the year after a whole and its part", () => {
    const text = "ذكر العميد بأن عدد المبحوث عنهم الموقوفين بلغ 151 شخصا، بينهم 90 مغربيا أوقفوا بالخارج، وأن 74 منهم أوقفوا خلال الأشهر الستة الأولى من السنة.";
    expect(published(text)).toEqual(["wanted_persons_arrested 2025 = 151", "moroccan_citizens_arrested_abroad 2025 = 90"]);
    expect(mentionIn(text, "74", catalogue, "2025")).toMatchObject({ status: "held_back", reason: expect.stringContaining("ambiguous") });
  });

  it("reads 'out of N persons' over a year as the whole year of the count before it", () => {
    const text = "وخلال الأشهر الثلاثة الأخيرة، تسلم المغرب 8 أشخاص مبحوث عنهم من دول أجنبية، من أصل 27 شخصا طيلة 2023.";
    expect(published(text, "2023-Q4")).toEqual(["persons_extradited_to_morocco 2023-Q4 = 8", "persons_extradited_to_morocco 2023 = 27"]);
    // Without a period of its own, "out of" may count something else: no figure.
    expect(mentionIn("تسلم المغرب 8 أشخاص من أصل 27 شخصا.", "27", catalogue, "2023")).toMatchObject({ status: "unaccounted" });
  });
});

describe("numbers that are no counts", () => {
  it("reads no count in 'one' before a definite noun, on its line", () => {
    const text = "فالحصيلة تجمع تحت عنوان واحد الملفات وطلبات المعلومات، وقد عالج القطب 3690 ملفا.";
    expect(published(text, "2025-H1")).toEqual(["files_processed 2025-H1 = 3690"]);
    expect(mentionIn(text, "واحد", catalogue, "2025-H1")).toMatchObject({ status: "ignored" });
    expect(published("• العمليات متعددة الأطراف مع الأنتربول: عملية واحدة\n• التسليم المراقب للمخدرات: عمليتان", "2020-H1")).toContain("interpol_multilateral_operations 2020-H1 = 1");
  });

  it("reads a change by so many warrants as an amount, not a level", () => {
    const text = "فيما ارتفع عدد الأوامر الدولية بإلقاء القبض بـ5 أوامر، وبلغ عدد الإنابات 104 إنابات.";
    expect(published(text, "2017")).toEqual(["letters_rogatory 2017 = 104"]);
  });

  it("holds back two numbers a scan split apart, and reads none of them as files", () => {
    const text = "عالج القطب خلال الأشهر الثلاثة الأولى من السنة 81 0 ملفات وطلبات معلومات.";
    expect(published(text, "2017-Q1")).toEqual([]);
    expect(mentionIn(text, "0", catalogue, "2017-Q1")).toMatchObject({ status: "held_back" });
  });

  it("sets aside a scanned page's running head in columns of spaces", () => {
    const text = "عالج القطب 810 ملفات خلال الربع الأول.\nالأخبار المسائية    العدد 3127    وطنية    5\nوتابع المكتب 24 إنابة قضائية دولية.";
    expect(published(text, "2017-Q1")).toEqual(["files_processed 2017-Q1 = 810", "letters_rogatory 2017-Q1 = 24"]);
    expect(mentionIn(text, "3127", catalogue, "2017-Q1")).toMatchObject({ status: "cruft" });
  });
});

describe("periods said in other words", () => {
  it("reads a duration without a number ('for months') as no period of the figure", () => {
    expect(published("تابع المكتب المركزي الوطني تنفيذ 118 إنابة قضائية دولية رغم إغلاق الحدود لأشهر.", "2020")).toEqual(["letters_rogatory 2020 = 118"]);
    expect(mentionIn("وعالج القطب منذ أشهر 900 ملف.", "900", catalogue, "2020")).toMatchObject({ status: "held_back" });
  });

  it("reads a quarter's 'three months' and 'the whole year' in Moroccan Arabic", () => {
    const text = "كريم: من أكتوبر حتى لدجنبر، القطب عالج 1890 ملف وطلب معلومات.\nسلمى: وشحال كان العدد فالعام كامل؟\nكريم: العام كامل، 7215 ملف.\nكريم: فهاد التلت شهور تابعو 43 إنابة قضائية دولية.";
    expect(published(text, "2024-Q4")).toEqual(["files_processed 2024-Q4 = 1890", "files_processed 2024 = 7215", "letters_rogatory 2024-Q4 = 43"]);
  });

  it("gives a sentence's year to each of its counts after 'for comparison,'", () => {
    expect(published("للمقارنة، حصيلة 2024 كاملة كانت 7215 ملفا و162 إنابة.", "2025-H1")).toEqual(["files_processed 2024 = 7215", "letters_rogatory 2024 = 162"]);
  });

  it("reads a year written in words after an indefinite 'سنة' or 'عام'", () => {
    expect(published("كانت المديرية قد عالجت خلال سنة ألفين وأربعة وعشرين كاملة سبعة آلاف ومائتين وخمسة عشر ملفا.", "2025-H1")).toEqual(["files_processed 2024 = 7215"]);
    expect(published("عام ألفين وستة عشر، نظر القطب في ألفين وتسعمائة وخمسين ملفا.", "2016")).toEqual(["files_processed 2016 = 2950"]);
  });
});

describe("cards", () => {
  it("reads the noun under a number when the line above describes a picture", () => {
    const text = "[أيقونة: مجسم الكرة الأرضية]\n97\nمبحوثا عنهم دوليا أوقفوا، منهم 55 مغربيا خارج أرض الوطن\n\n[أيقونة: طائرة]\n16\nشخصا سُلموا إلى المغرب | 9 أجانب سلمهم المغرب إلى بلدانهم";
    expect(published(text, "2019")).toEqual([
      "wanted_persons_arrested 2019 = 97",
      "moroccan_citizens_arrested_abroad 2019 = 55",
      "persons_extradited_to_morocco 2019 = 16",
      "foreigners_handed_over_by_morocco 2019 = 9",
    ]);
  });

  it("reads a change alone on its line by the label under it", () => {
    expect(published("+10,2 %\nنسبة ارتفاع الملفات مقارنة بالفترة نفسها من السنة الماضية.", "2024-H1")).toEqual(["files_processed_pct_change 2024-H1 vs 2023-H1 = 10.2"]);
  });
});

// held112–held114: a scoreboard with leaders, a column of rhetorical questions, a Darija post, an opinion piece.
describe("forms of held112–held114", () => {
  it("reads each 'label ....... value' line of a scoreboard by its own label", () => {
    const text = "الإنابات القضائية الدولية ...................... 33\nالأوامر الدولية بإلقاء القبض ................... 17\nالمبحوث عنهم الموقوفون ------------------------ 21\n   منهم مغاربة أوقفوا بالخارج ------------------ 11\nإعلانات البحث العربية .......................... 88";
    expect(published(text, "2020-Q1")).toEqual([
      "letters_rogatory 2020-Q1 = 33",
      "international_arrest_warrants 2020-Q1 = 17",
      "wanted_persons_arrested 2020-Q1 = 21",
      "moroccan_citizens_arrested_abroad 2020-Q1 = 11",
      "arab_search_notices 2020-Q1 = 88",
    ]);
  });

  it("reads the figures of questions that assert them, and holds back those of a question that doubts", () => {
    const text = "هل يعقل أن يمر رقم مثل 2330 ملفا دون أن يلتفت إليه أحد؟ ثم ماذا عن الإنابات القضائية الدولية؟ أليست 64 إنابة في ستة أشهر دليلا على أن العدالة لم تعد تقف عند الحدود؟ ومن يتذكر أن المكتب المركزي الوطني عمم ما يناهز 1480 مذكرة بحث على الصعيد الوطني لفائدة مصالح أجنبية؟";
    expect(published(text, "2019-H2")).toEqual(["letters_rogatory 2019-H2 = 64", "national_search_notices 2019-H2 = approx 1480"]);
    expect(mentionIn(text, "2330", catalogue, "2019-H2")).toMatchObject({ status: "held_back", reason: expect.stringContaining("question") });
  });

  it("reads a change told by its two ends in a clause coordinated with one that names the change", () => {
    const text = "الإنابات القضائية الدولية انتقلت من 47 إلى 51، والأوامر الدولية بإلقاء القبض من 33 إلى 37.";
    expect(published(text, "2016-H2")).toEqual([
      "letters_rogatory 2015-H2 = 47",
      "letters_rogatory 2016-H2 = 51",
      "international_arrest_warrants 2015-H2 = 33",
      "international_arrest_warrants 2016-H2 = 37",
    ]);
  });

  it("reads Moroccan Arabic 'the last six months' as the second half", () => {
    expect(published("غير فالستة شهور اللخرين ديال 2016 تعالجو 1540 ملف.", "2016-H2")).toEqual(["files_processed 2016-H2 = 1540"]);
  });

  it("reads an elliptic second change against a half named after it", () => {
    const text = "عالج القطب ما يفوق ألفا وخمسمائة ملف، بارتفاع يناهز 12 في المائة مقارنة بالنصف الثاني من 2015، وبنحو 9 في المائة قياسا بالنصف الأول من السنة نفسها.";
    expect(published(text, "2016-H2")).toEqual([
      "files_processed 2016-H2 = gt 1500",
      "files_processed_pct_change 2016-H2 vs 2015-H2 = approx 12",
      "files_processed_pct_change 2016-H2 vs 2016-H1 = approx 9",
    ]);
  });

  it("reads a part in an aside in parentheses after a card's number", () => {
    expect(published("▪ الإنابات القضائية الدولية: 153 (منها 35 مرتبطة بالمخدرات وتبييض الأموال)", "2023")).toEqual([
      "letters_rogatory 2023 = 153",
      "letters_rogatory_drugs_money_laundering 2023 = 35",
    ]);
  });

  it("reads 'الفصل الأول' as the first quarter in a half-year report, and not in a yearly one", () => {
    const text = "عالج القطب ما مجموعه 3690 ملفا وطلب معلومات، منها 1860 ملفا في الفصل الأول وحده.";
    expect(published(text, "2025-H1")).toEqual(["files_processed 2025-H1 = 3690", "files_processed 2025-Q1 = 1860"]);
    expect(published(text, "2025")).not.toContain("files_processed 2025-Q1 = 1860");
  });
});

// held115–held117: speech and dialogue, five outlets on 2025 and 2020-H1, the other kinds of figures.
describe("forms of held115–held117", () => {
  it("gives an answer the period its question names, across the empty line between speakers", () => {
    const text = "يونس: فهاد التلت شهور، القطب عالج 860 ملف وطلب معلومات.\n\nسلمى: وشحال كانو فنفس الربع ديال العام اللي فات؟\n\nيونس: 790 ملف. ووخا هكاك، قبل ثلاث سنين، فنفس الفترة، ما كانوش كيفوتو 610 ملفات.";
    expect(published(text, "2017-Q3", "2017-10-20")).toEqual(["files_processed 2017-Q3 = 860", "files_processed 2016-Q3 = 790", "files_processed 2014-Q3 = lte 610"]);
  });

  it("reads the year before the text's in an interviewer's question on 'the past year'", () => {
    expect(published("كم ملفا عالج خلال السنة المنصرمة؟\nقرابة 3400 ملف وطلب معلومات.", "2017", "2018-01-10")).toEqual(["files_processed 2017 = approx 3400"]);
  });

  it("reads Moroccan Arabic words of change", () => {
    expect(published("القطب عالج 7480 ملف وطلب معلومات فالعام كامل، يعني زايدين بشي 4 فالمية على 2024 اللي كانت فيها 7215 ملف.", "2025")).toEqual([
      "files_processed 2025 = 7480",
      "files_processed_pct_change 2025 vs 2024 = approx 4",
      "files_processed 2024 = 7215",
    ]);
  });

  it("reads a whole year said without its number as the year an unclear opening names", () => {
    expect(published("سنة 2019 كانت آنذاك الرقم القياسي، بـ4480 ملفا طيلة السنة. أما 2020 كاملة فلم تتجاوز 3950 ملفا.", "2020-Q4")).toEqual([
      "files_processed 2019 = 4480",
      "files_processed 2020 = lte 3950",
    ]);
  });

  it("reads car theft files under a headline on car theft, and the whole they are 'out of' as all files", () => {
    expect(published("سرقة السيارات العابرة للحدود: 690 ملفا في ستة أشهر", "2024-H1")).toEqual(["stolen_vehicle_files 2024-H1 = 690"]);
    // What files of one kind are "out of", counting files too, is no kind of files itself.
    const text = "فتح القطب 690 ملفا تخص سيارات مسروقة، من أصل 3 آلاف و420 ملفا وطلب معلومات عالجها خلال الفترة.";
    expect(published(text, "2024-H1")).toEqual(["stolen_vehicle_files 2024-H1 = 690", "files_processed 2024-H1 = 3420"]);
  });
});

// held118–held120.
describe("forms of held118–held120", () => {
  it("holds back a count compared without a period after a change of its paragraph against another period", () => {
    const text = "عمم المكتب 1838 مذكرة بحث على الصعيد الوطني، بارتفاع نسبته 8 في المائة مقارنة بالأشهر الستة الأولى من السنة (1702 مذكرة). أما إعلانات البحث الصادرة عن الدول العربية فاستقرت تقريبا، إذ بلغت 182 إعلانا مقابل 180.";
    expect(published(text, "2023-H2")).toContain("arab_search_notices 2023-H2 = 182");
    expect(mentionIn(text, "180", catalogue, "2023-H2")).toMatchObject({ status: "held_back" });
  });

  it("holds back a number in words that may be a year after a comparison, and reads none as files", () => {
    const text = "عالج القطب خلال السنة أربعة آلاف وستين ملفا، أي بارتفاع يناهز عشرين في المائة مقارنة مع ألفين وسبعة عشر، حين لم يتجاوز العدد ثلاثة آلاف وثلاثمائة وثمانين ملفا.";
    expect(published(text, "2018")).not.toContain("files_processed 2017 = 2017");
    expect(mentionIn(text, "ألفين وسبعة عشر", catalogue, "2018")).toMatchObject({ status: "held_back", reason: expect.stringContaining("a year or a count") });
  });
});

// held121–held123.
describe("forms of held121–held123", () => {
  it("reads a change after 'for comparison,' as the report's, against the period the sentence compares with", () => {
    const text = "سجل القطب خلال الربع الأول تسعمائة وستين ملفا وطلب معلومات. للمقارنة، الربع الأخير من 2017 سجل 905 ملفات، أي بزيادة تقارب 6 في المائة.";
    expect(published(text, "2018-Q1")).toEqual([
      "files_processed 2018-Q1 = 960",
      "files_processed 2017-Q4 = 905",
      "files_processed_pct_change 2018-Q1 vs 2017-Q4 = approx 6",
    ]);
  });

  it("reads the words under a card's number after its pictogram, whatever numbers they hold", () => {
    expect(published("🔗 104\nمبحوثا عنهم دوليا تم توقيفهم، منهم 62 مغربيا خارج الوطن", "2021")).toEqual([
      "wanted_persons_arrested 2021 = 104",
      "moroccan_citizens_arrested_abroad 2021 = 62",
    ]);
  });
});

// held124–held126.
describe("forms of held124–held126", () => {
  it("reads 'the year closed on' after an opening naming a half as the whole year", () => {
    const text = "عالج القطب من يوليوز إلى دجنبر 2015 ما مجموعه 1420 ملفا. وبإضافة حصيلة الأشهر الستة الأولى، تكون السنة قد أغلقت على 2700 ملف.";
    expect(published(text, "2015-H2")).toEqual(["files_processed 2015-H2 = 1420", "files_processed 2015 = 2700"]);
  });

  it("takes the period a set-off phrase restates more precisely ('، أي في سنة 2012 بأكملها،')", () => {
    expect(published("للتذكير، قبل ثلاث سنوات، أي في سنة 2012 بأكملها، لم يتجاوز عدد الإنابات 60 إنابة.", "2015-H2")).toEqual(["letters_rogatory 2012 = lte 60"]);
  });

  it("reads Moroccan Arabic 'the whole of last year' as the previous year, whole", () => {
    expect(published("وخاصكم تعرفو باللي العام اللي فات كامل، يعني 2024، كان هو العام القياسي: 7215 ملف.", "2025-Q3", "2025-10-01")).toEqual(["files_processed 2024 = 7215"]);
  });

  it("reads the dual noun under a card's 2 as what it counts, and holds back a prefecture's own counts", () => {
    expect(published("📦 2\nعمليتا تسليم مراقب للمخدرات", "2022")).toEqual(["controlled_deliveries 2022 = 2"]);
    const text = "وعلى مستوى الولاية، تم خلال الأشهر الستة الأخيرة من السنة توقيف 14 شخصا مبحوثا عنهم بموجب أوامر دولية، وتنفيذ 9 إنابات قضائية دولية.";
    expect(published(text, "2019-H2")).toEqual([]);
  });
});

// held127–held129.
describe("forms of held127–held129", () => {
  it("ends a sentence at a full stop followed by a footnote's marker", () => {
    const text = "وتابع المكتب خلال الفترة ذاتها 24 إنابة قضائية دولية.[3] وعلى امتداد السنة، شاركت المصالح الأمنية في عمليتين متعددتي الأطراف بتنسيق مع الأنتربول.";
    expect(published(text, "2020-Q2")).toEqual(["letters_rogatory 2020-Q2 = 24", "interpol_multilateral_operations 2020 = 2"]);
  });

  it("holds back the counts of a sentence about what happened locally, the compared one too", () => {
    const text = "أما محليا، فقد أوقفت عناصر الشرطة القضائية بفاس ستة أشخاص كانوا موضوع أوامر دولية بإلقاء القبض، وذلك مقابل أربعة موقوفين في 2015.";
    expect(published(text, "2016")).toEqual([]);
  });
});
