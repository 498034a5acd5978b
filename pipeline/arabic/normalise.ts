/**
 * Normalisation of Arabic prose for matching, with a map back to the raw text.
 *
 * `normalise(raw)` applies, in this order:
 *  0a. markup a scraped page kept (HTML tags, BBCode, Markdown emphasis) read as one space per tag, mapped to the
 *     tag's first character; a tag holding a digit is kept (markup.ts);
 *  0. HTML character references decoded ("&nbsp;", "&#37;", escaped twice by a feed: "&amp;#37;"), each decoded
 *     character mapped to its reference's "&" (character-references.ts);
 *  1. Unicode NFC (so that ا + U+0654 becomes أ before the hamza mark could be taken for a diacritic), applied to
 *     at most 30 combining marks at a time as in the Stream-Safe Text Format of UAX #15, which keeps it linear;
 *  2. removal of tatweel (U+0640), Arabic diacritics (U+064B–U+065F, U+0670), bidi marks (U+200E, U+200F,
 *     U+202A–U+202E, U+2066–U+2069, U+061C), zero-width characters (U+200B–U+200D, U+2060, U+FEFF), the soft
 *     hyphen (U+00AD: "1­041" is 1041) and a keycap's
 *     marks (U+FE0F, U+20E3), but a keycap before a space or a tab, which numbers an item ("2️⃣ 131"): kept, it ends
 *     the item's digit where deleted it would join the value's ("2 131", one number); keycaps side by side
 *     ("1️⃣4️⃣3️⃣") are deleted and their digits read as one number;
 *  2b. removal of a hyphen and the line break after it between two Arabic letters ("الما-⏎ئة": a word a PDF's
 *     line wrapping cut; Arabic is not hyphenated);
 *  3. typographic quotes to ASCII (“ ” „ « » → ", ‘ ’ → ') and Arabic-Indic (٠-٩) and Eastern Arabic-Indic
 *     (۰-۹) digits to ASCII digits.
 * Everything else (letters, the Arabic separators ٫ ٬ and ٪, every kind of space) is kept as it is.
 *
 * The offset map: `map[i]` is the raw index of the character that produced normalised index i, and
 * `map[text.length] === raw.length`. A normalised span [s, e) is the raw span [map[s], map[e]). Since map[e] is
 * the raw index of the next *kept* character, the characters deleted between the last character of the span
 * and the next kept one fall inside the raw span: a deleted character belongs to the kept character before it.
 * That is right for what follows a letter in writing (its diacritics, a tatweel: "خَمْسُ" maps back whole) but
 * would also take in an invisible bidi or zero-width mark after a word; `rawSpan` is the rule to use for a
 * mention: it drops such invisible marks from the end of the span and keeps diacritics and tatweel.
 * `normaliseCompact` gives the same map as OffsetRuns (the points where normalised and raw offsets stop advancing
 * together), without an array the size of the text; `rawOffset` reads it.
 * Characters that NFC composes map to the first raw character of their cluster.
 *
 * `fold(text)` is a further matching-only folding (أ إ آ ٱ → ا, ة → ه, ى → ي, Persian ی → ي, ک → ك) that keeps the
 * length, so the same map applies to the folded text. Both run in linear time.
 */

import { decodeCharacterReferences, hasCharacterReference } from "./character-references.ts";
import { blankMarkup, hasMarkup } from "./markup.ts";

export interface Normalised {
  text: string;
  map: number[];
}

/** What normalisation does with one UTF-16 code unit (after NFC). */
const KEEP = 0;
const DELETE = 1;
const REPLACE = 2;
/** A typographic quote: replaced like REPLACE, told apart so that `onlyQuotesChange` can ignore it. */
const QUOTE = 3;

const action = new Uint8Array(0x10000);
const replacement = new Uint16Array(0x10000);

function markRange(first: number, last: number, what: number): void {
  for (let c = first; c <= last; c++) action[c] = what;
}
function replace(from: number, to: string, what = REPLACE): void {
  action[from] = what;
  replacement[from] = to.charCodeAt(0);
}

