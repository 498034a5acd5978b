/**
 * Whether a number written in digits is held exactly by a JavaScript number (a double), so that publishing it
 * gives back what the text says:
 *  - its integer part is at most 2^53 − 1 (Number.MAX_SAFE_INTEGER): above it, integers are rounded
 *    ("9007199254740993" reads as 9007199254740992);
 *  - and, with a decimal part, the double's shortest decimal form has the same digits as the text (leading and
 *    trailing zeros aside): "0.1" and "33.333333333333336" are held, "0.12345678901234567890" is not.
 * The check reads the digits as written, never their rounded value, and is linear in their number.
 */
const maxSafe = String(Number.MAX_SAFE_INTEGER);

/** Whether the integer digits (leading zeros allowed) are at most Number.MAX_SAFE_INTEGER. */
export function isSafeIntegerText(integer: string): boolean {
  let lead = 0;
  while (lead < integer.length - 1 && integer.charCodeAt(lead) === 0x30) lead++;
  const length = integer.length - lead;
  if (length !== maxSafe.length) return length < maxSafe.length;
  return integer.slice(lead) <= maxSafe;
}

/** Digits without leading or trailing zeros, and the place of the decimal point among them: "0.050" → "5", -1. */
function significant(integer: string, fraction: string, exponent: number): string {
  const digits = integer + fraction;
  let first = 0;
  while (first < digits.length && digits.charCodeAt(first) === 0x30) first++;
  if (first === digits.length) return "0";
  let last = digits.length;
  while (digits.charCodeAt(last - 1) === 0x30) last--;
  return `${digits.slice(first, last)}@${integer.length + exponent - first}`;
}

/** The significant digits of a double's shortest form (String(x), with or without an exponent). */
function significantOf(value: number): string {
  const [mantissa = "", exponent = "0"] = String(Math.abs(value)).split("e");
  const [integer = "", fraction = ""] = mantissa.split(".");
  return significant(integer, fraction, Number(exponent));
}

/** Whether `value`, read from the digits `integer`.`fraction`, holds them exactly. */
export function holdsExactly(integer: string, fraction: string, value: number): boolean {
  if (!isSafeIntegerText(integer)) return false;
  if (fraction === "") return true;
  return Number.isFinite(value) && significant(integer, fraction, 0) === significantOf(value);
}
