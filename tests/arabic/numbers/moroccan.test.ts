// Moroccan Arabic (Darija) number words and qualifiers, as radio transcripts and posts write them
// (pipeline/arabic/lexicon/numerals.json, entries with "dialect": "moroccan").
import { describe, it } from "vitest";
import { expectMentions, type NotedCase } from "./expect-mentions.ts";

const w = (text: string, value: number) => ({ text, value, form: "words" as const });

describe("Moroccan Arabic numbers", () => {
  it.each<NotedCase>([
    ["تلت heads a thousand", "عالج تلت آلاف وتسعمية وخمسة ديال الملفات", [w("تلت آلاف وتسعمية وخمسة", 3905)]],
    ["ربعين is forty", "تلت آلاف وخمسمية وربعين", [w("تلت آلاف وخمسمية وربعين", 3540)]],
    ["ميا with a Moroccan teen", "ميا وطناش", [w("ميا وطناش", 112)]],
    ["ميا with a unit", "ميا وواحد", [w("ميا وواحد", 101)]],
    ["ربعة with a ten", "ربعة وعشرين", [w("ربعة وعشرين", 24)]],
    ["جوج with a ten", "جوج و سبعين فالمية منو", [{ text: "جوج و سبعين فالمية", value: 72, kind: "percent", form: "words" }]],
    ["د joins a unit to the thousands", "تقريبا ستة د الألاف", [{ text: "تقريبا ستة د الألاف", value: 6000, qualifier: "approx", form: "words" }]],
    ["ديال joins them too, and نص is a half", "سبعة ديال الألاف و نص", [w("سبعة ديال الألاف و نص", 7500)]],
    ["a linked scale goes on with its hundreds and units", "سبعة د الألاف و ميتين و خمسطاش ملف", [w("سبعة د الألاف و ميتين و خمسطاش", 7215)]],
    ["د before a noun is no scale", "خمسة د العمليات", [w("خمسة", 5)]],
    ["نص alone is a text, not a half", "نص البلاغ", []],
    ["تنين is two inside a number", "ميتين وتنين وستين مذكرة", [w("ميتين وتنين وستين", 262)]],
    ["تنين heads a ten", "تنين وستين", [w("تنين وستين", 62)]],
    ["تنين alone is no number (the dragon)", "التنين الأحمر", []],
    ["ثمنمية is eight hundred", "ثمنمية وسبعين ملف", [w("ثمنمية وسبعين", 870)]],
    ["زوج is two, as جوج is", "زوج عمليات ديال التسليم المراقب", [w("زوج", 2)]],
    ["زوج with the article or a pronoun is no number (a husband)", "الزوج وزوجها", []],
  ])("%s: %s", (_, input, expected) => expectMentions(input, expected));

  it.each<NotedCase>([
    ["شي before a number is 'about'", "زيادة ديال شي عشرة فالمية", [{ text: "شي عشرة فالمية", value: 10, kind: "percent", qualifier: "approx", form: "words" }]],
    ["شي alone is no qualifier", "شي حاجة", []],
  ])("%s: %s", (_, input, expected) => expectMentions(input, expected));
});
