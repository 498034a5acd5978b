// What round 159's texts that set the DGSN beside other bodies led to: a sentence may open on another body's figure
// and go on with the national police's, or report what the national police did (pipeline/extract/other-body.ts).
import { describe, expect, it } from "vitest";
import { loadCatalogue } from "../../pipeline/catalogue/load.ts";
import { mentionIn, publishedFigures } from "../helpers/extract.ts";

const catalogue = loadCatalogue();

describe("the national police named after another body in a sentence", () => {
  it("acts on the counts of the clause a conjunction joins with it as its subject", () => {
    const text = "وأعلنت إدارة الجمارك حجز 71 طنا من مخدر الشيرا، فيما نفذ الأمن الوطني عمليتي تسليم مراقب بتنسيق مع نظرائه الأجانب، وشارك في عمليتين دوليتين متعددتي الأطراف تحت مظلة الأنتربول.";
    expect(publishedFigures(text, catalogue, "2015")).toEqual(["controlled_deliveries 2015 = 2", "interpol_multilateral_operations 2015 = 2"]);
  });

  it("acts on the counts of a clause reported after another body's verb", () => {
    const text = "وأفادت المحكمة بأن المديرية العامة للأمن الوطني نشرت 84 أمرا دوليا بإلقاء القبض، أسفرت عن توقيف 97 شخصا مبحوثا عنهم.";
    expect(publishedFigures(text, catalogue, "2019")).toEqual(["international_arrest_warrants 2019 = 84", "wanted_persons_arrested 2019 = 97"]);
  });

  it("not as a partner of the other body's action", () => {
    const text = "وأعلنت إدارة الجمارك، فيما نسقت مع المديرية العامة للأمن الوطني، تنفيذ عمليتي تسليم مراقب.";
    expect(publishedFigures(text, catalogue, "2015")).toEqual([]);
  });

  it("not another body's directorate", () => {
    for (const text of [
      "أفادت وزارة العدل بأن مديرية الشؤون الجنائية والعفو عالجت 1173 ملفا للتعاون القضائي الدولي.",
      "وأوضح التقرير بأن المديرية العامة للوقاية المدنية نظمت دورات تكوينية لفائدة 2100 عنصر.",
    ]) {
      expect(mentionIn(text, text.match(/\d+/u)![0], catalogue, "2024").status).not.toBe("observation");
    }
  });
});

describe("persons held by another body", () => {
  it("are that body's count: «لدى» after them names who holds them, not a partner", () => {
    const text = "• ١٠٤ موقوفين بموجب مذكرات دولية\n• ٣٧ موقوفا لدى الدرك الملكي";
    expect(publishedFigures(text, catalogue, "2021")).toEqual(["wanted_persons_arrested 2021 = 104"]);
    expect(mentionIn(text, "٣٧", catalogue, "2021").reason).toContain("another body");
  });
});
