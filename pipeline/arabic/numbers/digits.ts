/**
 * Numbers written in digits, read from normalised text (all digits already ASCII).
 *
 * The separator rule (Moroccan and French-style writing uses "." and "," both ways):
 *  - "٫" (U+066B) is always the decimal point and "٬" (U+066C) always a thousands separator.
 *  - Thousands grouping: an integer part of 1 to 3 digits, not starting with 0, followed by one or more groups
 *    of exactly three digits, all after the same separator, which is one of "," "." "٬" or a space (normal,
 *    no-break U+00A0, thin U+2009, narrow no-break U+202F): "1,234,567", "1.234.567", "5 800", "٥٬٨٠٠".
 *    A first part of four digits or more never starts a grouping, so "2022 5" stays two numbers.
 *  - A decimal part follows a separator other than the grouping one: "1,234.5", "1.234,5", "2.5", "2,5".
 *  - The one ambiguous shape, a single "." or "," followed by exactly three digits after 1–3 digits ("5.800"),
 *    is a thousands separator (5800), as in Moroccan French-style writing; it is a decimal point when the
 *    integer part is 0 ("0.500") or when a scale word follows ("1.500 مليار" is 1.5 billion): the literal
 *    carries that second reading in `decimalReading` and the grammar picks it before a scale word.
 *  - Anything else that chains separators and digits ("1.2.3", "1,234,56") is malformed and yields no number;
 *    so does a literal too large for a double (more than 309 integer digits).
 *  - A leading separator reads as 0: ".77", "٫٧٧".
 *  - A "-" or "−" right before the digits is a minus sign when what comes before it is the start of the text, a
 *    space or "(" and the last thing before it is not a digit ("5 - 10" is a range, not -10).
 * Dates and other digit shapes that are not quantities:
 *  - d/m/yyyy, d.m.yyyy, d-m-yyyy and yyyy-m-d (day ≤ 31, month ≤ 12): only the year is a mention (kind year);
 *    with a two-digit year the date yields nothing.
 *  - yyyy-yyyy and yyyy/yyyy with the second year later (2022/2023): two years.
 *  - times (10:30, 10:30:15), digit chains with "/" that are not dates (24/7, 103/13), digits touching Latin
 *    letters (G20, 10h30) or hung on a word by a hyphen (كوفيد-19), or after # or @: no number.
 */

export interface DecimalReading {
  value: number;
  decimals: number;
  /** All digits written, integer and fractional, without separators. */
  digits: string;
  /** The number as a plain decimal numeral ("-1234.5"), from which the value is parsed exactly. */
  numeral: string;
}

export interface NumericLiteral extends DecimalReading {
  negative: boolean;
  /** Written with digits only: no sign, separator or decimal part (what a year or a day looks like). */
  plainInteger: boolean;
  /** Number of digits before the decimal point. */
  integerDigits: number;
  /** The decimal reading of an ambiguous "5.800"-shaped literal, to use before a scale word. */
  decimalReading?: DecimalReading;
}

export interface YearSpan {
  start: number;
  end: number;
  value: number;
}

export type NumericScan =
  | { kind: "number"; end: number; literal: NumericLiteral }
  | { kind: "years"; end: number; years: YearSpan[] }
  | { kind: "skip"; end: number };

const DOT = 0x2e;
const COMMA = 0x2c;
const ARABIC_DECIMAL = 0x066b;
const ARABIC_THOUSANDS = 0x066c;
const HYPHEN = 0x2d;
const MINUS = 0x2212;
const SLASH = 0x2f;
const COLON = 0x3a;
const EN_DASH = 0x2013;

export function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

function isGroupSeparator(code: number): boolean {
  return code === COMMA || code === DOT || code === ARABIC_THOUSANDS || code === 0x20 || code === 0xa0 || code === 0x2009 || code === 0x202f;
}

function isDecimalSeparator(code: number, grouping: number): boolean {
  return code === ARABIC_DECIMAL || ((code === DOT || code === COMMA) && code !== grouping);
}

