// What the held-out sets of round 24 (held178: the newest results in the ordinary press; held179: regional outlets;
// held180: digests and automatic summaries) showed on first sight: a part after a compared count is the subject's, and
// "the same services" after a local unit's counts are that unit.
import { describe, expect, it } from "vitest";
import { loadCatalogue } from "../../pipeline/catalogue/load.ts";
import { publishedFigures } from "../helpers/extract.ts";

const catalogue = loadCatalogue();

const published = (text: string, reference: string) => publishedFigures(text, catalogue, reference, null);

describe("a part after a compared count", () => {
  it("gives 'منها' after 'مقابل … سنة 2024' the period of the count the sentence is about", () => {
    const text =
      'وأفادت الحصيلة السنوية بأن المكتب المركزي الوطني "أنتربول الرباط" تابع تنفيذ 171 إنابة قضائية دولية، مقابل 162 إنابة سنة 2024، منها 44 إنابة تتعلق بالاتجار الدولي في المخدرات وغسل الأموال.';
    expect(published(text, "2025")).toEqual(["letters_rogatory 2025 = 171", "letters_rogatory 2024 = 162", "letters_rogatory_drugs_money_laundering 2025 = 44"]);
  });

  it("keeps a part after a later period's contrasted count that count's", () => {
    const text = "سجلت سنة 2021 توقيف 104 مبحوثين عنهم على الصعيد الدولي، في حين سجلت سنة 2022 توقيف 119 منهم، بينهم 71 مواطنا مغربيا أوقفوا خارج أرض الوطن.";
    expect(published(text, "2022")).toContain("moroccan_citizens_arrested_abroad 2022 = 71");
  });
});

describe("a regional outlet's local figures", () => {
  it("gives 'the same services' after a local unit's counts that unit", () => {
    const text =
      "وعلى مستوى طنجة، أفاد رئيس منطقة أمن ميناء طنجة المتوسط بأن عناصر شرطة الحدود بالميناء أوقفت خلال الربع الثالث تسعة أشخاص مبحوثا عنهم على الصعيد الدولي.\n\nوأضاف المسؤول أن المصالح ذاتها حجزت 12 سيارة مسروقة من دول أوروبية.";
    expect(published(text, "2022-Q3")).toEqual([]);
    expect(published("وأضاف المسؤول أن المصالح ذاتها حجزت 12 سيارة مسروقة من دول أوروبية.", "2022-Q3")).toEqual(["stolen_vehicles_seized 2022-Q3 = 12"]);
  });
});