markRange(0x0640, 0x0640, DELETE); // tatweel
markRange(0x064b, 0x065f, DELETE); // harakat, shadda, sukun, hamza and madda marks
markRange(0x0670, 0x0670, DELETE); // superscript alef
markRange(0x200e, 0x200f, DELETE); // LRM, RLM
markRange(0x202a, 0x202e, DELETE); // embeddings and overrides
markRange(0x2066, 0x2069, DELETE); // isolates
markRange(0x061c, 0x061c, DELETE); // Arabic letter mark
markRange(0x200b, 0x200d, DELETE); // zero-width space, non-joiner, joiner
// A keycap emoji is a digit, a variation selector and the enclosing keycap ("4️⃣4️⃣8️⃣0️⃣" is 4480): the marks go,
// the digits stay side by side.
markRange(0xfe0f, 0xfe0f, DELETE); // variation selector-16
markRange(0x20e3, 0x20e3, DELETE); // combining enclosing keycap
markRange(0x2060, 0x2060, DELETE); // word joiner
markRange(0xfeff, 0xfeff, DELETE); // zero-width no-break space (BOM)
markRange(0x00ad, 0x00ad, DELETE); // soft hyphen: a line-break hint a saved page keeps inside words and numbers ("1­041")
for (const quote of "“”„«»") replace(quote.charCodeAt(0), '"', QUOTE);
for (const quote of "‘’") replace(quote.charCodeAt(0), "'", QUOTE);
for (let d = 0; d < 10; d++) {
  replace(0x0660 + d, String(d));
  replace(0x06f0 + d, String(d));
}

/** Invisible format characters: deleted by normalisation and never the last character of a mention. */
function isInvisibleMark(code: number): boolean {
  return (
    code === 0x061c ||
    (code >= 0x200b && code <= 0x200f) ||
    (code >= 0x202a && code <= 0x202e) ||
    code === 0x2060 ||
    (code >= 0x2066 && code <= 0x2069) ||
    code === 0xfeff ||
    code === 0x00ad
  );
}

/** Arabic-Indic and extended Arabic-Indic digits as ASCII ("٢٠٢٤" → "2024"), nothing else changed. */
export const asciiDigits = (text: string): string => text.replace(/[٠-٩۰-۹]/gu, (d) => String(d.charCodeAt(0) % 16));

/** Builds a string from UTF-16 code units without spreading a huge array into one call. */
function codesToString(codes: Uint16Array, length: number): string {
  const chunk = 8192;
  let out = "";
  for (let i = 0; i < length; i += chunk) {
    out += String.fromCharCode.apply(null, codes.subarray(i, Math.min(length, i + chunk)) as unknown as number[]);
  }
  return out;
}

/**
 * At most this many combining marks are normalised together, as in Unicode's Stream-Safe Text Format (UAX #15):
 * text never has more on one letter, and normalising an unbounded run of marks (a pile of diacritics) takes
 * time quadratic in its length.
 */
const maxMarksTogether = 30;

/**
 * Whether each BMP code unit is a combining mark (\p{M}), classified the first time it is met: 0 not yet,
 * 1 a mark, 2 not a mark (a surrogate is never one here). Testing all 65,536 code units up front cost every
 * run 15–30 ms at start; a text meets a few dozen.
 */
const markClass = new Uint8Array(0x10000);
const markPattern = /^\p{M}$/u;

function isMarkUnit(c: number): boolean {
  let known = markClass[c]!;
  if (known === 0) markClass[c] = known = c < 0xd800 || c > 0xdfff ? (markPattern.test(String.fromCharCode(c)) ? 1 : 2) : 2;
  return known === 1;
}

