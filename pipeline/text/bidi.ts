/**
 * Bidi overrides and embeddings around numbers: text that displays one number and holds another.
 *
 * U+202E (RIGHT-TO-LEFT OVERRIDE) … U+202C (POP DIRECTIONAL FORMATTING) around "0085" makes it display "5800";
 * the pipeline reads the characters, 85. Overrides (U+202D LRO, U+202E RLO) force the order of what they cover,
 * and embeddings (U+202A LRE, U+202B RLE) change how digits are placed among their neighbours, so any of them
 * whose scope holds a digit or a number word, or that stands inside a number, is a problem. The scope of each
 * runs, as in the Unicode Bidirectional Algorithm (UAX #9), until its matching U+202C, the end of an isolate
 * that contains it (U+2069), or the end of the paragraph (a line end). Isolates (U+2066–U+2069) and marks (LRM,
 * RLM, ALM) do not reorder the characters of a number and are not problems.
 * One pass over the text, plus a binary search per control character: linear however many there are.
 */
import { normaliseCompact, rawOffset } from "../arabic/normalise.ts";
import { lexicon } from "../arabic/numbers/lexicon.ts";
import { tokenize } from "../arabic/numbers/tokens.ts";
import { UserError } from "../lib/errors.ts";
import { LineIndex } from "../lib/text-position.ts";

export interface BidiOverride {
  /** Offset of the override or embedding character in the text. */
  offset: number;
  codePoint: number;
  /** Its Unicode name. */
  name: string;
  /** Where its scope ends (the matching U+202C, the end of its isolate or line, or the end of the text). */
  scopeEnd: number;
  /** What makes it a problem. */
  reason: "digit" | "number word" | "inside a number";
}

const names: Record<number, string> = {
  0x202a: "LEFT-TO-RIGHT EMBEDDING",
  0x202b: "RIGHT-TO-LEFT EMBEDDING",
  0x202d: "LEFT-TO-RIGHT OVERRIDE",
  0x202e: "RIGHT-TO-LEFT OVERRIDE",
};
const PDF = 0x202c;
const PDI = 0x2069;

const opensScope = (code: number) => code === 0x202a || code === 0x202b || code === 0x202d || code === 0x202e;
const opensIsolate = (code: number) => code >= 0x2066 && code <= 0x2068;
/** Paragraph separators of UAX #9 (class B) and the line separator: a line end ends every scope. */
const endsParagraph = (code: number) => code === 0x0a || code === 0x0d || (code >= 0x1c && code <= 0x1e) || code === 0x85 || code === 0x2028 || code === 0x2029;
/** Invisible format characters skipped when looking at a control character's neighbours. */
const isFormatMark = (code: number) => code === 0x061c || (code >= 0x200b && code <= 0x200f) || (code >= 0x202a && code <= 0x202e) || code === 0x2060 || (code >= 0x2066 && code <= 0x2069) || code === 0xfeff;
const isDigitCode = (code: number) => (code >= 0x30 && code <= 0x39) || (code >= 0x660 && code <= 0x669) || (code >= 0x6f0 && code <= 0x6f9);

/** The spans of the text that are digits or number words, in order, as flat [start, end, start, end …]. */
function numericSpans(text: string): { spans: number[]; words: Set<number> } {
  const { text: normalised, runs } = normaliseCompact(text);
  const wordSpans: number[] = [];
  for (const token of tokenize(normalised, lexicon())) {
    if (token.kind !== "word" || (token.info.atoms.length === 0 && !token.info.dualNoun)) continue;
    wordSpans.push(rawOffset(runs, token.start), rawOffset(runs, token.end));
  }
  // Merge the digits (each a span of one, wherever they are: "G20" reorders too) with the words, in order.
  const spans: number[] = [];
  const words = new Set<number>();
  let w = 0;
  for (let i = 0; i <= text.length; i++) {
    while (w < wordSpans.length && (i === text.length || wordSpans[w]! <= i)) {
      words.add(spans.length);
      spans.push(wordSpans[w]!, wordSpans[w + 1]!);
      w += 2;
    }
    if (i < text.length && isDigitCode(text.charCodeAt(i))) spans.push(i, i + 1);
  }
  return { spans, words };
}

/** Index (into the flat list) of the first span that ends after `offset`, or spans.length. */
function firstSpanEndingAfter(spans: readonly number[], offset: number): number {
  let low = 0;
  let high = spans.length >> 1;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (spans[2 * middle + 1]! > offset) high = middle;
    else low = middle + 1;
  }
  return 2 * low;
}

