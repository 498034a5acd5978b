/** Small helpers shared by the README and table sheets: text measurement, alignment, the formula guard. */
import type { Alignment } from "exceljs";
import { unsafeTextProblem } from "../../lib/unsafe-text.ts";

/** Arabic script blocks (basic, supplement, extended-A, presentation forms A and B). */
const ARABIC = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/;

export function hasArabic(text: string): boolean {
  return ARABIC.test(text);
}

/**
 * Right-aligned with right-to-left reading order: otherwise Excel lays out a cell that starts with a digit
 * or Latin letter ("5 آلاف و800", "DGSN ...") left to right and the Arabic words come out in the wrong order.
 */
export const RTL: Partial<Alignment> = { horizontal: "right", readingOrder: "rtl" };

/** Long text in a column of fixed width: wrapped, from the top of its row; right to left for Arabic. */
export const WRAPPED: Partial<Alignment> = { wrapText: true, vertical: "top" };
export const WRAPPED_RTL: Partial<Alignment> = { ...RTL, ...WRAPPED };

/** Column widths are in "characters"; clamped so one long description does not make a column screen-wide. */
const MIN_WIDTH = 8;
const MAX_WIDTH = 60;

/** Width of the longest line in code points (not UTF-16 units), deterministic and independent of fonts. */
export function textLength(text: string): number {
  // Counted in place rather than with split and spread: this runs for every cell of every table.
  let longest = 0;
  let current = 0;
  for (let index = 0; index < text.length; index++) {
    const unit = text.charCodeAt(index);
    if (unit === 0x0a) {
      longest = Math.max(longest, current);
      current = 0;
    } else if (unit < 0xdc00 || unit > 0xdfff || index === 0 || !isHighSurrogate(text.charCodeAt(index - 1))) {
      current++; // a low surrogate after a high one is the second half of one code point
    }
  }
  return Math.max(longest, current);
}

const isHighSurrogate = (unit: number) => unit >= 0xd800 && unit <= 0xdbff;

/** A column width for content whose longest line is `longest` characters. */
export function clampWidth(longest: number): number {
  return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, longest + 2));
}

export function columnWidth(texts: Iterable<string>): number {
  let longest = 0;
  for (const text of texts) longest = Math.max(longest, textLength(text));
  return clampWidth(longest);
}

/** Points per line of text in the default font (Calibri 11): Excel's default row height. */
const LINE_HEIGHT = 15;
/** The tallest row Excel allows, in points. */
const MAX_ROW_HEIGHT = 409;

/**
 * How many lines `text` takes once wrapped in a column `width` characters wide. An estimate, since the real
 * count depends on the font: a width unit is one digit, wider than most letters, so the estimate errs on the
 * side of a line too many rather than a line cut off.
 */
export function wrappedLines(text: string, width: number): number {
  return text.split("\n").reduce((lines, line) => lines + Math.max(1, Math.ceil(textLength(line) / width)), 0);
}

/**
 * The height of a row whose tallest cell holds `lines` lines, or undefined for one line; at most what Excel
 * allows (a longer text is cut off: callers give a long list one row per item). Set explicitly, because Excel
 * does not fit a row to wrapped text when it opens a file.
 */
export function rowHeight(lines: number): number | undefined {
  return lines > 1 ? Math.min(MAX_ROW_HEIGHT, lines * LINE_HEIGHT) : undefined;
}

/** Spreadsheet column letters: 1 → A, 27 → AA. */
export function columnLetter(column: number): string {
  let letters = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/** Characters XML 1.0 cannot carry: exceljs would write them anyway and Excel would call the file corrupt. */
const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

/**
 * Throws, naming sheet and cell, if a text cell (or a hyperlink's text) could be taken for a formula, leaves a
 * bidi override open (lib/unsafe-text.ts) or cannot be written in XML. The caller promises never to produce such
 * text (checkTables refuses it first): this is the safety net.
 */
export function checkText(sheet: string, row: number, column: number, text: string): void {
  const unsafe = unsafeTextProblem(text);
  if (unsafe) throw new Error(`xlsx: sheet "${sheet}" cell ${columnLetter(column)}${row}: ${unsafe}`);
  if (XML_INVALID.test(text)) {
    throw new Error(`xlsx: sheet "${sheet}" cell ${columnLetter(column)}${row}: text contains a control character XML cannot hold`);
  }
}
