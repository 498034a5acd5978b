// Negative numbers: a minus sign on the digits, or سالب/ناقص (pipeline/arabic/lexicon/numerals.json, minusWords)
// right before a number.
import { describe, it } from "vitest";
import { expectMentions, type NotedCase } from "./expect-mentions.ts";

describe("minus words", () => {
  it.each<NotedCase>([
    ["سالب before digits", "سالب 5", [{ text: "سالب 5", value: -5, form: "digits" }]],
    ["ناقص before words", "ناقص ثلاثة", [{ text: "ناقص ثلاثة", value: -3, form: "words" }]],
    ["in a sentence", "بلغت درجة الحرارة ناقص 5 درجات", [{ text: "ناقص 5", value: -5 }]],
    ["a decimal", "سالب 2,5", [{ text: "سالب 2,5", value: -2.5, decimals: 1 }]],
    ["a whole number with a scale", "ناقص خمسة آلاف وثمانمائة", [{ text: "ناقص خمسة آلاف وثمانمائة", value: -5800, form: "words" }]],
    ["a percentage", "تغير بنسبة ناقص 5 في المائة", [{ text: "ناقص 5 في المائة", value: -5, kind: "percent" }]],
    ["a clitic in front is left out of the span", "وناقص 3", [{ text: "ناقص 3", value: -3 }]],
    ["only the last of two minus words is the sign", "ناقص ناقص 5", [{ text: "ناقص 5", value: -5 }]],
    ["minus zero is zero", "ناقص صفر", [{ text: "ناقص صفر", value: 0 }]],
  ])("%s: %s", (_, input, expected) => expectMentions(input, expected));

  it.each<NotedCase>([
    ["after a number it is the operator, as a dash is", "5 ناقص 3", [{ text: "5", value: 5 }, { text: "3", value: 3 }]],
    ["after a number word too", "خمسة ناقص ثلاثة", [{ text: "خمسة", value: 5 }, { text: "ثلاثة", value: 3 }]],
    ["'incomplete' with no number after it", "ملف ناقص", []],
    ["a word between them", "ناقص الوثائق 3", [{ text: "3", value: 3 }]],
    ["a comma between them", "ناقص، 5", [{ text: "5", value: 5 }]],
    ["with the article it is an adjective", "الناقص 5", [{ text: "5", value: 5 }]],
    ["a number already negative keeps its own sign", "ناقص -5", [{ text: "-5", value: -5 }]],
    ["a dual noun is no signed number", "ناقص عمليتين", [{ text: "عمليتين", value: 2, form: "dual" }]],
    ["a year is no signed number", "ناقص سنة 2022", [{ text: "2022", value: 2022, kind: "year" }]],
  ])("%s: %s", (_, input, expected) => expectMentions(input, expected));
});

describe("a minus sign on the digits", () => {
  it.each<NotedCase>([
    ["makes the whole number negative, scales and the rest after و included", "-5 آلاف و800", [{ text: "-5 آلاف و800", value: -5800, form: "mixed" }]],
    ["with a decimal before a scale", "−2,5 مليون", [{ text: "−2,5 مليون", value: -2500000, decimals: 1 }]],
    ["the ambiguous shape before a scale", "-1.500 مليار", [{ text: "-1.500 مليار", value: -1500000000, decimals: 3 }]],
    ["times a hundred", "-3 مئة", [{ text: "-3 مئة", value: -300, form: "mixed" }]],
  ])("%s: %s", (_, input, expected) => expectMentions(input, expected));
});
