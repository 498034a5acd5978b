// Wordings other outlets use for the same figures (held-out sets held6 to held8): speech that says a number twice,
// a speaker's label, translated word order, cards whose label spans two lines, other countries' figures, and the
// ways a text points back to the year before.
import { describe, expect, it } from "vitest";
import { loadCatalogue } from "../../pipeline/catalogue/load.ts";
import { readText } from "../helpers/extract.ts";

const catalogue = loadCatalogue();

/** "indicator period [category] [vs base] = [qualifier ]value" for each published observation, in text order. */
function published(text: string, reference = "2022"): string[] {
  return readText(text, catalogue, reference).observations.map(
    (o) => `${o.indicator_id} ${o.period}${o.category ? ` ${o.category}` : ""}${o.base_period ? ` vs ${o.base_period}` : ""} = ${o.qualifier ? `${o.qualifier} ` : ""}${o.value}`,
  );
}

const mentionOf = (text: string, number: string, reference = "2022") => readText(text, catalogue, reference).mentions.find((m) => m.text === number)!;

describe("a number said twice, in words then in digits", () => {
  it("takes the noun that follows the digits ('ميا وواحد، 101 شخص')", () => {
    const text = "وهادشي عطى توقيف ميا وواحد، 101 شخص مبحوث عليه دوليا.";
    expect(published(text)).toEqual(["wanted_persons_arrested 2022 = 101"]);
    expect(mentionOf(text, "101")).toMatchObject({ status: "restatement" });
  });

  it("reads the digits as the same figure past a longer noun phrase ('تلاتة ديال التسليم المراقب ديال المخدرات، 3')", () => {
    const text = "كاينين ربعة ديال العمليات متعددة الأطراف مع الأنتربول، 4 عمليات، وتلاتة ديال التسليم المراقب ديال المخدرات، 3، مع إسبانيا.";
    expect(published(text)).toEqual(["interpol_multilateral_operations 2022 = 4", "controlled_deliveries 2022 = 3"]);
    expect(mentionOf(text, "3")).toMatchObject({ status: "restatement" });
  });
});

describe("what a number counts when its noun stands elsewhere", () => {
  it.each([
    ["the noun opening the clause before, after a speaker's label", "[00:13:06] الضيف: الإنابات القضائية الدولية اللي تتبعات فالتنفيذ، ميا وطناش، بالأرقام 112.", "letters_rogatory 2022 = 112"],
    ["'عدد من' after the number, in a translated word order", "68 عدد من أوامر الاعتقال الدولية تم نشرها وتعميمها خلال الفترة.", "international_arrest_warrants 2022 = 68"],
    ["a pronoun between the part and its noun ('38 منهم هم مواطنون مغاربة')", "نتيجة لذلك، 65 الأشخاص المطلوبين دوليا تم القبض عليهم، 38 منهم هم مواطنون مغاربة تم القبض عليهم في الخارج.", "wanted_persons_arrested 2022 = 65|moroccan_citizens_arrested_abroad 2022 = 38"],
    ["a dual followed by the numeral two ('أجنبيين اثنين')", "- توقيف أجنبيين اثنين مطلوبين من طرف السلطات القضائية الأمريكية.", "foreigners_arrested_for_us 2022 = 2"],
    ["a construct dual ('عمليتي تسليم مراقب')", "ونفذت عمليتي تسليم مراقب للمخدرات مع السلطات الإسبانية.", "controlled_deliveries 2022 = 2"],
    ["red notices are international arrest warrants", "قام المكتب المركزي الوطني بنشر 62 نشرة حمراء.", "international_arrest_warrants 2022 = 62"],
    ["staff in the construct plural", "تنظيم دورات تكوينية مشتركة لفائدة 620 من موظفي الشرطة.", "police_staff_trained 2022 = 620"],
    ["a clause opening on its topic ('وعلى مستوى …،'), the numbers of the next clause", "وعلى مستوى مذكرات إيقاف سريان الأبحاث الدولية، سجلت الحصيلة 2287 مذكرة، مقابل 2169 في السنة الفارطة.", "international_search_cancellations 2022 = 2287|international_search_cancellations 2021 = 2169"],
    ["'وعددهم' after a noun phrase: its head noun, read with the clause that names it", "وتم توقيف 142 مبحوثا عنهم دوليا. ويمثل المغاربة الموقوفون خارج أرض الوطن، وعددهم 86، ما يقارب ثلاثة أخماس الموقوفين.", "wanted_persons_arrested 2022 = 142|moroccan_citizens_arrested_abroad 2022 = 86"],
  ])("%s", (_, text, expected) => {
    expect(published(text)).toEqual(expected.split("|"));
  });

  it("reads national and Arab search notices from a card whose label spans two lines", () => {
    const text = "📷 البطاقة 5/6\n🔹 مذكرات البحث\nوطنيا | عربيا\n3815 | 402\n";
    expect(published(text)).toEqual(["national_search_notices 2022 = 3815", "arab_search_notices 2022 = 402"]);
  });

  it("does not take a line with one pipe for a table row when no line beside it is one", () => {
    const text = "Maghreb Security Digest | تم التحديث: 16 يناير\n\nعالج القطب 3704 ملفات.";
    expect(published(text)).toEqual(["files_processed 2022 = 3704"]);
  });

  it("does not count red notices Interpol issued as the DGSN's warrants", () => {
    const text = "وأوضحت المنظمة الدولية للشرطة الجنائية أن أمانتها العامة أصدرت أزيد من 11 ألف نشرة حمراء.";
    expect(published(text)).toEqual([]);
  });
});

