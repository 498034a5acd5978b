// What the held-out sets held79–held81 (looking back, five outlets) showed on first sight: earlier values
// recalled after "بعدما كانوا", "بعد" or "the number", spans said by their length, forecasts and questions that
// reach only part of a sentence, tables whose headers abbreviate the halves, figures opening a line before a colon.
import { describe, expect, it } from "vitest";
import { loadCatalogue } from "../../pipeline/catalogue/load.ts";
import { mentionIn, publishedFigures } from "../helpers/extract.ts";

const catalogue = loadCatalogue();

const published = (text: string, reference = "2022", publishedOn: string | null = null) => publishedFigures(text, catalogue, reference, publishedOn);

describe("the length of a span", () => {
  it("ignores the number of months a span lasts, and reads six months as a half-year report's own", () => {
    const text = "تسلمت المملكة 15 شخصا في ستة أشهر، بعدما كانوا 13 في النصف الأول من 2023.";
    expect(published(text, "2024-H1")).toEqual(["persons_extradited_to_morocco 2024-H1 = 15", "persons_extradited_to_morocco 2023-H1 = 13"]);
    expect(mentionIn(text, "ستة", catalogue, "2024-H1")).toMatchObject({ status: "ignored" });
  });

  it("reads three months as a quarterly note's own, but holds six months back in a report on a year", () => {
    expect(published("عالجت المصالح 3000 ملف في ثلاثة أشهر.", "2024-Q2")).toEqual(["files_processed 2024-Q2 = 3000"]);
    expect(mentionIn("عالجت المصالح 3000 ملف في ستة أشهر.", "3000", catalogue, "2024")).toMatchObject({ status: "held_back" });
  });
});

describe("what a forecast or a question reaches", () => {
  it("publishes a count stated before a forecast in another clause", () => {
    const text = "وتابع المكتب المركزي الوطني 84 إنابة قضائية دولية، بعد 82 في النصف الثاني من 2023، وهي إنابات قد تتجاوز آجال تنفيذها ستة أشهر.";
    expect(published(text, "2024-H2")).toEqual(["letters_rogatory 2024-H2 = 84", "letters_rogatory 2023-H2 = 82"]);
  });

  it("still holds back a count in the forecast's own clause", () => {
    expect(mentionIn("ويتوقع أن يبلغ عدد الملفات 7000 ملف مع نهاية السنة.", "7000", catalogue, "2024")).toMatchObject({ status: "held_back" });
  });

  it("reads a headline's statement before two dots and its question, not a number inside a question", () => {
    expect(published("2950 ملفا في سنة واحدة.. كيف صار القطب رقما صعبا؟", "2016")).toEqual(["files_processed 2016 = 2950"]);
    expect(mentionIn("هل يعقل أن تعالج 7000 ملف.. دون موارد؟", "7000", catalogue, "2016")).toMatchObject({ status: "held_back" });
  });
});

