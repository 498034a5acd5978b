// What the held-out sets of round 21 (held169–held171: posts, tickers and captions; parliament; copy translated
// from French, Spanish and English) showed on first sight: a video's chapters, a reader's comment, a comparative
// after a percentage, "of these" opening a sentence, a partner ranked behind another, a change year on year.
import { describe, expect, it } from "vitest";
import { loadCatalogue } from "../../pipeline/catalogue/load.ts";
import { mentionIn, publishedFigures } from "../helpers/extract.ts";

const catalogue = loadCatalogue();

const published = (text: string, reference: string) => publishedFigures(text, catalogue, reference, null);

describe("a video's description", () => {
  it("reads a chapter's topic before its colon, after the chapter's time, as the label of its figures", () => {
    const text = "⏱️ محاور الفيديو:\n07:05 السيارات المسروقة: 1406 ملفات و275 سيارة محجوزة\n08:10 التكوين: 1620 موظفا، 72% حضوريا و68% داخل المغرب";
    expect(published(text, "2024")).toEqual([
      "stolen_vehicle_files 2024 = 1406",
      "stolen_vehicles_seized 2024 = 275",
      "police_staff_trained 2024 = 1620",
      "training_share_in_person 2024 = 72",
      "training_share_in_morocco 2024 = 68",
    ]);
  });

  it("reads a chapter named by a noun an indicator counts, definite or not", () => {
    expect(published("03:30 مذكرات البحث: 2560 مذكرة على الصعيد الوطني", "2017")).toEqual(["national_search_notices 2017 = 2560"]);
  });

  it("still sets aside a transcript's speaker named after the time", () => {
    expect(published("[00:01:11] سلمى: تم توقيف 35 شخصا مبحوثا عنهم دوليا", "2024")).toEqual(["wanted_persons_arrested 2024 = 35"]);
  });

  it("still sets aside a speaker's role whose second word only looks like a counted noun ('عدة طلبة', several students)", () => {
    const text = "[00:05:40] المحاضر: كم ملفا عالج القطب سنة 2017؟\n[00:05:44] عدة طلبة: 3380!";
    expect(published(text, "2017")).toEqual(["files_processed 2017 = 3380"]);
  });
});

describe("a reader's comment under a post", () => {
  it("publishes none of its figures", () => {
    const text =
      "عالج قطب التعاون الأمني الدولي 6312 ملفا وتابع المكتب المركزي الوطني 152 إنابة قضائية دولية خلال سنة 2023، حسب الحصيلة السنوية للمديرية العامة للأمن الوطني.\n\nأعجبني   تعليق   مشاركة\n\nيوسف العلمي\nالله يعطيهم الصحة، 153 إنابة ماشي ساهلة\nأعجبني · رد · 1 سنة · 12";
    expect(published(text, "2023")).toEqual(["files_processed 2023 = 6312", "letters_rogatory 2023 = 152"]);
  });
});

describe("translated copy", () => {
  it("reads a comparative right after a percentage as the percentage's, and the year after it as the base", () => {
    const text = "عالجت المديرية خلال سنة 2023 ما مجموعه 6.312 ملفا وطلب معلومات، أي 8,8% أكثر من 2022.";
    expect(published(text, "2023")).toEqual(["files_processed 2023 = 6312", "files_processed_pct_change 2023 vs 2022 = 8.8"]);
  });

  it("keeps a qualifier joined by 'و' after a percentage the next number's", () => {
    expect(published("ارتفاع بـ7 في المائة ونحو 160 إنابة قضائية دولية", "2023")).toContain("letters_rogatory 2023 = approx 160");
  });

  it("reads a sentence opening on 'ومن بين هؤلاء،' as a part of the count before, here one partner's", () => {
    const text = "وتم توقيف 80 شخصا مطلوبين على المستوى الدولي. ومن بين هؤلاء، تم توقيف 14 شخصا بطلب من السلطات الإسبانية.";
    expect(published(text, "2017")).toEqual(["wanted_persons_arrested 2017 = 80"]);
    expect(mentionIn(text, "14", catalogue, "2017").status).not.toBe("observation");
  });

  it("gives a share to the partner the sentence is about, not to the one it is ranked behind", () => {
    const text = "وتعد إسبانيا، حسب نفس المعطيات، ثاني شريك للمغرب بعد فرنسا، بنسبة 24% من المبادلات مقابل 27% لفرنسا.";
    expect(published(text, "2020")).toEqual(["exchanges_share_by_partner 2020 ES = 24", "exchanges_share_by_partner 2020 FR = 27"]);
  });

  it("reads 'على أساس سنوي' after a coordinated percentage as a change against the same quarter a year earlier", () => {
    const text = "تعاملت وحدة التعاون الدولي مع 1,890 ملفا وطلبا للمعلومات في الربع الثالث من 2024، بزيادة 7.4% مقارنة بالربع السابق وبنسبة 21.5% على أساس سنوي.";
    expect(published(text, "2024-Q3")).toEqual([
      "files_processed 2024-Q3 = 1890",
      "files_processed_pct_change 2024-Q3 vs 2024-Q2 = 7.4",
      "files_processed_pct_change 2024-Q3 vs 2023-Q3 = 21.5",
    ]);
  });

  it("reads a change in the next paragraph as the previous subject's, past a definite adjective that only looks like a counted noun", () => {
    const text = "قالت المديرية إن وحدة التعاون الدولي تعاملت مع 4,480 ملفا وطلبا للمعلومات في عام 2019، ارتفاعا من 4,060 في العام السابق.\n\nوقالت المديرية في تقرير نهاية السنة إن الزيادة البالغة 10.3% تعكس \"ثقة متزايدة\" في أجهزة إنفاذ القانون المغربية.";
    expect(published(text, "2019")).toContain("files_processed_pct_change 2019 vs 2018 = 10.3");
  });
});
