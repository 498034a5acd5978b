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
    ["digits after a hundred and و", "مائة و5", [{ text: "مائة و5", value: 105, form: "mixed" }]],
    ["spoken Arabic drops the و between the thousands and the hundreds", "تلات آلاف تلتمية وتمانين ملف", [w("تلات آلاف تلتمية وتمانين", 3380)]],
    ["after a dual thousand too", "ألفين ميّة وخمسين طلب", [w("ألفين ميّة وخمسين", 2150)]],
    ["Levantine تلاف is the thousands", "أربع تلاف أربعمية وتمانين", [w("أربع تلاف أربعمية وتمانين", 4480)]],
    ["a hundred after a comma is not joined to the thousands", "تلات آلاف، ميّة منها", [w("تلات آلاف", 3000)]],
  ])("%s: %s", (_, input, expected) => expectMentions(input, expected));
});

describe("digits times a hundred", () => {
  const m = (text: string, value: number) => ({ text, value, form: "mixed" as const });
  it.each<NotedCase>([
    ["digits, a hundred, و and digits", "٣ مئة و ٢١", [m("٣ مئة و ٢١", 321)]],
    ["any integer in digits", "322 مائة", [m("322 مائة", 32200)]],
    ["the rest in words", "3 مئة وخمسة وعشرون ملفا", [m("3 مئة وخمسة وعشرون", 325)]],
    ["then a scale", "3 مئة ألف", [m("3 مئة ألف", 300000)]],
    ["after a scale and و, below it", "ألف و3 مئة", [m("ألف و3 مئة", 1300)]],
    ["Egyptian مية inside a number", "3 مية", [m("3 مية", 300)]],
    ["a thousands scale still works", "3 آلاف", [m("3 آلاف", 3000)]],
    ["not above the last scale: the number ends before the hundred", "ألف و322 مائة", [m("ألف و322", 1322), w("مائة", 100)]],
    ["not a decimal", "2.5 مائة", [{ text: "2.5", value: 2.5 }, w("مائة", 100)]],
    ["not the ambiguous 5.800 shape", "1.500 مائة", [{ text: "1.500", value: 1500 }, w("مائة", 100)]],
    ["not a fused hundred", "3 ثلاثمائة", [{ text: "3", value: 3 }, w("ثلاثمائة", 300)]],
    ["not a dual hundred", "3 مائتين", [{ text: "3", value: 3 }, w("مائتين", 200)]],
    ["not a percent phrase", "24 في المائة", [{ text: "24 في المائة", value: 24, kind: "percent" }]],
    ["not a percent word", "24 بالمائة", [{ text: "24 بالمائة", value: 24, kind: "percent" }]],
  ])("%s: %s", (_, input, expected) => expectMentions(input, expected));
});

describe("the definite hundred", () => {
  it.each<NotedCase>([
    ["المائة is a hundred; the article is a clitic, outside the span", "تجاوز العدد المائة", [w("مائة", 100)]],
    ["المئة too", "أكثر من المئة بقليل", [{ text: "أكثر من المئة", value: 100, qualifier: "gt", form: "words" }]],
    ["also as an ordinal, which the form does not tell apart: an ignore rule can set it aside", "الذكرى المائة", [w("مائة", 100)]],
    ["with و", "والمائة", [w("مائة", 100)]],
    ["with the rest of a number, definite too", "المائة والخمسون", [w("مائة والخمسون", 150)]],
    ["في المائة is a percent sign", "في المائة", []],
    ["في المئة is a percent sign", "ارتفع بنسبة في المئة", []],
    ["بالمائة is a percent sign", "بالمائة", []],
    ["بالمئة is a percent sign", "24، بالمئة", [{ text: "24", value: 24 }]],
    ["a percent phrase cut from its number by a comma", "24، في المائة", [{ text: "24", value: 24 }]],
    ["a percent phrase after a full stop", "انتهى. في المائة", []],
    ["other definite hundreds stay nouns or ordinals", "المائتين الثلاثمائة", []],
    ["لل + مائة after a preposition is no number", "للمائة", []],
  ])("%s: %s", (_, input, expected) => expectMentions(input, expected));
});
