// Property tests (fast-check), about 15,000 generated cases in all:
//  (a) integers up to 10^12 written in words by a separate package (n2words) read back to themselves, bare, with a
//      clitic in front, inside a sentence and as a percentage;
//  (b) Arabic text without digits or number words yields no mention;
//  (c) digit strings with thousands separators and decimals round-trip (or, when a double would round them, are
//      refused: unsafe.test.ts);
//  (d) for any string, every mention is well formed (schema, offsets, order) and nothing throws but an
//      UnsafeNumberError on digits;
//  (e) the Arabic comma: groups of three without spaces are one number, anything else a list of numbers.
import fc from "fast-check";
import { toCardinal } from "n2words/ar-SA";
import { describe, expect, it } from "vitest";
import { validateAgainst } from "../../../pipeline/lib/schemas.ts";
import { recognizeNumbers, UnsafeNumberError } from "../../../pipeline/arabic/numbers/index.ts";
import type { NumberMention } from "../../../pipeline/types/number-mention.ts";
import { expectMentions } from "./expect-mentions.ts";

/**
 * What n2words 4.0.0 (ar-SA) renders, checked by hand against Standard Arabic grammar. Most renderings are right.
 * Two kinds are wrong:
 *  - "readable": a wrong case ending or agreement that leaves the value clear (the tamyiz after 11–99 should
 *    be accusative, ألفًا; the hundreds before ألف should be in construct, مئتا ألف; ألف is masculine, so
 *    ثلاثة آلاف whatever the counted noun). The recognizer reads these as meant, as it should for sloppy prose.
 *  - "ambiguous": a group of the form x01 above the units (101 000, 201 000 000 …) comes out as "مائة وألف ألف",
 *    which reads as 100 + 1000 + 1000, not 101 000. Those numbers are left out of the property below.
 */
const renderings: Array<{ n: number; feminine?: boolean; n2words: string; verdict: "right" | "readable" | "ambiguous"; correct: string }> = [
  { n: 11, n2words: "أحد عشر", verdict: "right", correct: "أحد عشر" },
  { n: 12, feminine: true, n2words: "اثنتا عشرة", verdict: "right", correct: "اثنتا عشرة" },
  { n: 18, feminine: true, n2words: "ثماني عشرة", verdict: "right", correct: "ثماني عشرة" },
  { n: 111, n2words: "مائة وأحد عشر", verdict: "right", correct: "مائة وأحد عشر" },
  { n: 2000, n2words: "ألفان", verdict: "right", correct: "ألفان" },
  { n: 3000, n2words: "ثلاثة آلاف", verdict: "right", correct: "ثلاثة آلاف" },
  { n: 13001, n2words: "ثلاثة عشر ألفاً وواحد", verdict: "right", correct: "ثلاثة عشر ألفاً وواحد" },
  { n: 1002000, n2words: "مليون وألفان", verdict: "right", correct: "مليون وألفان" },
  { n: 1e12, n2words: "تريليون", verdict: "right", correct: "تريليون" },
  { n: 11000, n2words: "أحد عشر ألف", verdict: "readable", correct: "أحد عشر ألفاً" },
  { n: 20000, n2words: "عشرون ألف", verdict: "readable", correct: "عشرون ألفاً" },
  { n: 11000000, n2words: "أحد عشر مليون", verdict: "readable", correct: "أحد عشر مليوناً" },
  { n: 200000, n2words: "مئتان ألف", verdict: "readable", correct: "مئتا ألف" },
  { n: 102000, n2words: "مائة واثنان ألف", verdict: "readable", correct: "مائة ألف وألفان" },
  { n: 103000, n2words: "مائة وثلاثة ألف", verdict: "readable", correct: "مائة وثلاثة آلاف" },
  { n: 3000, feminine: true, n2words: "ثلاث آلاف", verdict: "readable", correct: "ثلاثة آلاف" },
  { n: 11000, feminine: true, n2words: "إحدى عشرة ألف", verdict: "readable", correct: "أحد عشر ألفاً" },
  { n: 3000000, feminine: true, n2words: "ثلاث ملايين", verdict: "readable", correct: "ثلاثة ملايين" },
  { n: 101000, n2words: "مائة وألف ألف", verdict: "ambiguous", correct: "مائة ألف وألف" },
  { n: 201000, n2words: "مئتان وألف ألف", verdict: "ambiguous", correct: "مئتا ألف وألف" },
];