describe("periods of recalled values", () => {
  it("takes the period a statement after a colon names, not a shorter span before the colon", () => {
    const text = "تسارعت الوتيرة في الأشهر الأخيرة: فقد عولج 1620 ملفا في النصف الأول، و1760 في النصف الثاني.";
    expect(published(text, "2017")).toEqual(["files_processed 2017-H1 = 1620", "files_processed 2017-H2 = 1760"]);
  });

  it("reads 'الأشهر الستة التي سبقت' as the half before", () => {
    const text = "أما الموقوفون المبحوث عنهم دوليا فبلغ عددهم 36 شخصا، بعد أن كانوا 38 في الأشهر الستة التي سبقت.";
    expect(published(text, "2016-H1")).toEqual(["wanted_persons_arrested 2016-H1 = 36", "wanted_persons_arrested 2015-H2 = 38"]);
  });

  it("reads a year after 'بعد' as the year after it, not as the figure's period", () => {
    expect(published("فبعد سنة 2020 التي قلصت فيها الجائحة حركة التعاون، عاد القطب ليعالج 4677 ملفا.", "2021")).toEqual(["files_processed 2021 = 4677"]);
    expect(mentionIn("فبعد سنة 2018، عاد القطب ليعالج 4677 ملفا.", "4677", catalogue, "2021")).toMatchObject({ status: "held_back" });
  });

  it("keeps the year of a count in the relative clause of 'بعد سنة …'", () => {
    expect(published("ونشرت المديرية 106 أوامر دولية، بعد سنة 2021 التي سجلت 98 أمرا.", "2022")).toEqual(["international_arrest_warrants 2022 = 106", "international_arrest_warrants 2021 = 98"]);
  });

  it("reads a year the text says was ended ('أنهى القطب سنة 2016') as the whole year in a half-year report", () => {
    expect(published("وللتذكير، فقد أنهى القطب سنة 2016 بما مجموعه 2950 ملفا.", "2017-H1")).toEqual(["files_processed 2016 = 2950"]);
  });
});

describe("'the number' recalled", () => {
  it("reads 'العدد' with the noun of a count just before as that count's indicator in its own period", () => {
    const text = "تم توقيف 76 شخصا مبحوثا عنهم على الصعيد الدولي، بينهم 41 مغربيا أوقفوا بالخارج. وكان العدد قد بلغ 97 شخصا قبل عام.";
    expect(published(text, "2020")).toEqual(["wanted_persons_arrested 2020 = 76", "moroccan_citizens_arrested_abroad 2020 = 41", "wanted_persons_arrested 2019 = 97"]);
  });

  it("reads 'كان العدد 3380' as the previous sentence's only figure, and the change after it", () => {
    const text = "عالج القطب 4060 ملفا وطلب معلومات. للمقارنة، كان العدد 3380 سنة 2017، أي أن الزيادة بلغت 20 في المائة تقريبا.";
    expect(published(text, "2018")).toEqual(["files_processed 2018 = 4060", "files_processed 2017 = 3380", "files_processed_pct_change 2018 vs 2017 = approx 20"]);
  });

  it("does not guess which of the previous sentence's figures 'the number' is", () => {
    const text = "19 شخصا تسلمهم المغرب، و7 أجانب سلمهم المغرب لبلدانهم. وفي المقابل كان العدد 16 في النصف الثاني من 2024.";
    expect(mentionIn(text, "16", catalogue, "2025-H2")).not.toMatchObject({ status: "observation" });
  });
});

describe("bounds and averages", () => {
  it("reads 'ما كان يتعدى' as at most", () => {
    expect(published("ويذكرنا الضيف بأن الرقم ما كان يتعدى 1180 ملفا في النصف الثاني من 2014.", "2015-H2")).toEqual(["files_processed 2014-H2 = lte 1180"]);
  });

  it("holds back an average ('معدل') but not a rate's neighbours ('بمعدل')", () => {
    expect(mentionIn("وهو معدل في حدود 3970 ملفا في السنة.", "في حدود 3970", catalogue, "2020")).toMatchObject({ status: "held_back" });
    const text = "نُشر 125 أمرا دوليا بإلقاء القبض، أي بمعدل أمر كل ثلاثة أيام تقريبا، وتم توقيف 142 مبحوثا عنهم دوليا.";
    expect(published(text, "2024")).toContain("wanted_persons_arrested 2024 = 142");
  });
});