describe("figures that are not the DGSN's", () => {
  it("holds back a sentence on another country ('أما في تونس، …')", () => {
    const text = "أما في تونس، فقد أعلنت وزارة الداخلية عن متابعة تنفيذ 64 إنابة قضائية دولية.";
    expect(mentionOf(text, "64")).toMatchObject({ status: "held_back", reason: expect.stringMatching(/another country/) });
  });

  it("keeps a sentence on Morocco, and a partner named after the opening", () => {
    expect(published("في المغرب، تابع المكتب تنفيذ 121 إنابة قضائية دولية.")).toEqual(["letters_rogatory 2022 = 121"]);
    expect(published("وفي إطار التعاون مع إسبانيا، تابع المكتب تنفيذ 121 إنابة قضائية دولية.")).toEqual(["letters_rogatory 2022 = 121"]);
  });

  it("holds back the Public Prosecutor's figures, and keeps the American judicial authorities as a partner", () => {
    const text = "أما رئاسة النيابة العامة، فقد سجلت في تقريرها السنوي توصلها بـ412 طلب تعاون قضائي دولي.";
    expect(mentionOf(text, "412")).toMatchObject({ status: "held_back", reason: expect.stringMatching(/another body/) });
    expect(published("وتم توقيف ثلاثة أجانب مطلوبين من طرف السلطات القضائية الأمريكية.")).toEqual(["foreigners_arrested_for_us 2022 = 3"]);
  });

  it("holds back a change measured against an average named before the number", () => {
    const text = "عالج القطب 6412 ملفا. إذ يفوق رقم 2022 هذا المتوسط بـ46 في المائة.";
    expect(mentionOf(text, "46 في المائة")).toMatchObject({ status: "held_back", reason: expect.stringMatching(/average/) });
  });
});

describe("the year before, in other words", () => {
  it.each([
    ["'سنة من قبل', and a temporal clause after the change's figure", "عالجت المصالح ستة آلاف و412 ملفا، وهو رقم يتجاوز ما تم تسجيله سنة من قبل بأكثر من 10 في المائة، حين بلغ عدد الملفات 5800 ملف.", "2023", "files_processed 2023 = 6412|files_processed_pct_change 2023 vs 2022 = gt 10|files_processed 2022 = 5800"],
    ["'الموسم الماضي'", "تولت المصالح معالجة 7480 ملفا، مقابل 6930 ملفا خلال الموسم الماضي.", "2025", "files_processed 2025 = 7480|files_processed 2024 = 6930"],
    ["'الأشهر الممتدة من يناير إلى يونيو' is the first half", "فخلال الأشهر الممتدة من يناير إلى يونيو، تولى القطب معالجة 3 آلاف و412 ملفا.", "2024-H1", "files_processed 2024-H1 = 3412"],
    ["a change told by its two ends, each with its year, the word of change before a comma", "كما تضاعف عدد عمليات التسليم المراقب مرتين ونصف، من عمليتين سنة 2022 إلى خمس عمليات سنة 2024.", "2024", "controlled_deliveries 2022 = 2|controlled_deliveries 2024 = 5"],
    ["'العام الذي سبقه'", "أوقفت المصالح خمسة أجانب مطلوبين للقضاء الأمريكي، مقارنة مع ثلاثة أجانب في العام الذي سبقه.", "2023", "foreigners_arrested_for_us 2023 = 5|foreigners_arrested_for_us 2022 = 3"],
    ["a change in a sentence opening with 'هذا', of the previous sentence's figure", "الملفات المعالجة كانت 3704 في النصف الثاني من العام 2024. هذا يمثل زيادة من 10 في المائة مقارنة بنفس النصف من 2023.", "2024-H2", "files_processed 2024-H2 = 3704|files_processed_pct_change 2024-H2 vs 2023-H2 = 10"],
  ])("%s", (_, text, reference, expected) => {
    expect(published(text, reference)).toEqual(expected.split("|"));
  });
});

describe("shares paired with their categories by 'على التوالي'", () => {
  it("pairs in order, the percent sign written once after the last", () => {
    const text = "وتصدرت إسبانيا وفرنسا قائمة الدول الشريكة، إذ استأثرتا على التوالي بـ27 و21 في المائة من مجموع المبادلات.";
    expect(published(text, "2023")).toEqual(["exchanges_share_by_partner 2023 ES = 27", "exchanges_share_by_partner 2023 FR = 21"]);
    expect(mentionOf(text, "27").evidence).toMatch(/على التوالي/);
  });

  it("pairs with the marker after the shares", () => {
    const text = "واستحوذت قضايا المخدرات والهجرة غير النظامية على 38 و17 في المائة على التوالي من الملفات.";
    expect(published(text, "2023")).toEqual(["files_share_by_case_type 2023 drug_trafficking = 38", "files_share_by_case_type 2023 irregular_migration = 17"]);
  });

  it("pairs nothing when the lists differ in length, and reads no bare number as a share", () => {
    const text = "وتصدرت إسبانيا وفرنسا وبلجيكا القائمة، إذ استأثرت على التوالي بـ27 و21 في المائة من المبادلات.";
    expect(published(text, "2023")).toEqual([]);
    expect(mentionOf(text, "27").status).toBe("unaccounted");
  });
});
