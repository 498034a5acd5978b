/**
 * Digit shapes that are not quantities, read before a literal is (see digits.ts for the literals):
 *  - a date in digits: d/m/yyyy, d.m.yyyy, d-m-yyyy (day and month ≤ 31, one of them ≤ 12; a two-digit year too)
 *    and yyyy-m-d: kind `date`, its span the whole date, its value the first number written (12 for 12/05/2022,
 *    2022 for 2022-05-12). A date written with a month name ("12 ماي 2022") is not read here: its year is a
 *    `year` mention and its day no mention (calendar.ts);
 *  - a year range: yyyy-yyyy, yyyy/yyyy, yyyy–yyyy with the second year later: two years;
 *  - a time of day: h:mm or h:mm:ss (hours ≤ 24, minutes and seconds ≤ 59) and 10h30: kind `time`, value the
 *    hours. Other h:mm shapes are no number (a score "2:1" is two numbers: minutes have two digits);
 *  - an IPv4 address: four numbers 0–255 joined by ".", none with a leading zero: kind `identifier`, value the
 *    first number;
 *  - a phone number: a "+" or a "0" in front, then 8 to 15 digits in all, either in one run or in groups of up to
 *    6 digits joined by one kind of separator (a space, "-" or "."), groups of at least 2 digits after a "0"
 *    ("05 22 12 34 56") and of 1 after a "+" ("+33 1 23 45 67 89"): kind `identifier`, value the first group
 *    ("0522 12 34 56" → 522). A quantity is never written with a leading zero and eight digits or more;
 *  - other chains of digits and "/" (24/7, the law 103/13): no number.
 * Dates, times and identifiers are never figures.
 */
import { COLON, COMMA, continuesAsNumber, DOT, digitsEnd, EN_DASH, HYPHEN, isDigit, isLatinLetter, readInt, SLASH, SPACE } from "./chars.ts";
import type { NumericScan } from "./digits.ts";

export type Tag = "date" | "time" | "identifier";
type TaggedScan = Extract<NumericScan, { kind: "tagged" }>;

const tagged = (tag: Tag, end: number, value: number): TaggedScan => ({ kind: "tagged", tag, end, value });

/** A date, a year range, a time, an address or a phone number that starts at `start` (a digit), or undefined. */
export function digitShapeAt(text: string, start: number): NumericScan | undefined {
  const first = readInt(text, start);
  return dateOrRange(text, start, first) ?? timeAt(text, first) ?? ipv4At(text, start) ?? phoneAt(text, start, start);
}

type FirstNumber = ReturnType<typeof readInt>;

function dateOrRange(text: string, start: number, first: FirstNumber): NumericScan | undefined {
  const sep = text.charCodeAt(first.end);
  const isDateSep = sep === SLASH || sep === DOT || sep === HYPHEN;

  if (first.digits <= 2 && isDateSep) {
    const second = readInt(text, first.end + 1);
    if (second.digits >= 1 && second.digits <= 2 && text.charCodeAt(second.end) === sep) {
      const third = readInt(text, second.end + 1);
      const dayMonth = first.value >= 1 && first.value <= 31 && second.value >= 1 && second.value <= 31 && Math.min(first.value, second.value) <= 12;
      if (dayMonth && (third.digits === 4 || third.digits === 2) && !continuesAsNumber(text, third.end)) return tagged("date", third.end, first.value);
    }
  }
  if (first.digits === 4 && isDateSep) {
    const second = readInt(text, first.end + 1);
    if (second.digits >= 1 && second.digits <= 2 && text.charCodeAt(second.end) === sep) {
      const third = readInt(text, second.end + 1);
      if (third.digits >= 1 && third.digits <= 2 && second.value >= 1 && second.value <= 12 && third.value >= 1 && third.value <= 31 && !continuesAsNumber(text, third.end)) {
        return tagged("date", third.end, first.value);
      }
    }
  }
  if (first.digits === 4 && (sep === HYPHEN || sep === SLASH || sep === EN_DASH)) {
    const second = readInt(text, first.end + 1);
    if (second.digits === 4 && second.value > first.value && first.value >= 1000 && !continuesAsNumber(text, second.end)) {
      return {
        kind: "years",
        end: second.end,
        years: [
          { start, end: first.end, value: first.value },
          { start: first.end + 1, end: second.end, value: second.value },
        ],
      };
    }
  }
  if (sep === SLASH && isDigit(text.charCodeAt(first.end + 1))) {
    let k = first.end;
    while (k < text.length && (isDigit(text.charCodeAt(k)) || (text.charCodeAt(k) === SLASH && isDigit(text.charCodeAt(k + 1))))) k++;
    return { kind: "skip", end: k };
  }
  return undefined;
}

