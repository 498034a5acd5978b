// What round 154 (held692–held695: numbers in words and every script, half-years against half-years, corrections
// and disputes, figures among other numbers) and the pending sets' misses led to: a table of a year's quarters named
// without their year, their total and its change; a purpose clause ("ليستقر المجموع عند …") that opens on the next
// figure's words; a part told after its count (a fraction restated, a comma before what it concerns); and "of this
// kind" after a count's noun.
import { describe, expect, it } from "vitest";
import { loadCatalogue } from "../../pipeline/catalogue/load.ts";
import { mentionIn, publishedFigures } from "../helpers/extract.ts";

const catalogue = loadCatalogue();

const published = (text: string, reference: string) => publishedFigures(text, catalogue, reference);

describe("a table of quarters named without their year", () => {
  const table = (change: string) =>
    [`| المؤشر | الربع الأول | الربع الثاني | الربع الثالث | الربع الرابع | المجموع | ${change}`, "|---|---|---|---|---|---|---", "| الأوامر الدولية بإلقاء القبض | 24 | 30 | 27 | 31 | 112 | +28,7%"].join("\n");

  it("its quarters and its total are the text's year's, its change the total's from the year its header names", () => {
    expect(published(table("التغير مقارنة بـ2023"), "2024")).toEqual([
      "international_arrest_warrants 2024-Q1 = 24",
      "international_arrest_warrants 2024-Q2 = 30",
      "international_arrest_warrants 2024-Q3 = 27",
      "international_arrest_warrants 2024-Q4 = 31",
      "international_arrest_warrants 2024 = 112",
      "international_arrest_warrants_pct_change 2024 vs 2023 = 28.7",
    ]);
  });

  it("or from the year before, when its header says so or names no year", () => {
    for (const header of ["التغير مقارنة بالسنة السابقة", "التغير (%)"]) {
      const reading = mentionIn(table(header), "28,7%", catalogue, "2024");
      expect(reading.observation_id).toBe("t/international_arrest_warrants_pct_change/2024/vs2023");
      expect(reading.evidence).toContain("the table's change column");
    }
  });

  it("a change against a year that is not before the text's is held back", () => {
    expect(mentionIn(table("التغير مقارنة بـ2025"), "28,7%", catalogue, "2024").status).toBe("held_back");
  });
});

describe("a purpose clause after a figure", () => {
  it("'ليستقر المجموع السنوي عند …' is the next figure's, not a period of the one before", () => {
    const text = "وعالجت المصالح 1870 ملفا في الربع الثالث، قبل أن يضيف الربع الأخير 1925 ملفا ليستقر المجموع السنوي عند 7215 ملفا.";
    expect(published(text, "2024")).toEqual(["files_processed 2024-Q3 = 1870", "files_processed 2024-Q4 = 1925", "files_processed 2024 = 7215"]);
  });
});

describe("a part told after its count", () => {
  it("'أكثر من ثلثها، وتحديدا …': the restated number is the fraction's, a part, not the count again", () => {
    const text = "وتتبع المكتب تسع وأربعون إنابة، أكثر من ثلثها، وتحديدا سبع عشرة إنابة، يهم الاتجار في المخدرات وغسل الأموال.";
    expect(published(text, "2017-H1")).toEqual(["letters_rogatory 2017-H1 = 49", "letters_rogatory_drugs_money_laundering 2017-H1 = 17"]);
  });

  it("a comma before what the count concerns ('، تهم …') cuts no clause", () => {
    const text = "وتتبع المكتب 131 إنابة قضائية دولية، منها 44 إنابة، تتعلق بالاتجار الدولي في المخدرات وغسل الأموال.";
    expect(published(text, "2021")).toEqual(["letters_rogatory 2021 = 131", "letters_rogatory_drugs_money_laundering 2021 = 44"]);
  });

  it("but does when that clause names a part of the count ('، يتعلق جزء مهم منها …')", () => {
    const text = "وتابع المكتب تنفيذ 127 إنابة قضائية دولية، يتعلق جزء مهم منها بالاتجار في المخدرات وغسل الأموال.";
    expect(published(text, "2021")).toEqual(["letters_rogatory 2021 = 127"]);
  });

  it("or when a participle opens it, the predicate of the sentence's subject ('، مرتبط أساسا بـ…')", () => {
    const text = "ويرى متتبعون أن تراجع عدد المبحوث عنهم الموقوفين إلى 76 شخصا، بعدما كانوا 97 سنة 2019، مرتبط أساسا بشلل حركة التنقل خلال أشهر الحجر الصحي.";
    expect(published(text, "2020")).toEqual(["wanted_persons_arrested 2020 = 76", "wanted_persons_arrested 2019 = 97"]);
  });
});

describe("'of this kind' after a count's noun", () => {
  it("refers to the noun as an earlier sentence named it, and is read with that sentence's words", () => {
    const text = "عندما يهرب شخص إلى بلد آخر، تنشر الشرطة \"مذكرة بحث دولية\" حتى تعرف شرطة البلدان الأخرى أنه مطلوب. وفي سنة 2018 نشرت شرطتنا 78 مذكرة من هذا النوع.";
    const reading = mentionIn(text, "78", catalogue, "2018");
    expect(reading.observation_id).toBe("t/international_arrest_warrants/2018");
    expect(reading.evidence).toContain("of this kind");
  });

  it("and stays unread when no earlier sentence names the noun", () => {
    expect(published("وفي سنة 2018 نشرت شرطتنا 78 مذكرة من هذا النوع.", "2018")).toEqual([]);
  });
});

