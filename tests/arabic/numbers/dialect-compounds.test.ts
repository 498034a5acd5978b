// Spoken compounds and qualifiers: a hundreds word that alone is another word ("متين", solid) after a scale and "و"
// ("ألف و ميتين"), and the Levantine "أكتر من" (more than).
import { describe, expect, it } from "vitest";
import { recognizeNumbers } from "../../../pipeline/arabic/numbers/index.ts";

const read = (text: string) => recognizeNumbers(text).map((m) => [m.text, m.value, m.qualifier ?? null]);

describe("spoken compounds", () => {
  it("reads a dialect hundreds word after a scale and 'و' ('ألف و ميتين' is 1200)", () => {
    expect(read("يعني شي ألف و ميتين تقريبا")).toEqual([["شي ألف و ميتين", 1200, "approx"]]);
    expect(read("ألف وميتين موظف")).toEqual([["ألف وميتين", 1200, null]]);
  });

  it("does not read it alone or right after a scale with no 'و' ('بناء متين', 'ألف متين')", () => {
    expect(read("بناء متين")).toEqual([]);
    expect(read("ألف متين")).toEqual([["ألف", 1000, null]]);
  });

  it("reads 'أكتر من' as more than", () => {
    expect(read("أكتر من 100 شخص")).toEqual([["أكتر من 100", 100, "gt"]]);
  });
});
