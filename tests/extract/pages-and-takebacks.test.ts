// What round 162 (held724–held727: several institutions side by side, corrections and errata, lists, text extracted
// from PDF reports) led to: the Minister of Justice is another body; a speaker's correction may say a few words before
// its value, or take the count back with no value; a list item that opens on its count; a year cut off at a line's
// end; words, their noun, then the digits in parentheses; a row of label–value cells; key figures side by side.
import { describe, expect, it } from "vitest";
import { loadCatalogue } from "../../pipeline/catalogue/load.ts";
import { mentionIn, publishedFigures } from "../helpers/extract.ts";

const catalogue = loadCatalogue();

/** The mentions table's row of the number written `number`. */
const mention = (text: string, number: string, reference: string) => mentionIn(text, number, catalogue, reference);

describe("another body's figures", () => {
  it("the Minister of Justice's extraditions are his ministry's", () => {
    const text = "كشف وزير العدل، خلال اجتماع للجنة العدل والتشريع، أن المصالح المركزية لوزارته تابعت خلال سنة 2017 تسليم 19 شخصا مطلوبين للعدالة المغربية من دول أجنبية.";
    expect(publishedFigures(text, catalogue, "2017")).toEqual([]);
    expect(mention(text, "19", "2017").reason).toContain("another body");
  });
});

describe("a speaker taking a count back", () => {
  it("a few words before the right value, up to a colon", () => {
    const text = "الضيف: فعام 2022، مصلحة التعاون الأمني الدولي عالجت حوالي ستة آلاف ملف... لا، سمحي ليا، خليني نكون دقيق: 5 آلاف و800 ملف بالضبط.";
    expect(publishedFigures(text, catalogue, "2022")).toEqual(["files_processed 2022 = 5800"]);
    expect(mention(text, "حوالي ستة آلاف", "2022").status).toBe("ignored");
  });

  it("no and a word of correction in the next sentence, with no value", () => {
    const text = "الضيف: المغرب تسلم 22 شخص مطلوبين للعدالة ديالنا. وحنا سلمنا 51 أجنبي... لا لا، سمحي ليا، قلبت الرقم.";
    expect(publishedFigures(text, catalogue, "2022")).toEqual(["persons_extradited_to_morocco 2022 = 22"]);
    expect(mention(text, "51", "2022").status).toBe("ignored");
  });

  it("no and a word of correction in the same sentence, with no value", () => {
    const text = "الضيف: المغرب تسلم 22 شخص مطلوبين للعدالة ديالنا، وحنا سلمنا 51 أجنبي، لا لا، سمحي ليا، قلبت الرقم.";
    expect(publishedFigures(text, catalogue, "2022")).toEqual(["persons_extradited_to_morocco 2022 = 22"]);
  });
});

describe("lists and pages", () => {
  it("a list item that opens on its count, a colon and its indefinite noun, counts it", () => {
    const text = ["401: مذكرة بحث صادرة عن أقسام الاتصال بالدول العربية", "1987: إشعارا بوقف البحث على الصعيد الدولي", "310: إشعارات بوقف البحث على مستوى الدول العربية"].join("\n");
    expect(publishedFigures(text, catalogue, "2021")).toEqual(["arab_search_notices 2021 = 401", "international_search_cancellations 2021 = 1987", "arab_search_cancellations 2021 = 310"]);
  });

  it("a year heading a line with a definite noun after its colon stays a year", () => {
    expect(mention("2021: الملفات المعالجة 4677", "2021", "2021").status).toBe("year");
  });

  it("a year a wrapped line cut off after its noun is the sentence's, not a list item opening the next", () => {
    const text = "سجل القسم خلال سنة 2022 رقما قياسيا، بارتفاع نسبته 24 في المائة مقارنة مع سنة 2021، وبأكثر من 40 في المائة مقارنة مع سنة\n2020. وشارك الأمن الوطني في خمس عمليات أمنية متعددة الأطراف.";
    expect(publishedFigures(text, catalogue, "2022")).toContain("interpol_multilateral_operations 2022 = 5");
  });

  it("words, their noun, then the digits in parentheses: one figure read with its whole clause", () => {
    const text = "واستفاد ألف وستمائة وعشرون موظفا (1620) من دورات تكوينية نظمت في إطار برامج التعاون الدولي.";
    expect(publishedFigures(text, catalogue, "2024")).toEqual(["police_staff_trained 2024 = 1620"]);
    expect(mention(text, "1620", "2024").status).toBe("restatement");
  });
});

describe("figures laid out side by side", () => {
  it("a row of label–value cells gives each value its own label", () => {
    const text = "أبرز الشركاء (حصة المبادلات)\nإسبانيا %29    فرنسا %22    بلجيكا %8    ألمانيا %6";
    expect(publishedFigures(text, catalogue, "2022")).toEqual(["exchanges_share_by_partner 2022 ES = 29", "exchanges_share_by_partner 2022 FR = 22", "exchanges_share_by_partner 2022 BE = 8", "exchanges_share_by_partner 2022 DE = 6"]);
  });

  it("a line of values over a line of as many labels: each value is labelled by the tile under it", () => {
    const text = ["2 169                                      347", "إشعارا بإيقاف البحث الدولي                 إشعارا بإيقاف البحث العربي"].join("\n");
    expect(publishedFigures(text, catalogue, "2022")).toEqual(["international_search_cancellations 2022 = 2169", "arab_search_cancellations 2022 = 347"]);
  });
});
