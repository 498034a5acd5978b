// Readings the held-out sets of round 52 led to (held294–held297): an aim named by the noun of reaching
// (not-stated.ts targetNumber), a change told by its two ends with no verb (transition.ts changeAfterEnds,
// percent-reading.ts endsDirection; a share's ends, share-ends.ts), "this figure" whose change one recent count's base agrees with
// (percent-reading.ts agreeingReferent), the exact figure in parentheses after a bound (count-reading.ts
// exactOfBound), and the words that govern a count across a fronted phrase (governing-words.ts).
import { describe, expect, it } from "vitest";
import { loadCatalogue } from "../../pipeline/catalogue/load.ts";
import { publishedFigures, readText } from "../helpers/extract.ts";

const catalogue = loadCatalogue();
const published = (text: string, reference: string) => publishedFigures(text, catalogue, reference, null);
const statusOf = (text: string, number: string, reference: string) => readText(text, catalogue, reference).mentions.find((m) => m.text.includes(number))!;

describe("an aim named by the noun of reaching", () => {
  it("holds back the number 'بلوغ' governs, with or without a threshold word, as an aim, not a result", () => {
    for (const text of ["إن بلوغ 150 إنابة قضائية مع نهاية السنة سيكون مؤشرا إضافيا على ثقة الشركاء.", "وتسعى المديرية لبلوغ 1500 مستفيد من التكوين.", "وتراهن على بلوغ عتبة 8 آلاف ملف معالج."]) {
      expect(published(text, "2024-H1")).toEqual([]);
    }
    expect(statusOf("وتسعى المديرية لبلوغ 1500 مستفيد من التكوين.", "1500", "2024").reason).toContain("an aim or a hope");
  });

  it("reads the count when the noun carries its subject's pronoun: 'by its reaching' tells what happened", () => {
    expect(published("وتجاوز عدد الإنابات القضائية الدولية لأول مرة عتبة المائة، ببلوغه 104 إنابات، مقابل 96 إنابة سنة 2016.", "2017")).toEqual(["letters_rogatory 2017 = 104", "letters_rogatory 2016 = 96"]);
  });
});

describe("a change told by its two ends with no word of change before them", () => {
  it("reads the ends when a noun of change follows the later one, and the rate after them goes the way they go", () => {
    expect(published("- الأوامر الدولية بإلقاء القبض: من 87 إلى 112 أمرا، أي بنسبة 29 في المائة تقريبا.", "2024")).toEqual([
      "international_arrest_warrants 2023 = 87",
      "international_arrest_warrants 2024 = 112",
      "international_arrest_warrants_pct_change 2024 vs 2023 = approx 29",
    ]);
    expect(published("- الأوامر الدولية بإلقاء القبض: من 112 إلى 87 أمرا، أي بنسبة 22 في المائة.", "2024")).toContain("international_arrest_warrants_pct_change 2024 vs 2023 = -22");
    expect(published("- إعلانات البحث الصادرة عن شعب الاتصال العربية: من 362 إلى 344، أي بتراجع قدره 5 في المائة.", "2024")).toEqual(["arab_search_notices 2023 = 362", "arab_search_notices 2024 = 344"]);
  });

  it("reads a list item's two ends as a change's when the heading over the list names the change", () => {
    const text = "ثانيا: ما انخفض\n- الأجانب الموقوفون لفائدة السلطات القضائية الأمريكية: من أربعة إلى اثنين فقط.\n- العمليات متعددة الأطراف بتنسيق مع الأنتربول: من سبع إلى ست.";
    expect(published(text, "2024")).toEqual(["foreigners_arrested_for_us 2023 = 4", "foreigners_arrested_for_us 2024 = 2", "interpol_multilateral_operations 2023 = 7", "interpol_multilateral_operations 2024 = 6"]);
    expect(published("أبرز الأرقام\n- العمليات متعددة الأطراف بتنسيق مع الأنتربول: من سبع إلى ست.", "2024")).toEqual([]);
  });

  it("still holds back both ends of a range", () => {
    expect(published("- الأوامر الدولية بإلقاء القبض: من 87 إلى 112 أمرا.", "2024")).toEqual([]);
    expect(published("وعالج القطب شهريا من 400 إلى 500 ملف، بنسبة إنجاز مرتفعة.", "2024")).toEqual([]);
  });
});