describe("tables and figure lines", () => {
  it("reads a header's abbreviated halves ('ن2 2022') as each column's period", () => {
    const text = ["| المؤشر | ن2 2022 | ن1 2023 | ن2 2023 |", "|---|---|---|---|", "| الإنابات القضائية الدولية | 77 | 71 | 82 |"].join("\n");
    expect(published(text, "2023-H2")).toEqual(["letters_rogatory 2022-H2 = 77", "letters_rogatory 2023-H1 = 71", "letters_rogatory 2023-H2 = 82"]);
  });

  it("reads a percentage opening a list item before a colon as the change its label names", () => {
    const text = "1. 7215: عدد الملفات وطلبات المعلومات المعالجة خلال السنة.\n2. 14,3 في المائة: نسبة الزيادة في الملفات مقارنة بالسنة الماضية.";
    expect(published(text, "2024")).toEqual(["files_processed 2024 = 7215", "files_processed_pct_change 2024 vs 2023 = 14.3"]);
  });
});

describe("what held82–held84 showed", () => {
  it("reads 'كان الرقم 1940' as a count, and 'في مثل هذه الفترة من السنة الماضية' as the same part a year before", () => {
    const text = "عالج القطب خلال النصف الأول من 2019 حوالي 2150 ملفا وطلب معلومات. وفي مثل هذه الفترة من السنة الماضية كان الرقم 1940.";
    expect(published(text, "2019-H1")).toEqual(["files_processed 2019-H1 = approx 2150", "files_processed 2018-H1 = 1940"]);
  });

  it("reads a count of the same noun with its own year after the count before it, and 'ولا' carrying the bound", () => {
    const text = "أما الموقوفون المبحوث عنهم على الصعيد الدولي فبلغ عددهم 72 شخصا، وهو رقم غير مسبوق، إذ لم يتعد 58 شخصا سنة 2013 ولا 61 سنة 2014.";
    expect(published(text, "2015")).toEqual(["wanted_persons_arrested 2015 = 72", "wanted_persons_arrested 2013 = lte 58", "wanted_persons_arrested 2014 = lte 61"]);
  });

  it("reads a change told with the article ('فالقفزة') as the change of the previous sentence's subject between the years named", () => {
    const text = "عالج القطب 4060 ملفا وطلب معلومات سنة 2018. وإذا قارنا بين سنتي 2016 و2018 فالقفزة تناهز 38 في المائة.";
    expect(published(text, "2018")).toEqual(["files_processed 2018 = 4060", "files_processed_pct_change 2018 vs 2016 = approx 38"]);
  });

  it("reads a verb of exceeding said of a change ('وتتجاوز الزيادة 40 في المائة') as more than", () => {
    const text = "عالج القطب 5800 ملف سنة 2022. وتتجاوز الزيادة 40 في المائة إذا قورنت الحصيلة بسنة 2020.";
    expect(published(text, "2022")).toEqual(["files_processed 2022 = 5800", "files_processed_pct_change 2022 vs 2020 = gt 40"]);
  });

  it("measures a change in parentheses against the count right before it", () => {
    const text = "عالج القطب ما بين يوليوز ودجنبر 2021 ما مجموعه 2447 ملفا، مقابل 2230 ملفا في النصف الأول من السنة نفسها (+10 في المائة)، و2050 ملفا في النصف الثاني من 2020 (+19 في المائة).";
    expect(published(text, "2021-H2")).toEqual([
      "files_processed 2021-H2 = 2447",
      "files_processed 2021-H1 = 2230",
      "files_processed_pct_change 2021-H2 vs 2021-H1 = 10",
      "files_processed 2020-H2 = 2050",
      "files_processed_pct_change 2021-H2 vs 2020-H2 = 19",
    ]);
  });

  it("reads the Darija 'النص الثاني' as the second half, and a change noun after its percentage", () => {
    const text = "عالج القطب 3795 ملف بين يوليوز ودجنبر، كثر من النص الأول اللي كان فيه 3420 ملف.\nتقريبا 18 في المائة زيادة، حيت فالنص الثاني من 2023 كانو 3208 ملفات.";
    expect(published(text, "2024-H2")).toEqual(["files_processed 2024-H2 = 3795", "files_processed 2024-H1 = 3420", "files_processed_pct_change 2024-H2 vs 2023-H2 = approx 18", "files_processed 2023-H2 = 3208"]);
  });

  it("reads the present 'يتسلم' as a handing over to Morocco", () => {
    expect(published("المغرب يتسلم 16 شخصا مطلوبا ويسلم 9 أجانب إلى بلدانهم", "2019")).toEqual(["persons_extradited_to_morocco 2019 = 16", "foreigners_handed_over_by_morocco 2019 = 9"]);
  });

  it("reads the ends of a change with the noun of what the sentence says changes", () => {
    const text = "ارتفع عدد المبحوث عنهم دوليا الذين تم توقيفهم بنسبة 4,8 %، من 62 إلى 65 شخصا، من بينهم 39 مغربيا أوقفوا خارج البلاد.";
    expect(published(text, "2023-H2")).toEqual(["wanted_persons_arrested_pct_change 2023-H2 vs 2022-H2 = 4.8", "wanted_persons_arrested 2022-H2 = 62", "wanted_persons_arrested 2023-H2 = 65", "moroccan_citizens_arrested_abroad 2023-H2 = 39"]);
  });

  it("ignores a figure a host corrects, and keeps the corrected one", () => {
    const text = "قال الباحث إن القطب عالج أكثر من 4 آلاف ملف في ستة أشهر فقط، قبل أن يصحح مقدم البرنامج الرقم، موضحا أن الحصيلة الرسمية تتحدث عن 3208 ملفات وطلبات معلومات.";
    expect(published(text, "2023-H2")).toEqual(["files_processed 2023-H2 = 3208"]);
    expect(mentionIn(text, "أكثر من 4 آلاف", catalogue, "2023-H2")).toMatchObject({ status: "ignored" });
  });

  it("reads a number given after the clause that names its count ('ويبقى عدد من تسلمهم المغرب متواضعا، 14 شخصا فقط')", () => {
    expect(published("ويبقى عدد من تسلمهم المغرب متواضعا، 14 شخصا فقط، مقابل 9 أجانب سلمناهم لبلدانهم.", "2017")).toEqual(["persons_extradited_to_morocco 2017 = 14", "foreigners_handed_over_by_morocco 2017 = 9"]);
  });

  it("reads a value after a bar with only its year as the count before it, and ignores a card's number", () => {
    expect(published("البطاقة 3\n170 إنابة قضائية دولية | 162 سنة 2024", "2025")).toEqual(["letters_rogatory 2025 = 170", "letters_rogatory 2024 = 162"]);
    expect(mentionIn("البطاقة 3\n170 إنابة قضائية دولية | 162 سنة 2024", "3", catalogue, "2025")).toMatchObject({ status: "ignored" });
  });
});

