// Counted nouns in the dual, read as two only through pipeline/arabic/lexicon/dual-nouns.json.
import { describe, it } from "vitest";
import { type Case, expectMentions, type NotedCase } from "./expect-mentions.ts";

const dual = (text: string) => ({ text, value: 2, form: "dual" as const, decimals: 0 });

describe("duals", () => {
  it.each<Case>([
    ["تنفيذ عمليتين للتسليم المراقب", [dual("عمليتين")]],
    ["عمليتان", [dual("عمليتان")]],
    ["زار المغرب مرتين", [dual("مرتين")]],
    ["منذ سنتين", [dual("سنتين")]],
    ["خلال شهرين", [dual("شهرين")]],
    ["بعد يومين", [dual("يومين")]],
    ["ملفين", [dual("ملفين")]],
    ["مذكرتين", [dual("مذكرتين")]],
    ["اتفاقيتين", [dual("اتفاقيتين")]],
    ["دولتين", [dual("دولتين")]],
    ["عامين", [dual("عامين")]],
    ["ساعتين", [dual("ساعتين")]],
    ["بعمليتين", [dual("عمليتين")]],
    ["ولمرتين", [dual("مرتين")]],
    ["عمليتين اثنتين", [dual("عمليتين اثنتين")]],
    ["يومين اثنين", [dual("يومين اثنين")]],
  ])("%s", (input, expected) => expectMentions(input, expected));

  it.each<NotedCase>([
    ["with the article a dual is 'both', not a count", "التعاون بين البلدين", []],
    ["with the article a dual is 'both', not a count", "الطرفين", []],
    ["a dual in construct is left out unless dual-nouns.json lists it (اتفاقيتي is also 'my agreement')", "اتفاقيتي التعاون", []],
    ["the construct duals listed are counts: 'عمليتي تسليم مراقب' is two operations", "نفذت عمليتي تسليم مراقب", [dual("عمليتي")]],
    ["the construct duals listed are counts, nominative too", "إنابتا التعاون", [dual("إنابتا")]],
    ["a word ending in ين that is no listed dual", "المواطنين", []],
    ["a word ending in ين that is no listed dual", "مبحوثين", []],
    ["a plural that looks like a dual is not listed", "المسؤولين الأمنيين", []],
    ["a singular is no mention", "عملية مشتركة", []],
    ["the dual of a scale word is a number already", "ألفين", [{ text: "ألفين", value: 2000, form: "words" }]],
  ])("%s: %s", (_, input, expected) => expectMentions(input, expected));
});
