// Formal writing gives a number twice, in words and in digits in parentheses (held292): the form in parentheses
// restates the one it repeats (pipeline/extract/written-again.ts).
import { describe, expect, it } from "vitest";
import { loadCatalogue } from "../../pipeline/catalogue/load.ts";
import { mentionIn, publishedFigures, readText } from "../helpers/extract.ts";

const catalogue = loadCatalogue();
const published = (text: string) => publishedFigures(text, catalogue, "2022", null);

describe("a number written twice", () => {
  it("restates words with digits in parentheses after them, and digits with words in parentheses", () => {
    const text = "عالجت المصالح خمسة آلاف وثمانمائة (5800) ملف، وتابعت 143 (مائة وثلاثا وأربعين) إنابة قضائية.";
    expect(published(text)).toEqual(["files_processed 2022 = 5800", "letters_rogatory 2022 = 143"]);
    const statuses = readText(text, catalogue, "2022").mentions.map((m) => `${m.text}: ${m.status}`);
    expect(statuses).toEqual(["خمسة آلاف وثمانمائة: observation", "5800: restatement", "143: observation", "مائة وثلاثا وأربعين: restatement"]);
  });

  it("restates digits in parentheses before their words, and a percentage written twice", () => {
    expect(published("وأسفرت الأوامر الدولية عن توقيف (119) مائة وتسعة عشر شخصا.")).toEqual(["wanted_persons_arrested 2022 = 119"]);
    expect(mentionIn("وتابع المكتب 143 إنابة، بارتفاع بلغ تسعة في المائة (9%) مقارنة مع 2021.", "9%", catalogue)).toMatchObject({ status: "restatement" });
  });

  it("finds the noun past digits in groups of three in the parentheses (held580)", () => {
    const text = "عمم المكتب ألفين ومائتين وأربعين (٢٬٢٤٠) برقية بحث على الصعيد الوطني، وأصدر ألفا وخمسمائة وأربعين (1 540) إشعارا بإلغاء البحث الدولي.";
    expect(published(text)).toEqual(["national_search_notices 2022 = 2240", "international_search_cancellations 2022 = 1540"]);
    // Groups of another number restate nothing: the words do not reach past them to the noun.
    expect(published("عمم المكتب ألفين ومائتين وأربعين (٢٬٢٥٠) برقية بحث على الصعيد الوطني.")).not.toContain("national_search_notices 2022 = 2240");
  });

  it("keeps a different number in parentheses to its own reading", () => {
    expect(published("وتابع المكتب 143 إنابة (131 في 2021).")).toEqual(["letters_rogatory 2022 = 143", "letters_rogatory 2021 = 131"]);
  });
});
