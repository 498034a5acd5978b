// An accusative scale word at the start of a number (ألفا، مليونا): the accusative singular before و and the rest
// of the number or with its tanween written (ألفاً), the dual in construct otherwise; and the dual hundred in
// construct (مائتا/مئتا) before و.
import { describe, it } from "vitest";
import { expectMentions, type NotedCase } from "./expect-mentions.ts";

const w = (text: string, value: number) => ({ text, value, form: "words" as const });
const m = (text: string, value: number) => ({ text, value, form: "mixed" as const });

describe("ألفا before و is the accusative singular", () => {
  it.each<NotedCase>([
    ["digits after و", "وعمم ألفا و312 مذكرة", [m("ألفا و312", 1312)]],
    ["the tanween written", "ألفاً و312 مذكرة", [m("ألفاً و312", 1312)]],
    ["the tanween written on the fa", "ألفًا و312 مذكرة", [m("ألفًا و312", 1312)]],
    ["و standing apart", "ألفا و 312 مذكرة", [m("ألفا و 312", 1312)]],
    ["words after و", "ألفا وخمسمائة ملف", [w("ألفا وخمسمائة", 1500)]],
    ["a long rest", "ألفا ومائتان واثنا عشر", [w("ألفا ومائتان واثنا عشر", 1212)]],
    ["a fraction after و", "ألفا ونصف", [w("ألفا ونصف", 1500)]],
    ["every scale: millions", "مليونا و500 ألف درهم", [m("مليونا و500 ألف", 1500000)]],
    ["every scale: billions", "مليارا و200 مليون", [m("مليارا و200 مليون", 1200000000)]],
    ["after a group it multiplies, as always", "أحد عشر ألفا و312", [m("أحد عشر ألفا و312", 11312)]],
    ["with a qualifier", "أكثر من ألفا و300 شخص", [{ text: "أكثر من ألفا و300", value: 1300, qualifier: "gt", form: "mixed" }]],
  ])("%s: %s", (_, input, expected) => expectMentions(input, expected));
});

describe("ألفا without و is the dual in construct", () => {
  it.each<NotedCase>([
    ["before its counted noun", "ألفا شخص", [w("ألفا", 2000)]],
    ["alone", "بلغ العدد ألفا", [w("ألفا", 2000)]],
    ["before a larger scale (two thousand million)", "ألفا مليون", [w("ألفا مليون", 2000000000)]],
    ["و followed by no number", "ألفا وشخص", [w("ألفا", 2000)]],
    ["و and a number not below the scale start a new number", "ألفا و2000", [w("ألفا", 2000), { text: "2000", value: 2000 }]],
    ["the other duals are two of the scale before و too", "ألفان و312", [m("ألفان و312", 2312)]],
    ["the other duals are two of the scale before و too", "ألفين و169", [m("ألفين و169", 2169)]],
  ])("%s: %s", (_, input, expected) => expectMentions(input, expected));
});

describe("ألفاً with its tanween written is the accusative singular everywhere", () => {
  it.each<NotedCase>([
    ["alone (a construct never takes tanween)", "عالج ألفاً من الملفات", [w("ألفاً", 1000)]],
    ["the tanween on the fa", "ألفًا", [w("ألفًا", 1000)]],
    ["other scales", "مليوناً", [w("مليوناً", 1000000)]],
    ["after a group, as without it", "أحد عشر ألفاً", [w("أحد عشر ألفاً", 11000)]],
    ["before و, as without it", "ألفاً و312", [m("ألفاً و312", 1312)]],
    ["another mark is no tanween", "ألفَا شخص", [w("ألفَا", 2000)]],
  ])("%s: %s", (_, input, expected) => expectMentions(input, expected));
});

describe("the dual hundred in construct", () => {
  it.each<NotedCase>([
    ["before و it has no singular reading: two hundred and the rest", "مائتا و12 ملفا", [m("مائتا و12", 212)]],
    ["مئتا too", "مئتا وخمسون", [w("مئتا وخمسون", 250)]],
    ["before a scale", "مئتا ألف و5", [m("مئتا ألف و5", 200005)]],
    ["before its counted noun", "مائتا ملف", [w("مائتا", 200)]],
  ])("%s: %s", (_, input, expected) => expectMentions(input, expected));
});

describe("a unit in the accusative, standing for its counted noun", () => {
  it.each<NotedCase>([
    ["five (operations) the year before", "بعدما كانت خمسا فقط", [w("خمسا", 5)]],
    ["three", "مقابل ثلاثا", [w("ثلاثا", 3)]],
  ])("%s: %s", (_, input, expected) => expectMentions(input, expected));
});

describe("an accusative unit heads a ten", () => {
  it.each<NotedCase>([["in a compound number", "ألفين وتسعمائة وخمسا وأربعين مذكرة", [w("ألفين وتسعمائة وخمسا وأربعين", 2945)]]])("%s: %s", (_, input, expected) => expectMentions(input, expected));
});
