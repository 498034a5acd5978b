import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { LineIndex } from "../../pipeline/lib/text-position.ts";
import { splitLines } from "../../pipeline/text/lines.ts";

const linesOf = (text: string) => splitLines(text).map((l) => text.slice(l.start, l.end));

describe("splitLines", () => {
  it("splits at \\n, \\r\\n and a lone \\r, without the line ends", () => {
    expect(linesOf("أ\nب\r\nج\rد")).toEqual(["أ", "ب", "ج", "د"]);
  });

  it("keeps empty lines, and the empty line after a final line end", () => {
    expect(linesOf("أ\r\rب\r\n")).toEqual(["أ", "", "ب", ""]);
    expect(linesOf("")).toEqual([""]);
  });

  it("agrees with LineIndex on every line start (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom("أ", "b", " ", "\n", "\r", "\r\n", "\u2028"), { maxLength: 40 }), (parts) => {
        const text = parts.join("");
        const index = new LineIndex(text);
        splitLines(text).forEach((line, i) => expect(index.position(line.start)).toEqual({ line: i + 1, column: 1 }));
      }),
      { numRuns: 500 },
    );
  });
});
