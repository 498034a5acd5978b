// Digits and separators: the rule is written at the top of pipeline/arabic/numbers/digits.ts.
import { describe, it } from "vitest";
import { type Case, expectMentions, type NotedCase } from "./expect-mentions.ts";

const d = (text: string, value: number, decimals = 0) => ({ text, value, form: "digits" as const, decimals });

describe("digits in three scripts", () => {
  it.each<Case>([
    ["عالج 143 إنابة", [d("143", 143)]],
    ["عالج ١٤٣ إنابة", [d("١٤٣", 143)]],
    ["عالج ۱۴۳ إنابة", [d("۱۴۳", 143)]],
    ["0", [d("0", 0)]],
    ["007", [d("007", 7)]],
    ["مقال فيه 12 و١٣ و۱۴", [d("12", 12), d("١٣", 13), d("۱۴", 14)]],
    ["خليط ١2۳ في رقم واحد", [d("١2۳", 123)]],
  ])("%s", (input, expected) => expectMentions(input, expected));
});

describe("thousands separators", () => {
  it.each<Case>([
    ["1,234,567", [d("1,234,567", 1234567)]],
    ["1.234.567", [d("1.234.567", 1234567)]],
    ["5,800 ملف", [d("5,800", 5800)]],
    ["5.800 ملف", [d("5.800", 5800)]],
    ["٥٬٨٠٠ ملف", [d("٥٬٨٠٠", 5800)]],
    ["١٬٠٠٠٬٠٠٠", [d("١٬٠٠٠٬٠٠٠", 1000000)]],
    ["5 800 ملف (normal space)", [d("5 800", 5800)]],
    ["5\u00A0800 ملف (no-break space)", [d("5\u00A0800", 5800)]],
    ["5\u2009800 ملف (thin space)", [d("5\u2009800", 5800)]],
    ["5\u202F800 ملف (narrow no-break space)", [d("5\u202F800", 5800)]],
    ["12 345 678", [d("12 345 678", 12345678)]],
    ["1\u202F234\u202F567,89", [d("1\u202F234\u202F567,89", 1234567.89, 2)]],
  ])("%s", (input, expected) => expectMentions(input, expected));

  it.each<NotedCase>([
    ["a first part of four digits never starts a grouping", "2022 5", [d("2022", 2022), d("5", 5)]],
    ["groups have exactly three digits", "5 80", [d("5", 5), d("80", 80)]],
    ["groups have exactly three digits", "5 8000", [d("5", 5), d("8000", 8000)]],
    ["after a comma grouping a point is decimal", "1,234.567", [d("1,234.567", 1234.567, 3)]],
    ["one separator per grouping", "1,234 567", [d("1,234", 1234), d("567", 567)]],
    ["a separator followed by a space is punctuation", "5, 800", [d("5", 5), d("800", 800)]],
    ["a sentence-final point", "بلغ 5.800.", [d("5.800", 5800)]],
  ])("%s: %s", (_, input, expected) => expectMentions(input, expected));
});

describe("the Arabic comma between groups of three digits", () => {
  it.each<Case>([
    ["١،٢٣٤،٥٦٧", [d("١،٢٣٤،٥٦٧", 1234567)]],
    ["1،234", [d("1،234", 1234)]],
    ["5،800 ملف", [d("5،800", 5800)]],
    ["عالج ٥،٨٠٠ ملف", [d("٥،٨٠٠", 5800)]],
    ["12،345،678", [d("12،345،678", 12345678)]],
    ["1،234٫5", [d("1،234٫5", 1234.5, 1)]],
    ["1،234.5", [d("1،234.5", 1234.5, 1)]],
  ])("%s", (input, expected) => expectMentions(input, expected));

  it.each<NotedCase>([
    ["a list written with spaces stays separate numbers", "12، 15، 18", [d("12", 12), d("15", 15), d("18", 18)]],
    ["groups of other than three digits are a list", "12،15،18", [d("12", 12), d("15", 15), d("18", 18)]],
    ["one group of other than three digits makes the whole chain a list", "1،234،56", [d("1", 1), d("234", 234), d("56", 56)]],
    ["one group of other than three digits makes the whole chain a list", "1،2345", [d("1", 1), d("2345", 2345)]],
    ["a first group of four digits is no grouping", "2022،2023", [d("2022", 2022), d("2023", 2023)]],
    ["a first group with a leading zero is no grouping", "0،500", [d("0", 0), d("500", 500)]],
    ["a space after the comma is punctuation", "5، 800", [d("5", 5), d("800", 800)]],
    ["a space before the comma is punctuation", "5 ،800", [d("5", 5), d("800", 800)]],
    ["after an Arabic-comma grouping a comma is decimal, as after any other grouping", "1،234,567", [d("1،234,567", 1234.567, 3)]],
  ])("%s: %s", (_, input, expected) => expectMentions(input, expected));
});

