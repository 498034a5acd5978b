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

  it("keeps a different number in parentheses to its own reading", () => {
    expect(published("وتابع المكتب 143 إنابة (131 في 2021).")).toEqual(["letters_rogatory 2022 = 143", "letters_rogatory 2021 = 131"]);
  });
});