describe("what held85–held87 showed", () => {
  it("does not take a record's year for a change's base", () => {
    const text = "وسجل التقرير أن عدد الملفات ارتفع بنحو 18 في المائة، متجاوزا الرقم القياسي المسجل سنة 2019 (4480 ملفا)، وأن الأوامر الدولية بإلقاء القبض ارتفعت بـ56 في المائة.";
    expect(published(text, "2021")).toEqual(["files_processed_pct_change 2021 vs 2020 = approx 18", "files_processed 2019 = 4480", "international_arrest_warrants_pct_change 2021 vs 2020 = 56"]);
  });

  it("reads a change over half a year in a half-year report against the half before, and over a year against the same half", () => {
    const text = "في النصف الأول من 2022 كان العدد 2760 ملفا، يعني زيادة بـ10 في المائة في ظرف نصف سنة فقط.\nوفي النصف الثاني من 2021 لم يتجاوز 2450 ملفا، أي أن الرقم قفز بـ24 في المائة خلال عام.";
    expect(published(text, "2022-H2")).toEqual(["files_processed 2022-H1 = 2760", "files_processed_pct_change 2022-H2 vs 2022-H1 = 10", "files_processed 2021-H2 = lte 2450", "files_processed_pct_change 2022-H2 vs 2021-H2 = 24"]);
  });

  it("holds back a change over half a year in a report on a whole year", () => {
    expect(mentionIn("عالج القطب 5800 ملف، يعني زيادة بـ10 في المائة في ظرف نصف سنة.", "10 في المائة", catalogue, "2022")).toMatchObject({ status: "held_back" });
  });

  it("reads a change between two periods named before it", () => {
    expect(published("بين النصف الثاني من 2020 ونظيره من 2023، ارتفع عدد الملفات بأزيد من 50 في المائة.", "2023-H2")).toEqual(["files_processed_pct_change 2023-H2 vs 2020-H2 = gt 50"]);
  });

  it("holds back a regional figure of the services of a port", () => {
    const text = "كما تمكنت المصالح الأمنية بميناء طنجة المتوسط من استرجاع 38 سيارة مسروقة من دول أوروبية.";
    expect(mentionIn(text, "38", catalogue, "2024-H2")).toMatchObject({ status: "held_back" });
  });

  it("gives the sentences after one that only names a year that year, and 'بعد سنة واحدة' the year after", () => {
    expect(published("ثم جاء عام 2020. أغلقت الحدود، وتوقفت الرحلات، وتراجع العدد إلى 3950 ملفا.", "2021")).toEqual(["files_processed 2020 = 3950"]);
    expect(published("سنة 2017، عالج هذا القطب 3380 ملفا. بعد سنة واحدة، تجاوز العدد أربعة آلاف.", "2021")).toEqual(["files_processed 2017 = 3380", "files_processed 2018 = gt 4000"]);
  });

  it("reads values with their years in parentheses as the figure before them", () => {
    const text = "تابع المكتب المركزي الوطني تنفيذ 143 إنابة سنة 2022. ولأغراض المقارنة، سجلت السنوات السابقة الأرقام التالية: 112 (2018)، 125 (2019).";
    expect(published(text, "2022")).toEqual(["letters_rogatory 2022 = 143", "letters_rogatory 2018 = 112", "letters_rogatory 2019 = 125"]);
  });

  it("does not read a masthead's issue number as 'the number'", () => {
    const text = "تابع المكتب المركزي الوطني تنفيذ 143 إنابة.\n\nصوت الشمال، العدد 412، الخميس 28 دجنبر 2023";
    expect(mentionIn(text, "412", catalogue, "2023")).not.toMatchObject({ status: "observation" });
  });

  it("reads a list of the same half of earlier years, and holds back a total over the halves", () => {
    const text = "84 إنابة قضائية دولية في الأشهر الستة الأولى من 2025، مقابل 78 في الفترة نفسها من 2024، و71 في 2023، و66 في 2022، أي ما مجموعه 299 إنابة على امتداد الأنصاف الأولى الأربعة.";
    expect(published(text, "2025-H1")).toEqual(["letters_rogatory 2025-H1 = 84", "letters_rogatory 2024-H1 = 78", "letters_rogatory 2023-H1 = 71", "letters_rogatory 2022-H1 = 66"]);
  });
});

