/**
 * Numbers written in digits, read from normalised text (all digits already ASCII).
 *
 * The separator rule (Moroccan and French-style writing uses "." and "," both ways):
 *  - "٫" (U+066B) is always the decimal point and "٬" (U+066C) always a thousands separator.
 *  - Thousands grouping: an integer part of 1 to 3 digits, not starting with 0, followed by one or more groups
 *    of exactly three digits, all after the same separator, which is one of "," "." "٬" or a space (normal,
 *    no-break U+00A0, thin U+2009, narrow no-break U+202F): "1,234,567", "1.234.567", "5 800", "٥٬٨٠٠".
 *    A first part of four digits or more never starts a grouping, so "2022 5" stays two numbers.
 *  - The Arabic comma "،" groups thousands too, only with no space around it and only when the whole chain
 *    qualifies: "١،٢٣٤،٥٦٧" and "5،800" are one number each, but in "12،15،18" or "1،234،56" every "،" is
 *    punctuation between numbers, as in a list written with spaces ("12، 15، 18").
 *  - A decimal part follows a separator other than the grouping one: "1,234.5", "1.234,5", "2.5", "2,5".
 *  - The one ambiguous shape, a single "." or "," followed by exactly three digits after 1–3 digits ("5.800"),
 *    is a thousands separator (5800), as in Moroccan French-style writing; it is a decimal point when the
 *    integer part is 0 ("0.500") or when a scale word follows ("1.500 مليار" is 1.5 billion): the literal
 *    carries that second reading in `decimalReading` and the grammar picks it before a scale word.
 *  - Anything else that chains separators and digits ("1.2.3", "1,234,56") is malformed and yields no number.
 *  - A leading separator reads as 0: ".77", "٫٧٧".
 *  - A "-" or "−" right before the digits is a minus sign when what comes before it is the start of the text, a
 *    space or "(" and the last thing before it is not a digit ("5 - 10" is a range, not -10).
 *  - A literal that a JavaScript number cannot hold exactly (exact.ts: an integer part above 2^53 − 1, a decimal
 *    part the double would round) is kept with `exact: false`; the recognizer refuses it with an
 *    UnsafeNumberError rather than lose or round it.
 * Dates, times, year ranges, addresses and phone numbers are read first (digit-shapes.ts). Digits touching Latin
 * letters (G20, 5G) or hung on a word by a hyphen (كوفيد-19), or after # or @, are labels: no number.
 */
import { ARABIC_COMMA, ARABIC_DECIMAL, ARABIC_THOUSANDS, COMMA, DOT, digitsEnd, HYPHEN, isChainSeparator, isDigit, isLatinLetter, MINUS } from "./chars.ts";
import { digitShapeAt, type Tag } from "./digit-shapes.ts";
import { holdsExactly } from "./exact.ts";

export { isDigit, isLatinLetter } from "./chars.ts";

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
  /** Whether `value` holds the digits as written (exact.ts); an inexact literal is an error when read as a quantity. */
  exact: boolean;
}

export interface YearSpan {
  start: number;
  end: number;
  value: number;
}

export type NumericScan =
  | { kind: "number"; end: number; literal: NumericLiteral }
  | { kind: "years"; end: number; years: YearSpan[] }
  /** A date, a time or an identifier (digit-shapes.ts): its value is the first number written in it. */
  | { kind: "tagged"; end: number; tag: Tag; value: number }
  | { kind: "skip"; end: number };

function isGroupSeparator(code: number): boolean {
  return code === COMMA || code === DOT || code === ARABIC_THOUSANDS || code === ARABIC_COMMA || code === 0x20 || code === 0xa0 || code === 0x2009 || code === 0x202f;
}

function isDecimalSeparator(code: number, grouping: number): boolean {
  return code === ARABIC_DECIMAL || ((code === DOT || code === COMMA) && code !== grouping);
}

export function isSign(code: number): boolean {
  return code === HYPHEN || code === MINUS;
}

export function isLeadingDecimalPoint(code: number): boolean {
  return code === DOT || code === ARABIC_DECIMAL;
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
    const value = Number(written);
    return finish(text, end, identifierBefore, {
      value,
      numeral: written,
      decimals: fraction.length,
      digits: fraction,
      negative,
      plainInteger: false,
      integerDigits: 0,
      exact: holdsExactly("0", fraction, value),
    });
  }

  const intEnd = digitsEnd(text, i);
  const intDigits = text.slice(i, intEnd);
  const shape = digitShapeAt(text, i);
  // A dash before a date or a time is punctuation: the shape is read on its own, from its first digit.
  if (shape && negative) return { kind: "skip", end: i };
  if (shape) return identifierBefore ? { kind: "skip", end: shape.end } : shape;

  // Thousands groups.
  let grouping = -1;
  let j = intEnd;
  if (intDigits.length <= 3 && intDigits.charCodeAt(0) !== 0x30) {
    // A literal right after "،" and digits is inside a chain that was no grouping: its "،" are punctuation too
    // (and the chain is checked once, from its start, which keeps the scan linear).
    const insideList = text.charCodeAt(i - 1) === ARABIC_COMMA && isDigit(text.charCodeAt(i - 2));
    const arabicCommaGroups = text.charCodeAt(j) === ARABIC_COMMA && !insideList && groupsOfThree(text, j, ARABIC_COMMA);
    for (;;) {
      const sep = text.charCodeAt(j);
      if (!isGroupSeparator(sep) || (grouping !== -1 && sep !== grouping) || (sep === ARABIC_COMMA && !arabicCommaGroups)) break;
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
  const value = Number(written);
  const literal: NumericLiteral = {
    value,
    numeral: written,
    decimals: fraction.length,
    digits: integer + fraction,
    negative,
    plainInteger: !negative && grouping === -1 && fraction === "",
    integerDigits: integer.length,
    exact: holdsExactly(integer, fraction, value),
  };
  const ambiguous = groupsText.length === 3 && fraction === "" && (grouping === DOT || grouping === COMMA);
  if (ambiguous) {
    const decimal = numeral(intDigits, groupsText, negative);
    literal.decimalReading = { value: Number(decimal), numeral: decimal, decimals: 3, digits: intDigits + groupsText };
  }
  return finish(text, j, identifierBefore, literal);
}

/** Whether every "،"-joined group from `at` on has exactly three digits (the whole chain, not just its start). */
function groupsOfThree(text: string, at: number, separator: number): boolean {
  let k = at;
  while (text.charCodeAt(k) === separator && isDigit(text.charCodeAt(k + 1))) {
    const end = digitsEnd(text, k + 1);
    if (end !== k + 4) return false;
    k = end;
  }
  return true;
}

/**
 * Final checks shared by every literal: malformed chains and labels yield no number. A literal too long for a
 * double is still a number (inexact), so that the recognizer can refuse it instead of losing it.
 */
function finish(text: string, end: number, identifierBefore: boolean, literal: NumericLiteral): NumericScan {
  if (isChainSeparator(text.charCodeAt(end)) && isDigit(text.charCodeAt(end + 1))) {
    let k = end;
    while (k < text.length && (isDigit(text.charCodeAt(k)) || (isChainSeparator(text.charCodeAt(k)) && isDigit(text.charCodeAt(k + 1))))) k++;
    return { kind: "skip", end: k };
  }
  if (identifierBefore || isLatinLetter(text.charCodeAt(end))) return { kind: "skip", end };
  return { kind: "number", end, literal };
}
