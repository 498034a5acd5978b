// What the held-out sets of rounds 44 and 45 (held265: tables with totals, subtotals and shares; held267–held270:
// the 2024 and 2021 results in ten outlets, quarters and cumulative counts, editorials) showed on first sight: a
// table's shares read as the files' by case type under a header of letters rogatory; a row naming a kind of what
// its label names ("موقوفون بالمغرب: مغاربة"); a share told as what it was before; a change compared with what is no
// period; a rhetorical "does he know that …?"; "الثلاثي المماثل"; a results label before a colon; a count governed
// across the clause of the figure before it; "the number of the Moroccans … N persons"; (held266, fact sheets) a
// nested list's sub-items, and a lettered list read as a quiz's options; and round 46's (held271–held274: the 2023
// results, first halves, one outlet's series, the results inside other news).
import { describe, expect, it } from "vitest";
import { loadCatalogue } from "../../pipeline/catalogue/load.ts";
import { publishedFigures, readText } from "../helpers/extract.ts";

const catalogue = loadCatalogue();

const published = (text: string, reference: string) => publishedFigures(text, catalogue, reference, null);
const mentionOf = (text: string, reference: string, number: string) => readText(text, catalogue, reference, null).mentions.find((m) => m.text === number)!;

describe("table rows", () => {
  const letters = "| نوع الجريمة | عدد الإنابات | النسبة من المجموع | التغير مقارنة بـ2022 |\n|---|---|---|---|\n| الاتجار في المخدرات | 24 | 15,7% | +14,3% |\n| الاتجار بالبشر | 22 | 14,4% | +4,8% |\n";

  it("reads the shares of a table by its header: shares of letters rogatory are no shares of the files", () => {
    expect(published(letters, "2023")).toEqual([]);
    expect(mentionOf(letters, "2023", "14,4%").status).toBe("unaccounted");
    // The same rows under a header of files are the files' shares by type of case.
    const files = letters.replace("عدد الإنابات", "عدد الملفات");
    expect(published(files, "2023")).toEqual(["files_share_by_case_type 2023 drug_trafficking = 15.7", "files_share_by_case_type 2023 irregular_migration = 14.4"]);
  });

  it("holds back every figure of a row that names a kind of what its label names after a colon", () => {
    const text = "| الفئة | الموقوفون | النسبة من المجموع (%) | التغير (%) |\n|---|---|---|---|\n| موقوفون بالمغرب: أجانب | 21 | 28.4 | +10.5 |\n| موقوفون بالمغرب: مغاربة | 8 | 10.8 | -11.1 |\n";
    expect(published(text, "2025-H1")).toEqual([]);
    expect(mentionOf(text, "2025-H1", "8")).toMatchObject({ status: "held_back", reason: expect.stringContaining("موقوفون بالمغرب: مغاربة") });
  });

  it("still reads an 'of whom' row as a part of the row above", () => {
    const text = "| المؤشر | 2020 |\n|---|---|\n| الموقوفون المبحوث عنهم دوليا | 88 |\n| منهم: مغاربة أوقفوا بالخارج | 41 |\n";
    expect(published(text, "2020")).toContain("moroccan_citizens_arrested_abroad 2020 = 41");
  });
});

