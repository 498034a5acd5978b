/** Small helpers shared by the README and table sheets: text measurement, alignment, the formula guard. */
import type { Alignment, Workbook } from "exceljs";

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

/** Column widths are in "characters"; clamped so one long description does not make a column screen-wide. */
const MIN_WIDTH = 8;
const MAX_WIDTH = 60;

/** Width of the longest line in code points (not UTF-16 units), deterministic and independent of fonts. */
export function textLength(text: string): number {
  let longest = 0;
  for (const line of text.split("\n")) longest = Math.max(longest, [...line].length);
  return longest;
}

export function columnWidth(texts: Iterable<string>): number {
  let longest = 0;
  for (const text of texts) longest = Math.max(longest, textLength(text));
  return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, longest + 2));
}

/** Spreadsheet column letters: 1 → A, 27 → AA. */
export function columnLetter(column: number): string {
  let letters = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/**
 * Text starting with one of these is run as a formula by Excel or LibreOffice when a user edits the cell or
 * re-imports a copy (CSV injection). The caller promises never to produce such text; this is the safety net.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
/** Characters XML 1.0 cannot carry: exceljs would write them anyway and Excel would call the file corrupt. */
const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

/** Throws, naming sheet and cell, if any text cell (or hyperlink text) could be taken for a formula. */
export function assertNoFormulaLikeText(workbook: Workbook): void {
  workbook.eachSheet((sheet) => {
    sheet.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        const value: unknown = cell.value;
        let text: string | null = null;
        if (typeof value === "string") text = value;
        else if (value !== null && typeof value === "object" && "text" in value && typeof value.text === "string") {
          text = value.text;
        }
        if (text === null) return;
        if (FORMULA_START.test(text)) {
          throw new Error(
            `xlsx: sheet "${sheet.name}" cell ${cell.address}: text ${JSON.stringify(text.slice(0, 40))} starts with ` +
              `${JSON.stringify(text[0])}, which a spreadsheet may run as a formula`,
          );
        }
        if (XML_INVALID.test(text)) {
          throw new Error(`xlsx: sheet "${sheet.name}" cell ${cell.address}: text contains a control character XML cannot hold`);
        }
      });
    });
  });
}
