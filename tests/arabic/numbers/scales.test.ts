// Thousands, millions, billions (and trillions): singular, dual, plural, accusative and construct forms.
import { describe, it } from "vitest";
import { expectMentions, type NotedCase } from "./expect-mentions.ts";

const w = (text: string, value: number) => ({ text, value, form: "words" as const });

describe("scale words", () => {
  it.each<[string, number]>([
    ["ألف", 1000],
    ["الف", 1000],
    ["ألفان", 2000],
    ["ألفين", 2000],
    ["الفين", 2000],
    ["ألفا", 2000],
    ["ألفي", 2000],
    ["ثلاثة آلاف", 3000],
    ["ثلاث آلاف", 3000],
    ["عشرة آلاف", 10000],
    ["أحد عشر ألفا", 11000],
    ["أحد عشر ألفاً", 11000],
    ["ثلاثة عشر ألف", 13000],
    ["عشرون ألفا", 20000],
    ["خمسة وعشرون ألفا", 25000],
    ["مائة ألف", 100000],
    ["مائتا ألف", 200000],
    ["مئتي ألف", 200000],
    ["مئتان ألف", 200000],
    ["ثلاثمائة ألف", 300000],
    ["تسعمائة وتسعة وتسعون ألفا", 999000],
    ["مليون", 1e6],
    ["مليونان", 2e6],
    ["مليونين", 2e6],
    ["مليوني", 2e6],
    ["ثلاثة ملايين", 3e6],
    ["عشرة ملايين", 1e7],
    ["أحد عشر مليونا", 11e6],
    ["خمسون مليون", 5e7],
    ["مليار", 1e9],
    ["ملياران", 2e9],
    ["مليارين", 2e9],
    ["ثلاثة مليارات", 3e9],
    ["عشرون مليارا", 2e10],
    ["تسعمائة مليار", 9e11],
    ["تريليون", 1e12],
    ["ترليون", 1e12],
    ["اتنين مليون", 2e6],
  ])("%s = %d", (words, value) => expectMentions(`رصدت ${words} درهم`, [w(words, value)]));
});

describe("scales joined by و", () => {
  it.each<[string, number]>([
    ["ألف وخمسمائة", 1500],
    ["ألفين وثلاثمائة", 2300],
    ["خمسة آلاف وثمانمائة", 5800],
    ["ثلاثة آلاف وثلاثمائة واثنان وستون", 3362],
    ["اثنا عشر ألفا وخمسمائة", 12500],
    ["ثلاثمائة وخمسة وعشرون ألفا ومائتان واثنا عشر", 325212],
    ["مليون وألف", 1001000],
    ["مليون وألفان", 1002000],
    ["مليونان ومائتا ألف", 2200000],
    ["ثلاثة ملايين وخمسمائة ألف", 3500000],
    ["مليار ومائة مليون", 1100000000],
    ["اثنا عشر ملياراً وثلاثمائة وخمسة وأربعون مليوناً وستمائة وثمانية وسبعون ألفاً وتسعمائة وواحد", 12345678901],
  ])("%s = %d", (words, value) => expectMentions(`بلغ ${words} درهم`, [w(words, value)]));

  it.each<NotedCase>([
    ["a larger scale after the first one multiplies it", "ألف مليون دولار", [w("ألف مليون", 1e9)]],
    ["a larger scale after the first one multiplies it", "مائة ألف مليون", [w("مائة ألف مليون", 1e11)]],
    ["fractions of a scale", "نصف مليون", [w("نصف مليون", 500000)]],
    ["fractions of a scale", "ربع مليار", [w("ربع مليار", 250000000)]],
    ["a fraction added after a scale", "مليون ونصف", [w("مليون ونصف", 1500000)]],
    ["a fraction added after a scale", "مليونين ونصف", [w("مليونين ونصف", 2500000)]],
    ["a fraction added after a scale", "ثلاثة آلاف ونصف", [w("ثلاثة آلاف ونصف", 3500)]],
    ["a fraction alone is no mention", "نصف المواطنين", []],
    ["split group: whole hundreds of a scale, و, and less than a hundred of it", "مائة ألف وألف", [w("مائة ألف وألف", 101000)]],
    ["split group", "مائة ألف وألفان", [w("مائة ألف وألفان", 102000)]],
    ["split group", "مائة ألف وعشرون ألفا", [w("مائة ألف وعشرون ألفا", 120000)]],
    ["split group", "مئتا ألف وخمسة آلاف وثلاثمائة", [w("مئتا ألف وخمسة آلاف وثلاثمائة", 205300)]],
    ["split group with digits", "مائة ألف و20 ألف", [{ text: "مائة ألف و20 ألف", value: 120000, form: "mixed" }]],
    ["no split group after a group that is not whole hundreds", "خمسون ألفا وألف", [w("خمسون ألفا", 50000), w("ألف", 1000)]],
    ["no second split group", "مائة ألف وألف وألف", [w("مائة ألف وألف", 101000), w("ألف", 1000)]],
    ["scales go down: an equal scale after و starts a new number", "ألف وألف", [w("ألف", 1000), w("ألف", 1000)]],
    ["a dual scale never follows a number", "ثلاثة ألفين", [w("ثلاثة", 3), w("ألفين", 2000)]],
    ["a plural scale alone is vague", "آلاف المواطنين", []],
    ["a plural scale alone is vague", "ملايين الدراهم", []],
    ["a plural scale alone is vague", "مليارات الدولارات", []],
    ["vague quantities", "عشرات الآلاف", []],
    ["vague quantities", "مئات الملفات", []],
    ["vague quantities", "بضعة آلاف", []],
    ["vague quantities", "عدة ملايين", []],
    ["a scale with the article is not a count", "الألف", []],
  ])("%s: %s", (_, input, expected) => expectMentions(input, expected));
});