describe("periods", () => {
  it("reads a share told as what it was before as the same period a year earlier", () => {
    const text = "على مستوى التكوين، تراجعت حصة الدورات المنظمة بالمغرب إلى 68 في المائة بعدما كانت 71 في المائة.";
    expect(published(text, "2024")).toContain("training_share_in_morocco 2023 = 71");
    // "مقابل" between shares contrasts categories, not periods.
    const contrast = "وشكلت قضايا المخدرات 33 في المائة من مجموع الملفات، مقابل 14 في المائة لطلبات المعلومات.";
    expect(published(contrast, "2023")).toEqual(["files_share_by_case_type 2023 drug_trafficking = 33", "files_share_by_case_type 2023 information_requests = 14"]);
  });

  it("holds back a change compared with what is no period, and reads one compared with the same period", () => {
    const text = "أما الأوامر الدولية بإلقاء القبض، فقد بلغ عددها 98 أمرا، بارتفاع يناهز 17 في المائة قياسا بما قبل الجائحة.";
    expect(mentionOf(text, "2021", "يناهز 17 في المائة")).toMatchObject({ status: "held_back", reason: expect.stringContaining("does not take for a period") });
    const same = "وارتفع عدد الأوامر الدولية بستة وأربعين في المائة مقارنة بالفترة نفسها.";
    expect(published(same, "2024-H2")).toEqual(["international_arrest_warrants_pct_change 2024-H2 vs 2023-H2 = 46"]);
  });

  it("reads 'الثلاثي المماثل' as the same quarter a year earlier", () => {
    const text = "عالج قطب التعاون الأمني الدولي خلال الثلاثي الثاني من 2025 (أبريل-يونيو) 1890 ملفا، بارتفاع قدره 7% عن الثلاثي المماثل من 2024 (1770 ملفا).";
    expect(published(text, "2025-Q2")).toEqual(["files_processed 2025-Q2 = 1890", "files_processed_pct_change 2025-Q2 vs 2024-Q2 = 7", "files_processed 2024-Q2 = 1770"]);
  });

  it("gives the period of a results label before a colon to every count of its sentence", () => {
    const text = "حصيلة النصف الأول: عالجت المصالح المختصة بين يناير ويونيو 1850 ملفا، وتابعت 53 إنابة قضائية، ونشرت 29 أمرا دوليا بإلقاء القبض.";
    expect(published(text, "2020-Q2")).toEqual(["files_processed 2020-H1 = 1850", "letters_rogatory 2020-H1 = 53", "international_arrest_warrants 2020-H1 = 29"]);
    // Not a correction's date, nor a label that names no results.
    const correction = "تصحيح (١٧ يوليو ٢٠١٩): ورد في نسخة سابقة أن عدد الإنابات القضائية الدولية بلغ ٩٥ إنابة، والصحيح ٥٩ إنابة.";
    expect(mentionOf(correction, "2019-H1", "٥٩").status).not.toBe("held_back");
  });

  it("lets a coordinated verb share the unclear span of the count before it, not an aside's nor after an opening period", () => {
    const span = "كما استقدم المغرب خلال الأشهر الستة 17 شخصا مطلوبا لعدالته، وسلم ثمانية أجانب إلى بلدانهم.";
    expect(mentionOf(span, "2025-Q2", "ثمانية")).toMatchObject({ status: "held_back", reason: expect.stringContaining("span of months") });
    const aside = "كما استقدمت المصالح المغربية، ما بين يوليوز وشتنبر، سبعة مطلوبين (20 منذ مطلع السنة)، وسلمت ثلاثة رعايا أجانب إلى بلدانهم.";
    expect(published(aside, "2023-Q3")).toContain("foreigners_handed_over_by_morocco 2023-Q3 = 3");
    const opened = "وخلال الأشهر الثلاثة، تابع المكتب المركزي الوطني تنفيذ 38 إنابة قضائية دولية، ليصل مجموع الإنابات خلال الأشهر التسعة الأولى إلى 104، ونشر 25 أمرا دوليا بإلقاء القبض.";
    expect(published(opened, "2022-Q3")).toEqual(["letters_rogatory 2022-Q3 = 38", "international_arrest_warrants 2022-Q3 = 25"]);
  });
});

describe("the whole year in a half-year report", () => {
  it("reads 'في السنة' ending a count's clause and 'العدد السنوي' as the year, and its part as of the year too", () => {
    const text = "وظل عدد الموقوفين شبه مستقر، أي 131 موقوفا في السنة، من بينهم 78 مغربيا أوقفوا خارج أرض الوطن. ليصل العدد السنوي للأوامر الدولية إلى 87 أمرا.";
    expect(published(text, "2023-H2")).toEqual(["wanted_persons_arrested 2023 = 131", "moroccan_citizens_arrested_abroad 2023 = 78", "international_arrest_warrants 2023 = 87"]);
  });

  it("does not read 'في السنة' before another year's word, nor as a yearly report's rate", () => {
    expect(mentionOf("وعالجت المصالح 3000 ملف في السنة الموالية.", "2023-H2", "3000").status).toBe("held_back");
    const rate = "قبل عقد من الزمن، لم يكن عدد الملفات التي تعالجها مصالح التعاون الدولي يتجاوز 2150 ملفا في السنة.";
    expect(published(rate, "2022").filter((figure) => figure.startsWith("files_processed 2022"))).toEqual([]);
  });
});

