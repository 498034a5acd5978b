// HTML character references a scraper leaves in a page's text ("131&nbsp;إنابة", "18&#37;"), and those escaped twice
// by a feed ("18&amp;#37;": "&amp;" decodes to "&", then "&#37;" to "%"). Decoded before the rest of normalisation,
// with a map back to the raw text: a decoded character comes from its reference's "&", so that a mention's raw span
// covers the whole reference.

/** The named references pages carry in running text; any other name is left as written. */
const named: Record<string, string> = {
  amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0", percnt: "%",
  laquo: "«", raquo: "»", lsquo: "‘", rsquo: "’", ldquo: "“", rdquo: "”",
  hellip: "…", ndash: "–", mdash: "—", minus: "−", times: "×", divide: "÷", middot: "·", bull: "•",
  lrm: "\u200e", rlm: "\u200f", zwnj: "\u200c", zwj: "\u200d",
};

const reference = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z]{2,8}));/g;

/** Escaped twice at most ("&amp;#37;"): a third level is text that writes a reference on purpose. */
const passes = 2;

/** The character a reference stands for, or undefined when it names none (left as written). */
function decoded(match: RegExpExecArray): string | undefined {
  const [, decimal, hex, name] = match;
  if (name !== undefined) return Object.hasOwn(named, name) ? named[name] : undefined;
  const code = decimal !== undefined ? Number(decimal) : Number.parseInt(hex!, 16);
  const valid = code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff);
  return valid ? String.fromCodePoint(code) : undefined;
}

/** One pass: the text with its references decoded and, for each of its code units, the index it comes from. */
function decodeOnce(text: string): { chars: string; origin: number[] } | null {
  const origin: number[] = [];
  const parts: string[] = [];
  let from = 0;
  for (const match of text.matchAll(reference)) {
    const value = decoded(match);
    if (value === undefined) continue;
    parts.push(text.slice(from, match.index), value);
    for (let k = from; k < match.index; k++) origin.push(k);
    for (let k = 0; k < value.length; k++) origin.push(match.index);
    from = match.index + match[0].length;
  }
  if (parts.length === 0) return null;
  parts.push(text.slice(from));
  for (let k = from; k < text.length; k++) origin.push(k);
  return { chars: parts.join(""), origin };
}

/** Whether `text` holds a reference that decodes: most text has no "&" at all. */
export function hasCharacterReference(text: string): boolean {
  if (!text.includes("&")) return false;
  for (const match of text.matchAll(reference)) if (decoded(match) !== undefined) return true;
  return false;
}

/** `raw` with its character references decoded (twice escaped too), and each code unit's raw index; null when none. */
export function decodeCharacterReferences(raw: string): { chars: string; origin: number[] } | null {
  if (!raw.includes("&")) return null;
  let result: { chars: string; origin: number[] } | null = null;
  for (let pass = 0; pass < passes; pass++) {
    const next = decodeOnce(result ? result.chars : raw);
    if (!next) break;
    result = result ? { chars: next.chars, origin: next.origin.map((k) => result!.origin[k]!) } : next;
  }
  return result;
}

/**
 * `raw` with each character reference written as the character it stands for, then spaces to the reference's
 * length ("131&nbsp;إنابة" → "131\u00a0     إنابة"): the same offsets as the raw text, for the reading of marks
 * between words (a reference's ";" is no clause mark, its "&" no word). `raw` itself when it holds none.
 */
export function maskCharacterReferences(raw: string): string {
  const decoded = decodeCharacterReferences(raw);
  if (!decoded) return raw;
  const masked = raw.split("");
  const { chars, origin } = decoded;
  for (let k = 0; k < chars.length; ) {
    // The code units one reference decodes to (two for a character beyond the BMP) share its origin.
    let next = k + 1;
    while (next < chars.length && origin[next] === origin[k]) next++;
    const start = origin[k]!;
    const end = next < chars.length ? origin[next]! : raw.length;
    if (end - start > next - k) for (let i = start; i < end; i++) masked[i] = i - start < next - k ? chars[k + i - start]! : " ";
    k = next;
  }
  return masked.join("");
}