const render = (n: number, feminine = false) => toCardinal(n, { gender: feminine ? "feminine" : "masculine" });

/** n2words' "ambiguous" case: a group of thousands (or above) of 101, 201 … 901. */
function hasAmbiguousRendering(n: number): boolean {
  for (let rest = Math.floor(n / 1000); rest > 0; rest = Math.floor(rest / 1000)) {
    const group = rest % 1000;
    if (group > 100 && group % 100 === 1) return true;
  }
  return false;
}

const integers = fc
  .oneof(
    fc.integer({ min: 0, max: 999 }),
    fc.integer({ min: 1000, max: 999_999 }),
    fc.bigInt({ min: 1_000_000n, max: 10n ** 12n }).map(Number),
    fc.constantFrom(0, 1, 2, 10, 11, 12, 100, 200, 1000, 2000, 1e6, 2e6, 1e9, 2e9, 1e12),
  )
  .filter((n) => !hasAmbiguousRendering(n));

/** The one mention in `input`, checked to be `text` at `start` with value `n`. */
function expectOne(input: string, text: string, n: number, kind: NumberMention["kind"] = "number"): void {
  const found = recognizeNumbers(input);
  expect(found.map((m) => [m.text, m.value, m.kind, m.start])).toEqual([[text, n, kind, input.indexOf(text)]]);
}

describe("n2words renderings, checked by hand", () => {
  it.each(renderings.map((r) => [r.n, r.verdict, r] as const))("%d (%s)", (_, verdict, r) => {
    expect(render(r.n, r.feminine)).toBe(r.n2words);
    expectMentions(r.correct, [[r.correct, r.n]]);
    if (verdict === "readable") expectMentions(r.n2words, [[r.n2words, r.n]]);
    if (verdict === "ambiguous") expect(hasAmbiguousRendering(r.n)).toBe(true);
  });
});

describe("(a) numbers written in words by n2words read back", () => {
  it("bare, masculine", () => {
    fc.assert(fc.property(integers, (n) => expectOne(render(n), render(n), n)), { numRuns: 3000 });
  });

  it("bare, feminine", () => {
    fc.assert(fc.property(integers, (n) => expectOne(render(n, true), render(n, true), n)), { numRuns: 1500 });
  });

  it("with a clitic attached to the first word", () => {
    fc.assert(
      fc.property(integers, fc.constantFrom("و", "ب", "ل", "ف", "ك", "وب", "ول"), (n, clitic) => {
        const words = render(n);
        expectOne(clitic + words, words, n);
      }),
      { numRuns: 1500 },
    );
  });

  it("inside a sentence, as a count and as a percentage", () => {
    fc.assert(
      fc.property(integers, fc.boolean(), fc.boolean(), (n, feminine, percent) => {
        const words = render(n, feminine);
        if (percent) expectOne(`وارتفع العدد بما نسبته ${words} في المائة خلال الفترة`, `${words} في المائة`, n, "percent");
        else expectOne(`وبلغ عدد الملفات المعالجة ${words} ملفا خلال الفترة نفسها`, words, n);
      }),
      { numRuns: 1500 },
    );
  });
});

// Non-number words: words of the seed, context words that sit next to numbers, and random letter strings;
// each kept only if it is no mention on its own.
const seedWords =
  "قالت المديرية العامة للأمن الوطني إن السنة الجارية تميزت باستئناف عمليات التعاون الأمني الدولي بشكل كامل بعد رفع التدابير الاحترازية التي كانت قد فرضتها الجائحة الصحية وهو الأمر الذي مكن من الرجوع إلى المستوى المتقدم العديد الأمانة المنصرمة البلدين الثنائي ملف وطلب معلومات بزيادة قدرها مقارنة مع";
const contextWords =
  "أكثر من أقل حوالي نحو قرابة زهاء ما يزيد عن على لا يقل في المائة بالمائة المئة سنة عام رقم دجنبر مارس كانون الأول الثالث الخامسة الحادي الاثنين الأحد أحد إحدى اثنا اثنتي نصف ربع متين مية عشرات مئات آلاف ملايين بضعة فاصلة و هـ لست بدون الثلاثاء";
