// Tens 20–90 in the nominative and oblique, and unit + و + ten compounds.
import { describe, it } from "vitest";
import { expectMentions, type NotedCase } from "./expect-mentions.ts";

const w = (text: string, value: number) => ({ text, value, form: "words" as const });

describe("tens", () => {
  it.each<[string, number]>([
    ["عشرون", 20],
    ["عشرين", 20],
    ["ثلاثون", 30],
    ["ثلاثين", 30],
    ["أربعون", 40],
    ["اربعين", 40],
    ["خمسون", 50],
    ["خمسين", 50],
    ["ستون", 60],
    ["ستين", 60],
    ["سبعون", 70],
    ["سبعين", 70],
    ["ثمانون", 80],
    ["ثمانين", 80],
    ["تسعون", 90],
    ["تسعين", 90],
    ["تلاتين", 30],
  ])("%s = %d", (word, value) => expectMentions(`بلغ ${word} حالة`, [w(word, value)]));
});

describe("unit و ten", () => {
  it.each<[string, number]>([
    ["واحد وعشرون", 21],
    ["واحدة و عشرون", 21],
    ["إحدى وعشرين", 21],
    ["أحد وعشرين", 21],
    ["اثنان وعشرون", 22],
    ["اثنتين وثلاثين", 32],
    ["ثلاث وثلاثون", 33],
    ["أربعة و عشرون", 24],
    ["خمس وأربعون", 45],
    ["ستة وخمسين", 56],
    ["سبع وستون", 67],
    ["ثمانية وسبعين", 78],
    ["ثمان وثمانون", 88],
    ["تسعة وتسعون", 99],
    ["تلاتة و تلاتين", 33],
  ])("%s = %d", (words, value) => expectMentions(`منذ ${words} سنة`, [w(words, value)]));

  it.each<NotedCase>([
    ["ten و unit is two numbers (a unit comes first)", "عشرون وخمسة", [w("عشرون", 20), w("خمسة", 5)]],
    ["a ten after a unit needs و", "خمسة عشرون", [w("خمسة", 5), w("عشرون", 20)]],
    ["a trailing و is not in the span", "عشرون و", [w("عشرون", 20)]],
    ["a ten with the article is an ordinal", "القرن العشرين", []],
    ["a compound with the article throughout is a count", "الأربعة والعشرين ساعة", [w("أربعة والعشرين", 24)]],
    ["a ten with the article before the indefinite accusative noun it counts is a count", "من بين الثمانين شخصا المبحوث عنهم", [w("ثمانين", 80)]],
    ["a ten with the article before a definite noun is no count", "العشرين الأوائل", []],
    ["a ten with the article before a percent sign is a percentage", "ما يقارب الثلاثين في المائة", [{ text: "ما يقارب الثلاثين في المائة", value: 30, kind: "percent", qualifier: "approx" }]],
    ["'الاثنين' joined to a definite ten before what they count is a count, not Monday", "توقيف الاثنين والسبعين شخصا", [w("اثنين والسبعين", 72)]],
    ["'الاثنين' joined to a ten counting nothing stays Monday", "يوم الاثنين والعشرين من الشهر", []],
    ["'الاثنين' alone is Monday", "يوم الاثنين الماضي", []],
    ["a definite percentage without a qualifier recalls a figure", "بعيدة عن الخمسين في المائة التي روجت", []],
    ["a verb's plural after a definite compound is not what it counts", "14 من الموقوفين الواحد والعشرين ضبطوا", [{ text: "14", value: 14, kind: "number" }]],
  ])("%s: %s", (_, input, expected) => expectMentions(input, expected));
});
