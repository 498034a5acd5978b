// Percentages: في المائة, في المئة, بالمائة, بالمئة, % and ٪ are part of the mention (kind percent).
import { describe, it } from "vitest";
import { type Case, expectMentions, type NotedCase } from "./expect-mentions.ts";

const p = (text: string, value: number, form: "digits" | "words" | "mixed" = "digits", decimals = 0) => ({ text, value, kind: "percent" as const, form, decimals });

describe("percentages", () => {
  it.each<Case>([
    ["بزيادة قدرها 24 في المائة مقارنة", [p("24 في المائة", 24)]],
    ["24 في المئة", [p("24 في المئة", 24)]],
    ["24 في المية", [p("24 في المية", 24)]],
    ["24 بالمائة", [p("24 بالمائة", 24)]],
    ["24 بالمئة", [p("24 بالمئة", 24)]],
    ["24%", [p("24%", 24)]],
    ["24 %", [p("24 %", 24)]],
    ["٢٤٪", [p("٢٤٪", 24)]],
    ["24 ٪", [p("24 ٪", 24)]],
    ["نسبة 12,5 في المائة", [p("12,5 في المائة", 12.5, "digits", 1)]],
    ["10.75%", [p("10.75%", 10.75, "digits", 2)]],
    ["أربعة وعشرين في المائة", [p("أربعة وعشرين في المائة", 24, "words")]],
    ["خمسين بالمائة", [p("خمسين بالمائة", 50, "words")]],
    ["بخمسة ونصف في المائة", [p("خمسة ونصف في المائة", 5.5, "words", 1)]],
    ["24في المائة", [p("24في المائة", 24)]],
    ["ارتفع بـ40 في المائة", [p("40 في المائة", 40)]],
  ])("%s", (input, expected) => expectMentions(input, expected));

  it.each<NotedCase>([
    ["a percent phrase alone is nothing", "في المائة", []],
    ["a percent phrase alone is nothing", "بالمائة", []],
    ["punctuation between number and phrase breaks it", "24، في المائة", [{ text: "24", value: 24 }]],
    ["a percent sign after a paragraph break is not attached", "24\n\n%", [{ text: "24", value: 24 }]],
    ["a year is not a percentage", "سنة 2022 %", [{ text: "2022", value: 2022, kind: "year" }]],
    ["a sign typed before the number, as right-to-left pages store it", "بارتفاع %24 مقارنة", [p("%24", 24)]],
    ["a sign before a decimal number", "بزيادة %13,3", [p("%13,3", 13.3, "digits", 1)]],
    ["a qualifier before a sign typed before the number", "أكثر من %40", [{ ...p("أكثر من %40", 40), qualifier: "gt" }]],
    ["a sign right after a number belongs to it, not to the next number", "24% 40", [p("24%", 24), { text: "40", value: 40 }]],
    ["a number alone in parentheses, its percent phrase after them", "بلغت (29) في المئة", [p("29) في المئة", 29)]],
    ["a qualifier before a number alone in parentheses", "ناهز (29) في المئة", [{ ...p("ناهز (29) في المئة", 29), qualifier: "approx" }]],
    ["a number in parentheses with more inside is no percentage of the phrase after them", "(29 ملفا) في المئة", [{ text: "29", value: 29 }]],
    ["a qualifier further back is not a parenthesised number's", "أكثر من المساعدة القضائية. وعدد الأوامر (106) يقل", [{ text: "106", value: 106 }]],
  ])("%s: %s", (_, input, expected) => expectMentions(input, expected));
});
