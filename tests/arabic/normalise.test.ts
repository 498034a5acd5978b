import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { maskCharacterReferences } from "../../pipeline/arabic/character-references.ts";
import { fold, normalise, normaliseCompact, normaliseLine, onlyQuotesChange, rawOffset, rawSpan } from "../../pipeline/arabic/normalise.ts";
import { splitLines } from "../../pipeline/text/lines.ts";

/** The map is well formed: one entry per normalised character plus the end, non-decreasing, ending at raw.length. */
function expectWellFormedMap(raw: string, text: string, map: readonly number[]): void {
  expect(map).toHaveLength(text.length + 1);
  expect(map[text.length]).toBe(raw.length);
  for (let i = 1; i < map.length; i++) expect(map[i]!).toBeGreaterThanOrEqual(map[i - 1]!);
}

describe("normalise", () => {
  it.each<[string, string, string]>([
    ["tatweel", "خمســـة", "خمسة"],
    ["harakat", "خَمْسُ", "خمس"],
    ["tanwin, shadda, sukun", "ألفاً وستٌّ", "ألفا وست"],
    ["superscript alef", "هٰذا", "هذا"],
    ["bidi marks", "\u200F24\u200E \u202Bفي\u202C \u2066المائة\u2069\u061C", "24 في المائة"],
    ["zero-width characters", "خم\u200Bس\u200C\u200D\u2060\uFEFF", "خمس"],
    ["soft hyphens a saved page keeps inside numbers and words", "1\u00AD041 إشعا\u00ADرا", "1041 إشعارا"],
    ["a keycap numbering an item before a space kept, keycaps side by side deleted", "2\uFE0F\u20E3 131 1\uFE0F\u20E34\uFE0F\u20E3", "2\u20E3 131 14"],
    ["typographic quotes", "“أنتربول” „x“ «y» ‘z’", '"أنتربول" "x" "y" \'z\''],
    ["Arabic-Indic digits", "٠١٢٣٤٥٦٧٨٩", "0123456789"],
    ["Eastern Arabic-Indic digits", "۰۱۲۳۴۵۶۷۸۹", "0123456789"],
    ["Arabic separators and percent kept", "٥٬٨٠٠ ٢٫٥ ٪", "5٬800 2٫5 ٪"],
    ["spaces kept", "5\u00A0800 5\u2009800 5\u202F800", "5\u00A0800 5\u2009800 5\u202F800"],
    ["NFC composes alef + hamza above before marks are removed", "ا\u0654حد", "أحد"],
    ["NFC composes alef + madda", "ا\u0653لاف", "آلاف"],
    ["character references a page left", "131&nbsp;إنابة و18&#37; &laquo;x&raquo; &#x627;", "131\u00A0إنابة و18% \"x\" ا"],
    ["character references a feed escaped twice", "18&amp;#37; &amp;nbsp;", "18% \u00A0"],
    ["a name that is no reference, and a third level of escaping, left as written", "&foo; &amp;amp;amp;", "&foo; &amp;"],
  ])("%s", (_, raw, expected) => {
    const { text, map } = normalise(raw);
    expect(text).toBe(expected);
    expectWellFormedMap(raw, text, map);
  });

  it("leaves text that needs nothing unchanged, with the identity map", () => {
    const raw = "عالج 5 آلاف و800 ملف";
    const { text, map } = normalise(raw);
    expect(text).toBe(raw);
    expect(map).toEqual([...Array(raw.length + 1).keys()]);
  });

  it("maps each normalised character to the raw character that produced it", () => {
    const raw = "خَمْسُ ١٠";
    const { text, map } = normalise(raw);
    expect(text).toBe("خمس 10");
    for (let i = 0; i < text.length; i++) {
      const source = raw[map[i]!]!;
      expect(normalise(source).text).toBe(text[i]);
    }
  });

  describe("end of a span where characters were deleted just before it", () => {
    // The rule: [s, e) maps to [map[s], map[e]); map[e] is the raw index of the next kept character, so the
    // characters deleted after the span's last character are inside the raw span (they belong to it).
    it("keeps the diacritics of the last letter inside the raw span", () => {
      const raw = "خَمْسُ عمليات";
      const { text, map } = normalise(raw);
      const e = text.indexOf(" ");
      expect(raw.slice(map[0]!, map[e]!)).toBe("خَمْسُ");
    });
    it("maps the end of the text to raw.length even after deleted characters", () => {
      const raw = "24\u200F";
      const { text, map } = normalise(raw);
      expect(text).toBe("24");
      expect(map[2]).toBe(3);
      expect(raw.slice(map[0]!, map[2]!)).toBe("24\u200F");
    });
    it("rawSpan keeps diacritics and tatweel but drops invisible marks at the end", () => {
      const raw = "\u200Fخَمْســـةٌ\u200F\u200E في";
      const { text, runs } = normaliseCompact(raw);
      const e = text.indexOf(" ");
      const [start, end] = rawSpan(raw, runs, 0, e);
      expect(raw.slice(start, end)).toBe("خَمْســـةٌ");
    });
    it("does not start a span at a deleted character", () => {
      const raw = "و\u200F\u064E24";
      const { text, map } = normalise(raw);
      expect(text).toBe("و24");
      expect(raw.slice(map[1]!, map[3]!)).toBe("24");
    });
  });

  it("gives the same map compact or in full", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom("خ", "َ", "ـ", "\u200F", "٥", "“", "ا", "\u0654", " ", "a", "\uD83D\uDE00", "\uD800"), { maxLength: 40 }), (chars) => {
        const raw = chars.join("");
        const full = normalise(raw);
        const compact = normaliseCompact(raw);
        expect(compact.text).toBe(full.text);
        expectWellFormedMap(raw, full.text, full.map);
        for (let n = 0; n <= full.text.length; n++) expect(rawOffset(compact.runs, n)).toBe(full.map[n]);
      }),
      { numRuns: 300 },
    );
  });

  it("equals NFC followed by the deletions and replacements, character by character", () => {
    const deleted = /[\u0640\u064B-\u065F\u0670\u200E\u200F\u202A-\u202E\u2066-\u2069\u061C\u200B-\u200D\u2060\uFEFF\u00AD]/gu;
    const reference = (raw: string) =>
      raw
        .normalize("NFC")
        .replace(deleted, "")
        .replace(/[“”„«»]/g, '"')
        .replace(/[‘’]/g, "'")
        .replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x0660))
        .replace(/[۰-۹]/g, (d) => String(d.charCodeAt(0) - 0x06f0));
    const alphabet = ["ا", "و", "ي", "خ", "\u0653", "\u0654", "\u0655", "َ", "ّ", "ٰ", "ـ", "e", "\u0301", "\u0327", "٣", "۷", "“", "’", "\u200F", "\u2066", "\u00AD", " ", "ᄀ", "\u1161"];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 30 }), (chars) => {
        const raw = chars.join("");
        expect(normalise(raw).text).toBe(reference(raw));
      }),
      { numRuns: 500 },
    );
  });

  it("normalises a pile of marks on one letter 30 at a time (Stream-Safe Text Format), in linear time", () => {
    const raw = `خ${"\u064E\u0651\u0652\u064F\u0650".repeat(2000)}مسة`;
    const { text, map } = normalise(raw);
    expect(text).toBe("خمسة");
    expectWellFormedMap(raw, text, map);
  });

  it("removes a hyphen and the line break after it between two Arabic letters (a word a PDF's line wrapping cut), and nothing else", () => {
    const raw = "بنسبة 8,9 في الما-\nئة و2020-\n2021 وكوفيد-\n19 و- بند";
    const { text, map } = normalise(raw);
    expect(text).toBe("بنسبة 8,9 في المائة و2020-\n2021 وكوفيد-\n19 و- بند");
    expectWellFormedMap(raw, text, map);
    expect(raw.slice(map[text.indexOf("المائة")]!, map[text.indexOf("المائة") + "المائة".length]!)).toBe("الما-\nئة");
    expect(onlyQuotesChange("الما-\nئة")).toBe(false);
  });

  it("keeps lone surrogates as they are", () => {
    const raw = "\uD800ـ5";
    expect(normalise(raw).text).toBe("\uD8005");
  });

  it("tells when only typographic quotes would change", () => {
    expect(onlyQuotesChange("قال “أنتربول” 5")).toBe(true);
    expect(onlyQuotesChange("خمسة")).toBe(true);
    expect(onlyQuotesChange("خَمسة")).toBe(false);
    expect(onlyQuotesChange("٥")).toBe(false);
    expect(onlyQuotesChange("ا\u0654")).toBe(false);
  });
});