function timeAt(text: string, hours: FirstNumber): NumericScan | undefined {
  const sep = text.charCodeAt(hours.end);
  if (hours.digits > 2) return undefined;
  if (sep === COLON) {
    const minutes = readInt(text, hours.end + 1);
    if (minutes.digits !== 2) return undefined;
    let end = minutes.end;
    let seconds = 0;
    if (text.charCodeAt(end) === COLON) {
      const s = readInt(text, end + 1);
      if (s.digits === 2) {
        end = s.end;
        seconds = s.value;
        // A subtitle's milliseconds ("00:01:12,560", "00:01:12.560"): three digits, part of the time.
        const mark = text.charCodeAt(end);
        const millis = mark === COMMA || mark === DOT ? readInt(text, end + 1) : undefined;
        if (millis?.digits === 3) end = millis.end;
      }
    }
    const valid = hours.value <= 24 && minutes.value <= 59 && seconds <= 59;
    return valid ? tagged("time", end, hours.value) : { kind: "skip", end };
  }
  if (sep === 0x68 || sep === 0x48) {
    // 10h30 (h or H): a time when two digits of minutes follow and nothing else touches them.
    const minutes = readInt(text, hours.end + 1);
    const after = text.charCodeAt(minutes.end);
    if (minutes.digits === 2 && hours.value <= 24 && minutes.value <= 59 && !isLatinLetter(after) && !isDigit(after)) return tagged("time", minutes.end, hours.value);
  }
  return undefined;
}

function ipv4At(text: string, start: number): NumericScan | undefined {
  let i = start;
  let first = NaN;
  for (let part = 0; part < 4; part++) {
    if (part > 0) {
      if (text.charCodeAt(i) !== DOT) return undefined;
      i++;
    }
    const n = readInt(text, i);
    if (n.digits < 1 || n.digits > 3 || n.value > 255 || (n.digits > 1 && text.charCodeAt(i) === 0x30)) return undefined;
    if (part === 0) first = n.value;
    i = n.end;
  }
  if (continuesAsNumber(text, i) || isLatinLetter(text.charCodeAt(i))) return undefined;
  return tagged("identifier", i, first);
}

const isPhoneSeparator = (code: number) => code === SPACE || code === HYPHEN || code === DOT;

/**
 * A phone number whose digits start at `start`; `from` is where it is written from (its "+", or `start`). Without
 * a "+", the first digit must be 0.
 */
export function phoneAt(text: string, from: number, start: number): TaggedScan | undefined {
  const plus = from !== start;
  if (!plus && text.charCodeAt(start) !== 0x30) return undefined;
  // Groups of one digit only after a "+" ("+33 1 23 45 67 89"): "0 1 2 3 4 5 6 7" is a list.
  const shortest = plus ? 1 : 2;
  const firstEnd = digitsEnd(text, start);
  const firstDigits = firstEnd - start;
  if (firstDigits < shortest) return undefined;
  let digits = firstDigits;
  let end = firstEnd;
  if (firstDigits < 8) {
    let sep = -1;
    for (;;) {
      const c = text.charCodeAt(end);
      if (!isPhoneSeparator(c) || (sep !== -1 && c !== sep) || !isDigit(text.charCodeAt(end + 1))) break;
      const groupEnd = digitsEnd(text, end + 1);
      const length = groupEnd - end - 1;
      if (length < shortest || length > 6) break;
      sep = c;
      digits += groupEnd - end - 1;
      end = groupEnd;
      if (digits > 15) return undefined;
    }
  }
  const after = text.charCodeAt(end);
  if (digits < 8 || digits > 15 || isLatinLetter(after) || continuesAsNumber(text, end)) return undefined;
  return tagged("identifier", end, Number(text.slice(start, Math.min(firstEnd, start + 15))));
}