describe("the same half named by 'الشطر'", () => {
  it("'في الشطر نفسه من 2024' is the same half of that year, and the change is against it", () => {
    const text = "في الشطر الثاني من 2025، عالج القسم 3950 ملفا وطلب معلومات، مقابل 3795 في الشطر نفسه من 2024، وهو ما يمثل زيادة بـ4,1%.";
    expect(published(text, "2025-H2")).toEqual(["files_processed 2025-H2 = 3950", "files_processed 2024-H2 = 3795", "files_processed_pct_change 2025-H2 vs 2024-H2 = 4.1"]);
  });
});

describe("a part of the year after 'منهم'", () => {
  it("counted by a noun of persons in general, is the part of the year of a whole that counts persons", () => {
    const text = "تم تسليم 16 شخصا مطلوبا للعدالة المغربية، منهم 8 أشخاص خلال النصف الأول من السنة.";
    expect(published(text, "2019")).toEqual(["persons_extradited_to_morocco 2019 = 16", "persons_extradited_to_morocco 2019-H1 = 8"]);
  });
});

describe("a sentence that opens on a part of the year and ends on the whole year", () => {
  const text =
    "خلال الأشهر الستة الأولى من السنة، لم يتعد عدد مذكرات البحث الدولية المعممة 29 مذكرة، أفضت إلى توقيف 34 شخصا، قبل أن ترتفع الوتيرة نسبيا في النصف الثاني ليبلغ المجموع السنوي 63 مذكرة و76 موقوفا. كما عمم المكتب 337 إشعارا صادرا عن أقسام الاتصال بالدول العربية.";

  it("shares the year of its total with the count coordinated after it", () => {
    expect(published(text, "2020")).toContain("wanted_persons_arrested 2020 = 76");
    expect(published(text, "2020")).toContain("wanted_persons_arrested 2020-H1 = 34");
  });

  it("and the sentence going on after it ('كما …') takes none of its opening", () => {
    expect(published(text, "2020")).toContain("arab_search_notices 2020 = 337");
  });
});

describe("round 155's regional, quarterly and student texts", () => {
  it("'عن الثلاثي السابق' is against the quarter before", () => {
    const text = "واصلت مذكرات البحث الدولية التي نشرها المكتب المركزي الوطني تراجعها، إذ لم تتعد 23 مذكرة، بانخفاض 8 في المائة عن الثلاثي السابق.";
    expect(published(text, "2022-Q4")).toContain("international_arrest_warrants_pct_change 2022-Q4 vs 2022-Q3 = -8");
  });

  it("a list's heading before its colon names no category of the list's first share", () => {
    const text = "ويتوزع هذا المجهود على قضايا متنوعة: 26 في المائة تتعلق بالاتجار في المخدرات، و19 في المائة بطلبات المعلومات.";
    expect(mentionIn(text, "26 في المائة", catalogue, "2021").observation_id).toBe("t/files_share_by_case_type/2021/drug_trafficking");
  });

  it("'هو' does not carry a change back past a count of its own sentence the reading could not map", () => {
    const text = "عالج القسم 4677 ملفا خلال سنة 2021.\n\nرقم ثان: 19\nهو عدد الأشخاص المطلوبين للعدالة المغربية الذين تسلمهم المغرب من دول أجنبية، مقابل 14 شخصا سنة 2020، أي بزيادة 35,7 في المائة.";
    expect(mentionIn(text, "35,7 في المائة", catalogue, "2021").status).not.toBe("observation");
  });

  it("a count the sentence places in a Moroccan city ('وبمدينة مكناس، …') is the city's, not the nation's", () => {
    expect(mentionIn("وبمدينة مكناس، حجزت المصالح الأمنية 9 سيارات مسروقة من الخارج.", "9", catalogue, "2021").status).toBe("held_back");
    expect(published("وحجزت المصالح الأمنية 275 سيارة مسروقة من الخارج.", "2021")).toEqual(["stolen_vehicles_seized 2021 = 275"]);
  });
});

describe("a local unit's numbered list, in a text whose title names the unit", () => {
  const source = (item2: string) =>
    `وأورد البلاغ أن مصالح ولاية أمن أكادير سجلت في هذا المجال النتائج التالية:\n1- توقيف 9 أشخاص مبحوث عنهم على الصعيد الدولي؛\n2- تنفيذ 6 إنابات قضائية دولية أحيلت على المصالح الولائية ${item2}؛\n3- حجز 8 سيارات مسروقة من دول أوروبية، أغلبها بميناء أكادير.`;

  it("a national body named as the channel of the unit's work does not turn the text to the nation's", () => {
    const title = "ولاية أمن أكادير تكشف حصيلتها في التعاون الدولي";
    expect(publishedFigures(`${title}\n\n${source("عن طريق المكتب المركزي الوطني")}`, catalogue, "2017", null, title)).toEqual([]);
  });

  it("as a national body acting does", () => {
    const title = "ولاية أمن أكادير تكشف حصيلتها في التعاون الدولي";
    expect(publishedFigures(`${title}\n\n${source("، ونشر المكتب المركزي الوطني 71 مذكرة")}`, catalogue, "2017", null, title)).toContain("stolen_vehicles_seized 2017 = 8");
  });
});
