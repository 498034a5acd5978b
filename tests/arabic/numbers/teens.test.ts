// Teens 11–19: a head and عشر/عشرة, in both genders and cases; Egyptian one-word teens.
import { describe, it } from "vitest";
import { expectMentions, type NotedCase } from "./expect-mentions.ts";

const w = (text: string, value: number) => ({ text, value, form: "words" as const });

describe("teens", () => {
  it.each<[string, number]>([
    ["أحد عشر", 11],
    ["إحدى عشرة", 11],
    ["إحدى عشر", 11],
    ["احد عشر", 11],
    ["اثنا عشر", 12],
    ["اثني عشر", 12],
    ["اثنتا عشرة", 12],
    ["اثنتي عشرة", 12],
    ["إثنتى عشر", 12],
    ["إثنى عشر", 12],
    ["ثلاثة عشر", 13],
    ["ثلاث عشرة", 13],
    ["أربعة عشر", 14],
    ["أربع عشرة", 14],
    ["أربع عشر", 14],
    ["خمسة عشر", 15],
    ["خمس عشرة", 15],
    ["ستة عشر", 16],
    ["ست عشرة", 16],
    ["سبعة عشر", 17],
    ["سبع عشر", 17],
    ["ثمانية عشر", 18],
    ["ثماني عشرة", 18],
    ["ثمان عشرة", 18],
    ["تسعة عشر", 19],
    ["تسع عشرة", 19],
    ["حداشر", 11],
    ["إتناشر", 12],
    ["تلتاشر", 13],
    ["اربعتاشر", 14],
    ["خمستاشر", 15],
    ["ستاشر", 16],
    ["سبعتاشر", 17],
    ["تمنتاشر", 18],
    ["تسعتاشر", 19],
  ])("%s = %d", (words, value) => expectMentions(`منذ ${words} يوما`, [w(words, value)]));

  it.each<NotedCase>([
    ["و between head and عشر breaks the teen", "خمسة وعشر", [w("خمسة", 5), w("عشر", 10)]],
    ["عشر after a unit that is no teen head", "ثلاثون عشر", [w("ثلاثون", 30), w("عشر", 10)]],
    ["without a hamza واحد may be و + أحد: the longer reading wins", "واحد عشر", [w("احد عشر", 11)]],
    ["و + أحد عشر: the hamza tells و + أحد from واحد", "مائة وأحد عشر", [w("مائة وأحد عشر", 111)]],
    ["a teen after a hundred without و", "مائة خمسة عشر", [w("مائة خمسة عشر", 115)]],
    ["a definite teen: the article is left out, as with الـ before digits", "الاثنا عشر ملفا", [w("اثنا عشر", 12)]],
    ["a definite teen of twelve in the genitive", "خلال الأشهر الإثني عشر الماضية", [w("إثني عشر", 12)]],
    ["a definite feminine teen of eleven", "الإحدى عشرة عملية", [w("إحدى عشرة", 11)]],
    ["a definite masculine teen of eleven", "الأحد عشر ملفا", [w("أحد عشر", 11)]],
    ["الأحد before the feminine tail is Sunday, not a teen", "يوم الأحد عشرة موقوفين", [w("عشرة", 10)]],
    ["a definite teen head alone is no number", "يوم الأحد والاثنين", []],
  ])("%s: %s", (_, input, expected) => expectMentions(input, expected));
});