describe("fold", () => {
  it("folds hamza alefs, ta marbuta, alef maqsura and Persian letters, keeping the length", () => {
    const text = "أإآٱ ة ى ی ک";
    expect(fold(text)).toBe("اااا ه ي ي ك");
    expect(fold(text)).toHaveLength(text.length);
  });
  it("returns the same string when there is nothing to fold", () => {
    expect(fold("خمسه")).toBe("خمسه");
  });
  it("makes spelling variants of number words equal", () => {
    expect(fold("إثنتى عشرة")).toBe(fold("اثنتي عشره"));
    expect(fold("أربعة")).toBe("اربعه");
  });
});

describe("character references", () => {
  it("maps a decoded character back to its whole reference: a mention's raw span covers it", () => {
    const raw = "بـ18&amp;#37; مقارنة";
    const { text, runs } = normaliseCompact(raw);
    expect(text).toBe("بـ18% مقارنة".replace("ـ", ""));
    const percent = text.indexOf("%");
    expect(raw.slice(rawOffset(runs, percent), rawOffset(runs, percent + 1))).toBe("&amp;#37;");
    expect(onlyQuotesChange(raw)).toBe(false);
  });

  it("masks each reference as its character then spaces, keeping the raw text's offsets", () => {
    expect(maskCharacterReferences("131&nbsp;إنابة و18&amp;#37;")).toBe("131\u00a0     إنابة و18%        ");
    expect(maskCharacterReferences("x&unknown;y & z")).toBe("x&unknown;y & z");
    fc.assert(
      fc.property(fc.array(fc.constantFrom("&nbsp;", "&amp;#37;", "&#128512;", "&", ";", "أ", " ", "5"), { maxLength: 12 }), (parts) => {
        const raw = parts.join("");
        expect(maskCharacterReferences(raw)).toHaveLength(raw.length);
      }),
    );
  });
});