describe("what held88–held90 showed", () => {
  it("reads a result clause ('مكنت من توقيف 119 شخصا') with the clause before it", () => {
    const text = "ونشر 106 أوامر دولية بإلقاء القبض، مكنت من توقيف 119 شخصا، من بينهم 71 مواطنا مغربيا أوقفوا خارج المغرب.";
    expect(published(text, "2022")).toEqual(["international_arrest_warrants 2022 = 106", "wanted_persons_arrested 2022 = 119", "moroccan_citizens_arrested_abroad 2022 = 71"]);
  });

  it("gives a count in an aside between dashes the period named before it", () => {
    const text = "عالج القطب خلال سنة 2020 ما مجموعه 3950 ملفا، بتراجع قدره 12 في المائة مقارنة مع سنة 2019 – 4480 ملفا – بسبب الجائحة.";
    expect(published(text, "2020")).toEqual(["files_processed 2020 = 3950", "files_processed_pct_change 2020 vs 2019 = -12", "files_processed 2019 = 4480"]);
  });

  it("does not read a card's dashes between a value and its label as an aside", () => {
    const text = "1150 — ملفا وطلب معلومات عالجها القطب، بزيادة 6% على الفصل السابق\n22 — أمرا دوليا بإلقاء القبض نشر وعمم";
    expect(published(text, "2019-Q3")).toContain("international_arrest_warrants 2019-Q3 = 22");
  });

  it("reads a comparative before 'بنسبة' or 'بـ' as a change, against the period after 'من'", () => {
    const text = "في النصف الثاني من 2020 عالجت الوحدة 2080 ملفا. هذا أعلى بنسبة 11 في المائة من النصف الأول (1870 ملفا)، لكنه يظل أدنى بـ10 في المائة من النصف الثاني لسنة 2019، حين بلغ العدد 2310 ملفات.";
    expect(published(text, "2020-H2")).toEqual([
      "files_processed 2020-H2 = 2080",
      "files_processed_pct_change 2020-H2 vs 2020-H1 = 11",
      "files_processed 2020-H1 = 1870",
      "files_processed_pct_change 2020-H2 vs 2019-H2 = -10",
      "files_processed 2019-H2 = 2310",
    ]);
  });

  it("does not read the Mediterranean ('المتوسطية') as an average", () => {
    expect(published("وكالة الأنباء المتوسطية - عالج القطب 2950 ملفا وطلب معلومات في 2016.", "2016")).toEqual(["files_processed 2016 = 2950"]);
  });

  it("reads 'قبل عام' as the same period a year before the report's, whenever it was published", () => {
    const text = "عالج القطب 3795 ملفا بين يوليوز ودجنبر.\nللمقارنة، كان العدد قبل عام، أي في النصف الثاني من 2023، في حدود 3208 ملفات.";
    expect(publishedFigures(text, catalogue, "2024-H2", "2025-01-09")).toEqual(["files_processed 2024-H2 = 3795", "files_processed 2023-H2 = approx 3208"]);
  });

  it("reads a statement after a colon with its own words when only the words before the colon span several years", () => {
    const text = "تؤكد الحصيلة ما لاحظناه منذ سنوات: فقد عالج القطب 7980 ملفا وطلب معلومات.";
    expect(published(text, "2025")).toEqual(["files_processed 2025 = 7980"]);
    expect(mentionIn("الملفات المعالجة خلال السنوات الثلاث الأخيرة: 3950 ثم 4677 ثم 5800.", "3950", catalogue, "2022")).not.toMatchObject({ status: "observation" });
  });

  it("reads Darija 'تشدو' (were caught) and 'بوليسي' (policeman)", () => {
    expect(published("تشدو 76 واحد مبحوث عليهم دوليا، منهم 41 مغربي تشدو برا.", "2020")).toContain("moroccan_citizens_arrested_abroad 2020 = 41");
    expect(published("ودارو تكوين 420 بوليسي فإطار التعاون.", "2020")).toEqual(["police_staff_trained 2020 = 420"]);
  });
});

