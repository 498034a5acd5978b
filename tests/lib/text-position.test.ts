import { describe, expect, it } from "vitest";
import { LineIndex } from "../../pipeline/lib/text-position.ts";

describe("LineIndex", () => {
  it("gives 1-based line and column", () => {
    const index = new LineIndex("ab\ncd\r\nef");
    expect(index.position(0)).toEqual({ line: 1, column: 1 });
    expect(index.position(4)).toEqual({ line: 2, column: 2 });
    expect(index.label(7)).toBe("3:1");
  });

  it("counts CRLF as one break and a lone CR (old Mac line ends) as a break, as editors show them", () => {
    const text = "ab\r\ncd\ref\r\rgh\n\r\nij";
    const index = new LineIndex(text);
    const at = (s: string) => index.label(text.indexOf(s));
    expect([at("ab"), at("cd"), at("ef"), at("gh"), at("ij")]).toEqual(["1:1", "2:1", "3:1", "5:1", "7:1"]);
    // The CR of a CRLF is still on its line, at its end.
    expect(index.label(2)).toBe("1:3");
    expect(index.label(3)).toBe("1:4");
  });

  it("places the end of the text", () => {
    expect(new LineIndex("ab\r").label(3)).toBe("2:1");
    expect(new LineIndex("").label(0)).toBe("1:1");
  });
});