/** Whether the code point at `i` is a combining mark or a conjoining Hangul vowel or final (part of a cluster). */
function continuesCluster(s: string, i: number): boolean {
  const codePoint = s.codePointAt(i)!;
  if ((codePoint >= 0x1160 && codePoint <= 0x11ff) || (codePoint >= 0xd7b0 && codePoint <= 0xd7ff)) return true;
  return codePoint < 0x10000 ? isMarkUnit(codePoint) : markPattern.test(String.fromCodePoint(codePoint));
}

/** Whether some letter carries more combining marks than are normalised together (a linear scan). */
function hasLongMarkRun(raw: string): boolean {
  let run = 0;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (isMarkUnit(c) || (c >= 0xd800 && c <= 0xdfff && run > 0)) {
      if (++run > maxMarksTogether) return true;
    } else run = 0;
  }
  return false;
}

/**
 * NFC, keeping for each output code unit the raw index it came from. Normalised one cluster (a character with
 * the combining marks that follow it, at most maxMarksTogether of them) at a time: a cluster never composes with
 * its neighbours except for conjoining Hangul jamo, which are kept in their cluster too.
 */
function composeWithMap(raw: string): { chars: string; origin: number[] } {
  const origin: number[] = [];
  const parts: string[] = [];
  let i = 0;
  while (i < raw.length) {
    let j = i + codeUnitLength(raw, i);
    let marks = 0;
    while (j < raw.length && marks < maxMarksTogether && continuesCluster(raw, j)) {
      j += codeUnitLength(raw, j);
      marks++;
    }
    const cluster = raw.slice(i, j);
    const composed = cluster.normalize("NFC");
    if (composed === cluster) {
      for (let k = i; k < j; k++) origin.push(k);
    } else {
      // The first character comes from the cluster start; the rest are aligned on the cluster's end so that
      // the map stays non-decreasing and a span ending inside the cluster still covers its base character.
      for (let k = 0; k < composed.length; k++) origin.push(k === 0 ? i : Math.max(i + 1, j - (composed.length - k)));
    }
    parts.push(composed);
    i = j;
  }
  return { chars: parts.join(""), origin };
}

function codeUnitLength(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
    const d = s.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return 2;
  }
  return 1;
}

/**
 * Code units that leave any text made of them in NFC, whatever their order: not a mark, not a Hangul jamo, NFC
 * by themselves, and from blocks none of whose characters composes with the character before it (Latin up to
 * U+02FF, Arabic, general punctuation, Arabic presentation forms). 0 not yet classified, 1 such a unit, 2 not.
 */
const plainClass = new Uint8Array(0x10000);

function inPlainBlock(c: number): boolean {
  return c < 0x0300 || (c >= 0x0600 && c <= 0x06ff) || (c >= 0x2000 && c <= 0x206f) || (c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfeff);
}

function isPlainUnit(c: number): boolean {
  let known = plainClass[c]!;
  if (known === 0) {
    const character = String.fromCharCode(c);
    plainClass[c] = known = inPlainBlock(c) && !isMarkUnit(c) && character.normalize("NFC") === character ? 1 : 2;
  }
  return known === 1;
}

/** Whether `raw` is in NFC, checked in linear time (see maxMarksTogether). */
function isComposed(raw: string): boolean {
  let plain = true;
  for (let i = 0; plain && i < raw.length; i++) plain = isPlainUnit(raw.charCodeAt(i));
  // Most text is made of plain units only: no need to ask ICU (which copies the text to check it).
  return plain || (!hasLongMarkRun(raw) && raw.normalize("NFC") === raw);
}

/**
 * The offset map in compact form: a flat list of (normalised, raw) pairs [n0, r0, n1, r1, …], one where the two
 * stop advancing together (after deleted characters); between two pairs both advance by one. `rawOffset` reads
 * it. It says what the full map says without an entry per character: what the recognizer uses on long texts.
 */
export type OffsetRuns = number[];

export interface CompactNormalised {
  text: string;
  runs: OffsetRuns;
}

