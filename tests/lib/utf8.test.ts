import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { firstInvalidUtf8Byte } from "../../pipeline/lib/utf8.ts";

const bytes = (...values: number[]) => Uint8Array.from(values);

describe("firstInvalidUtf8Byte", () => {
  it("accepts ASCII, Arabic and astral characters", () => {
    expect(firstInvalidUtf8Byte(new TextEncoder().encode("abc حصيلة 😀"))).toBe(-1);
  });

  it.each([
    ["a lone continuation byte", bytes(0x41, 0x80), 1],
    ["an overlong encoding", bytes(0xc0, 0xaf), 0],
    ["a truncated sequence at the end", bytes(0x41, 0xd8), 1],
    ["a UTF-16 surrogate", bytes(0xed, 0xa0, 0x80), 0],
    ["a code point above U+10FFFF", bytes(0xf4, 0x90, 0x80, 0x80), 0],
    ["Windows-1256 Arabic", bytes(0x41, 0xc7, 0xe1), 1],
  ])("finds %s", (_, input, offset) => {
    expect(firstInvalidUtf8Byte(input)).toBe(offset);
  });

  it("agrees with TextDecoder's fatal mode on random bytes", () => {
    const decoder = new TextDecoder("utf-8", { fatal: true });
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 40 }), (input) => {
        let valid = true;
        try {
          decoder.decode(input);
        } catch {
          valid = false;
        }
        expect(firstInvalidUtf8Byte(input) === -1).toBe(valid);
      }),
      { numRuns: 2000 },
    );
  });
});
