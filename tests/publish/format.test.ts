import { describe, expect, it } from "vitest";
import { formatNumber, formatQualified } from "../../pipeline/publish/format.ts";

describe("formatNumber", () => {
  it("groups thousands with a narrow no-break space and keeps decimals", () => {
    expect(formatNumber(5800)).toBe("5\u202F800");
    expect(formatNumber(1234567.25)).toBe("1\u202F234\u202F567.25");
    expect(formatNumber(380)).toBe("380");
  });

  it("writes negative values with a real minus sign", () => {
    expect(formatNumber(-2)).toBe("\u22122");
  });
});

describe("formatQualified", () => {
  it("puts the qualifier's sign before the value", () => {
    expect(formatQualified(40, "gt")).toBe("> 40");
    expect(formatQualified(4142.8571, "lt")).toBe("< 4\u202F142.8571");
    expect(formatQualified(5800, null)).toBe("5\u202F800");
  });
});
