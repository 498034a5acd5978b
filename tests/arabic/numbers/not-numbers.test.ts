// Words that look like numbers and are not: ordinals, weekdays, identifiers, vague quantities, false friends.
import { describe, it } from "vitest";
import { expectMentions, type NotedCase } from "./expect-mentions.ts";

describe("not numbers", () => {
  it.each<NotedCase>([
    ["ordinal", "الفصل الثالث", []],
    ["ordinal", "الدورة الخامسة", []],
    ["ordinal", "للمرة الأولى", []],
    ["ordinal teen", "القرن الحادي عشر", []],
    ["ordinal teen", "الدورة الثالثة عشرة", []],
    ["ordinal teen", "اليوم الثاني عشر", []],
    ["ordinal compound", "القرن الحادي والعشرين", []],
    ["ordinal compound", "الذكرى الخامسة والعشرين", []],
    ["ordinal compound written apart", "الدورة الثانية و عشرين", []],
    ["definite ten", "القرن العشرين", []],
    ["definite one", "القرن الواحد والعشرين", []],
    ["weekday", "يوم الاثنين", []],
    ["weekday", "يوم الإثنين", []],
    ["weekday", "يوم الثلاثاء", []],
    ["weekday", "الأربعاء", []],
    ["weekday", "الأحد", []],
    ["weekday", "الخميس", []],
    ["'one of'", "أحد أبرز المسؤولين", []],
    ["'and one of': the hamza tells it from واحد", "وأحد أبرز المسؤولين", []],
    ["'one of'", "إحدى الدول", []],
    ["dozens of", "عشرات الملفات", []],
    ["hundreds of", "مئات الأشخاص", []],
    ["thousands of", "آلاف المواطنين", []],
    ["a few", "بضعة أيام", []],
    ["several", "عدة أشهر", []],
    ["لست is 'I am not'", "لست أدري", []],
    ["identifier after رقم", "القانون رقم 31.13", []],
    ["identifier after رقم", "الظهير رقم 12", []],
    ["identifier after رقم", "الرقم 5", []],
    ["identifier after رقم", "المطلوب رقم واحد", []],
    ["words that contain number letters", "الثنائي الثلاثي الرباعي الخماسي", []],
    ["words that contain number letters", "العشرية الألفية المئوية الأربعينية", []],
    ["words that contain number letters", "ستينيات السبعينيات", []],
    ["words that contain number letters", "ثمن الأمانة العديد المنصرمة", []],
    ["Latin text", "the G7 met", []],
    ["no digits, no number words", "قالت المديرية العامة للأمن الوطني", []],
  ])("%s: %s", (_, input, expected) => expectMentions(input, expected));

  it.each<NotedCase>([
    ["the number after an ordinal is still one", "الفصل الثالث 5 مرات", [{ text: "5", value: 5 }]],
    ["a day of the month is no mention", "يوم 23 دجنبر", []],
    ["a cardinal with the article counts (units 3–10)", "الدول الخمس", [{ text: "خمس", value: 5 }]],
    ["a cardinal with the article counts (units 3–10)", "الأيام الثلاثة", [{ text: "ثلاثة", value: 3 }]],
    ["'الرقم' after a verb of being is the figure, not an identifier's marker", "كان الرقم 5800", [{ text: "5800", value: 5800 }]],
    ["'الرقم' before digits whose parenthesis names what they count is the figure", "مطرقة القاضي مع الرقم 131 (إنابة قضائية)", [{ text: "131", value: 131 }]],
    ["identifier after رقم, its parenthesis one word", "الرقم 19 (مجاني)", []],
    ["identifier after رقم, its parenthesis definite", "الرقم 5757 (الخط الأخضر للتبليغ)", []],
    ["the first day of a range of dates is a day too", "من 20 إلى 26 يوليوز", []],
    ["the first day of a range of dates is a day too", "يومي 12 و13 يونيو", []],
    ["a range of counts stays two numbers", "من 20 إلى 26 شخصا", [{ text: "20", value: 20 }, { text: "26", value: 26 }]],
    ["four digits after a span of months that cannot be a year are a count", "ما بين يوليوز ودجنبر 3795 ملفا", [{ text: "3795", value: 3795 }]],
  ])("%s: %s", (_, input, expected) => expectMentions(input, expected));
});