const arabicLetters = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي" + "ءأإآةىئؤ";
const isNoMention = (word: string) => recognizeNumbers(word).length === 0;
const vocabulary = [...new Set(`${seedWords} ${contextWords}`.split(" "))].filter(isNoMention);
const randomWord = fc.string({ unit: fc.constantFrom(...arabicLetters), minLength: 1, maxLength: 7 }).filter(isNoMention);
const decorated = (word: string, marks: string[]) => word + marks.join("");
const wordArb = fc.tuple(fc.oneof(fc.constantFrom(...vocabulary), randomWord), fc.array(fc.constantFrom("َ", "ُ", "ـ", "\u200F", "ٌ"), { maxLength: 2 })).map(([w, m]) => decorated(w, m));
const separator = fc.constantFrom(" ", " ", " ", "، ", ". ", "\n", "\n\n", " - ", " / ", "؛ ", " (", ") ", "“", "” ");

describe("(b) Arabic text without digits or number words", () => {
  it("yields no mention", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(wordArb, separator), { maxLength: 30 }), (parts) => {
        const text = parts.map(([w, s]) => w + s).join("");
        expect(recognizeNumbers(text)).toEqual([]);
      }),
      { numRuns: 2000 },
    );
  });
});

const scripts = {
  western: (s: string) => s,
  arabicIndic: (s: string) => s.replace(/[0-9]/g, (d) => String.fromCharCode(0x0660 + Number(d))),
  easternArabicIndic: (s: string) => s.replace(/[0-9]/g, (d) => String.fromCharCode(0x06f0 + Number(d))),
};
const decimalSeparatorsFor: Record<string, string[]> = {
  ",": [".", "٫"],
  ".": [",", "٫"],
  "٬": ["٫", "."],
  " ": [",", ".", "٫"],
  "\u00A0": [",", "٫"],
  "\u2009": [",", "."],
  "\u202F": [",", "."],
};

describe("(c) digit strings with separators", () => {
  it("round-trip: value, decimals and text", () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10n ** 12n }),
        fc.constantFrom(...Object.keys(decimalSeparatorsFor)),
        fc.nat({ max: 2 }),
        fc.option(fc.string({ unit: fc.constantFrom(..."0123456789"), minLength: 1, maxLength: 4 }), { nil: undefined }),
        fc.constantFrom(...Object.values(scripts)),
        (n, grouping, decimalChoice, fraction, script) => {
          const integer = n.toString();
          const grouped = integer.replace(/\B(?=(\d{3})+(?!\d))/g, grouping);
          const decimalSeparator = decimalSeparatorsFor[grouping]![decimalChoice % decimalSeparatorsFor[grouping]!.length]!;
          // Without grouping, "5.800" is the documented ambiguous shape (read as thousands): tested in digits.test.ts.
          const ambiguous = integer.length <= 3 && integer !== "0" && fraction?.length === 3 && decimalSeparator !== "٫";
          fc.pre(!ambiguous);
          // Four dot-separated groups of at most 255 read as an IP address ("100.200.100.200"): tested in shapes.test.ts.
          const groups = grouped.split(grouping);
          fc.pre(!(grouping === "." && fraction === undefined && groups.length === 4 && groups.every((g) => Number(g) <= 255)));
          // Sixteen digits and more with a decimal part may not survive a double: refused, tested in unsafe.test.ts.
          fc.pre(integer.length + (fraction?.length ?? 0) <= 15);
          const written = script(fraction === undefined ? grouped : `${grouped}${decimalSeparator}${fraction}`);
          const input = `بلغ المبلغ ${written} درهم`;
          const [mention, ...rest] = recognizeNumbers(input);
          expect(rest).toEqual([]);
          expect(mention?.text).toBe(written);
          expect(mention?.value).toBe(Number(fraction === undefined ? integer : `${integer}.${fraction}`));
          expect(mention?.decimals).toBe(fraction?.length ?? 0);
          expect(mention?.form).toBe("digits");
        },
      ),
      { numRuns: 2000 },
    );
  });
});