/** Whether some numeric span meets [start, end), and whether the one met is a word. */
function numericWithin(numeric: { spans: number[]; words: Set<number> }, start: number, end: number): "digit" | "number word" | undefined {
  const k = firstSpanEndingAfter(numeric.spans, start);
  if (k >= numeric.spans.length || numeric.spans[k]! >= end) return undefined;
  return numeric.words.has(k) ? "number word" : "digit";
}

/** Whether offset `at` lies in a numeric span, the same one as `other`'s when `other` is given. */
function spanAt(spans: readonly number[], at: number): number {
  const k = firstSpanEndingAfter(spans, at);
  return k < spans.length && spans[k]! <= at ? k : -1;
}

/** The character at `i` stands inside a number: its nearest visible neighbours belong to digits or number words. */
function insideNumber(text: string, spans: readonly number[], i: number): boolean {
  let before = i - 1;
  while (before >= 0 && isFormatMark(text.charCodeAt(before))) before--;
  let after = i + 1;
  while (after < text.length && isFormatMark(text.charCodeAt(after))) after++;
  if (before < 0 || after >= text.length) return false;
  return spanAt(spans, before) >= 0 && spanAt(spans, after) >= 0;
}

/** Every override or embedding that covers, or stands inside, a number; in text order. */
export function findBidiOverrides(text: string): BidiOverride[] {
  let any = false;
  for (let i = 0; i < text.length && !any; i++) any = opensScope(text.charCodeAt(i));
  if (!any) return [];
  const numeric = numericSpans(text);
  const found: BidiOverride[] = [];
  /** Open scopes: an override or embedding (its offset), or an isolate (-1 - its offset). */
  const open: number[] = [];
  let isolates = 0;
  const close = (offset: number, end: number) => {
    const reason = numericWithin(numeric, offset + 1, end) ?? (insideNumber(text, numeric.spans, offset) ? "inside a number" : undefined);
    const codePoint = text.charCodeAt(offset);
    if (reason) found.push({ offset, codePoint, name: names[codePoint]!, scopeEnd: end, reason });
  };
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (opensScope(code)) open.push(i);
    else if (opensIsolate(code)) {
      open.push(-1 - i);
      isolates++;
    }
    else if (code === PDF) {
      // A PDF closes the last override or embedding, unless an isolate opened since (then it does nothing).
      if (open.length > 0 && open[open.length - 1]! >= 0) close(open.pop()!, i);
    } else if (code === PDI) {
      // A PDI ends its isolate and every scope opened inside it; without an open isolate it does nothing.
      if (isolates > 0) {
        while (open[open.length - 1]! >= 0) close(open.pop()!, i);
        open.pop();
        isolates--;
      }
    } else if (endsParagraph(code)) {
      while (open.length > 0) {
        const o = open.pop()!;
        if (o >= 0) close(o, i);
      }
      isolates = 0;
    }
  }
  while (open.length > 0) {
    const o = open.pop()!;
    if (o >= 0) close(o, text.length);
  }
  return found.sort((a, b) => a.offset - b.offset);
}

const hex = (codePoint: number) => `U+${codePoint.toString(16).toUpperCase().padStart(4, "0")}`;

/** Throws a UserError naming `file` and the line:column of the first override around a number, if there is one. */
export function refuseBidiOverrides(text: string, file: string): void {
  const overrides = findBidiOverrides(text);
  if (overrides.length > 0) throw bidiOverrideError(file, text, overrides);
}

function bidiOverrideError(file: string, text: string, overrides: readonly BidiOverride[]): UserError {
  const first = overrides[0]!;
  const what = first.reason === "inside a number" ? "stands inside a number" : `covers a ${first.reason}`;
  const others = overrides.length > 1 ? ` (${overrides.length - 1} more such control character${overrides.length > 2 ? "s" : ""} after it)` : "";
  return new UserError(
    file,
    new LineIndex(text).label(first.offset),
    `an invisible bidi control, ${hex(first.codePoint)} ${first.name}, ${what}: the text would display a number other than the one it holds${others}`,
    `remove the control characters ${hex(first.codePoint)} and its closing U+202C POP DIRECTIONAL FORMATTING (invisible in most editors: search for \\u${first.codePoint.toString(16)}); isolates (U+2066–U+2069) and marks (U+200E, U+200F, U+061C) may stay`,
  );
}
