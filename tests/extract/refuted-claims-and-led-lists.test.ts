// What held-out sets 591 and 597 showed after their first sight: a fact-check's true figures said before "وهو ما
// ينفي الادعاء" (the claim it refutes), held back as if they were the claim's; a list after a colon whose lead names
// the Arab liaison sections' notices ("برقيات البحث الصادرة عن أقسام الاتصال بالدول العربية …: … 331 برقية"), read as
// national notices.
import { describe, expect, it } from "vitest";
import { loadCatalogue } from "../../pipeline/catalogue/load.ts";
import { publishedFigures, readText } from "../helpers/extract.ts";

const catalogue = loadCatalogue();

const published = (text: string, reference: string) => publishedFigures(text, catalogue, reference, null);
const statusOf = (text: string, reference: string, number: string) => readText(text, catalogue, reference, null).mentions.find((m) => m.text === number)!;

describe("a claim the text refutes", () => {
  it("leaves the figures said before the verb of refuting to the text", () => {
    const text = "وبخصوص الإلغاء، تفيد الحصيلة بأن المكتب نشر 2312 إشعارا بإيقاف البحث على الصعيد الدولي، و298 إشعارا بإيقاف البحث المعمم على الصعيد العربي، وهو ما ينفي الادعاء بعدم إلغاء أي مذكرة.";
    expect(published(text, "2023")).toEqual(["international_search_cancellations 2023 = 2312", "arab_search_cancellations 2023 = 298"]);
  });

  it("still holds back the claim's own figure after the verb", () => {
    const text = "وتنفي المديرية قطعيا ما يروج على بعض الصفحات من توقيف أكثر من 300 مواطن مغربي بالخارج.";
    expect(statusOf(text, "2023", "أكثر من 300").status).toBe("held_back");
  });

  it("still holds back a claim's figures when nothing refutes it", () => {
    const text = "وتداولت صفحات أن المكتب نشر 2312 إشعارا بإيقاف البحث على الصعيد الدولي.";
    expect(statusOf(text, "2023", "2312").status).toBe("held_back");
  });
});

describe("a list led by the Arab liaison sections' notices", () => {
  it("reads a count after the colon as theirs", () => {
    const text = "نعم. برقيات البحث الصادرة عن أقسام الاتصال بالدول العربية تتراجع للسنة الرابعة على التوالي: 380 سنة 2022، ثم 362، ثم 344، وأخيرا 331 برقية سنة 2025.";
    expect(statusOf(text, "2025", "331").observation_id).toMatch(/arab_search_notices\/2025$/u);
  });

  it("does not read a cancellation after such a lead as a notice", () => {
    const text = "وأصدر المكتب 362 نشرة بحث لفائدة شعب الاتصال العربية، وألغى 298 على المستوى العربي.";
    expect(published(text, "2023")).toEqual(["arab_search_notices 2023 = 362"]);
  });

  it("leaves a national notice after such a lead national", () => {
    const text = "أما إعلانات البحث الصادرة عن شعب الاتصال في الدول العربية فبلغت 380 إعلانا، بينما عمم المكتب 3362 مذكرة بحث على الصعيد الوطني.";
    expect(published(text, "2022")).toEqual(["arab_search_notices 2022 = 380", "national_search_notices 2022 = 3362"]);
  });
});
