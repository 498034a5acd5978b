// Digits with scale or number words: one mention, form mixed.
import { describe, it } from "vitest";
import { type Case, expectMentions, type NotedCase } from "./expect-mentions.ts";

const m = (text: string, value: number, decimals = 0) => ({ text, value, form: "mixed" as const, decimals });

describe("digits with scale words", () => {
  it.each<Case>([
    ["عالج 5 آلاف و800 ملف", [m("5 آلاف و800", 5800)]],
    ["3 آلاف و362 مذكرة", [m("3 آلاف و362", 3362)]],
    ["ألفين و169 مذكرة", [m("ألفين و169", 2169)]],
    ["ألفين و 169 مذكرة", [m("ألفين و 169", 2169)]],
    ["100 الف", [m("100 الف", 100000)]],
    ["10 آلاف", [m("10 آلاف", 10000)]],
    ["2 مليون", [m("2 مليون", 2000000)]],
    ["3 ملايين", [m("3 ملايين", 3000000)]],
    ["2,5 مليون درهم", [m("2,5 مليون", 2500000, 1)]],
    ["2.5 مليون درهم", [m("2.5 مليون", 2500000, 1)]],
    ["1.2 مليار", [m("1.2 مليار", 1200000000, 1)]],
    ["١٫٢ مليار", [m("١٫٢ مليار", 1200000000, 1)]],
    ["مليون و200 ألف", [m("مليون و200 ألف", 1200000)]],
    ["3 ملايين و500 ألف", [m("3 ملايين و500 ألف", 3500000)]],
    ["5آلاف", [m("5آلاف", 5000)]],
    ["1500 مليون", [m("1500 مليون", 1500000000)]],
    ["-5 آلاف", [m("-5 آلاف", -5000)]],
    ["1 فاصلة 1", [m("1 فاصلة 1", 1.1, 1)]],
    ["2 فاصلة 5 مليون", [m("2 فاصلة 5 مليون", 2500000, 1)]],
  ])("%s", (input, expected) => expectMentions(input, expected));

  it.each<NotedCase>([
    ["the part after و must be below the last scale", "ألف و2000", [{ text: "ألف", value: 1000 }, { text: "2000", value: 2000 }]],
    ["decimals after a scale and و start a new number", "مليون و2.5", [{ text: "مليون", value: 1e6 }, { text: "2.5", value: 2.5 }]],
    ["digits then a number word are two numbers", "5 ثلاثة", [{ text: "5", value: 5 }, { text: "ثلاثة", value: 3 }]],
  ])("%s: %s", (_, input, expected) => expectMentions(input, expected));
});

describe("decimal point in words", () => {
  it.each<Case>([
    ["واحد فاصلة واحد", [{ text: "واحد فاصلة واحد", value: 1.1, form: "words", decimals: 1 }]],
    ["واحد فاصلة خمسة وعشرون", [{ text: "واحد فاصلة خمسة وعشرون", value: 1.25, form: "words", decimals: 2 }]],
    ["ثلاثة فاصلة صفر خمسة", [{ text: "ثلاثة فاصلة صفر خمسة", value: 3.05, form: "words", decimals: 2 }]],
    ["خمسة فاصلة", [{ text: "خمسة", value: 5, form: "words" }]],
  ])("%s", (input, expected) => expectMentions(input, expected));
});
