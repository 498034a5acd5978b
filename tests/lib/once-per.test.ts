import { describe, expect, it } from "vitest";
import { oncePer } from "../../pipeline/lib/once-per.ts";

describe("oncePer", () => {
  it("derives a value once per object and gives the same value after", () => {
    let calls = 0;
    const lengthOf = oncePer((list: readonly string[]) => {
      calls++;
      return list.length;
    });
    const list = ["a", "b"];
    expect([lengthOf(list), lengthOf(list)]).toEqual([2, 2]);
    expect(calls).toBe(1);
  });

  it("keeps objects apart by identity, not by content", () => {
    const copy = oncePer((list: readonly string[]) => [...list]);
    const a = ["x"];
    const b = ["x"];
    expect(copy(a)).not.toBe(copy(b));
    expect(copy(a)).toBe(copy(a));
  });

  it("remembers a derived undefined without deriving it again", () => {
    let calls = 0;
    const nothing = oncePer((_: object) => {
      calls++;
      return undefined;
    });
    const key = {};
    nothing(key);
    nothing(key);
    expect(calls).toBe(1);
  });
});