describe("'this figure' with a change", () => {
  it("refers to the recent count whose own base gives that change, when the last figure has none", () => {
    const text = "وكانت المديرية قد كشفت أن سنة 2021 عرفت تسليم أو استقدام 19 شخصا مطلوبا للعدالة المغربية من دول أجنبية، مقابل 14 شخصا فقط خلال السنة التي قبلها، فيما سلم المغرب 9 رعايا أجانب إلى بلدانهم.\n\nواعتبر البرلماني أن هذا الرقم، رغم ارتفاعه بنحو 36 في المائة، يظل متواضعا.";
    expect(published(text, "2021")).toContain("persons_extradited_to_morocco_pct_change 2021 vs 2020 = approx 36");
  });
});

describe("counts in the words around another", () => {
  it("reads the exact figure in parentheses after a bound or a rounded figure as the same period's", () => {
    expect(published("الإنابات القضائية الدولية تجاوزت المائة (104 إنابات)، والأوامر الدولية بإلقاء القبض بلغت 71 أمرا.", "2017")).toEqual(["letters_rogatory 2017 = 104", "international_arrest_warrants 2017 = 71"]);
    expect(published("عالج القطب قرابة 3400 ملف (3380 بالضبط)، بعدما كان الرقم في حدود 2950 سنة 2016.", "2017")).toEqual(["files_processed 2017 = 3380", "files_processed 2016 = approx 2950"]);
    // After an exact figure, the parenthesis is another period's value.
    expect(published("تم استقدام 17 شخصا مطلوبا للعدالة المغربية (15 في السنة الماضية).", "2017")).toEqual(["persons_extradited_to_morocco 2017 = 17", "persons_extradited_to_morocco 2016 = 15"]);
  });

  it("reads the result of a verb of result opening the first clause after a fronted phrase, and an action phrase ending on 'على'", () => {
    expect(published("وعلى المستوى الوطني، أسفرت الأوامر الدولية بإلقاء القبض، التي بلغ عددها 71 أمرا، عن توقيف 80 شخصا.", "2017")).toEqual(["international_arrest_warrants 2017 = 71", "wanted_persons_arrested 2017 = 80"]);
    expect(published("وفي ما يخص الموقوفين، أسفرت 71 مذكرة توقيف دولية عن إلقاء القبض على 80 شخصا.", "2017")).toEqual(["international_arrest_warrants 2017 = 71", "wanted_persons_arrested 2017 = 80"]);
  });

  it("reads what 'the number of' names when the noun after the number repeats one of its words", () => {
    expect(published("وبلغ عدد المواطنين المغاربة الموقوفين في الخارج 62 موقوفا.", "2021")).toEqual(["moroccan_citizens_arrested_abroad 2021 = 62"]);
    expect(published("وبلغ عدد الأشخاص الموقوفين 62 موقوفا.", "2021")).toEqual(["wanted_persons_arrested 2021 = 62"]);
  });

  it("reads 'this kind' after a part in the same sentence as that part, and a part after a whole of a year named before it as of that year", () => {
    const kind = "وتهم 19 إنابة منها قضايا الاتجار في المخدرات وتبييض الأموال، علما أن عدد هذا الصنف من الإنابات لم يتجاوز 35 طوال سنة 2023.";
    expect(published(kind, "2024-H1")).toEqual(["letters_rogatory_drugs_money_laundering 2024-H1 = 19", "letters_rogatory_drugs_money_laundering 2023 = lte 35"]);
    expect(published("وكان عدد المستفيدين قد بلغ 420 طيلة سنة 2020.", "2021-H1")).toEqual(["police_staff_trained 2020 = 420"]);
  });
});

describe("a share told by its two ends", () => {
  it("reads both ends as the share the subject names, the earlier one a year before, its sign written once or twice", () => {
    expect(published("بينما تراجعت حصة الدورات المنظمة بالمغرب من 71 إلى 68 في المائة.", "2024")).toEqual(["training_share_in_morocco 2023 = 71", "training_share_in_morocco 2024 = 68"]);
    expect(published("وارتفعت حصة الدورات الحضورية من 64 في المائة إلى 72 في المائة.", "2024-H1")).toEqual(["training_share_in_person 2023-H1 = 64", "training_share_in_person 2024-H1 = 72"]);
  });

  it("leaves a range of rates of change alone", () => {
    expect(published("وارتفع عدد الملفات بنسبة تراوحت من 10 إلى 12 في المائة.", "2024")).toEqual([]);
  });
});