/** Any separator that may sit between digits of one literal (used to swallow a malformed chain whole). */
function isChainSeparator(code: number): boolean {
  return code === COMMA || code === DOT || code === ARABIC_DECIMAL || code === ARABIC_THOUSANDS;
}

export function isSign(code: number): boolean {
  return code === HYPHEN || code === MINUS;
}

export function isLeadingDecimalPoint(code: number): boolean {
  return code === DOT || code === ARABIC_DECIMAL;
}

export function isLatinLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7);
}

function digitsEnd(text: string, from: number): number {
  let i = from;
  while (i < text.length && isDigit(text.charCodeAt(i))) i++;
  return i;
}

/**
 * The plain decimal numeral of integer and fraction digits, which Number() parses to the nearest double. Number()
 * slows down more than linearly on numerals of a million digits, so those are settled first: more than 309
 * integer digits (leading zeros aside) overflow a double, and fraction digits past the 400th cannot change it.
 */
function numeral(integer: string, fraction: string, negative: boolean): string {
  const significant = integer.replace(/^0+/, "");
  if (significant.length > 309) return negative ? "-Infinity" : "Infinity";
  return `${negative ? "-" : ""}${significant || "0"}${fraction ? `.${fraction.slice(0, 400)}` : ""}`;
}

/** Reads the literal that starts at `start` (a digit, a sign or a leading decimal point; see tokens.ts). */
export function scanNumeric(text: string, start: number, isWordChar: (code: number) => boolean): NumericScan {
  let i = start;
  const negative = isSign(text.charCodeAt(i));
  if (negative) i++;

  const before = start > 0 ? text.charCodeAt(start - 1) : -1;
  const identifierBefore =
    isLatinLetter(before) || before === 0x23 || before === 0x40 || (before === HYPHEN && start > 1 && isWordChar(text.charCodeAt(start - 2)));

  if (isLeadingDecimalPoint(text.charCodeAt(i))) {
    const end = digitsEnd(text, i + 1);
    const fraction = text.slice(i + 1, end);
    const written = numeral("", fraction, negative);
    return finish(text, end, identifierBefore, {
      value: Number(written),
      numeral: written,
      decimals: fraction.length,
      digits: fraction,
      negative,
      plainInteger: false,
      integerDigits: 0,
    });
  }

  const intEnd = digitsEnd(text, i);
  const intDigits = text.slice(i, intEnd);
  if (!negative) {
    const special = dateOrRange(text, i, intEnd);
    if (special) return identifierBefore ? { kind: "skip", end: special.end } : special;
  }

  // Thousands groups.
  let grouping = -1;
  let j = intEnd;
  if (intDigits.length <= 3 && intDigits.charCodeAt(0) !== 0x30) {
    for (;;) {
      const sep = text.charCodeAt(j);
      if (!isGroupSeparator(sep) || (grouping !== -1 && sep !== grouping)) break;
      if (digitsEnd(text, j + 1) !== j + 4) break;
      grouping = sep;
      j += 4;
    }
  }
  const groupsText = grouping === -1 ? "" : text.slice(intEnd, j).replaceAll(String.fromCharCode(grouping), "");

  // Decimal part.
  let fraction = "";
  const sep = text.charCodeAt(j);
  if (isDecimalSeparator(sep, grouping) && isDigit(text.charCodeAt(j + 1))) {
    const end = digitsEnd(text, j + 1);
    fraction = text.slice(j + 1, end);
    j = end;
  }

  const integer = intDigits + groupsText;
  const written = numeral(integer, fraction, negative);
  const literal: NumericLiteral = {
    value: Number(written),
    numeral: written,
    decimals: fraction.length,
    digits: integer + fraction,
    negative,
    plainInteger: !negative && grouping === -1 && fraction === "",
    integerDigits: integer.length,
  };
  const ambiguous = groupsText.length === 3 && fraction === "" && (grouping === DOT || grouping === COMMA);
  if (ambiguous) {
    const decimal = numeral(intDigits, groupsText, negative);
    literal.decimalReading = { value: Number(decimal), numeral: decimal, decimals: 3, digits: intDigits + groupsText };
  }
  return finish(text, j, identifierBefore, literal);
}