describe("nested lists", () => {
  it("reads a sub-item with the label of the item above it", () => {
    const text = "3. ملفات المركبات المسروقة: 1312 ملفا\n   – أسفرت عن حجز 250 مركبة\n11. موظفو الشرطة المستفيدون من التكوين: 1450 موظفا\n    – 64% منها حضوريا\n    – 71% نظمت بالمغرب\n";
    expect(published(text, "2023")).toEqual(["stolen_vehicle_files 2023 = 1312", "stolen_vehicles_seized 2023 = 250", "police_staff_trained 2023 = 1450", "training_share_in_person 2023 = 64", "training_share_in_morocco 2023 = 71"]);
  });

  it("reads a lettered list's items as items, and a question's lettered options as options", () => {
    const items = "1) الملفات وطلبات المعلومات المعالجة: 7560 ملفا\n   أ- مقابل 7215 ملفا سنة 2024\n   ب- أي بارتفاع بلغ 5 في المائة\n";
    expect(published(items, "2025")).toContain("files_processed 2024 = 7215");
    const labelled = "1. قطب التعاون الأمني الدولي\n   أ- عدد الملفات وطلبات المعلومات المعالجة: 4677\n   ب- عدد العمليات الأمنية متعددة الأطراف بتنسيق مع أنتربول: 4\n";
    expect(published(labelled, "2021")).toContain("files_processed 2021 = 4677");
    const quiz = "2. كم أمرا دوليا بإلقاء القبض نشره المكتب المركزي الوطني؟\nأ) 78\nب) 87\nج) 106\n";
    expect(mentionOf(quiz, "2023", "87")).toMatchObject({ status: "ignored", reason: expect.stringContaining("multiple-choice") });
  });
});

describe("questions", () => {
  it("takes what a question whether someone knows asserts as stated, and not what 'is it reasonable' asks", () => {
    const text = "هل يعلم من يصف الحصيلة بالدعاية أن 22 شخصا مطلوبا للعدالة المغربية استقدموا من الخارج خلال سنة 2022؟";
    expect(published(text, "2022")).toEqual(["persons_extradited_to_morocco 2022 = 22"]);
    const doubt = "وهل يعقل أن تكون 5800 ملف عالجها قطب التعاون الأمني الدولي مجرد أرقام؟";
    expect(mentionOf(doubt, "2022", "5800")).toMatchObject({ status: "held_back", reason: expect.stringContaining("asked in a question") });
  });
});

