// Readings the held-out sets of rounds 59 and 60 led to (held322–held329): a change "بين النصفين" (change-span.ts),
// the change of the part that ends a year's total (change-periods.ts), a whole given before its part of the report's
// half (count-periods.ts wholeOfLaterPart), a verb before an aside of time (governing-words.ts), a card's frame under
// its last value (label-above.ts), the level of a change counted by a noun of persons in general; a list numbered
// again from 1 (layout.ts), a change from a count to a count (years.ts), the later end of a change, and a place of
// action before an aside of time (other-body.ts).
import { describe, expect, it } from "vitest";
import { loadCatalogue } from "../../pipeline/catalogue/load.ts";
import { mentionIn, publishedFigures } from "../helpers/extract.ts";

const catalogue = loadCatalogue();
const published = (text: string, reference: string) => publishedFigures(text, catalogue, reference, null);

describe("halves of a year", () => {
  it("reads a change 'بين النصفين' in a half-year report against the half before, and its earlier end as that half's", () => {
    const text = "وسجلت الأوامر الدولية بإلقاء القبض تراجعا بنسبة 17 في المائة بين النصفين، إذ انتقلت من 58 أمرا إلى 48.";
    expect(published(text, "2022-H2")).toEqual(["international_arrest_warrants_pct_change 2022-H2 vs 2022-H1 = -17", "international_arrest_warrants 2022-H1 = 58", "international_arrest_warrants 2022-H2 = 48"]);
  });

  it("reads 'بين النصفين' after a sentence naming another year's half as the two halves of that name", () => {
    const text = "عالجنا في النصف الثاني من 2015 ما مجموعه 1410 ملفات. في النصف الثاني من 2014 لم نتجاوز 1175 ملفا، فالارتفاع يقارب 20 في المائة بين النصفين.";
    expect(published(text, "2015-H2")).toContain("files_processed_pct_change 2015-H2 vs 2014-H2 = approx 20");
  });

  it("gives a change after the part that ends a year's total that part's period", () => {
    const text = "عالج القطب خلال سنة 2023 كاملة 6312 ملفا، منها 3104 ملفات في النصف الأول، ما يعني أن الفترة الممتدة من يوليوز إلى دجنبر استأثرت بـ3208 ملفات، أي بزيادة 3,4 في المائة عن النصف الأول.";
    expect(published(text, "2023-H2")).toContain("files_processed_pct_change 2023-H2 vs 2023-H1 = 3.4");
  });

  it("keeps the year's change after its first half, or with a year as its base", () => {
    const first = "عالج القطب 2950 ملفا، كان نصيب النصف الأول من السنة منها 1430 ملفا، مسجلا بذلك ارتفاعا بنسبة 10 في المائة قياسا بسنة 2015.";
    expect(published(first, "2016")).toContain("files_processed_pct_change 2016 vs 2015 = 10");
    const yearBase = "7640 ملفا عالجها القطب خلال سنة 2025، منها 3690 ملفا في النصف الأول و3950 ملفا في النصف الثاني، بزيادة تقارب 6 في المائة مقارنة مع 2024.";
    expect(published(yearBase, "2025")).toContain("files_processed_pct_change 2025 vs 2024 = approx 6");
  });

  it("reads a relative clause after 'the same period of' a year as that period's, not the whole year's", () => {
    const text = "أوقفت المصالح 65 شخصا مبحوثا عنهم، بارتفاع طفيف عن الفترة ذاتها من 2022 التي سجلت 62 موقوفا.";
    expect(published(text, "2023-H2")).toEqual(["wanted_persons_arrested 2023-H2 = 65", "wanted_persons_arrested 2022-H2 = 62"]);
  });

  it("reads a count whose part the next clause gives for the report's half as the year's", () => {
    const text = "كما نشرت 298 مذكرة لإيقاف الأبحاث المذاعة على الصعيد العربي، منها 151 في النصف الثاني.";
    expect(published(text, "2023-H2")).toEqual(["arab_search_cancellations 2023 = 298", "arab_search_cancellations 2023-H2 = 151"]);
  });

  it("keeps the report's half for a count whose part is a quarter of it", () => {
    const text = "عالج القطب خلال الأشهر الستة الأولى من سنة 2025، ما مجموعه 3690 ملفا وطلب معلومات، منها 1910 ملفات خلال الربع الثاني وحده.";
    expect(published(text, "2025-H1")).toEqual(["files_processed 2025-H1 = 3690", "files_processed 2025-Q2 = 1910"]);
  });
});

