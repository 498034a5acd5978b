// What round 134's sets showed (held614–617, first halves told by months and dates, numbers in words, other police
// figures): halves named as two quarters or by a span "since January until June"; a half of an earlier year
// shared by a coordinated verb; a change of "the number of" a noun counted before; a restated whole year; "then"
// after a sentence naming a half; cancellations counted in persons and cases; notices qualified "Arab".
import { describe, expect, it } from "vitest";
import { loadCatalogue } from "../../pipeline/catalogue/load.ts";
import { publishedFigures, readText } from "../helpers/extract.ts";

const catalogue = loadCatalogue();
const published = (text: string, reference: string) => publishedFigures(text, catalogue, reference, null);
const statusOf = (text: string, reference: string, number: string) => readText(text, catalogue, reference, null).mentions.find((m) => m.text === number)!;

describe("a half named as two quarters", () => {
  it("is the first half ('الفصلين الأولين')", () => {
    expect(published("الأمن الوطني: 52 إنابة قضائية دولية في الفصلين الأولين من 2020", "2020-H1")).toEqual(["letters_rogatory 2020-H1 = 52"]);
  });

  it("is the second half ('الفصلين الأخيرين')", () => {
    expect(published("وعالجت المصالح 3208 ملفات خلال الفصلين الأخيرين من سنة 2023.", "2023")).toEqual(["files_processed 2023-H2 = 3208"]);
  });

  it("leaves one quarter a quarter", () => {
    expect(published("وعالجت المصالح 1500 ملف خلال الفصل الأول من سنة 2023.", "2023")).toEqual(["files_processed 2023-Q1 = 1500"]);
  });
});

describe("a span of months from 'since' January", () => {
  it("is the first half when it ends in June of the year ('منذ مطلع يناير وإلى غاية 30 يونيو 2020')", () => {
    const text = "فمنذ مطلع يناير وإلى غاية 30 يونيو 2020، عالجت هذه المصالح 1840 ملفا وطلبا للمعلومات.";
    expect(published(text, "2020-H1")).toEqual(["files_processed 2020-H1 = 1840"]);
  });

  it("is no half when another year stands inside it", () => {
    const text = "ومنذ يناير 2019 وإلى غاية يونيو 2020، عالجت هذه المصالح 5200 ملف وطلب للمعلومات.";
    expect(statusOf(text, "2020-H1", "5200").status).toBe("held_back");
  });
});

describe("a verb coordinated with a count of a half of an earlier year", () => {
  it("shares the half its year was named with before that count", () => {
    const text = "المراسل: خلال هذه الأشهر الستة، نشر المكتب سبعا وعشرين مذكرة بحث دولية.\n\nالمذيعة: وللمقارنة، كانت هذه المصالح قد عالجت بين يناير ويونيو 2019 ألفين ومائتين وثلاثين ملفا، ونشرت إحدى وأربعين مذكرة بحث دولية.";
    expect(published(text, "2020-H1")).toEqual(["international_arrest_warrants 2020-H1 = 27", "files_processed 2019-H1 = 2230", "international_arrest_warrants 2019-H1 = 41"]);
  });

  it("does not when the half is named after that count", () => {
    const text = "وللتذكير، فقد سجلت سنة 2024 كاملة معالجة 7215 ملفا، منها 3420 في النصف الأول و3795 في النصف الثاني، ومتابعة 162 إنابة قضائية.";
    expect(published(text, "2025-H1")).toContain("letters_rogatory 2024 = 162");
  });

  it("does not when the half is told only by its distance ('قبل سنتين')", () => {
    const text = "فقد تابع تنفيذ 63 إنابة قضائية دولية، مقابل 57 إنابة في الفترة نفسها من 2020 و60 إنابة قبل سنتين، ونشر وعمم 47 أمرا دوليا بإلقاء القبض.";
    expect(published(text, "2021-H1")).toContain("international_arrest_warrants 2021-H1 = 47");
  });
});

describe("a change of 'the number of' a noun counted before it", () => {
  it("is of what that count counts", () => {
    const text = "خلال هذه الأشهر الستة، نشر المكتب سبعا وعشرين مذكرة بحث دولية. وللمقارنة، كانت هذه المصالح قد نشرت بين يناير ويونيو 2019 إحدى وأربعين مذكرة بحث دولية، ما يعني أن عدد المذكرات تراجع بأربعة وثلاثين في المائة.";
    expect(published(text, "2020-H1")).toContain("international_arrest_warrants_pct_change 2020-H1 vs 2019-H1 = -34");
  });

  it("not of a count whose noun an adjective of the clause shares", () => {
    const text = "ومائة وأربعون مطلوبا دوليا وقعوا في قبضة الشرطة، بينهم ٨٣ مغربيا أوقفوا في الخارج. والأهم أن ٣١ هاربا من العدالة المغربية أعيدوا إلى بلادهم، بزيادة ١٥٪ على العام السابق.";
    expect(published(text, "2024")).toContain("persons_extradited_to_morocco_pct_change 2024 vs 2023 = 15");
  });
});