const pieces = [
  "خمسة", "عشر", "عشرون", "و", "وعشرون", "مائة", "ثلاث", "ألف", "آلاف", "ألفا", "مليون", "ملايين", "مليار", "نصف",
  "أحد", "اثنا", "فاصلة", "في المائة", "بالمائة", "%", "٪", "أكثر من", "حوالي", "ما لا يقل عن", "سنة", "عام", "دجنبر",
  "رقم", "الثالث", "عمليتين", "البلدين", "الاثنين", "ال", "بـ", "5", "800", "٥٬٨٠٠", "2022", "1,5", "2.500", "٫",
  ".", ",", "-", "/", ":", " ", " ", "\n", "\u00A0", "\u202F", "\u200F", "\u200B", "ـ", "َ", "ُ", "\uD800", "\uDC00",
  "😀", "G", "#", "(",
];
const adversarial = fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((p) => p.join(""));

/** The mentions of `input`; an UnsafeNumberError is allowed, on a span of digits and separators only. */
function mentionsOrUnsafe(input: string) {
  try {
    return recognizeNumbers(input);
  } catch (error) {
    if (!(error instanceof UnsafeNumberError)) throw error;
    expect(input.slice(error.start, error.end)).toMatch(/^[-−]?[\d٠-٩۰-۹.,٫٬\s،\p{M}\p{Cf}ـ]+$/u);
    expect(error.digits).toBeGreaterThanOrEqual(16);
    return [];
  }
}

function expectWellFormed(input: string): void {
  const found = mentionsOrUnsafe(input);
  let previousEnd = 0;
  for (const m of found) {
    validateAgainst<NumberMention>("number-mention.schema.json", m, "mention");
    expect(m.start).toBeGreaterThanOrEqual(previousEnd);
    expect(m.end).toBeGreaterThan(m.start);
    expect(m.end).toBeLessThanOrEqual(input.length);
    expect(input.slice(m.start, m.end)).toBe(m.text);
    expect(Number.isFinite(m.value)).toBe(true);
    previousEnd = m.end;
  }
}

describe("(d) any string", () => {
  it("gives well-formed, ordered, non-overlapping mentions (arbitrary UTF-16)", () => {
    fc.assert(fc.property(fc.string({ unit: "binary", maxLength: 80 }), expectWellFormed), { numRuns: 1500 });
  });
  it("gives well-formed, ordered, non-overlapping mentions (number-like pieces, lone surrogates)", () => {
    fc.assert(fc.property(adversarial, expectWellFormed), { numRuns: 2500 });
  });
});

describe("(e) the Arabic comma between digits", () => {
  const arabicComma = "،";
  const group = (digits: number) => fc.string({ unit: fc.constantFrom(..."0123456789"), minLength: digits, maxLength: digits });
  const firstGroup = fc.integer({ min: 1, max: 999 }).map(String);

  it("joins groups of exactly three digits written without spaces into one number", () => {
    fc.assert(
      fc.property(firstGroup, fc.array(group(3), { minLength: 1, maxLength: 4 }), fc.constantFrom(...Object.values(scripts)), (first, rest, script) => {
        const written = script([first, ...rest].join(arabicComma));
        const input = `بلغ العدد ${written} ملفا`;
        expectOne(input, written, Number([first, ...rest].join("")));
      }),
      { numRuns: 1000 },
    );
  });

  it("reads a list, with spaces or with a group of other than three digits, as one number per group", () => {
    const anyGroup = fc.integer({ min: 1, max: 99_999 }).map(String);
    fc.assert(
      fc.property(fc.array(anyGroup, { minLength: 2, maxLength: 6 }), fc.boolean(), (groups, spaced) => {
        const joinedAsOne = !spaced && groups[0]!.length <= 3 && groups.slice(1).every((g) => g.length === 3);
        fc.pre(!joinedAsOne);
        const input = `النتائج ${groups.join(spaced ? `${arabicComma} ` : arabicComma)} على التوالي`;
        expect(recognizeNumbers(input).map((m) => [m.text, m.value])).toEqual(groups.map((g) => [g, Number(g)]));
      }),
      { numRuns: 1000 },
    );
  });
});