describe("attribution", () => {
  it("reads a count with the verb, preposition and action noun before it, in the clause of the figure before", () => {
    const text = "ونشرت المديرية 61 أمرا دوليا بإلقاء القبض أسفرت عن توقيف 74 مطلوبا، منهم 45 مغربيا اعتقلوا في الخارج.";
    expect(published(text, "2025")).toEqual(["international_arrest_warrants 2025 = 61", "wanted_persons_arrested 2025 = 74", "moroccan_citizens_arrested_abroad 2025 = 45"]);
    // A noun's own complement is no governor: the coordinated count keeps its own noun.
    const notes = "بلغ ألفين و169 مذكرة لتوقيف سريان الأبحاث الدولية و347 مذكرة لإيقاف الأبحاث المذاعة على الصعيد العربي.";
    expect(published(notes, "2022")).toEqual(["international_search_cancellations 2022 = 2169", "arab_search_cancellations 2022 = 347"]);
    // The verb before the first count, the noun's own words between: the warrants led to the arrests of persons.
    const verbFirst = "وأسفرت ستة وستون أمرا دوليا بإلقاء القبض عممها المكتب المركزي الوطني عن إيقاف أربعة وسبعين شخصا، أي بزيادة 19 بالمئة.";
    expect(published(verbFirst, "2016")).toEqual(["international_arrest_warrants 2016 = 66", "wanted_persons_arrested 2016 = 74", "wanted_persons_arrested_pct_change 2016 vs 2015 = 19"]);
    // Files that led to arrests say nothing of whom: persons after them count nothing the catalogue tracks.
    expect(published("عالجت المصالح 5800 ملفا أسفرت عن توقيف 74 شخصا.", "2016")).toEqual(["files_processed 2016 = 5800"]);
  });

  it("reads a clause that opens with a preposition and an action noun with the sentence's words before it", () => {
    const text = "ونشر المكتب المركزي الوطني 66 أمرا دوليا بإلقاء القبض، بارتفاع 10% عن سنة 2015، أفضت إلى توقيف 74 شخصا.";
    expect(published(text, "2016")).toEqual(["international_arrest_warrants 2016 = 66", "international_arrest_warrants_pct_change 2016 vs 2015 = 10", "wanted_persons_arrested 2016 = 74"]);
    const verbFar = "وأسفرت الأوامر الدولية بإلقاء القبض التي عممتها المديرية، وعددها 66 أمرا، عن توقيف 74 شخصا، مقابل 62 شخصا خلال السنة التي قبلها.";
    expect(published(verbFar, "2016")).toEqual(["international_arrest_warrants 2016 = 66", "wanted_persons_arrested 2016 = 74", "wanted_persons_arrested 2015 = 62"]);
    expect(published("عالجت المصالح 5800 ملف، أفضت إلى توقيف 74 شخصا.", "2016")).toEqual(["files_processed 2016 = 5800"]);
  });

  it("reads 'among them', of persons, after a count of things, as a part of the sentence's count of persons", () => {
    const text = "أوقفت المصالح خلال سنة 2016 ما مجموعه 74 شخصا مبحوثا عنهم على الصعيد الدولي، بناء على 66 أمرا دوليا بإلقاء القبض، بينهم 38 مغربيا أوقفوا بالخارج.";
    expect(published(text, "2016")).toEqual(["wanted_persons_arrested 2016 = 74", "international_arrest_warrants 2016 = 66", "moroccan_citizens_arrested_abroad 2016 = 38"]);
  });

  it("reads 'their number' before a count of persons as the count of what the count before it counts", () => {
    const text = "واستقدمت إلى المغرب 13 شخصا مطلوبين للعدالة، علما أن عددهم بلغ 22 شخصا طيلة السنة الماضية.";
    expect(publishedFigures(text, catalogue, "2023-H1", "2023-07-20")).toEqual(["persons_extradited_to_morocco 2023-H1 = 13", "persons_extradited_to_morocco 2022 = 22"]);
  });

  it("gives a verb coordinated after a count of an earlier whole year that year, not after the report's year or an earlier half", () => {
    expect(published("وللمقارنة، كانت المديرية قد عالجت طوال عام ٢٠٢٢ ما مجموعه ٥٬٨٠٠ ملف، وتتبعت ١٤٣ إنابة قضائية.", "2023-H1")).toEqual(["files_processed 2022 = 5800", "letters_rogatory 2022 = 143"]);
    const total = "عولجت 2350 ملفا في ستة أشهر، ليبلغ مجموع السنة 4480 ملفا، و67 إنابة قضائية دولية تمت متابعة تنفيذها.";
    expect(published(total, "2019-H2")).not.toContain("letters_rogatory 2019 = 67");
  });

  it("reads a sentence's fronted phrase of 'في' as what the clause after it counts", () => {
    expect(published("في قضايا المخدرات وتبييض الأموال وحدها، تابعنا 35 إنابة قضائية.", "2023")).toEqual(["letters_rogatory_drugs_money_laundering 2023 = 35"]);
    expect(published("في سنة 2022، عالجت المصالح 5800 ملف.", "2023")).toEqual(["files_processed 2022 = 5800"]);
    // After a list item's number, and with the whole "out of" which the part is, its noun elided.
    const item = '5- "في قضايا المخدرات وتبييض الأموال وحدها، تابعنا خمسا وثلاثين إنابة قضائية من أصل مائة وثلاث وخمسين".';
    expect(published(item, "2023")).toEqual(["letters_rogatory_drugs_money_laundering 2023 = 35", "letters_rogatory 2023 = 153"]);
  });

  it("reads 'the number of X … N persons' as what X counts when the persons alone count nothing", () => {
    const text = "وبلغ عدد المغاربة الذين أوقفوا خارج أرض الوطن 83 شخصا، كما تم استقدام 31 مطلوبا.";
    expect(published(text, "2024")).toEqual(["moroccan_citizens_arrested_abroad 2024 = 83", "persons_extradited_to_morocco 2024 = 31"]);
  });

  it("holds back a count whose label names another indicator than its own noun", () => {
    const text = "الإنابات القضائية الدولية: 110 ملفات في 2018";
    expect(mentionOf(text, "2018", "110")).toMatchObject({ status: "held_back", reason: expect.stringContaining("letters_rogatory") });
    expect(published("الملفات المعالجة: 7146 ملفا", "2018")).toEqual(["files_processed 2018 = 7146"]);
    expect(published("المغاربة الموقوفون بالخارج: 71 مواطنا", "2022")).toEqual(["moroccan_citizens_arrested_abroad 2022 = 71"]);
  });

  it("reads the beneficiaries of training as the staff trained", () => {
    const text = "وعلى صعيد التكوين، استفاد 690 موظفا من دورات نظمت في إطار برامج التعاون. وكان عدد المستفيدين قد بلغ 910 موظفين سنة 2019.";
    expect(published(text, "2021")).toEqual(["police_staff_trained 2021 = 690", "police_staff_trained 2019 = 910"]);
  });
});

