// Number words 0–10 in both genders and every case ending, spelling variants included.
import { describe, it } from "vitest";
import { type Case, expectMentions, type NotedCase } from "./expect-mentions.ts";

const w = (text: string, value: number) => ({ text, value, form: "words" as const, decimals: 0 });

describe("units 0–10, masculine and feminine", () => {
  it.each<[string, number]>([
    ["صفر", 0],
    ["واحد", 1],
    ["واحدة", 1],
    ["اثنان", 2],
    ["اثنين", 2],
    ["اثنتان", 2],
    ["اثنتين", 2],
    ["إثنين", 2],
    ["ثلاثة", 3],
    ["ثلاث", 3],
    ["أربعة", 4],
    ["أربع", 4],
    ["اربعه", 4],
    ["خمسة", 5],
    ["خمس", 5],
    ["ستة", 6],
    ["ست", 6],
    ["سته", 6],
    ["سبعة", 7],
    ["سبع", 7],
    ["ثمانية", 8],
    ["ثماني", 8],
    ["ثمان", 8],
    ["تسعة", 9],
    ["تسع", 9],
    ["عشرة", 10],
    ["عشر", 10],
    ["عشره", 10],
  ])("%s = %d", (word, value) => expectMentions(`رأينا ${word} أشخاص`, [w(word, value)]));
});

describe("units in sentences", () => {
  it.each<Case>([
    ["تنفيذ خمس عمليات أمنية", [w("خمس", 5)]],
    ["توقيف ثلاثة أجانب", [w("ثلاثة", 3)]],
    ["مرة واحدة", [w("واحدة", 1)]],
    ["ثماني سنوات", [w("ثماني", 8)]],
    ["ثلاثة، أربعة، خمسة", [w("ثلاثة", 3), w("أربعة", 4), w("خمسة", 5)]],
  ])("%s", (input, expected) => expectMentions(input, expected));

  it.each<NotedCase>([
    ["two units side by side are two numbers", "ثلاثة أربعة", [w("ثلاثة", 3), w("أربعة", 4)]],
    ["unit و unit is two numbers", "ثلاثة وأربعة", [w("ثلاثة", 3), w("أربعة", 4)]],
    ["a paragraph break ends a number", "خمسة\n\nعشر", [w("خمسة", 5), w("عشر", 10)]],
    ["أحد alone is 'one of', not a number", "أحد المسؤولين", []],
    ["إحدى alone is 'one of', not a number", "إحدى الدول", []],
    ["اثنا alone is only a teen head", "اثنا", []],
    ["Egyptian forms", "تلاتة و اتنين", [w("تلاتة", 3), w("اتنين", 2)]],
  ])("%s: %s", (_, input, expected) => expectMentions(input, expected));
});