/** Final checks shared by every literal: malformed chains and identifiers yield no number. */
function finish(text: string, end: number, identifierBefore: boolean, literal: NumericLiteral): NumericScan {
  if (isChainSeparator(text.charCodeAt(end)) && isDigit(text.charCodeAt(end + 1))) {
    let k = end;
    while (k < text.length && (isDigit(text.charCodeAt(k)) || (isChainSeparator(text.charCodeAt(k)) && isDigit(text.charCodeAt(k + 1))))) k++;
    return { kind: "skip", end: k };
  }
  if (identifierBefore || isLatinLetter(text.charCodeAt(end)) || !Number.isFinite(literal.value)) return { kind: "skip", end };
  return { kind: "number", end, literal };
}

/** The digits from `from` on; their value only when there are at most four (dates and years need no more). */
function readInt(text: string, from: number): { end: number; digits: number; value: number } {
  const end = digitsEnd(text, from);
  const digits = end - from;
  return { end, digits, value: digits > 0 && digits <= 4 ? Number(text.slice(from, end)) : NaN };
}

/** Dates, year ranges, times and slash chains, which start like a number but are not quantities. */
function dateOrRange(text: string, start: number, firstEnd: number): NumericScan | undefined {
  const first = readInt(text, start);
  const sep = text.charCodeAt(first.end);
  const isDateSep = sep === SLASH || sep === DOT || sep === HYPHEN;

  if (first.digits <= 2 && isDateSep) {
    const second = readInt(text, first.end + 1);
    if (second.digits >= 1 && second.digits <= 2 && text.charCodeAt(second.end) === sep) {
      const third = readInt(text, second.end + 1);
      const dayMonth = first.value >= 1 && first.value <= 31 && second.value >= 1 && second.value <= 31 && Math.min(first.value, second.value) <= 12;
      if (dayMonth && (third.digits === 4 || third.digits === 2) && !continuesAsNumber(text, third.end)) {
        if (third.digits === 2) return { kind: "skip", end: third.end };
        return { kind: "years", end: third.end, years: [{ start: second.end + 1, end: third.end, value: third.value }] };
      }
    }
  }
  if (first.digits === 4 && isDateSep) {
    const second = readInt(text, first.end + 1);
    if (second.digits >= 1 && second.digits <= 2 && text.charCodeAt(second.end) === sep) {
      const third = readInt(text, second.end + 1);
      if (third.digits >= 1 && third.digits <= 2 && second.value >= 1 && second.value <= 12 && third.value >= 1 && third.value <= 31 && !continuesAsNumber(text, third.end)) {
        return { kind: "years", end: third.end, years: [{ start, end: first.end, value: first.value }] };
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
  if (first.digits <= 2 && sep === COLON) {
    const minutes = readInt(text, first.end + 1);
    if (minutes.digits === 2) {
      let end = minutes.end;
      if (text.charCodeAt(end) === COLON) {
        const seconds = readInt(text, end + 1);
        if (seconds.digits === 2) end = seconds.end;
      }
      return { kind: "skip", end };
    }
  }
  if (sep === SLASH && isDigit(text.charCodeAt(first.end + 1))) {
    let k = first.end;
    while (k < text.length && (isDigit(text.charCodeAt(k)) || (text.charCodeAt(k) === SLASH && isDigit(text.charCodeAt(k + 1))))) k++;
    return { kind: "skip", end: k };
  }
  return undefined;
}

/** Whether the characters at `end` continue the digit chain (so what was read is not a whole date). */
function continuesAsNumber(text: string, end: number): boolean {
  const c = text.charCodeAt(end);
  return isDigit(c) || ((isChainSeparator(c) || c === SLASH || c === HYPHEN) && isDigit(text.charCodeAt(end + 1)));
}
