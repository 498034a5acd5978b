import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { listHeadingAbove, parentItemLabel } from "../../pipeline/text/list-items.ts";

const labelOf = (text: string, at: string) => {
  const span = parentItemLabel(text, text.indexOf(at));
  return span && text.slice(span.start, span.end);
};

describe("parentItemLabel", () => {
  const sheet = "5. الأوامر الدولية بإلقاء القبض: 87 أمرا\n   – الأشخاص الموقوفون بناء عليها: 131\n      ◦ من بينهم 78 مغربيا أوقفوا خارج الوطن\n6. التسليم: 27 شخصا\n";

  it("gives a sub-item the label of the nearest less indented line above, up to its colon", () => {
    expect(labelOf(sheet, "131")).toBe("5. الأوامر الدولية بإلقاء القبض");
    expect(labelOf(sheet, "78")).toBe("   – الأشخاص الموقوفون بناء عليها");
  });

  it("gives none to a line that is no indented sub-item, nor across an empty line", () => {
    expect(labelOf(sheet, "27")).toBeUndefined();
    expect(labelOf(sheet, "87")).toBeUndefined();
    expect(labelOf("الملفات: 7146 ملفا\n\n   – منها 3420 في النصف الأول\n", "3420")).toBeUndefined();
  });

  it("returns a span of the text above the sub-item, whatever the lines", () => {
    const line = fc.stringMatching(/^[ a-z:–•-]{0,30}$/);
    fc.assert(
      fc.property(fc.array(line, { maxLength: 6 }), fc.nat(), (lines, pick) => {
        const text = lines.join("\n");
        const at = text.length === 0 ? 0 : pick % text.length;
        const span = parentItemLabel(text, at);
        if (span) expect(span.start <= span.end && span.end <= at).toBe(true);
      }),
    );
  });
});

describe("listHeadingAbove", () => {
  const headingOf = (text: string, at: string, reach = 12) => {
    const span = listHeadingAbove(text, text.indexOf(at), reach);
    return span && text.slice(span.start, span.end);
  };

  it("finds the line right above a list's items, past the items before the one asked about", () => {
    const text = "مقدمة.\n\nثانيا: ما انخفض\n- الأجانب: من أربعة إلى اثنين\n- العمليات: من سبع إلى ست\n";
    expect(headingOf(text, "سبع")).toBe("ثانيا: ما انخفض");
    expect(headingOf(text, "أربعة")).toBe("ثانيا: ما انخفض");
  });

  it("finds none for a line that is no item, a list that opens the text, or one longer than the reach", () => {
    expect(headingOf("عالج القطب 5800 ملف.\n", "5800")).toBeUndefined();
    expect(headingOf("- الأجانب: 4\n- العمليات: 7\n", "7")).toBeUndefined();
    expect(headingOf("العنوان\n- أ: 1\n- ب: 2\n- ج: 3\n", "3", 1)).toBeUndefined();
  });
});

