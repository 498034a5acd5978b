// What the held-out sets of rounds 14 and 15 showed on first sight (held148–held150: half-year and quarter reports
// in the press, the full yearly review, analyses of several years; held151–held153: ten more outlets, briefs and
// tickers, one partner beside the national figures).
import { describe, expect, it } from "vitest";
import { loadCatalogue } from "../../pipeline/catalogue/load.ts";
import { publishedFigures } from "../helpers/extract.ts";

const catalogue = loadCatalogue();

const published = (text: string, reference: string) => publishedFigures(text, catalogue, reference, null);

describe("the year a text is about", () => {
  it("is not the year of 'the same period' compared with: 'the same year' after it is the text's", () => {
    const text =
      "فمن يوليوز إلى دجنبر، عالج القطب 2437 ملفا، مقابل 2120 ملفا خلال الفترة نفسها من سنة 2020. ولم يقتصر الارتفاع على المقارنة السنوية، إذ تجاوزت حصيلة النصف الثاني حصيلة النصف الأول من السنة ذاتها (2240 ملفا) بنحو 9 في المائة.";
    expect(published(text, "2021-H2")).toEqual([
      "files_processed 2021-H2 = 2437",
      "files_processed 2020-H2 = 2120",
      "files_processed 2021-H1 = 2240",
      "files_processed_pct_change 2021-H2 vs 2021-H1 = approx 9",
    ]);
  });
});

describe("numbers that locate", () => {
  it("sets aside both ends of a page range", () => {
    expect(published("ويلاحظ معد الملف أن باب التعاون الدولي، وإن لم يشغل سوى حيز محدود من الملف (ص 17-18)، يعكس انفتاحا متزايدا.", "2016")).toEqual([]);
  });
});

describe("what a change refers to", () => {
  it("takes the subject of the sentence before, not the base it ended on, and no record exceeded after it as its base", () => {
    const text =
      "وبلغ عدد الأوامر الدولية بإلقاء القبض 112 أمرا، بعدما نزلت إلى 87 أمرا سنة 2023. وحسب الأرقام ذاتها، فإن الارتفاع يناهز 29 في المائة، وهو ما يجعل حصيلة 2024 الأعلى منذ سنوات، متجاوزة حتى سنة 2022 التي سجلت 106 أوامر.";
    expect(published(text, "2024")).toEqual([
      "international_arrest_warrants 2024 = 112",
      "international_arrest_warrants 2023 = 87",
      "international_arrest_warrants_pct_change 2024 vs 2023 = approx 29",
      "international_arrest_warrants 2022 = 106",
    ]);
  });

  it("reads a change's later end as counting what its earlier end counts, and the change after them as theirs", () => {
    const text = "فيما ارتفع عدد الأشخاص الذين تم استقدامهم إلى المغرب من 22 شخصا إلى 27، بزيادة تناهز 23 في المائة.";
    expect(published(text, "2023")).toEqual([
      "persons_extradited_to_morocco 2022 = 22",
      "persons_extradited_to_morocco 2023 = 27",
      "persons_extradited_to_morocco_pct_change 2023 vs 2022 = approx 23",
    ]);
  });
});

describe("a number in parentheses", () => {
  it("takes no bound from a verb outside them", () => {
    const text = "يصل عدد الأوامر الدولية المنشورة منذ مطلع السنة إلى 84 أمرا، أي ما يقارب مجموع ما نشر طيلة سنة 2023 (87 أمرا).";
    expect(published(text, "2024-Q3")).toEqual(["international_arrest_warrants 2023 = 87"]);
  });
});

// Round 15 (held151–held153: ten more outlets, briefs and key-figures boxes, one partner beside the national figures).
describe("briefs and tickers", () => {
  it("reads each timestamped ticker line as its own sentence: a forecast on one line holds back nothing on the next", () => {
    const text = "09:12 | الأرصاد: أمطار رعدية مرتقبة بعدد من المناطق\n09:40 | الأمن الوطني/حصيلة 2018: قطب التعاون الدولي عالج 4060 ملفا وطلب معلومات";
    expect(published(text, "2018")).toEqual(["files_processed 2018 = 4060"]);
  });

  it("reads the items of a news crawl between '◆' as sentences of their own", () => {
    const text = "عاجل ◆ توقيف 73 مطلوبا دوليا بالمغرب والخارج ◆ 11 مطلوبا سُلموا إلى المغرب ◆ البورصة: مازي −0.3% ◆";
    expect(published(text, "2016")).toEqual(["wanted_persons_arrested 2016 = 73", "persons_extradited_to_morocco 2016 = 11"]);
  });

  it("implies no base a year earlier in a sentence that compares two parts of the year", () => {
    const text = "ونختم مع أخبار الساحل التي قارنت بين النصف الأول والنصف الثاني: 3040 ملفا في الثاني مقابل 2760 في الأول (+10%)، و12 شخصا استقدموا إلى المغرب مقابل 10.";
    expect(published(text, "2022-H2")).toEqual(["persons_extradited_to_morocco 2022-H2 = 12"]);
  });
});

describe("what a compared count and a relative clause's change are of", () => {
  it("reads a comparison in parentheses after a part with its own words, not the part's", () => {
    const text = "تابع المكتب 171 إنابة قضائية دولية، منها 44 تخص الاتجار في المخدرات وغسل الأموال (مقابل 162 إنابة في 2024).";
    expect(published(text, "2025")).toEqual(["letters_rogatory 2025 = 171", "letters_rogatory_drugs_money_laundering 2025 = 44", "letters_rogatory 2024 = 162"]);
  });

  it("reads the change of a relative clause as the change of the noun it follows", () => {
    const text = "فقال: تجاوز 6 آلاف ملف في سنة واحدة معطى لافت، لكن الأهم في نظري هو الإنابات القضائية، التي ارتفعت بحوالي 7 في المائة.";
    expect(published(text, "2023")).toEqual(["files_processed 2023 = gt 6000", "letters_rogatory_pct_change 2023 vs 2022 = approx 7"]);
  });
});

describe("one partner beside the national figures", () => {
  it("holds back what a visit is expected to bring", () => {
    expect(published("وينتظر أن تسفر الزيارة الحالية عن برنامج لتكوين 36 إطارا مغربيا في مجال التحليل الجنائي الرقمي قبل نهاية السنة.", "2024-H1")).toEqual([]);
  });

  it("holds back a partner police's own statistics", () => {
    const text = "وحسب أرقام نشرتها القيادة العامة لشرطة دبي، فقد سلمت هذه الأخيرة خلال سنة 2024 ما مجموعه 39 مطلوبا إلى 14 دولة، بينها المغرب.";
    expect(published(text, "2025-Q1")).toEqual([]);
  });
});