describe("what round 46 showed", () => {
  it("reads a legend 'داخل الأقواس' naming the year of the numbers in parentheses", () => {
    const text = "وفي ما يلي أبرز أرقام التعاون الأمني الدولي لسنة 2023، مع التذكير بأرقام سنة 2022 داخل الأقواس:\n\n1- الإنابات القضائية الدولية المتابع تنفيذها: 153 (143)\n";
    expect(published(text, "2023")).toEqual(["letters_rogatory 2023 = 153", "letters_rogatory 2022 = 143"]);
  });

  it("reads when the report came out, in a relative clause on it, as no span of the count", () => {
    const text = "فالحصيلة التي نشرتها المديرية في الأيام الأخيرة من شهر دجنبر تكشف أن هذا القطب عالج 6312 ملفا وطلبا للمعلومات.";
    expect(published(text, "2023")).toEqual(["files_processed 2023 = 6312"]);
    expect(mentionOf("وعالج القطب 520 ملفا خلال شهر مارس.", "2023", "520").status).toBe("held_back");
  });

  it("gives a change's earlier end the base the change names after it", () => {
    const text = "وانتقل عدد الأشخاص المبحوث عنهم دوليا الذين تم توقيفهم من 97 إلى 131 شخصا، بارتفاع نسبته 35 في المائة مقارنة بسنة 2019.";
    expect(published(text, "2023")).toEqual(["wanted_persons_arrested 2019 = 97", "wanted_persons_arrested 2023 = 131", "wanted_persons_arrested_pct_change 2023 vs 2019 = 35"]);
  });

  it("reads 'the number of the arrested of them' after a topic as the topic's", () => {
    const text = "أما الأجانب المطلوبون للقضاء الأمريكي، فقد تراجع عدد الموقوفين منهم إلى النصف، إذ انتقل من أربعة سنة 2023 إلى اثنين سنة 2024.";
    expect(published(text, "2024")).toEqual(["foreigners_arrested_for_us 2023 = 4", "foreigners_arrested_for_us 2024 = 2"]);
  });

  it("holds back persons of a foreign nationality, not a nationality of another noun", () => {
    const text = "وفي إطار التكوين، استقبل المعهد الملكي للشرطة ما يناهز 120 إطارا أمنيا إيفواريا.";
    expect(mentionOf(text, "2017", "ما يناهز 120")).toMatchObject({ status: "held_back", reason: expect.stringContaining("إيفواريا") });
    expect(published("وأوقفت المصالح أجنبيين مطلوبين للقضاء الأمريكي.", "2024")).toEqual(["foreigners_arrested_for_us 2024 = 2"]);
    expect(published("كما تم توقيف أجنبيين تلاحقهما العدالة الأمريكية.", "2016")).toEqual(["foreigners_arrested_for_us 2016 = 2"]);
  });

  it("holds back the ports' police's count, not the count at the Kingdom's ports", () => {
    const local = "وأكد المصدر أن عناصر الشرطة بالموانئ أوقفت 23 شخصا، وحجزت 9 سيارات مسروقة بأوروبا.";
    expect(mentionOf(local, "2024-H1", "9")).toMatchObject({ status: "held_back", reason: expect.stringContaining("local unit") });
    expect(published("وتم حجز 47 سيارة مسروقة بموانئ المملكة.", "2025")).toEqual(["stolen_vehicles_seized 2025 = 47"]);
  });

  it("holds back three digits after a doubled space, which may end the number before them", () => {
    const text = "كما عمم المكتب المركزي الوطني 2  870 مذكرة بحث على الصعيد الوطني بطلب من مصالح أجنبية.";
    expect(mentionOf(text, "2019", "870")).toMatchObject({ status: "held_back", reason: expect.stringContaining("doubled space") });
    expect(published("كما عمم المكتب المركزي الوطني 2 870 مذكرة بحث على الصعيد الوطني.", "2019")).toEqual(["national_search_notices 2019 = 2870"]);
  });
});

