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
    ["24في المائة", [p("24في المائة", 24)]],
    ["ارتفع بـ40 في المائة", [p("40 في المائة", 40)]],
  ])("%s", (input, expected) => expectMentions(input, expected));

  it.each<NotedCase>([
    ["a percent phrase alone is nothing", "في المائة", []],
    ["a percent phrase alone is nothing", "بالمائة", []],
    ["punctuation between number and phrase breaks it", "24، في المائة", [{ text: "24", value: 24 }]],
    ["a percent sign after a paragraph break is not attached", "24\n\n%", [{ text: "24", value: 24 }]],
    ["a year is not a percentage", "سنة 2022 %", [{ text: "2022", value: 2022, kind: "year" }]],
  ])("%s: %s", (_, input, expected) => expectMentions(input, expected));
});