/** The raw offset of normalised offset `n` (0 ≤ n ≤ text.length), as `map[n]` would give it. */
export function rawOffset(runs: OffsetRuns, n: number): number {
  let low = 0;
  let high = (runs.length >> 1) - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (runs[2 * middle]! <= n) low = middle;
    else high = middle - 1;
  }
  return runs[2 * low + 1]! + (n - runs[2 * low]!);
}

const strictUtf16 = new TextDecoder("utf-16le", { fatal: true });

/** The string of the first `length` code units; TextDecoder is fast but refuses lone surrogates, kept as they are. */
function decodeCodes(codes: Uint16Array, length: number): string {
  try {
    return strictUtf16.decode(codes.subarray(0, length));
  } catch {
    return codesToString(codes, length);
  }
}

/** Where normalised text is written: runs of kept characters of the source, and single replaced characters. */
interface TextSink {
  keep(from: number, to: number): void;
  put(code: number): void;
  text(): string;
}

/** For text with few changes: slices of the source joined once (join gives a flat string, fast to scan). */
class Pieces implements TextSink {
  private readonly pieces: string[] = [];
  constructor(private readonly source: string) {}
  keep(from: number, to: number): void {
    if (to > from) this.pieces.push(this.source.slice(from, to));
  }
  put(code: number): void {
    this.pieces.push(String.fromCharCode(code));
  }
  text(): string {
    return this.pieces.join("");
  }
}

/** For text with many changes (fully vocalised text): code units in one buffer, decoded once. */
class Codes implements TextSink {
  private readonly codes: Uint16Array;
  private length = 0;
  constructor(private readonly source: string) {
    this.codes = new Uint16Array(source.length);
  }
  keep(from: number, to: number): void {
    for (let k = from; k < to; k++) this.codes[this.length++] = this.source.charCodeAt(k);
  }
  put(code: number): void {
    this.codes[this.length++] = code;
  }
  text(): string {
    return decodeCodes(this.codes, this.length);
  }
}

/** Normalises text that is already in NFC. */
function normaliseComposed(source: string): CompactNormalised {
  const breaks = hyphenatedBreaks(source);
  let changes = breaks.length * 2;
  for (let i = 0; i < source.length; i++) if (action[source.charCodeAt(i)] !== KEEP) changes++;
  if (changes === 0) return { text: source, runs: [0, 0] };
  const sink: TextSink = changes * 64 < source.length ? new Pieces(source) : new Codes(source);
  const runs: OffsetRuns = [0, 0];
  let runStart = 0;
  let n = 0;
  let nextBreak = 0;
  for (let i = 0; i < source.length; i++) {
    const code = source.charCodeAt(i);
    // A hyphen and the line break after it, inside a word a PDF or a wrapped page cut ("في الما-⏎ئة"): deleted.
    const broken = nextBreak < breaks.length && (i === breaks[nextBreak] || i === breaks[nextBreak]! + 1);
    if (broken && i === breaks[nextBreak]! + 1) nextBreak++;
    const what = broken ? DELETE : code === KEYCAP && itemKeycap(source, i) ? KEEP : action[code]!;
    if (what === KEEP) continue;
    sink.keep(runStart, i);
    n += i - runStart;
    runStart = i + 1;
    if (what === DELETE) {
      // The next kept character (normalised offset n) comes from raw index i + 1 or later.
      if (runs[runs.length - 2] === n) runs[runs.length - 1] = i + 1;
      else runs.push(n, i + 1);
    } else {
      sink.put(replacement[code]!);
      n++;
    }
  }
  sink.keep(runStart, source.length);
  return { text: sink.text(), runs };
}

const KEYCAP = 0x20e3;

/** A keycap right before a space or a tab: it numbers an item ("2️⃣ 131"), and is kept to end that item's digit. */
const itemKeycap = (source: string, i: number) => source.charCodeAt(i + 1) === 0x20 || source.charCodeAt(i + 1) === 0x09;

/** Whether the code unit is an Arabic letter (ء–ي, and the Persian letters writers use: پ چ ژ گ ک ی). */
const isArabicLetter = (code: number) => (code >= 0x0621 && code <= 0x064a) || code === 0x067e || code === 0x0686 || code === 0x0698 || code === 0x06a9 || code === 0x06af || code === 0x06cc;

