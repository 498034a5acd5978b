import { describe, expect, it } from "vitest";
import { LineIndex } from "../../pipeline/lib/text-position.ts";

describe("LineIndex", () => {
  it("gives 1-based line and column", () => {
    const index = new LineIndex("ab\ncd\r\nef");
    expect(index.position(0)).toEqual({ line: 1, column: 1 });
    expect(index.position(4)).toEqual({ line: 2, column: 2 });
    expect(index.label(7)).toBe("3:1");
  });
});
