// Readings the held-out sets of round 53 led to (held298–held301): a compared count matched to the earlier count of
// its own noun (count-continuation.ts byOwnNoun), "the number of" fronted before an aside (indicator-choice.ts
// frontedCountOf), "and they were" with an earlier period (wasThen), words that refer back to what led to a count ("على إثرها", governing-words.ts), "these" after a
// count of the same sentence (theseOfBefore), a forecast's future verb of level ("سيقف"), and Darija's "فـ" before a year.
import { describe, expect, it } from "vitest";
import { loadCatalogue } from "../../pipeline/catalogue/load.ts";
import { publishedFigures } from "../helpers/extract.ts";

const catalogue = loadCatalogue();
const published = (text: string, reference: string) => publishedFigures(text, catalogue, reference, null);

describe("counts compared or referred to across their sentence", () => {
  it("compares a count with the earlier count of its own noun, not the last one", () => {
    const text = "وبخصوص التسليم، استقدم المغرب أربعة مطلوبين من الخارج، وسلم رعيتين أجنبيتين، مقابل تسعة مطلوبين في النصف الأول من 2019.";
    expect(published(text, "2020-H1")).toContain("persons_extradited_to_morocco 2019-H1 = 9");
  });

  it("reads what 'the number of' names before an aside when the number's clause is a verb of level alone", () => {
    const text = "أظهرت الحصيلة أن عدد المواطنين المغاربة الذين تم توقيفهم خارج أرض الوطن، في إطار الأوامر الدولية بإلقاء القبض، بلغ 71 شخصا خلال سنة 2022، بعدما كان 62 مواطنا خلال 2021.";
    expect(published(text, "2022")).toEqual(["moroccan_citizens_arrested_abroad 2022 = 71", "moroccan_citizens_arrested_abroad 2021 = 62"]);
  });

  it("reads a count after 'على إثرها' with the clause of the count it followed", () => {
    const text = "ونشر المكتب مائة وستة أوامر دولية بإلقاء القبض، تم على إثرها توقيف مائة وتسعة عشر شخصا.";
    expect(published(text, "2022")).toEqual(["international_arrest_warrants 2022 = 106", "wanted_persons_arrested 2022 = 119"]);
  });

  it("reads 'and they were' with an earlier period after the number as what the count before it was then", () => {
    const text = "🔹 131 مبحوثا عنهم دوليا أوقفوا، مقابل 119 في 2022\n🔹 78 منهم مغاربة أوقفوا خارج المغرب، وكانوا 71 العام الماضي";
    expect(published(text, "2023")).toEqual(["wanted_persons_arrested 2023 = 131", "wanted_persons_arrested 2022 = 119", "moroccan_citizens_arrested_abroad 2023 = 78", "moroccan_citizens_arrested_abroad 2022 = 71"]);
  });

  it("compares whoever the last count counted with a noun of persons in general", () => {
    const text = "فيما سلم المغرب ثمانية مواطنين أجانب إلى بلدانهم بعد توقيف 74 شخصا مطلوبا، واستقبل 17 مطلوبا للقضاء المغربي سلمتهم دول أخرى، مقابل 15 شخصا في النصف الأول من العام الماضي.";
    expect(published(text, "2025-H1")).toContain("persons_extradited_to_morocco 2024-H1 = 15");
  });

  it("holds back a count recalled by the noun of a whole and its part after the part", () => {
    const text = "وتابع المكتب تنفيذ 162 إنابة قضائية دولية، من بينها 41 إنابة في قضايا المخدرات وتبييض الأموال، وهي الإنابات التي كانت قد بلغت 153 في السنة التي قبلها.";
    expect(published(text, "2024")).toEqual(["letters_rogatory 2024 = 162", "letters_rogatory_drugs_money_laundering 2024 = 41"]);
  });

  it("reads 'these' in a count's own clause as what the count before it in the sentence counted", () => {
    const text = "ونشر المكتب قرابة 2,3 ألف مذكرة لتوقيف سريان الأبحاث الدولية، بعدما كانت هذه المذكرات في حدود 2,2 ألف سنة 2022.";
    expect(published(text, "2023")).toEqual(["international_search_cancellations 2023 = approx 2300", "international_search_cancellations 2022 = approx 2200"]);
  });
});

