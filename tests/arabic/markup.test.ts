import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { blankMarkup, hasMarkup, maskMarkup } from "../../pipeline/arabic/markup.ts";
import { normaliseCompact, onlyQuotesChange, rawOffset } from "../../pipeline/arabic/normalise.ts";

describe("markup a page kept", () => {
  it("reads each tag without a digit as one space, mapped to the tag's first character", () => {
    const raw = "يفوق <em>8 في المائة</em>";
    const { text, runs } = normaliseCompact(raw);
    expect(text).toBe("يفوق  8 في المائة ");
    const eight = text.indexOf("8");
    expect(raw.slice(rawOffset(runs, eight), rawOffset(runs, eight + 1))).toBe("8");
    expect(onlyQuotesChange(raw)).toBe(false);
  });

  it("knows HTML tags, BBCode and Markdown emphasis, and keeps tags holding a digit", () => {
    expect(blankMarkup("<td>153</td><td>162</td>")?.chars).toBe(" 153  162 ");
    expect(blankMarkup("تقارب [b]8 في المائة[/b] و[color=red]96[/color]")?.chars).toBe("تقارب  8 في المائة  و 96 ");
    expect(blankMarkup("عالج **5800** ملف")?.chars).toBe("عالج  5800  ملف");
    expect(blankMarkup("<h1>الحصيلة</h1>")).toBeNull();
    expect(blankMarkup('<img src="/2022/12/30/4512.jpg">')).toBeNull();
    expect(hasMarkup("إذا كان 3 < 5 فإن 5 > 3")).toBe(false);
    expect(blankMarkup("لا شيء هنا")).toBeNull();
  });

  it("masks markup as spaces, digits and all, keeping every offset of the raw text", () => {
    expect(maskMarkup("يفوق <em>8</em>")).toBe("يفوق     8     ");
    expect(maskMarkup('<th width="60%">2020</th>')).toBe(`${" ".repeat(16)}2020     `);
    fc.assert(
      fc.property(fc.array(fc.constantFrom("<b>", "</td>", "[b]", "[/color]", "**", "__", "<", ">", "[", "8", "أ", " ", "<h1>"), { maxLength: 14 }), (parts) => {
        const raw = parts.join("");
        expect(maskMarkup(raw)).toHaveLength(raw.length);
        const { text, runs } = normaliseCompact(raw);
        // Every digit of the raw text is still read, where it stands.
        for (let n = 0; n < text.length; n++) if (/\d/u.test(text[n]!)) expect(raw[rawOffset(runs, n)]).toBe(text[n]);
        expect(text.replace(/\D/gu, "")).toBe(raw.replace(/\D/gu, ""));
      }),
    );
  });
});