describe("a line's normalisation read off the whole text's", () => {
  /** Pieces a scraped page's lines are made of: markup, references (escaped twice too), a hyphen before a break, marks to compose. */
  const piece = fc.constantFrom(
    "عالج", "الما-", "-", "ئة", " ", "\n", "\r\n", "\r", "3190", "٣١٩٠", "<em>", "</td>", "<b\n", 'class="x">', "[b]", "[/color]", "**", "__", "*", "_", "<", ">",
    "&nbsp;", "&amp;#37;", "&#37;", "&#x1F600;", "&amp;", "&", ";", "#", "ـ", "َ", "\u0627\u0653", "\u0627\u0654", "e\u0301", "\u0301", "\u1100\u1161", "\u1161",
    "\u200F", "“", "”", "«", ":", "a", "\uD83D\uDE00",
  );

  it("is the line's own normalisation, whatever the lines around it", () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const raw = pieces.join("");
        const whole = normaliseCompact(raw);
        for (const line of splitLines(raw)) expect(normaliseLine(raw, whole, line)).toBe(normaliseCompact(raw.slice(line.start, line.end)).text);
      }),
      { numRuns: 3000 },
    );
  });

  it("is the line's own normalisation when it opens on more marks than are normalised together", () => {
    // Within the text, the break and the first 30 marks are normalised together, then the rest; alone, the first 31
    // marks are, and the last of them (below, class 220) goes before the marks above (230): the line changes alone.
    const raw = `ملف\n${"\u0301".repeat(30)}\u0316\nملف`;
    const whole = normaliseCompact(raw);
    for (const line of splitLines(raw)) expect(normaliseLine(raw, whole, line)).toBe(normaliseCompact(raw.slice(line.start, line.end)).text);
  });
});
