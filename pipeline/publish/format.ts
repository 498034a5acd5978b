// How numbers and qualifiers read in the human-facing files (chart, data card, page): the same everywhere,
// and the same on every machine.

export type QualifierCode = "" | "gt" | "gte" | "lt" | "lte" | "approx";

export const QUALIFIER_SIGN: Record<QualifierCode, string> = { "": "", gt: ">", gte: "≥", lt: "<", lte: "≤", approx: "≈" };
export const QUALIFIER_WORDS: Record<QualifierCode, string> = { "": "", gt: "more than", gte: "at least", lt: "less than", lte: "at most", approx: "about" };

/** "more than " before a value, or nothing for an exact one. */
export const qualifierPrefix = (qualifier: QualifierCode) => (qualifier ? `${QUALIFIER_WORDS[qualifier]} ` : "");

const needsMarkupEscape = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF&<>"']/;

/** Escapes text for element content and quoted attributes in HTML and XML (SVG); characters they forbid become U+FFFD. */
export function escapeMarkup(text: string): string {
  // Most texts need nothing: one test instead of six passes (every cell of every source's row in the pages).
  if (!needsMarkupEscape.test(text)) return text;
  return text
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]/g, "\uFFFD")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

/**
 * 5800 → "5 800" with U+202F (narrow no-break space, the French and SI grouping, readable in English too and
 * never confused with a decimal mark); negative values get a real minus sign. Hand-rolled because
 * toLocaleString depends on the ICU data of the machine that builds the file.
 */
export function formatNumber(value: number): string {
  assertFinite(value);
  const sign = value < 0 ? "\u2212" : "";
  const digits = String(Math.abs(value));
  if (digits.includes("e")) return sign + digits; // beyond 1e21 or below 1e-7: no police statistic is
  const [whole = "", fraction] = digits.split(".");
  return sign + groupDigits(whole, "\u202F") + (fraction === undefined ? "" : `.${fraction}`);
}

/** A published figure is always finite: showing another is a bug, not a format. */
export function assertFinite(value: number): void {
  if (!Number.isFinite(value)) throw new Error(`cannot show the non-finite number ${value}: a published figure is always finite`);
}

/** "1234567" → "1 234 567" with `mark` between groups of three digits, from the right. */
export const groupDigits = (whole: string, mark: string): string => whole.replace(/\B(?=(\d{3})+$)/g, mark);


/** A value with its qualifier sign: "> 40", "5 800". */
export function formatQualified(value: number, qualifier: QualifierCode | null): string {
  const sign = QUALIFIER_SIGN[qualifier ?? ""];
  return sign ? `${sign} ${formatNumber(value)}` : formatNumber(value);
}
