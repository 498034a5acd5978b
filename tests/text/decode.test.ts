import { describe, expect, it } from "vitest";
import { userErrorOf } from "../helpers/user-error.ts";

const errorOf = (bytes: Uint8Array) => userErrorOf(() => decodeRawText(bytes, "raw/a.txt"));
import { decodeRawText } from "../../pipeline/text/decode.ts";

const encode = (text: string) => new TextEncoder().encode(text);

describe("decodeRawText", () => {
  it("keeps a byte-order mark as U+FEFF so that offsets count it", () => {
    const text = decodeRawText(Uint8Array.from([0xef, 0xbb, 0xbf, ...encode("حصيلة")]), "raw/a.txt");
    expect(text).toBe("\uFEFFحصيلة");
  });

  it("keeps CRLF line ends", () => {
    expect(decodeRawText(encode("سطر\r\nسطر"), "raw/a.txt")).toBe("سطر\r\nسطر");
  });

  it("reports the byte offset of invalid UTF-8", () => {
    const error = errorOf(Uint8Array.from([...encode("حصيلة "), 0xc7, 0xe1]));
    expect(error.position).toBe("byte 11");
    expect(error.problem).toBe("invalid UTF-8 (byte 0xC7)");
    expect(error.fix).toMatch(/iconv/);
  });

  it("rejects an empty file", () => {
    expect(errorOf(new Uint8Array()).problem).toBe("the file is empty");
  });

  it("rejects a file of white space only", () => {
    expect(errorOf(encode(" \n\t\n")).problem).toBe("the file holds only white space");
  });

  it("rejects a binary file at its first NUL byte", () => {
    const error = errorOf(Uint8Array.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01]));
    expect(error.position).toBe("byte 4");
    expect(error.problem).toMatch(/binary/);
  });
});
