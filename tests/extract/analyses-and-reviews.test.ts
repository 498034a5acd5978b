// What the held-out sets of round 14 (held148–held150: half-year and quarter reports in the ordinary press, the
// cooperation figures inside the DGSN's full yearly review, analyses that read several years) showed on first sight.
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