describe("decimals", () => {
  it.each<NotedCase>([
    ["point", "2.5", [d("2.5", 2.5, 1)]],
    ["comma", "2,5", [d("2,5", 2.5, 1)]],
    ["Arabic decimal point", "٢٫٥", [d("٢٫٥", 2.5, 1)]],
    ["point", "0.77", [d("0.77", 0.77, 2)]],
    ["a trailing zero counts as written", "1.10", [d("1.10", 1.1, 2)]],
    ["leading zero", "01.10", [d("01.10", 1.1, 2)]],
    ["after four digits a separator is decimal", "12345,678", [d("12345,678", 12345.678, 3)]],
    ["grouping then decimal", "1,234.5", [d("1,234.5", 1234.5, 1)]],
    ["grouping then decimal, French style", "1.234,5", [d("1.234,5", 1234.5, 1)]],
    ["Arabic separators", "١٠٠٬٠٠٠٫٠", [d("١٠٠٬٠٠٠٫٠", 100000, 1)]],
    ["the Arabic decimal point is always decimal", "٥٫٨٠٠", [d("٥٫٨٠٠", 5.8, 3)]],
    ["leading point", ".77", [d(".77", 0.77, 2)]],
    ["leading Arabic point", "٫٧٧", [d("٫٧٧", 0.77, 2)]],
  ])("%s: %s", (_, input, expected) => expectMentions(input, expected));

  it.each<NotedCase>([
    ["thousands", "5.800", [d("5.800", 5800)]],
    ["thousands", "5,800", [d("5,800", 5800)]],
    ["decimal when the integer part is 0", "0.500", [d("0.500", 0.5, 3)]],
    ["decimal when the integer part is 0", "0,500", [d("0,500", 0.5, 3)]],
    ["decimal before a scale word", "1.500 مليار", [{ text: "1.500 مليار", value: 1500000000, form: "mixed", decimals: 3 }]],
    ["decimal before a scale word", "2,500 مليون درهم", [{ text: "2,500 مليون", value: 2500000, form: "mixed", decimals: 3 }]],
    ["several groups stay a grouping before a scale word", "1,234,567 مليون", [{ text: "1,234,567 مليون", value: 1234567000000, form: "mixed" }]],
  ])("a single separator with three digits after it: %s: %s", (_, input, expected) => expectMentions(input, expected));
});

describe("signs", () => {
  it.each<Case>([
    ["-1200000", [d("-1200000", -1200000)]],
    ["انخفضت الحرارة إلى -5 درجات", [d("-5", -5)]],
    ["(-3)", [d("-3", -3)]],
    ["−2.5", [d("−2.5", -2.5, 1)]],
    ["-١٬٢٠٠٬٠٠٠٫٠٠", [d("-١٬٢٠٠٬٠٠٠٫٠٠", -1200000, 2)]],
  ])("%s", (input, expected) => expectMentions(input, expected));

  it.each<NotedCase>([
    ["a dash after a number is a range", "5 - 10", [d("5", 5), d("10", 10)]],
    ["a dash after a number is a range", "من 5-10 أشخاص", [d("5", 5), d("10", 10)]],
    ["digits hung on a word by a hyphen are a label", "ب-5", []],
  ])("%s: %s", (_, input, expected) => expectMentions(input, expected));
});

describe("digits that are not quantities", () => {
  it.each<NotedCase>([
    ["malformed chain", "1.2.3", []],
    ["malformed grouping", "1,234,56", []],
    ["list without spaces", "1,2,3", []],
    ["slash chain", "24/7", []],
    ["law number", "القانون 103/13", []],
    ["touching Latin letters", "مجموعة G20", []],
    ["touching Latin letters", "شبكة 5G", []],
    ["touching Latin letters", "10h", []],
    ["hung on a word by a hyphen", "كوفيد-19", []],
    ["hashtag", "#2022", []],
    ["a score is two numbers", "2:1", [d("2", 2), d("1", 1)]],
  ])("%s: %s", (_, input, expected) => expectMentions(input, expected));
});