describe("what held91–held93 showed", () => {
  it("reads a verb of exceeding by a rate ('يتجاوز بنسبة 20 في المائة') as the change, not a bound", () => {
    const text = "أغلق القطب سنة 2018 على 4060 ملفا، وهو رقم يتجاوز بنسبة 20 في المائة الحصيلة السنوية لسنة 2017 (3380 ملفا).";
    expect(published(text, "2018-H2")).toEqual(["files_processed 2018 = 4060", "files_processed_pct_change 2018 vs 2017 = 20", "files_processed 2017 = 3380"]);
  });

  it("measures a change after one told by its two ends against its earlier end", () => {
    const text = "ارتفع عدد الملفات وطلبات المعلومات المعالجة من 4677 ملفا سنة 2021 إلى 5800 ملف سنة 2022، بزيادة 24 في المائة، بعدما كان العدد 3950 ملفا خلال سنة 2020.";
    expect(published(text, "2022")).toEqual(["files_processed 2021 = 4677", "files_processed 2022 = 5800", "files_processed_pct_change 2022 vs 2021 = 24", "files_processed 2020 = 3950"]);
  });

  it("holds back a writer's guess ('وأغامر بالقول إن …')", () => {
    const text = "وأغامر بالقول إن قضايا الهجرة غير النظامية لا تقل عن 15 في المائة من الملفات.";
    expect(mentionIn(text, "لا تقل عن 15 في المائة", catalogue, "2021-H1")).toMatchObject({ status: "held_back" });
  });
});

