// Text that must not be published as it is: text a spreadsheet would run as a formula (CSV injection), and
// text whose display a bidi override or embedding left open would reorder. One definition, used where
// source metadata is read (refused with its file and JSON pointer) and where the tables and the workbook
// are checked before anything is written.

/** The signs that start a formula in Excel, LibreOffice and Google Sheets, and their full-width forms. */
const formulaSigns = new Set(["=", "+", "-", "@", "\uFF1D", "\uFF0B", "\uFF0D", "\uFF20"]);

/**
 * What a spreadsheet skips before the sign without showing it: white space (no-break spaces included) and
 * format characters (zero-width spaces and joiners, bidi marks, the byte-order mark).
 */
const invisibleLead = /^[\p{White_Space}\p{Cf}]*/u;

/** The formula sign a text starts with once its invisible lead is skipped, or a leading tab or CR; else null. */
export function formulaLikeStart(text: string): string | null {
  if (text.startsWith("\t") || text.startsWith("\r")) return text[0]!;
  const sign = text[invisibleLead.exec(text)![0].length];
  return sign !== undefined && formulaSigns.has(sign) ? sign : null;
}

/** LRE, RLE, LRO and RLO open an embedding or override; PDF closes the latest one. */
const bidiOpeners = new Set(["\u202A", "\u202B", "\u202D", "\u202E"]);
const bidiClose = "\u202C";
/** A paragraph separator ends every embedding and override still open (Unicode bidi algorithm, rule X8). */
const paragraphEnd = /[\n\r\u001C-\u001E\u0085\u2029]/;

/** Any of the bidi controls above: most texts have none, and are done with one native search. */
const anyBidiControl = /[\u202A-\u202E]/;

/** The index of the first bidi embedding or override that its paragraph does not close, or null. */
export function unclosedBidiControl(text: string): number | null {
  if (!anyBidiControl.test(text)) return null;
  const open: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (bidiOpeners.has(c)) open.push(i);
    else if (c === bidiClose) open.pop();
    else if (paragraphEnd.test(c) && open.length > 0) return open[0]!;
  }
  return open.length > 0 ? open[0]! : null;
}

const codePoint = (c: string) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`;

/** Why a text cannot be published as it is (one sentence), or null when it can. */
export function unsafeTextProblem(text: string): string | null {
  const sign = formulaLikeStart(text);
  if (sign !== null) {
    const shown = sign === "\t" ? "a tab" : sign === "\r" ? "a carriage return" : `"${sign}"`;
    const after = text[0] === sign ? "" : " after white space or invisible characters";
    return `the text ${JSON.stringify(text.slice(0, 40))} starts with ${shown}${after}, which a spreadsheet runs as a formula`;
  }
  const bidi = unclosedBidiControl(text);
  if (bidi !== null) {
    return `the text ${JSON.stringify(text.slice(0, 40))} opens a bidi ${text[bidi] === "\u202D" || text[bidi] === "\u202E" ? "override" : "embedding"} (${codePoint(text[bidi]!)} at character ${bidi + 1}) that it does not close with U+202C, which reorders how the rest displays`;
  }
  return null;
}
