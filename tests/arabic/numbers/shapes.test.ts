// Digit sequences that are not quantities (pipeline/arabic/numbers/digit-shapes.ts): dates, times of day, IP
// addresses and phone numbers are mentions of kind date, time or identifier spanning all of it, with the first
// number written as their value; never figures.
import { describe, it } from "vitest";
import { type Case, expectMentions, type NotedCase } from "./expect-mentions.ts";

const tag = (kind: "date" | "time" | "identifier") => (text: string, value: number) => ({ text, value, kind, form: "digits" as const, decimals: 0 });
const date = tag("date");
const time = tag("time");
const id = tag("identifier");
const d = (text: string, value: number) => ({ text, value });

describe("dates in digits", () => {
  it.each<Case>([
    ["12/05/2022", [date("12/05/2022", 12)]],
    ["2022-05-12", [date("2022-05-12", 2022)]],
    ["12.05.2022", [date("12.05.2022", 12)]],
    ["12-5-2022", [date("12-5-2022", 12)]],
    ["5/12/2022", [date("5/12/2022", 5)]],
    ["٢٣/١٢/٢٠٢٢", [date("٢٣/١٢/٢٠٢٢", 23)]],
    ["نشر يوم 23/12/22 على الموقع", [date("23/12/22", 23)]],
    ["بتاريخ 2022/5/12", [date("2022/5/12", 2022)]],
    ["(12/05/2022)", [date("12/05/2022", 12)]],
  ])("%s", (input, expected) => expectMentions(input, expected));

  it.each<NotedCase>([
    ["a date with a month name keeps its year as a year, and its day is no mention", "12 ماي 2022", [{ text: "2022", value: 2022, kind: "year" }]],
    ["an impossible date is no date", "45/13/2022", []],
    ["a year range is two years", "2020-2022", [{ text: "2020", value: 2020, kind: "year" }, { text: "2022", value: 2022, kind: "year" }]],
    ["a range of counts is two numbers", "من 5-10 أشخاص", [d("5", 5), d("10", 10)]],
    ["a date that goes on as digits is no date", "12/05/2022/7", []],
    ["a dash before a date is punctuation", "-12/05/2022", [date("12/05/2022", 12)]],
    ["a page date among counts", "الرباط 12/05/2022 - عالج 143 إنابة", [date("12/05/2022", 12), d("143", 143)]],
  ])("%s: %s", (_, input, expected) => expectMentions(input, expected));
});

describe("times of day", () => {
  it.each<Case>([
    ["10:30", [time("10:30", 10)]],
    ["على الساعة 10:30:15", [time("10:30:15", 10)]],
    ["الساعة 9:15 صباحا", [time("9:15", 9)]],
    ["10h30", [time("10h30", 10)]],
    ["10H30", [time("10H30", 10)]],
    ["00:00", [time("00:00", 0)]],
    ["24:00", [time("24:00", 24)]],
    ["٩:١٥", [time("٩:١٥", 9)]],
    ["00:01:12,560 كما تم", [time("00:01:12,560", 0)]],
    ["[00:01:14.200 --> 00:01:22.500]", [time("00:01:14.200", 0), time("00:01:22.500", 0)]],
  ])("%s", (input, expected) => expectMentions(input, expected));

  it.each<NotedCase>([
    ["a score is two numbers", "2:1", [d("2", 2), d("1", 1)]],
    ["no hour 25", "25:30", []],
    ["no minute 75", "10:75", []],
    ["milliseconds are three digits after seconds, a fourth is another number", "10:30:15,5600", [time("10:30:15", 10), d("5600", 5600)]],
    ["hours alone with h are a label", "10h", []],
    ["h:mm touching letters is a label", "10h30m", []],
    ["a time and a count in one sentence", "على الساعة 10:30 تم توقيف 3 أشخاص", [time("10:30", 10), d("3", 3)]],
  ])("%s: %s", (_, input, expected) => expectMentions(input, expected));
});

describe("IP addresses", () => {
  it.each<Case>([
    ["192.168.1.1", [id("192.168.1.1", 192)]],
    ["من العنوان 10.0.0.254", [id("10.0.0.254", 10)]],
    ["0.0.0.0", [id("0.0.0.0", 0)]],
  ])("%s", (input, expected) => expectMentions(input, expected));

  it.each<NotedCase>([
    ["a part above 255 is no address (a malformed chain)", "256.1.1.1", []],
    ["five parts are no address", "1.2.3.4.5", []],
    ["three parts are no address", "1.2.3", []],
    ["groups with leading zeros are thousands", "1.000.000.000", [d("1.000.000.000", 1000000000)]],
    ["groups of three above 255 are thousands", "1.234.567.890", [d("1.234.567.890", 1234567890)]],
  ])("%s: %s", (_, input, expected) => expectMentions(input, expected));
});

describe("phone numbers", () => {
  it.each<Case>([
    ["0661234567", [id("0661234567", 661234567)]],
    ["05 22 12 34 56", [id("05 22 12 34 56", 5)]],
    ["0522 12 34 56", [id("0522 12 34 56", 522)]],
    ["06.61.23.45.67", [id("06.61.23.45.67", 6)]],
    ["0522-123456", [id("0522-123456", 522)]],
    ["+212 5 22 12 34 56", [id("+212 5 22 12 34 56", 212)]],
    ["+212661234567", [id("+212661234567", 212661234567)]],
    ["+33 1 23 45 67 89", [id("+33 1 23 45 67 89", 33)]],
    ["00212 661 234 567", [id("00212 661 234 567", 212)]],
    ["٠٥٢٢١٢٣٤٥٦", [id("٠٥٢٢١٢٣٤٥٦", 522123456)]],
  ])("%s", (input, expected) => expectMentions(input, expected));

  it.each<NotedCase>([
    ["page cruft: a contact line", "للاتصال: 0537 12 34 56 | الفاكس: 0537 65 43 21", [id("0537 12 34 56", 537), id("0537 65 43 21", 537)]],
    ["too few digits: a list", "05 22 12", [d("05", 5), d("22", 22), d("12", 12)]],
    ["single digits after a 0 are a list", "0 1 2 3 4 5 6 7 8", ["0", "1", "2", "3", "4", "5", "6", "7", "8"].map((x) => d(x, Number(x)))],
    ["a leading zero and few digits is a number", "007", [d("007", 7)]],
    ["a leading zero in a percentage", "04 بالمائة", [{ text: "04 بالمائة", value: 4, kind: "percent" }]],
    ["no leading zero or plus: counts", "سجلت 12 34 56 78 حالة", [d("12", 12), d("34", 34), d("56", 56), d("78", 78)]],
    ["a plus before a short number is not a phone", "+24 %", [{ text: "24 %", value: 24, kind: "percent" }]],
    ["one kind of separator per number", "05 22-12 34", [d("05", 5), d("22", 22), d("12", 12), d("34", 34)]],
    ["after رقم it is an identifier that gives no mention, as any number there", "رقم 0661234567", []],
  ])("%s: %s", (_, input, expected) => expectMentions(input, expected));
});