describe("whole years and other words", () => {
  it("reads a bare year compared with a whole year's figure as the whole year, in a half-year report", () => {
    const text = "وبهذه الأرقام، يصل مجموع ما عالجته الوحدة طيلة 2017 إلى 3 380 ملفا، بعدما كان 2 950 ملفا في 2016.";
    expect(published(text, "2017-H2")).toEqual(["files_processed 2017 = 3380", "files_processed 2016 = 2950"]);
  });

  it("reads the value a fact-check sets right ('هو 3.950 وليس 9 آلاف')", () => {
    expect(published("الخلاصة: الرقم الصحيح للملفات المعالجة هو 3.950 وليس 9 آلاف.", "2020")).toEqual(["files_processed 2020 = 3950"]);
  });

  it("reads 'إشعار بحث' as a search notice, and a radio's name is no average", () => {
    expect(published("كما أصدرت المديرية 2,640 إشعار بحث وطني بناء على طلبات من أجهزة أمنية أجنبية.", "2018")).toEqual(["national_search_notices 2018 = 2640"]);
    expect(published("وأوضحت المديرية، في بيان تلقت إذاعة المتوسط الدولية نسخة منه، أن المكتب تابع تنفيذ 66 إنابة قضائية دولية.", "2022-H1")).toEqual(["letters_rogatory 2022-H1 = 66"]);
  });
});

describe("what held94–held96 showed", () => {
  it("reads Darija changes ('طلعات بشي 12 فالمية') and leaves a speaker's name out of the question an answer reads with", () => {
    const text = "[08:03] كريم: الوحدة عالجت شي 3100 ملف وطلب معلومات فالستة شهور اللولة، يعني طلعات بشي 12 فالمية على نفس الفترة ديال العام اللي فات.\n\n[08:04] سلمى: والمبحوث عليهم دوليا؟\n\n[08:04] كريم: تشدو 66 واحد، منهم 39 مغاربة تشدو برا البلاد.";
    expect(published(text, "2023-H1")).toEqual([
      "files_processed 2023-H1 = approx 3100",
      "files_processed_pct_change 2023-H1 vs 2022-H1 = approx 12",
      "wanted_persons_arrested 2023-H1 = 66",
      "moroccan_citizens_arrested_abroad 2023-H1 = 39",
    ]);
  });

  it("reads 'وهو أقل من 106 أوامر في 2022' as the other year's value, compared, no bound", () => {
    expect(published("نُشر 87 أمرا دوليا بإلقاء القبض، وهو أقل من 106 أوامر في 2022.", "2023")).toEqual(["international_arrest_warrants 2023 = 87", "international_arrest_warrants 2022 = 106"]);
  });

  it("does not count policewomen trained as all the staff trained (pattern not_counted)", () => {
    expect(mentionIn("وقد استفادت 35 شرطية من دورات تكوينية في إطار التعاون الدولي.", "35", catalogue, "2019-H1")).toMatchObject({ status: "unaccounted" });
    expect(published("واستفاد 310 شرطيين من دورات تكوينية في إطار التعاون الدولي.", "2019")).toEqual(["police_staff_trained 2019 = 310"]);
  });
});

