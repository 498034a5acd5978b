import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { firstInvalidUtf8Byte, Utf8Blocks } from "../../pipeline/lib/utf8.ts";

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

describe("Utf8Blocks", () => {
  it("gives the bytes of each string in order, as Buffer.from would, in blocks of at most the size asked for", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: "binary", maxLength: 30 }), { maxLength: 40 }), fc.integer({ min: 4, max: 64 }), (texts, size) => {
        const blocks = new Utf8Blocks(size);
        const out: Buffer[] = [];
        const take = (bytes: Buffer) => void out.push(bytes);
        for (const text of texts) blocks.add(text, take);
        blocks.flush(take);
        expect(Buffer.concat(out).equals(Buffer.concat(texts.map((text) => Buffer.from(text, "utf8"))))).toBe(true);
        // A block holds at most `size` bytes, unless it is one string too long for a block.
        for (const block of out) expect(block.length <= size || texts.some((text) => Buffer.byteLength(text) === block.length)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