describe("what round 47 showed", () => {
  it("reads a 'تابع أيضا' list of links as page cruft", () => {
    const text = "وعالج القطب 7480 ملفا خلال سنة 2025.\n\nتابع أيضا\n▸ قبل عام: رقم قياسي.. 140 موقوفا و7 آلاف و215 ملفا\n";
    expect(published(text, "2025")).toEqual(["files_processed 2025 = 7480"]);
    expect(mentionOf(text, "2025", "140")).toMatchObject({ status: "cruft" });
  });

  it("gives a sentence opening on 'النصف الأول من السنة نفسها' that half, for every count", () => {
    const text = "وكانت حصيلة النصف الأول من السنة نفسها قد سجلت معالجة 2760 ملفا، ومتابعة تنفيذ 66 إنابة قضائية دولية.";
    expect(published(text, "2022")).toEqual(["files_processed 2022-H1 = 2760", "letters_rogatory 2022-H1 = 66"]);
  });

  it("reads a count in parentheses right after another as that one's, in its own period", () => {
    const text = "واستقدمت المصالح الأمنية 17 شخصا مطلوبا للعدالة المغربية (15 في نفس الفترة من 2024)، وسلمت ثمانية رعايا أجانب إلى بلدانهم.";
    expect(published(text, "2025-H1")).toEqual(["persons_extradited_to_morocco 2025-H1 = 17", "persons_extradited_to_morocco 2024-H1 = 15", "foreigners_handed_over_by_morocco 2025-H1 = 8"]);
    // Not a parenthesis after a label of its own.
    const labels = "إذا كان عدد الموقوفين (89) يفوق عدد الأوامر المنشورة (78)، فذلك لأن بعض الموقوفين صدرت في حقهم أوامر سابقة.";
    expect(mentionOf(labels, "2018", "78").indicator_id).toBe("international_arrest_warrants");
  });

  it("reads 'the Moroccan arrested' as the Moroccans arrested abroad, but not the whole after 'من أصل'", () => {
    expect(published("• الموقوفون المغاربة خارج الوطن: 29", "2021-H1")).toEqual(["moroccan_citizens_arrested_abroad 2021-H1 = 29"]);
    expect(published("ويستفاد من الجدول أن 55 من أصل 97 موقوفا مغاربة.", "2019")).toContain("wanted_persons_arrested 2019 = 97");
  });

  it("reads a count in a relative clause on the year the clause before named as of that whole year", () => {
    const text = "أما التكوين، فقد استفاد منه 260 موظفا، بعدما كان التكوين عن بعد هو القاعدة طيلة 2020، السنة التي لم يتجاوز فيها عدد المستفيدين 420 موظفا.";
    expect(published(text, "2021-H1")).toEqual(["police_staff_trained 2021-H1 = 260", "police_staff_trained 2020 = lte 420"]);
  });
});