describe("a count restating a clause that names a half, then a whole year", () => {
  it("is of the period named last ('بحصيلة 2015 كاملة، أي …')", () => {
    const text = "غير أن من يقارن حصيلة هذه الأشهر الستة بحصيلة 2015 كاملة، أي ألفين وستمائة وأربعين ملفا، سيلاحظ أن الوتيرة تسير نحو تجاوزها.";
    expect(published(text, "2016-H1")).toEqual(["files_processed 2015 = 2640"]);
  });
});

describe("'then' after a sentence naming a half of the text's year", () => {
  it("is that half ('وكانت حصيلة النصف الأول من السنة … إذ سجلت آنذاك')", () => {
    const text = "وفي 2020 عالجت المصالح 3950 ملفا.\n\nوكانت حصيلة النصف الأول من السنة قد أعطت مؤشرا مبكرا، إذ سجلت آنذاك 2760 ملفا و66 إنابة قضائية دولية و58 أمرا دوليا بإلقاء القبض.";
    expect(published(text, "2022")).toEqual(["files_processed 2020 = 3950", "files_processed 2022-H1 = 2760", "letters_rogatory 2022-H1 = 66", "international_arrest_warrants 2022-H1 = 58"]);
  });
});

describe("cancellations and notices in other words", () => {
  it("reads a cancellation counted in persons or cases", () => {
    const text = "في المقابل، تم نشر إشعارات بإلغاء البحث الدولي في حق ألف وسبعمائة وعشرة أشخاص، وإلغاء البحث المعمم على المستوى العربي في مائتين واثنتين وستين حالة.";
    expect(published(text, "2018")).toEqual(["international_search_cancellations 2018 = 1710", "arab_search_cancellations 2018 = 262"]);
  });

  it("does not read persons arrested on warrants as cancellations", () => {
    const text = "وأسفرت المذكرات الجارية عن توقيف ثمانية وثمانين شخصا مبحوثا عنهم على الصعيد الدولي.";
    expect(published(text, "2018")).toEqual(["wanted_persons_arrested 2018 = 88"]);
  });

  it("reads a notice qualified 'Arab' as an Arab search notice, and a count joined to one with its period shares it", () => {
    const text = "وهي أرقام منسجمة مع الحصيلة السنوية التي سجلت 3540 برقية بحث وطنية و362 برقية عربية.";
    expect(published(text, "2023-H2")).toEqual(["national_search_notices 2023 = 3540", "arab_search_notices 2023 = 362"]);
  });

  it("leaves an 'Arab' notice under a heading of cancellations a cancellation", () => {
    expect(published("6. إلغاء البحث: 1987 إشعارا دوليا و310 إشعارات عربية.", "2021")).toEqual(["international_search_cancellations 2021 = 1987", "arab_search_cancellations 2021 = 310"]);
  });
});

describe("vehicles told as stolen by a verb, and persons sent back", () => {
  it("reads files on vehicles 'سرقت' as stolen-vehicle files", () => {
    expect(published("و905 ملفات همت سيارات سرقت بالخارج أو بالمغرب.", "2018")).toEqual(["stolen_vehicle_files 2018 = 905"]);
  });

  it("reads 'مرحلا' (sent back) as persons extradited to Morocco", () => {
    expect(published("16 مرحلا إلى المغرب خلال سنة 2018", "2018")).toEqual(["persons_extradited_to_morocco 2018 = 16"]);
  });
});

describe("numbers in words in long sentences (held616)", () => {
  it("reads 'تربو على' as more than", () => {
    const text = "فقد عالجت المصالح خلال السنة المنصرمة سبعة آلاف وستمائة وثمانين ملفا وطلب معلومات، بزيادة تربو على ستة في المائة مقارنة بالسنة التي سبقتها.";
    const change = readText(text, catalogue, "2025", null).mentions.find((m) => m.text.includes("ستة في المائة"))!;
    expect(change.text).toBe("تربو على ستة في المائة");
  });

  it("reads what a count 'exceeds by' as the amount of a change, not a count of the year compared", () => {
    const text = "وهو رقم يرتفع للسنة الخامسة، ويزيد بأكثر من ثلاثة آلاف ملف عما عولج سنة 2021.";
    expect(statusOf(text, "2025", "أكثر من ثلاثة آلاف").status).toBe("unaccounted");
  });

  it("reads the verb before an aside of manner ('، تسليما أو ترحيلا،') with the count after it", () => {
    const text = "بينما أعيد إلى المغرب، تسليما أو ترحيلا، ستة وثلاثون مطلوبا للعدالة، مقابل واحد وثلاثين سنة 2024.";
    expect(published(text, "2025")).toEqual(["persons_extradited_to_morocco 2025 = 36", "persons_extradited_to_morocco 2024 = 31"]);
  });

  it("reads persons 'handed over to us' in the DGSN's own words as extradited to Morocco", () => {
    const text = "□ أوقفنا مائة وأربعة أشخاص مبحوث عنهم دوليا. وسلم إلينا تسعة عشر شخصا، بعدما كانوا أربعة عشر سنة 2020.";
    expect(published(text, "2021")).toEqual(["wanted_persons_arrested 2021 = 104", "persons_extradited_to_morocco 2021 = 19", "persons_extradited_to_morocco 2020 = 14"]);
  });
});
