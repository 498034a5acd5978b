// Spoken compounds and qualifiers: a hundreds word that alone is another word ("متين", solid) after a scale and "و"
// ("ألف و ميتين"), the Moroccan "تمن مية" (800) and "أربعطاش" (14), a number said twice in a row ("خمسة الاف و تمن
// مية خمسة الاف وتمنمية"), and the Levantine "أكتر من" (more than).
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

  it("reads the Moroccan 'تمن' (eight) before 'مية' and after a scale ('خمس آلاف وتمن مية' is 5800)", () => {
    expect(read("خمس آلاف وتمن مية ملف")).toEqual([["خمس آلاف وتمن مية", 5800, null]]);
    expect(read("بتمن رخيص")).toEqual([]);
  });

  it("reads the Moroccan 'أربعطاش' (fourteen)", () => {
    expect(read("حوالي اربعطاش فالمية")).toEqual([["حوالي اربعطاش فالمية", 14, "approx"]]);
  });

  it("starts a new number at a unit a plural scale follows, after hundreds and no 'و' (a number said twice)", () => {
    expect(read("خمسة الاف و تمن مية خمسة الاف وتمنمية ملف")).toEqual([["خمسة الاف و تمن مية", 5800, null], ["خمسة الاف وتمنمية", 5800, null]]);
    expect(read("متين تلاتة وستين")).toEqual([["متين تلاتة وستين", 263, null]]);
  });

  it("reads 'أكتر من' as more than", () => {
    expect(read("أكتر من 100 شخص")).toEqual([["أكتر من 100", 100, "gt"]]);
  });
});