describe("words around a count", () => {
  it("holds back the counts of a sentence about the regional level or a border crossing", () => {
    const text = "وعلى المستوى الجهوي، علمت البوابة من مصادر مطلعة أن المصالح الأمنية بكل من وجدة والناظور ساهمت في تنفيذ 14 مذكرة بحث دولية، كما تم عبر المعبر الحدودي بني انصار تسليم ثلاثة رعايا أجانب إلى سلطات بلدانهم.";
    expect(published(text, "2020")).toEqual([]);
  });

  it("reads the nation's whole a local part is out of, of the same indicator", () => {
    const text = "وعلى المستوى الجهوي، علمت الجريدة من مصادر أمنية أن مطار وجدة أنجاد شهد تسلم 4 أشخاص من أصل 19 شخصا سلمتهم دول أجنبية إلى المغرب خلال السنة.";
    expect(published(text, "2021")).toEqual(["persons_extradited_to_morocco 2021 = 19"]);
  });

  it("reads a signed percentage in parentheses closing a count's clause as that count's change", () => {
    const text = "مكن التعاون الأمني الدولي خلال 2025 من استقدام 36 مطلوبا للعدالة من الخارج، فيما سلم المغرب 18 رعية أجنبية إلى الدول التي طلبتهم (+29%).";
    expect(published(text, "2025")).toContain("foreigners_handed_over_by_morocco_pct_change 2025 vs 2024 = 29");
    expect(published("عالج القطب 5800 ملف، وارتفعت الأوامر الدولية بإلقاء القبض (+12%).", "2025")).toContain("international_arrest_warrants_pct_change 2025 vs 2024 = 12");
  });

  it("reads no warrant in 'الأمر الذي', which stands for 'which'", () => {
    const text = "تابع المكتب خلال سنة 2024 تنفيذ 162 إنابة قضائية دولية، الأمر الذي يمثل ارتفاعا بنحو 6 في المائة مقارنة مع سنة 2023.";
    expect(published(text, "2024")).toEqual(["letters_rogatory 2024 = 162", "letters_rogatory_pct_change 2024 vs 2023 = approx 6"]);
  });

  it("reads persons arrested abroad as the Moroccans arrested abroad, the part of the arrests", () => {
    expect(published("مطلوبون للعدالة المغربية: 83 موقوفا بالخارج سنة 2024", "2024")).toEqual(["moroccan_citizens_arrested_abroad 2024 = 83"]);
    expect(published("كان عدد الموقوفين خارج الوطن قد بلغ 39 شخصا في النصف الأول من 2023.", "2025-H1")).toEqual(["moroccan_citizens_arrested_abroad 2023-H1 = 39"]);
  });

  it("holds back what a future verb of level says the count will stop at", () => {
    const text = "أربعة أشخاص فقط في ستة أشهر. ولو استمر الإيقاع نفسه حتى نهاية السنة، فإن العدد سيقف عند ثمانية أشخاص من المطلوبين المسلمين إلى المغرب.";
    expect(published(text, "2020-H1").some((figure) => figure.endsWith("= 8"))).toBe(false);
  });

  it("reads Darija's 'فـ' before a year as no counted noun", () => {
    expect(published("🔹 1450 موظف وموظفة ديال الشرطة استافدو من التكوين فإطار التعاون، مقابل 1180 فـ2022", "2023")).toEqual(["police_staff_trained 2023 = 1450", "police_staff_trained 2022 = 1180"]);
  });
});

describe("years named otherwise", () => {
  it("reads a year named by what happened in it in the number's own clause before the period of the clause before", () => {
    const text = "فبعد أن عالج القطب 4480 ملفا سنة 2019، ثم تراجع العدد إلى 3950 ملفا في سنة الجائحة، قفز هذه السنة إلى 4677 ملفا.";
    expect(published(text, "2021")).toEqual(["files_processed 2019 = 4480", "files_processed 2020 = 3950", "files_processed 2021 = 4677"]);
    // A rate compared with a rate stays a rate.
    expect(published("فالقطب يعالج اليوم أكثر من 20 ملفا في اليوم، مقابل أقل من 11 ملفا سنة الجائحة.", "2025")).toEqual([]);
  });

  it("reads each year label in a parenthesis as the period of the value after it", () => {
    expect(published("1. الملفات وطلبات المعلومات المعالجة: 6312 (2022: 5800 - 2019: 4480)", "2023")).toEqual(["files_processed 2023 = 6312", "files_processed 2022 = 5800", "files_processed 2019 = 4480"]);
  });

  it("gives a count coordinated with a compared one the year its verb's clause named before both", () => {
    expect(published("وتأتي هذه الأرقام بعدما سجلت سنة 2024 بأكملها 112 أمرا دوليا و140 موقوفا.", "2025-H1")).toEqual(["international_arrest_warrants 2024 = 112", "wanted_persons_arrested 2024 = 140"]);
    expect(published("وعالج القطب 3690 ملفا مقابل 3420 ملفا و78 إنابة.", "2025-H1")).toEqual(["files_processed 2025-H1 = 3690", "files_processed 2024-H1 = 3420", "letters_rogatory 2025-H1 = 78"]);
  });

  it("reads a year right before a parenthesis, its record's epithet between, as the period of the count in it", () => {
    expect(published("أما الإنابات القضائية الدولية فبلغت 131 إنابة، متجاوزة رقم 2019 القياسي (125).", "2021")).toEqual(["letters_rogatory 2021 = 131", "letters_rogatory 2019 = 125"]);
    expect(published("لكنه يظل أعلى من رقم 2018 (112 إنابة).", "2021")).toEqual(["letters_rogatory 2018 = 112"]);
  });
});