/**
 * Where a hyphen ends a line between two Arabic letters ("الما-⏎ئة", "عمل-⏎يتين"): Arabic is not hyphenated, so
 * the hyphen and the line break were put inside one word by a PDF's or a page's line wrapping. The hyphen's index.
 */
function hyphenatedBreaks(source: string): number[] {
  const found: number[] = [];
  for (let i = source.indexOf("-\n"); i > 0; i = source.indexOf("-\n", i + 2)) {
    if (isArabicLetter(source.charCodeAt(i - 1)) && isArabicLetter(source.charCodeAt(i + 2))) found.push(i);
  }
  return found;
}

/**
 * Whether normalising `raw` would change nothing but typographic quotes. Much news text is like that; a scanner
 * for which a quote is punctuation either way can then read the raw text itself and skip making a copy.
 */
export function onlyQuotesChange(raw: string): boolean {
  for (let i = 0; i < raw.length; i++) {
    const what = action[raw.charCodeAt(i)]!;
    if (what === DELETE || what === REPLACE) return false;
  }
  return isComposed(raw) && !hasCharacterReference(raw) && hyphenatedBreaks(raw).length === 0 && !hasMarkup(raw);
}

/** Normalisation with the compact offset map: linear, and no array the size of the text. */
export function normaliseCompact(raw: string): CompactNormalised {
  // A page's markup first ("يفوق <em>8 في المائة"), each tag read as a space mapped to its first character.
  const unmarked = blankMarkup(raw);
  return unmarked ? throughOrigin(normaliseMarkupFree(unmarked.chars), unmarked.origin, raw.length) : normaliseMarkupFree(raw);
}

function normaliseMarkupFree(raw: string): CompactNormalised {
  // A page's character references ("131&nbsp;إنابة", "18&amp;#37;"), each decoded character mapped to its "&".
  const decoded = decodeCharacterReferences(raw);
  return decoded ? throughOrigin(normaliseUnescaped(decoded.chars), decoded.origin, raw.length) : normaliseUnescaped(raw);
}

function normaliseUnescaped(raw: string): CompactNormalised {
  // Most text is already in NFC; otherwise compose cluster by cluster, keeping where each character came from.
  if (isComposed(raw)) return normaliseComposed(raw);
  const composed = composeWithMap(raw);
  return throughOrigin(normaliseComposed(composed.chars), composed.origin, raw.length);
}

/** `inner`, normalised from a text whose code unit k came from raw index origin[k], with its map carried to the raw text. */
function throughOrigin(inner: CompactNormalised, origin: number[], rawLength: number): CompactNormalised {
  origin.push(rawLength);
  const full: number[] = [];
  for (let n = 0; n <= inner.text.length; n++) full.push(origin[rawOffset(inner.runs, n)]!);
  return { text: inner.text, runs: compress(full) };
}

function compress(full: readonly number[]): OffsetRuns {
  const runs: OffsetRuns = [];
  for (let i = 0; i < full.length; i++) if (i === 0 || full[i] !== full[i - 1]! + 1) runs.push(i, full[i]!);
  return runs;
}

/**
 * The normalised text of a line of `raw` (a span between line breaks), given the whole text's normalisation
 * `whole`: the line itself when `whole` kept it as written, else the line normalised on its own (cruft.ts reads
 * each line, and most lines of a text are kept as written: normalising each again cost a scan of every line).
 */
export function normaliseLine(raw: string, whole: CompactNormalised, line: { start: number; end: number }): string {
  const written = raw.slice(line.start, line.end);
  return keptAsWritten(written, whole, line.start) ? written : normaliseCompact(written).text;
}

