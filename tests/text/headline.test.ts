import { describe, expect, it } from "vitest";
import { headlineLine } from "../../pipeline/text/headline.ts";

describe("the text's headline: the line that repeats the source's title", () => {
  const title = "أزيد من 7500 ملف و170 إنابة قضائية.. حصيلة التعاون الأمني الدولي في 2025";

  it("is found after a site's menu, spaces and marks around its words aside", () => {
    const text = `الرئيسية | أمن | مجتمع\n\n  «${title}»  \n\nهشام بنعيسى - 31 دجنبر 2025\n`;
    const line = headlineLine(text, title)!;
    expect(text.slice(line.start, line.end).trim()).toBe(`«${title}»`);
  });

  it("is none when the source has no title, or no line repeats it", () => {
    expect(headlineLine(`${title}\n`, null)).toBeUndefined();
    expect(headlineLine("حصيلة التعاون الأمني الدولي\n", title)).toBeUndefined();
  });
});
