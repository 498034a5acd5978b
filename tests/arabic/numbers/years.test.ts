// Calendar years: after سنة/عام or a month name, in a date written with a month name, before هـ; the span is the
// year digits. A date written in digits only is one mention of kind date (shapes.test.ts).
import { describe, it } from "vitest";
import { type Case, expectMentions, type NotedCase } from "./expect-mentions.ts";

const y = (text: string, value: number) => ({ text, value, kind: "year" as const, form: "digits" as const, decimals: 0 });

describe("years", () => {
  it.each<Case>([
    ["حصيلة سنة 2022", [y("2022", 2022)]],
    ["مقارنة مع سنة 2021،", [y("2021", 2021)]],
    ["خلال عام 2020.", [y("2020", 2020)]],
    ["العام 2019", [y("2019", 2019)]],
    ["لسنة 2022", [y("2022", 2022)]],
    ["بعام 2018", [y("2018", 2018)]],
    ["سنة ٢٠٢٢", [y("٢٠٢٢", 2022)]],
    ["سنة 2022م", [y("2022", 2022)]],
    ["بين سنتي 2020 و2021", [y("2020", 2020), y("2021", 2021)]],
    ["خلال سنوات 2019، 2020 و2021", [y("2019", 2019), y("2020", 2020), y("2021", 2021)]],
    ["عامي 2020-2021", [y("2020", 2020), y("2021", 2021)]],
    ["موسم 2022/2023", [y("2022", 2022), y("2023", 2023)]],
    ["2020-2022", [y("2020", 2020), y("2022", 2022)]],
    ["1444 هـ", [y("1444", 1444)]],
    ["دجنبر 2022", [y("2022", 2022)]],
    ["يوم 23 دجنبر 2022", [y("2022", 2022)]],
    ["في 5 مارس 2021 و6 أبريل", [y("2021", 2021)]],
    ["فاتح يناير 2023", [y("2023", 2023)]],
    ["كانون الأول 2022", [y("2022", 2022)]],
    ["23 تشرين الثاني 2021", [y("2021", 2021)]],
    ["15 رمضان 1444", [y("1444", 1444)]],
    ["12 ماي 2022", [y("2022", 2022)]],
  ])("%s", (input, expected) => expectMentions(input, expected));

  it.each<NotedCase>([
    ["an impossible date is no date (and no number: a slash chain)", "45/13/2022", []],
    ["four digits without a marker are a number", "في 2022 حالة", [{ text: "2022", value: 2022 }]],
    ["a marker needs four plain digits", "عام 5", [{ text: "5", value: 5 }]],
    ["a marker needs a Gregorian year news write about: a count may follow it", "خلال هذه السنة 7140 ملفا", [{ text: "7140", value: 7140 }]],
    ["a marker needs four plain digits", "سنة 2,022", [{ text: "2,022", value: 2022 }]],
    ["a backwards range is two numbers", "2022-2020", [{ text: "2022", value: 2022 }, { text: "2020", value: 2020 }]],
    ["a day in words is read as a number", "خمسة مارس", [{ text: "خمسة", value: 5 }]],
    ["numbers after a year are not years", "سنة 2022 و5 آلاف", [y("2022", 2022), { text: "5 آلاف", value: 5000 }]],
    ["a dual of year is two", "منذ سنتين", [{ text: "سنتين", value: 2, form: "dual" }]],
    ["a year in words after an indefinite marker", "خلال سنة ألفين وأربعة وعشرين كاملة", [{ text: "ألفين وأربعة وعشرين", value: 2024, kind: "year", form: "words" }]],
    ["a year in words after عام", "عام ألفين وستة عشر للميلاد", [{ text: "ألفين وستة عشر", value: 2016, kind: "year", form: "words" }]],
    ["after السنة, a number in words may be the year's count", "عالج خلال السنة ألفين وخمسين ملفا", [{ text: "ألفين وخمسين", value: 2050, form: "words" }]],
    ["words outside the Gregorian years news write about are a count", "سنة ثلاثة آلاف", [{ text: "ثلاثة آلاف", value: 3000, form: "words" }]],
  ])("%s: %s", (_, input, expected) => expectMentions(input, expected));
});
