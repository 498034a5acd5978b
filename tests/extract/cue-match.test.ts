import { describe, expect, it } from "vitest";
import { foldWord as folded } from "../../pipeline/arabic/normalise.ts";
import { wordMatchesCue } from "../../pipeline/extract/cue-match.ts";

describe("wordMatchesCue", () => {
  it.each([
    ["ملف", "ملف"],
    ["ملفا", "ملف"],
    ["الملفات", "ملف"],
    ["وبالملفات", "ملف"],
    ["مبحوثا", "مبحوث"],
    ["مواطنا", "مواطن"],
    ["إنابة", "انابه"],
    ["الإنابات", "انابه"],
    ["عمليات", "عمليه"],
    ["عمليتين", "عمليه"],
    ["مذكرة", "مذكره"],
    ["لتوقيف", "توقيف"],
    ["للتسليم", "تسليم"],
    ["بزيادة", "زياده"],
    ["أجانب", "اجانب"],
    ["بحث", "بحث"],
    ["نشرتها", "نشره"],
  ])("%s matches the cue %s", (word, cue) => {
    expect(wordMatchesCue(folded(word), cue)).toBe(true);
  });

  it.each([
    ["ملفه", "ملفات"],
    ["مسلف", "ملف"],
    ["عملاء", "عمليه"],
    ["إيقاف", "توقيف"],
    ["بحوث", "بحث"],
    // "إذ نشرت تطور عدد الملفات": the verb; a noun in ة keeps it before a genitive ("نشرة البحث").
    ["نشرت", "نشره"],
  ])("%s does not match the cue %s", (word, cue) => {
    expect(wordMatchesCue(folded(word), cue)).toBe(false);
  });
});
