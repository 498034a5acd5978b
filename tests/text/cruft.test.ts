import { describe, expect, it } from "vitest";
import { loadCatalogue } from "../../pipeline/catalogue/load.ts";
import { compileCruftRules, findCruft } from "../../pipeline/text/cruft.ts";
import { splitLines } from "../../pipeline/text/lines.ts";

const rules = compileCruftRules(loadCatalogue().cruft);
const cruftOf = (text: string) => findCruft(text, splitLines(text), rules).map((line) => [text.slice(line.start, line.end), line.rule]);

describe("page cruft", () => {
  it("sets aside a heading of related articles, with or without its colon, and the list under it up to an empty line", () => {
    const text = "عالج القطب 5800 ملف.\n\nمواضيع ذات صلة:\n- تفكيك شبكة وحجز 300 وثيقة\n- الأمن يوقف مبحوثا عنه بموجب 14 مذكرة بحث\n\nتعليقات الزوار (3)";
    expect(cruftOf(text)).toEqual([
      ["مواضيع ذات صلة:", "related_articles"],
      ["- تفكيك شبكة وحجز 300 وثيقة", "related_articles"],
      ["- الأمن يوقف مبحوثا عنه بموجب 14 مذكرة بحث", "related_articles"],
    ]);
  });

  it("sets aside a teaser line of another article", () => {
    expect(cruftOf("اقرأ أيضا: 34 قتيلا و2187 جريحا في حوادث السير\nنص المقال")).toEqual([["اقرأ أيضا: 34 قتيلا و2187 جريحا في حوادث السير", "read_also_teaser"]]);
  });

  it("keeps a list of the article itself", () => {
    expect(cruftOf("وفي ما يلي أبرز الأرقام:\n• الملفات المعالجة: 5 800\n• عدد الإنابات القضائية: 143")).toEqual([]);
  });
});