/**
 * Whether the whole text's normalisation kept the line `written` (at raw offset `start`) character for character,
 * and the line alone normalises to itself too. Alone, it has no neighbour that normalisation reads with it: a hyphen
 * that ends it before a break ("الما-⏎ئة") or a tag or reference that runs into it from the line before (\n ends
 * both) changes the line in the whole text too. The patterns of markup and of references have no anchor nor look
 * around: one found in the line alone is found in the whole text unless a match there overlaps the line, which
 * changes it. And a line of plain units (isPlainUnit) composes with nothing: it is in NFC alone as within the text.
 */
function keptAsWritten(written: string, whole: CompactNormalised, start: number): boolean {
  for (let i = 0; i < written.length; i++) if (!isPlainUnit(written.charCodeAt(i))) return false;
  const n = normalisedOffset(whole.runs, start);
  // Within one run of the map, the raw and the normalised offsets advance together: nothing in between was deleted.
  const runEnd = n.next < whole.runs.length ? whole.runs[n.next]! : whole.text.length;
  return n.offset + written.length <= runEnd && whole.text.startsWith(written, n.offset);
}

/**
 * The normalised offset that raw offset `raw` maps to in the run holding it, and where the next run starts in `runs`
 * (the index of its normalised offset); the offset is past its run's end when the character there was deleted.
 */
function normalisedOffset(runs: OffsetRuns, raw: number): { offset: number; next: number } {
  let low = 0;
  let high = (runs.length >> 1) - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (runs[2 * middle + 1]! <= raw) low = middle;
    else high = middle - 1;
  }
  return { offset: runs[2 * low]! + (raw - runs[2 * low + 1]!), next: 2 * low + 2 };
}

export function normalise(raw: string): Normalised {
  const { text, runs } = normaliseCompact(raw);
  const map: number[] = [];
  for (let r = 0; r < runs.length; r += 2) {
    const n = runs[r]!;
    const rawStart = runs[r + 1]!;
    const until = r + 2 < runs.length ? runs[r + 2]! : text.length + 1;
    for (let k = n; k < until; k++) map.push(rawStart + (k - n));
  }
  return { text, map };
}

const folding = new Uint16Array(0x10000);
for (let c = 0; c < 0x10000; c++) folding[c] = c;
for (const alef of "أإآٱ") folding[alef.charCodeAt(0)] = "ا".charCodeAt(0);
folding["ة".charCodeAt(0)] = "ه".charCodeAt(0);
folding["ى".charCodeAt(0)] = "ي".charCodeAt(0);
// Persian yeh and keheh turn up in Arabic text typed on Persian keyboards.
folding["ی".charCodeAt(0)] = "ي".charCodeAt(0);
folding["ک".charCodeAt(0)] = "ك".charCodeAt(0);

/** The folding as a table from each UTF-16 code unit to its folded form, for loops that fold as they scan. */
export const foldingTable: Readonly<Uint16Array> = folding;

/** Matching-only folding of normalised text; same length, so the normalisation map still applies. */
export function fold(text: string): string {
  const length = text.length;
  let i = 0;
  while (i < length && folding[text.charCodeAt(i)] === text.charCodeAt(i)) i++;
  if (i === length) return text;
  const out = new Uint16Array(length);
  for (let k = 0; k < length; k++) out[k] = folding[text.charCodeAt(k)]!;
  return decodeCodes(out, length);
}

/**
 * The raw span of the normalised span [start, end), by the map rule above, without the invisible marks (bidi,
 * zero-width) that would end it: diacritics and tatweel after the last letter stay in, they are part of the word.
 */
export function rawSpan(raw: string, runs: OffsetRuns, start: number, end: number): [number, number] {
  const rawStart = rawOffset(runs, start);
  let rawEnd = rawOffset(runs, end);
  while (rawEnd > rawStart && isInvisibleMark(raw.charCodeAt(rawEnd - 1))) rawEnd--;
  return [rawStart, rawEnd];
}

/** A word as text is compared: normalised, then folded (lexicon entries, catalogue cues). */
export function foldWord(word: string): string {
  // The text without its offset map: words are folded by the thousand when a run starts.
  return fold(normaliseCompact(word).text);
}
