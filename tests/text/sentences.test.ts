import { describe, expect, it } from "vitest";
import { splitLines } from "../../pipeline/text/lines.ts";
import { splitSentences } from "../../pipeline/text/sentences.ts";

const sentencesOf = (text: string) => splitSentences(text, splitLines(text)).map((s) => text.slice(s.start, s.end));

describe("splitSentences", () => {
  it("ends a sentence at a full stop followed by a space, and at a line end", () => {
    expect(sentencesOf("العنوان\nجملة أولى. جملة ثانية.\n\nفقرة")).toEqual(["العنوان", "جملة أولى.", "جملة ثانية.", "فقرة"]);
  });

  it("does not split a decimal number or an abbreviation inside a word", () => {
    expect(sentencesOf("ارتفع بنسبة 2.5 في المائة. ثم")).toEqual(["ارتفع بنسبة 2.5 في المائة.", "ثم"]);
  });

  it("keeps closing quotes and the Arabic question mark and ellipsis with their sentence", () => {
    expect(sentencesOf("قال: ”انتهى.” هل؟ نعم… بعد")).toEqual(["قال: ”انتهى.”", "هل؟", "نعم…", "بعد"]);
  });

  it("handles CRLF line ends without keeping the carriage return", () => {
    expect(sentencesOf("سطر أول\r\nسطر ثان\r\n")).toEqual(["سطر أول", "سطر ثان"]);
  });
});
