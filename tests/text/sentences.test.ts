import { describe, expect, it } from "vitest";
import { splitLines } from "../../pipeline/text/lines.ts";
import { splitSentences } from "../../pipeline/text/sentences.ts";

const sentencesOf = (text: string) => splitSentences(text, splitLines(text)).map((s) => text.slice(s.start, s.end));

describe("splitSentences", () => {
  it("ends a sentence at a full stop before a page's tag, inside a line or at its end", () => {
    expect(sentencesOf("<p>بزيادة 11% عن سنة 2020.</p>\n<p>وتوزعت الملفات (38%).</p>")).toEqual(["<p>بزيادة 11% عن سنة 2020.", "</p>", "<p>وتوزعت الملفات (38%).", "</p>"]);
  });

  it("ends a sentence at a full stop followed by a space, and at an empty line", () => {
    expect(sentencesOf("العنوان\n\nجملة أولى. جملة ثانية.\n\nفقرة")).toEqual(["العنوان", "جملة أولى.", "جملة ثانية.", "فقرة"]);
  });

  it("goes on across a line a PDF wrapped, and across a number standing above its words", () => {
    expect(sentencesOf("عالجت المصالح 4.035 ملفا، مسجلة\nارتفاعا بنسبة 14,9%.\n\n📁 ١٧٢٢\nملفا وطلب معلومات")).toEqual(["عالجت المصالح 4.035 ملفا، مسجلة\nارتفاعا بنسبة 14,9%.", "📁 ١٧٢٢\nملفا وطلب معلومات"]);
  });

  it("ends a sentence at a line ending it, before a list item, and around a table row", () => {
    expect(sentencesOf("أبرز الأرقام:\n• الملفات: 5800\n• الإنابات: 143")).toEqual(["أبرز الأرقام:", "• الملفات: 5800", "• الإنابات: 143"]);
    expect(sentencesOf("الجدول\nالمؤشر    2017    2018\nالإنابات    104    112")).toEqual(["الجدول", "المؤشر    2017    2018", "الإنابات    104    112"]);
  });

  it("ends a sentence at each 'label: value' or 'label ...... value' line of a list", () => {
    expect(sentencesOf("الإنابات القضائية الدولية: 33\nالأوامر الدولية ............ 17\nالموقوفون ------ 21\nالإعلانات")).toEqual([
      "الإنابات القضائية الدولية: 33",
      "الأوامر الدولية ............ 17",
      "الموقوفون ------ 21",
      "الإعلانات",
    ]);
  });

  it("does not split a decimal number or an abbreviation inside a word", () => {
    expect(sentencesOf("ارتفع بنسبة 2.5 في المائة. ثم")).toEqual(["ارتفع بنسبة 2.5 في المائة.", "ثم"]);
  });

  it("reads two dots inside a line as a headline's pause, and three or more, or two at the line's end, as an end", () => {
    expect(sentencesOf("في سنتين.. الملفات تقفز بـ20 في المائة")).toEqual(["في سنتين.. الملفات تقفز بـ20 في المائة"]);
    expect(sentencesOf("انتهى... ثم بدأ")).toEqual(["انتهى...", "ثم بدأ"]);
    expect(sentencesOf("انتهى..\nثم بدأ")).toEqual(["انتهى..", "ثم بدأ"]);
  });

  it("keeps closing quotes and the Arabic question mark and ellipsis with their sentence", () => {
    expect(sentencesOf("قال: ”انتهى.” هل؟ نعم… بعد")).toEqual(["قال: ”انتهى.”", "هل؟", "نعم…", "بعد"]);
  });

  it("keeps a dateline apart from the headline above it and the body under it", () => {
    expect(sentencesOf("الأمن الوطني: 1812 ملفا في ثلاثة أشهر\nالرباط - 2 يونيو 2025\nعالج القطب 1812 ملفا")).toEqual(["الأمن الوطني: 1812 ملفا في ثلاثة أشهر", "الرباط - 2 يونيو 2025", "عالج القطب 1812 ملفا"]);
    expect(sentencesOf("حصيلة الربع الأول.. 1800 ملف\nنبض الوطن - الخميس 17 أبريل 2025 - 10:35")).toEqual(["حصيلة الربع الأول.. 1800 ملف", "نبض الوطن - الخميس 17 أبريل 2025 - 10:35"]);
    expect(sentencesOf("تصوير: ياسين | 29/12/2018 - 12:45")).toEqual(["تصوير: ياسين | 29/12/2018 - 12:45"]);
  });

  it("handles CRLF line ends without keeping the carriage return", () => {
    expect(sentencesOf("سطر أول.\r\nسطر ثان\r\n")).toEqual(["سطر أول.", "سطر ثان"]);
  });
});