describe("a change's earlier value after 'من' alone", () => {
  it("reads 'بارتفاع من 1280 في النصف الأول من 2018' after a count as that count's earlier value", () => {
    const text = "وعممت مذكرات بحث وطنية بلغ عددها 1390 مذكرة، بارتفاع من 1280 في النصف الأول من 2018.";
    expect(published(text, "2019-H1")).toEqual(["national_search_notices 2019-H1 = 1390", "national_search_notices 2018-H1 = 1280"]);
  });
});

describe("a pair of values compared with a whole and its part", () => {
  it("reads 'مقابل 140 و83 في السنة المنصرمة' after a whole and its part as the whole's and the part's", () => {
    const text = "تم توقيف 148 مبحوثا عنهم دوليا، منهم 88 مغربيا خارج المملكة، مقابل 140 و83 في السنة المنصرمة.";
    expect(published(text, "2025")).toEqual(["wanted_persons_arrested 2025 = 148", "moroccan_citizens_arrested_abroad 2025 = 88", "wanted_persons_arrested 2024 = 140", "moroccan_citizens_arrested_abroad 2024 = 83"]);
  });

  it("leaves a series of values each with its year, and values paired with years 'respectively', to their own readings", () => {
    const text = "بلغ عدد المبحوث عنهم الذين تم توقيفهم 152 شخصا، منهم 90 مغربيا أوقفوا خارج التراب الوطني، بعد 140 موقوفا سنة 2024 و131 سنة 2023.";
    expect(published(text, "2025")).toEqual(["wanted_persons_arrested 2025 = 152", "moroccan_citizens_arrested_abroad 2025 = 90", "wanted_persons_arrested 2024 = 140", "wanted_persons_arrested 2023 = 131"]);
  });
});

describe("what held97–held99 showed", () => {
  it("reads first-person negated bounds ('لم نتجاوز 1175 ملفا', 'لم نكن نعالج أكثر من 300 ملف') as at most", () => {
    expect(published("في النصف الثاني من 2014 لم نتجاوز 1175 ملفا.", "2015-H2")).toEqual(["files_processed 2014-H2 = lte 1175"]);
    expect(published("حين التحقت بالمصلحة سنة 1998، لم نكن نعالج أكثر من 300 ملف في السنة.", "2023")).toEqual(["files_processed 1998 = lte 300"]);
  });

  it("holds back 'the same year' opening a paragraph after an earlier year was named", () => {
    const text = "عالج القطب خلال سنة 2022 ما مجموعه 5800 ملف. وكنا في سنة 2020 عند 3950 ملفا فقط.\n\nوفي العام نفسه، نشرنا وعممنا 106 أوامر دولية بإلقاء القبض.";
    expect(mentionIn(text, "106", catalogue, "2022")).toMatchObject({ status: "held_back" });
  });

  it("reads a number with the article after its noun ('الموقوفين الـ44') as that noun's count", () => {
    expect(mentionIn("كما أن 26 من الموقوفين الـ44 مغاربة أوقفوا خارج التراب الوطني.", "44", catalogue, "2018-H1")).not.toMatchObject({ observation_id: expect.stringContaining("moroccan") });
  });

  it("reads a change against a year named by an event the catalogue dates ('سنة الجائحة', 2020), and holds back one it does not", () => {
    expect(published("عالجنا 5800 ملف في 2022 وتجاوزنا سنة الجائحة بأكثر من 40 في المائة", "2022")).toEqual(["files_processed 2022 = 5800", "files_processed_pct_change 2022 vs 2020 = gt 40"]);
    expect(mentionIn("عالجنا 5800 ملف في 2022 وتجاوزنا سنة الزلزال بأكثر من 40 في المائة", "أكثر من 40 في المائة", catalogue, "2022")).toMatchObject({ status: "held_back" });
  });
});
