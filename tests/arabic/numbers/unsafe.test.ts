// Numbers a JavaScript number cannot hold exactly (pipeline/arabic/numbers/exact.ts): an UnsafeNumberError with
// their offsets, never a dropped or rounded mention. Identifiers are exempt; number words never exceed 2^53 − 1.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { recognizeNumbers, UnsafeNumberError } from "../../../pipeline/arabic/numbers/index.ts";
import { expectMentions, type NotedCase } from "./expect-mentions.ts";

/** The error recognizeNumbers(input) throws; anything else fails the test. */
function unsafeErrorOf(input: string): UnsafeNumberError {
  try {
    recognizeNumbers(input);
  } catch (error) {
    if (error instanceof UnsafeNumberError) return error;
    throw error;
  }
  throw new Error(`expected an UnsafeNumberError for ${JSON.stringify(input.slice(0, 80))}`);
}

/** Asserts that `input` is refused for the digits `written`, found at their first place in it. */
function expectUnsafe(input: string, written: string, digits: number): void {
  const error = unsafeErrorOf(input);
  const start = input.indexOf(written);
  expect({ start: error.start, end: error.end, digits: error.digits }).toEqual({ start, end: start + written.length, digits });
  expect(error.message).toContain(`offset ${start}`);
}

const maxSafe = String(Number.MAX_SAFE_INTEGER); // 2^53 − 1

describe("the boundary of exact integers", () => {
  it("holds 2^53 − 1, written plain, grouped or negative", () => {
    expectMentions(`عالج ${maxSafe} ملفا`, [[maxSafe, Number.MAX_SAFE_INTEGER]]);
    expectMentions("9,007,199,254,740,991", [["9,007,199,254,740,991", Number.MAX_SAFE_INTEGER]]);
    expectMentions(`-${maxSafe}`, [[`-${maxSafe}`, -Number.MAX_SAFE_INTEGER]]);
  });

  it.each<[string, string]>([
    ["2^53", "9007199254740992"],
    ["2^53 + 1 (which a double reads as 2^53)", "9007199254740993"],
    ["a 17-digit integer", "12345678901234567"],
    ["grouped", "9,007,199,254,740,993"],
    ["negative", "-9007199254740993"],
  ])("refuses %s", (_, written) => expectUnsafe(`عالج ${written} ملفا`, written, written.replace(/\D/g, "").length));
});

describe("runs too long for any number", () => {
  it.each<[string, number]>([
    ["400 digits", 400],
    ["50,000 digits", 50_000],
  ])("refuses %s at their offset, however long", (_, length) => {
    const written = "7".repeat(length);
    expectUnsafe(`سطر أول\nعالج ${written} ملفا`, written, length);
  });

  it("gives offsets in the text as given: Arabic-Indic digits, marks before them", () => {
    expectUnsafe("\u200Fعالج ٩٠٠٧١٩٩٢٥٤٧٤٠٩٩٣ ملفا", "٩٠٠٧١٩٩٢٥٤٧٤٠٩٩٣", 16);
    expectUnsafe("عَالَجَ 12345678901234567890", "12345678901234567890", 20);
  });

  it.each<NotedCase>([
    ["a decimal the double would round", "0.12345678901234567890", []],
    ["a decimal whose last digit a double changes", "549755813888.4051", []],
    ["after a qualifier", "أكثر من 12345678901234567890", []],
    ["after a scale and و", "مليون و12345678901234567890", []],
    ["too long for a phone number after a plus", "+12345678901234567890", []],
    ["after a minus word", "ناقص 12345678901234567890", []],
  ])("refuses %s: %s", (_, input) => {
    const error = unsafeErrorOf(input);
    expect(input.slice(error.start, error.end)).toMatch(/^[\d.]+$/);
  });
});

describe("what is not refused", () => {
  it.each<NotedCase>([
    ["decimals a double gives back", "0.1 و33.333333333333336", [{ text: "0.1", value: 0.1, decimals: 1 }, { text: "33.333333333333336", value: 33.333333333333336, decimals: 15 }]],
    ["trailing zeros", "1.50000000000000000000", [{ text: "1.50000000000000000000", value: 1.5, decimals: 20 }]],
    ["leading zeros", "0000000000000000000042", [{ text: "0000000000000000000042", value: 42 }]],
    ["an identifier after رقم", "رقم 12345678901234567890", []],
    ["a hashtag", "#12345678901234567890", []],
    ["digits touching Latin letters", "ID12345678901234567890", []],
    ["a phone number", "+212661234567", [{ text: "+212661234567", value: 212661234567, kind: "identifier" }]],
    ["number words stop before a value above 2^53 − 1", "ألف مليون مليار", [{ text: "ألف مليون", value: 1e9 }, { text: "مليار", value: 1e9 }]],
    ["so do digits with a scale", "10000 تريليون", [{ text: "10000", value: 10000 }, { text: "تريليون", value: 1e12 }]],
    ["a scale that stays below", "9000 تريليون", [{ text: "9000 تريليون", value: 9e15 }]],
  ])("%s: %s", (_, input, expected) => expectMentions(input, expected));
});

const toArabicIndic = (s: string) => s.replace(/[0-9]/g, (digit) => String.fromCharCode(0x0660 + Number(digit)));

describe("property: every integer in digits is either exact or refused at its offset", () => {
  it("plain, grouped, negative, in Arabic-Indic digits, up to 40 digits", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.bigInt({ min: 0n, max: 10n ** 40n }), fc.bigInt({ min: 2n ** 53n - 1000n, max: 2n ** 53n + 1000n })),
        fc.boolean(),
        fc.boolean(),
        fc.boolean(),
        (n, grouped, negative, arabicIndic) => {
          const digits = n.toString();
          let written = grouped ? digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",") : digits;
          if (negative) written = `-${written}`;
          if (arabicIndic) written = toArabicIndic(written);
          const input = `عالج المكتب ${written} ملفا`;
          const start = input.indexOf(written);
          if (n <= BigInt(Number.MAX_SAFE_INTEGER)) {
            const [mention, ...rest] = recognizeNumbers(input);
            expect(rest).toEqual([]);
            expect(mention?.text).toBe(written);
            expect(BigInt(mention!.value)).toBe(negative ? -n : n);
          } else {
            const error = unsafeErrorOf(input);
            expect([error.start, error.end, error.digits]).toEqual([start, start + written.length, digits.length]);
          }
        },
      ),
      { numRuns: 1500 },
    );
  });

  it("decimals: the value gives back the digits written, or the number is refused", () => {
    const stripZeros = (s: string) => s.replace(/^0+(?=\d)/, "").replace(/(\.\d*?)0+$/, "$1").replace(/\.$/, "");
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 15n }), fc.string({ unit: fc.constantFrom(..."0123456789"), minLength: 1, maxLength: 25 }), (n, fraction) => {
        // "5.800" is the documented ambiguous shape, read as thousands (digits.test.ts).
        fc.pre(!(n > 0n && n < 1000n && fraction.length === 3));
        const written = `${n}.${fraction}`;
        const input = `بلغت النسبة ${written} في المائة`;
        // A value holds the digits when the double's shortest decimal form is the written number.
        const held = stripZeros(String(Number(written))) === stripZeros(written);
        if (held) {
          const [mention] = recognizeNumbers(input);
          expect(mention?.value).toBe(Number(written));
          expect(mention?.decimals).toBe(fraction.length);
        } else {
          const error = unsafeErrorOf(input);
          expect(input.slice(error.start, error.end)).toBe(written);
        }
      }),
      { numRuns: 1500 },
    );
  });
});
