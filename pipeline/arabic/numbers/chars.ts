// Character classes shared by the readers of digits (digits.ts) and of digit shapes (digit-shapes.ts); the text
// is normalised, so every digit is ASCII.
export const DOT = 0x2e;
export const COMMA = 0x2c;
export const ARABIC_COMMA = 0x060c;
export const ARABIC_DECIMAL = 0x066b;
export const ARABIC_THOUSANDS = 0x066c;
export const HYPHEN = 0x2d;
export const MINUS = 0x2212;
export const PLUS = 0x2b;
export const SLASH = 0x2f;
export const COLON = 0x3a;
export const EN_DASH = 0x2013;
export const SPACE = 0x20;

export function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

export function isLatinLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7);
}

/** Any separator that may sit between digits of one literal (used to swallow a malformed chain whole). */
export function isChainSeparator(code: number): boolean {
  return code === COMMA || code === DOT || code === ARABIC_DECIMAL || code === ARABIC_THOUSANDS;
}

/** The index after the digits that start at `from`. */
export function digitsEnd(text: string, from: number): number {
  let i = from;
  while (i < text.length && isDigit(text.charCodeAt(i))) i++;
  return i;
}

/** The digits from `from` on; their value only when there are at most four (dates, times and years need no more). */
export function readInt(text: string, from: number): { end: number; digits: number; value: number } {
  const end = digitsEnd(text, from);
  const digits = end - from;
  return { end, digits, value: digits > 0 && digits <= 4 ? Number(text.slice(from, end)) : NaN };
}

/** Whether the characters at `end` continue the digit chain (so what was read is not a whole date or address). */
export function continuesAsNumber(text: string, end: number): boolean {
  const c = text.charCodeAt(end);
  return isDigit(c) || ((isChainSeparator(c) || c === SLASH || c === HYPHEN) && isDigit(text.charCodeAt(end + 1)));
}
