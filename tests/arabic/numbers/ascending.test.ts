// Classical Arabic's ascending order, the smallest order first and each higher one after و (pipeline/arabic/numbers/ascending.ts).
import { describe, it } from "vitest";
import { expectMentions, type NotedCase } from "./expect-mentions.ts";

const w = (text: string, value: number) => ({ text, value, form: "words" as const });

describe("ascending order", () => {
  it.each<NotedCase>([
    ["teens, then the hundred", "اثنتي عشرة ومائة إنابة", [w("اثنتي عشرة ومائة", 112)]],
    ["a ten, then thousands", "ستين وأربعة آلاف ملف", [w("ستين وأربعة آلاف", 4060)]],
    ["a ten, the hundreds, then the thousands", "أربعون وستمائة وألفان من النشرات", [w("أربعون وستمائة وألفان", 2640)]],
    ["units and tens in their usual order, then the hundreds", "ثمان وستون ومائتا نشرة", [w("ثمان وستون ومائتا", 268)]],
    ["the و apart from the word", "عشرة و ستمائة شرطي", [w("عشرة و ستمائة", 610)]],
    ["a year after a year's noun", "في سنة ثمان عشرة وألفين", [{ text: "ثمان عشرة وألفين", value: 2018, kind: "year" as const, form: "words" as const }]],
  ])("%s: %s", (_note, input, expected) => expectMentions(input, expected));

  it.each<NotedCase>([
    ["the ends of a range after بين", "بين عشرين ومائة يوم", [w("عشرين", 20), w("مائة", 100)]],
    ["after ما بين too", "ما بين خمسين ومائتين", [w("خمسين", 50), w("مائتين", 200)]],
    ["a higher number that is not round", "عشرة ومائة وخمسة", [w("عشرة", 10), w("مائة وخمسة", 105)]],
    ["the same order twice", "مائة ومائتان", [w("مائة", 100), w("مائتان", 200)]],
    ["a number in words then digits", "عشرة و100", [w("عشرة", 10), { text: "100", value: 100, form: "digits" as const }]],
    ["a comma between", "عشرة، ومائة", [w("عشرة", 10), w("مائة", 100)]],
  ])("not one number: %s: %s", (_note, input, expected) => expectMentions(input, expected));
});
