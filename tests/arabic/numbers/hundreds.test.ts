// Hundreds: مائة/مئة/ماية, the duals, fused and separate forms, and what follows them.
import { describe, it } from "vitest";
import { expectMentions, type NotedCase } from "./expect-mentions.ts";

const w = (text: string, value: number) => ({ text, value, form: "words" as const });

describe("hundreds", () => {
  it.each<[string, number]>([
    ["مائة", 100],
    ["مئة", 100],
    ["ماية", 100],
    ["مائه", 100],
    ["مائتان", 200],
    ["مائتين", 200],
    ["مئتان", 200],
    ["مئتين", 200],
    ["ثلاثمائة", 300],
    ["ثلاثمئة", 300],
    ["ثلاث مائة", 300],
    ["ثلاث مئة", 300],
    ["ثلاثة مائة", 300],
    ["ثلثمائة", 300],
    ["أربعمائة", 400],
    ["اربعمائة", 400],
    ["أربع مئة", 400],
    ["خمسمائة", 500],
    ["خمسمئة", 500],
    ["ستمائة", 600],
    ["ست مئة", 600],
    ["سبعمائة", 700],
    ["ثمانمائة", 800],
    ["ثمانيمائة", 800],
    ["ثماني مائة", 800],
    ["تسعمائة", 900],
    ["تسعمئة", 900],
    ["تلتمية", 300],
    ["خمسمية", 500],
    ["سبعمية", 700],
    ["تلات مية", 300],
  ])("%s = %d", (words, value) => expectMentions(`نحو القاعة ${words} كرسي`, [w(words, value)]));

  it.each<[string, number]>([
    ["ثلاثمائة وخمسين", 350],
    ["خمسمائة و خمسة و عشرون", 525],
    ["مائة وواحد", 101],
    ["مائة واثنان", 102],
    ["مائة وعشرة", 110],
    ["مائتان وأحد عشر", 211],
    ["مئتين واثنتي عشرة", 212],
    ["تسعمائة وتسعة وتسعون", 999],
    ["ثلاث مائة وخمسة وعشرون", 325],
    ["متين وعشرة", 210],
    ["متين واحد وعشرين", 221],
    ["متين تلاتة وستين", 263],
    ["خمسمية خمسة و عشرين", 525],
    ["تلتمية وخمسين", 350],
  ])("%s = %d", (words, value) => expectMentions(`بلغ ${words} ملفا`, [w(words, value)]));

  it.each<NotedCase>([
    ["two hundreds do not add up", "مائة ومائتان", [w("مائة", 100), w("مائتان", 200)]],
    ["a second hundreds after a unit is a new number", "مائة وثلاثة مائة", [w("مائة وثلاثة", 103), w("مائة", 100)]],
    ["Egyptian متين alone is the adjective 'solid'", "أساس متين", []],
    ["Egyptian مية alone is 'water'", "شربت مية", []],
    ["a hundred with the article is not a count", "الذكرى المائة", []],
    ["digits after a hundred and و", "مائة و5", [{ text: "مائة و5", value: 105, form: "mixed" }]],
  ])("%s: %s", (_, input, expected) => expectMentions(input, expected));
});
