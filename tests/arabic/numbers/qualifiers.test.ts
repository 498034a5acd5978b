// Qualifiers written before a number: the mention starts at the qualifier (after its clitics).
import { describe, it } from "vitest";
import { type Case, expectMentions, type NotedCase } from "./expect-mentions.ts";

describe("qualifiers", () => {
  it.each<[string, string, string]>([
    ["أكثر من", "gt", "أكثر من 40"],
    ["أزيد من", "gt", "أزيد من 40"],
    ["ما يزيد عن", "gt", "ما يزيد عن 40"],
    ["ما يزيد على", "gt", "ما يزيد على 40"],
    ["يزيد عن", "gt", "يزيد عن 40"],
    ["تزيد على", "gt", "تزيد على 40"],
    ["ما يفوق", "gt", "ما يفوق 40"],
    ["يفوق", "gt", "يفوق 40"],
    ["ما يربو على", "gt", "ما يربو على 40"],
    ["ما لا يقل عن", "gte", "ما لا يقل عن 40"],
    ["لا يقل عن", "gte", "لا يقل عن 40"],
    ["على الأقل", "gte", "على الأقل 40"],
    ["أقل من", "lt", "أقل من 40"],
    ["ما يقل عن", "lt", "ما يقل عن 40"],
    ["دون", "lt", "دون 40"],
    ["ما لا يزيد عن", "lte", "ما لا يزيد عن 40"],
    ["لا يتجاوز", "lte", "لا يتجاوز 40"],
    ["ما لا يتجاوز", "lte", "ما لا يتجاوز 40"],
    ["على الأكثر", "lte", "على الأكثر 40"],
    ["حوالي", "approx", "حوالي 40"],
    ["حوالى", "approx", "حوالى 40"],
    ["نحو", "approx", "نحو 40"],
    ["قرابة", "approx", "قرابة 40"],
    ["ما يناهز", "approx", "ما يناهز 40"],
    ["زهاء", "approx", "زهاء 40"],
    ["ما يقارب", "approx", "ما يقارب 40"],
    ["ما يقرب من", "approx", "ما يقرب من 40"],
    ["في حدود", "approx", "في حدود 40"],
  ])("%s → %s", (_, code, text) =>
    expectMentions(`سجلت المصالح ${text} حالة`, [{ text, value: 40, qualifier: code as "gt", form: "digits" }]),
  );

  it.each<Case>([
    ["وبأكثر من 40 في المائة", [{ text: "أكثر من 40 في المائة", value: 40, kind: "percent", qualifier: "gt" }]],
    ["بما يزيد على 100 شخص", [{ text: "ما يزيد على 100", value: 100, qualifier: "gt" }]],
    ["بحوالي 3 آلاف", [{ text: "حوالي 3 آلاف", value: 3000, qualifier: "approx", form: "mixed" }]],
    ["لنحو خمسة ملايين", [{ text: "نحو خمسة ملايين", value: 5e6, qualifier: "approx", form: "words" }]],
    ["أكثر من مرتين", [{ text: "أكثر من مرتين", value: 2, qualifier: "gt", form: "dual" }]],
    ["قرابة ألفين", [{ text: "قرابة ألفين", value: 2000, qualifier: "approx" }]],
    ["زهاء مليون", [{ text: "زهاء مليون", value: 1e6, qualifier: "approx" }]],
    ["ولا يقل عن عشرة", [{ text: "لا يقل عن عشرة", value: 10, qualifier: "gte" }]],
    ["أكثر من 5 آلاف و800", [{ text: "أكثر من 5 آلاف و800", value: 5800, qualifier: "gt", form: "mixed" }]],
    ["قد تجاوز بقليل 4 آلاف ملف", [{ text: "تجاوز بقليل 4 آلاف", value: 4000, qualifier: "gt", form: "mixed" }]],
    ["وفاقت قليلا 120 إنابة", [{ text: "فاقت قليلا 120", value: 120, qualifier: "gt" }]],
    ["تابع نيف وخمسون إنابة", [{ text: "نيف وخمسون", value: 50, qualifier: "gt", form: "words" }]],
    ["أوقف نيفا وسبعين شخصا", [{ text: "نيفا وسبعين", value: 70, qualifier: "gt", form: "words" }]],
    // A bound written after the number (qualifiers.json "after"): forty-odd, more than forty.
    ["أوقف أربعين ونيفا من المبحوث عنهم", [{ text: "أربعين ونيفا", value: 40, qualifier: "gt", form: "words" }]],
    ["عالج 4000 ونيف ملف", [{ text: "4000 ونيف", value: 4000, qualifier: "gt", form: "digits" }]],
  ])("%s", (input, expected) => expectMentions(input, expected));

  it.each<NotedCase>([
    ["a qualifier needs a number right after it", "أكثر من ذلك", []],
    ["نحو not before a number means 'towards'", "نحو الأفضل 5", [{ text: "5", value: 5 }]],
    ["بدون is 'without', not ب + دون", "بدون 5", [{ text: "5", value: 5 }]],
    ["punctuation between qualifier and number", "أكثر من، 40", [{ text: "40", value: 40 }]],
    ["a qualifier is not taken for a year", "أكثر من سنة 2020", [{ text: "2020", value: 2020, kind: "year" }]],
    ["a comparative right after a percentage is the percentage's", "أي 8,8% أكثر من 2022", [{ text: "8,8%", value: 8.8, kind: "percent", decimals: 1 }, { text: "2022", value: 2022 }]],
    ["a qualifier joined by و after a percentage is the next number's", "بـ7 في المائة ونحو 160", [{ text: "7 في المائة", value: 7, kind: "percent" }, { text: "نحو 160", value: 160, qualifier: "approx" }]],
    ["a qualifier reaches a number past a plus sign glued to it", "يعني تقريبا +20% في الإنابات", [{ text: "تقريبا +20%", value: 20, kind: "percent", qualifier: "approx" }]],
    ["a plus sign alone stays outside the number", "يعني +20% في الإنابات", [{ text: "20%", value: 20, kind: "percent" }]],
    ["the sign ≈ before a number is approximate", "📁 الملفات المعالجة: ≈ 4500 ملف", [{ text: "≈ 4500", value: 4500, qualifier: "approx" }]],
    ["so is ~ glued to it", "الملفات: ~4500 ملف", [{ text: "~4500", value: 4500, qualifier: "approx" }]],
    ["not a sign glued to a word before it", "x≈4500", [{ text: "4500", value: 4500 }]],
    ["nor a sign between two quantities", "(4060 − 3592) ÷ 3592 × 100 ≈ 13", [{ text: "4060", value: 4060 }, { text: "3592", value: 3592 }, { text: "3592", value: 3592 }, { text: "100", value: 100 }, { text: "13", value: 13 }]],
  ])("%s: %s", (_, input, expected) => expectMentions(input, expected));
});