describe("what governs a count, and labels", () => {
  it("reads a count right after an aside of time as the object of the verb before the aside", () => {
    const text = "قال التقرير إن المصالح الأمنية استقدمت، خلال الأشهر الستة الأخيرة من سنة 2023، أربعة عشر شخصا مطلوبا للقضاء المغربي من دول مختلفة.";
    expect(published(text, "2023-H2")).toEqual(["persons_extradited_to_morocco 2023-H2 = 14"]);
  });

  it("reads a card's labels above their values when a frame closes it", () => {
    const text = "┌ أرقام مفتاحية – حصيلة 2025 ┐\nالملفات وطلبات المعلومات المعالجة\n7 640\nطلبات المعلومات عبر قنوات الأنتربول\n2 715\nالإنابات القضائية الدولية\n175\n└──────────────┘";
    expect(published(text, "2025")).toEqual(["files_processed 2025 = 7640", "interpol_information_requests 2025 = 2715", "letters_rogatory 2025 = 175"]);
  });

  it("reads the level of a change counted by a noun of persons in general as a count of what changes", () => {
    const bounded = "في المقابل، تراجع عدد الرعايا الأجانب الذين سلمهم المغرب إلى بلدانهم بنسبة 30%، إذ لم يتجاوز 7 أشخاص، بعدما كانوا 10 أشخاص في 2016.";
    expect(published(bounded, "2017")).toEqual(["foreigners_handed_over_by_morocco_pct_change 2017 vs 2016 = -30", "foreigners_handed_over_by_morocco 2017 = lte 7", "foreigners_handed_over_by_morocco 2016 = 10"]);
    const reached = "في حين ارتفع عدد الأشخاص الذين تم استقدامهم إلى المغرب من الخارج بـ33 في المائة ليصل إلى 12 شخصا مطلوبا للعدالة المغربية.";
    expect(published(reached, "2017")).toContain("persons_extradited_to_morocco 2017 = 12");
  });

  it("reads the level of a change by what changes when that counts the level's own noun too", () => {
    const text = "فعدد المواطنين المغاربة الموقوفين خارج أرض الوطن تراجع من 58 سنة 2017 إلى 49 سنة 2018، قبل أن يعود إلى الارتفاع ويبلغ 55 موقوفا سنة 2019.";
    expect(published(text, "2019")).toEqual(["moroccan_citizens_arrested_abroad 2017 = 58", "moroccan_citizens_arrested_abroad 2018 = 49", "moroccan_citizens_arrested_abroad 2019 = 55"]);
  });
});

describe("lists, ends of changes and places", () => {
  it("reads a list numbered again from 1 right after another as two lists of items", () => {
    const text = "هذا ما يجب أن تعرفه:\n\n1- الملفات: 5800 ملف وطلب معلومات عالجها القطب.\n\n2- الإنابات: 143 إنابة قضائية دولية.\n\n1. حالة الطقس: أمطار فوق 1500 متر\n2. نصائح قبل السفر";
    expect(published(text, "2022")).toEqual(["files_processed 2022 = 5800", "letters_rogatory 2022 = 143"]);
  });

  it("sets aside the numbers of a numbered series: a slide and the slides", () => {
    const text = "الصورة 1 من 4: الملفات\nعالج قطب التعاون الأمني الدولي ما يقارب 6 آلاف ملف وطلب معلومات.";
    expect(published(text, "2022")).toEqual(["files_processed 2022 = approx 6000"]);
    expect(mentionIn(text, "4", catalogue, "2022")).toMatchObject({ status: "ignored", reason: expect.stringContaining("numbered series") });
  });

  it("reads the earlier end of a change from a count to a count as a count, not a year", () => {
    const text = "أما مذكرات توقيف سريان الأبحاث الدولية فانتقلت من 1987 إلى 2169.";
    expect(published(text, "2022")).toEqual(["international_search_cancellations 2021 = 1987", "international_search_cancellations 2022 = 2169"]);
  });

  it("reads the later end of a change as what its earlier end counts", () => {
    const text = "في المقابل، تراجع عدد عمليات التسليم المراقب للمخدرات من ثلاث إلى عمليتين، وارتفع عدد العمليات متعددة الأطراف المنسقة مع الأنتربول من أربع إلى خمس.";
    expect(published(text, "2022")).toEqual(["controlled_deliveries 2021 = 3", "controlled_deliveries 2022 = 2", "interpol_multilateral_operations 2021 = 4", "interpol_multilateral_operations 2022 = 5"]);
  });

  it("holds back a count of a port named before an aside of time, and the count compared with it", () => {
    const text = "أوقفت مصالح الأمن الوطني بميناء طنجة المتوسط، خلال سنة 2023، تسعة أشخاص مبحوث عنهم بموجب أوامر دولية بإلقاء القبض، مقابل سبعة أشخاص سنة 2022.";
    expect(published(text, "2023")).toEqual([]);
  });
});
