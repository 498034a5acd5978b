// One left-to-right pass over normalised text. It keeps as tokens only what the recognizer looks at: digit
// literals, the words of the lexicon (looked up by a hash of their folded letters computed while scanning, so
// other words cost no string), and the punctuation that takes part in a mention (percent signs, the separators
// of a list of years). Everything else only marks the gap before the next token, so "next token" still means
// "next thing in the text" wherever it matters.
import { foldingTable } from "../normalise.ts";
import { PLUS } from "./chars.ts";
import { phoneAt, type Tag } from "./digit-shapes.ts";
import { isDigit, isLeadingDecimalPoint, isSign, type NumericLiteral, type NumericScan, scanNumeric, type YearSpan } from "./digits.ts";
import { type Lexicon, type WordInfo, WordTable } from "./lexicon.ts";

/**
 * What separates a token from the one before: 0 nothing, 1 white space, 2 a blank line (a paragraph break),
 * 3 anything else (a word outside the lexicon, other punctuation, digits that are no quantity). Tokens join
 * into one mention only across a gap of 0 or 1.
 */
export type Gap = 0 | 1 | 2 | 3;

interface TokenBase {
  start: number;
  end: number;
  gap: Gap;
}
export interface WordToken extends TokenBase {
  kind: "word";
  /** The folded word. */
  text: string;
  info: WordInfo;
  /** The word as written (normalised, not folded), kept only when it reads as several number words. */
  written?: string;
  /**
   * The raw word ends in tanween fatha (ً), which normalisation removes: an indefinite accusative, never a dual in
   * construct ("ألفاً" is one thousand, "ألفا" alone may be two). Set by the recognizer, which has the raw text.
   */
  tanween?: boolean;
  /** "الرقم" after a verb of being or reaching ("كان الرقم 5800"): the figure itself, not an identifier's marker. */
  figure?: boolean;
  /**
   * A definite number word that begins a number followed by what it counts, an indefinite noun in the accusative or
   * a percent sign ("الثمانين شخصا", "الثلاثين في المائة", "الاثنين والسبعين شخصا"). Set by the recognizer, which has the text.
   */
  countsNext?: boolean;
  /** The word opens a line: only white space with one line break stands between it and the token before (gap 1). */
  opensLine?: boolean;
}
export interface NumberToken extends TokenBase {
  kind: "number";
  literal: NumericLiteral;
  /** The first day of a range of dates ("من 20 إلى 26 يوليوز", "12 و13 يونيو"): set by the recognizer, which has the text. */
  firstDay?: boolean;
  /** Alone in parentheses ("(29) في المئة"): set by the recognizer, which has the text. */
  parenthesised?: boolean;
}
export interface YearsToken extends TokenBase {
  kind: "years";
  years: YearSpan[];
}
/** A date, a time or an identifier written in digits: never part of a quantity. */
export interface TaggedToken extends TokenBase {
  kind: "tagged";
  tag: Tag;
  value: number;
}
export interface PunctToken extends TokenBase {
  kind: "punct";
  code: number;
}
export type Token = WordToken | NumberToken | YearsToken | TaggedToken | PunctToken;

/** Punctuation between the years of a list: - – / ، , */
export const yearListSeparators: ReadonlySet<number> = new Set([0x2d, 0x2013, 0x2f, 0x60c, 0x2c]);

const ARABIC = 1;
const LATIN = 2;
const DIGIT = 3;
const SPACE = 4;
const PUNCT = 5;

/** Each UTF-16 unit's class, worked out the first time it is met (0: not yet): testing all 65,536 at start-up cost 16 ms of a cold run. */
const charClass = new Uint8Array(0x10000);
const letter = /\p{L}|\p{M}|\p{N}/u;
const space = /\s/u;
/** The Arabic separators, percent sign and punctuation (digits are ASCII once normalised). */
const arabicPunctuation: ReadonlySet<number> = new Set([0x066a, 0x066b, 0x066c, 0x060c, 0x061b, 0x061f, 0x06d4]);

function classify(c: number): number {
  if ((c >= 0xd800 && c <= 0xdfff) || arabicPunctuation.has(c)) return PUNCT;
  if (isDigit(c)) return DIGIT;
  const char = String.fromCharCode(c);
  if (space.test(char)) return SPACE;
  if ((c >= 0x0600 && c <= 0x06ff) || (c >= 0x0750 && c <= 0x077f) || (c >= 0x08a0 && c <= 0x08ff) || (c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfefc)) {
    return letter.test(char) ? ARABIC : PUNCT;
  }
  return letter.test(char) ? LATIN : PUNCT;
}

function classOf(code: number): number {
  const known = charClass[code]!;
  return known !== 0 ? known : (charClass[code] = classify(code));
}

const isWordChar = (code: number) => {
  const k = classOf(code);
  return k === ARABIC || k === LATIN;
};

function newlineWeight(code: number): number {
  if (code === 0x0a || code === 0x0b || code === 0x0c || code === 0x85 || code === 0x2028) return 1;
  if (code === 0x2029) return 2;
  return 0;
}

const folding = foldingTable as Uint16Array;

function mayStartLiteral(code: number): boolean {
  return isSign(code) || isLeadingDecimalPoint(code);
}

export function tokenize(text: string, lexicon: Lexicon): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  const words = lexicon.words;
  const signs = lexicon.percentSigns;
  let gap: Gap = 0;
  /** The last thing read was digits (a sign right after them is a dash: "5 - 10"). */
  let afterDigits = false;
  let i = 0;
  while (i < n) {
    const code = text.charCodeAt(i);
    const k = classOf(code);
    const start = i;
    if (k === SPACE) {
      let lines = 0;
      while (i < n && classOf(text.charCodeAt(i)) === SPACE) {
        const c = text.charCodeAt(i);
        // \r\n counts once; a lone \r is a line break too.
        lines += c === 0x0d ? (text.charCodeAt(i + 1) === 0x0a ? 0 : 1) : newlineWeight(c);
        i++;
      }
      if (gap < 2) gap = lines >= 2 ? 2 : 1;
      continue;
    }
    if (k === ARABIC) {
      // WordTable.step inlined: this loop sees every letter of the text.
      let hash = WordTable.seed;
      for (let c = code; ; c = text.charCodeAt(i)) {
        hash = Math.imul(hash ^ folding[c]!, 0x01000193);
        if (++i === n || classOf(text.charCodeAt(i)) !== ARABIC) break;
      }
      const info = words.find(text, start, i, hash, folding);
      afterDigits = false;
      if (!info) {
        gap = 3;
        continue;
      }
      const token: WordToken = { kind: "word", start, end: i, gap, text: info.text, info };
      if (info.atoms.length > 1) token.written = text.slice(start, i);
      if (gap === 1 && lineBreakBefore(text, start)) token.opensLine = true;
      tokens.push(token);
    } else if (k === DIGIT || (mayStartLiteral(code) && startsLiteral(text, i, code, afterDigits))) {
      const scan = scanNumeric(text, i, isWordChar);
      i = scan.end;
      afterDigits = true;
      if (scan.kind === "skip") {
        gap = 3;
        continue;
      }
      tokens.push(numericToken(scan, start, gap));
    } else if (k === LATIN) {
      while (i < n && classOf(text.charCodeAt(i)) === LATIN) i++;
      afterDigits = false;
      gap = 3;
      continue;
    } else {
      // A phone number written with its country code: "+212 5 22 12 34 56".
      const phone = code === PLUS && isDigit(text.charCodeAt(i + 1)) && mayStartAfter(text, i) ? phoneAt(text, i, i + 1) : undefined;
      if (phone) {
        i = phone.end;
        afterDigits = true;
        tokens.push(numericToken(phone, start, gap));
        gap = 0;
        continue;
      }
      // A plus sign glued to the digits after it ("تقريبا +20%"): no break between the word before and the number,
      // so that a qualifier reaches it; the sign stays in the text, where the reading of changes finds it.
      if (code === PLUS && !afterDigits && isDigit(text.charCodeAt(i + 1)) && mayStartAfter(text, i)) {
        i++;
        continue;
      }
      i++;
      afterDigits = false;
      if (!signs.has(code) && !yearListSeparators.has(code)) {
        gap = 3;
        continue;
      }
      tokens.push({ kind: "punct", start, end: i, gap, code });
    }
    gap = 0;
  }
  return tokens;
}

/** Whether the white space right before offset `start` holds a line break (the word there opens a line). */
function lineBreakBefore(text: string, start: number): boolean {
  for (let i = start - 1; i >= 0 && classOf(text.charCodeAt(i)) === SPACE; i--) {
    const c = text.charCodeAt(i);
    if (c === 0x0d || newlineWeight(c) > 0) return true;
  }
  return false;
}

function numericToken(scan: Exclude<NumericScan, { kind: "skip" }>, start: number, gap: Gap): Token {
  const end = scan.end;
  switch (scan.kind) {
    case "number":
      return { kind: "number", start, end, gap, literal: scan.literal };
    case "years":
      return { kind: "years", start, end, gap, years: scan.years };
    case "tagged":
      return { kind: "tagged", start, end, gap, tag: scan.tag, value: scan.value };
  }
}

/** What may stand right before a sign or a "+" that starts a literal: nothing, a space or "(". */
function mayStartAfter(text: string, i: number): boolean {
  const before = i > 0 ? text.charCodeAt(i - 1) : -1;
  return before === -1 || classOf(before) === SPACE || before === 0x28;
}

/**
 * Does a sign or a leading decimal point start a literal here? Only in front of digits, at the start of the text
 * or after a space or "(", and (for a sign) not after a number: "5 - 10" is a range.
 */
function startsLiteral(text: string, i: number, code: number, afterDigits: boolean): boolean {
  if (!mayStartAfter(text, i)) return false;
  let next = i + 1;
  if (isSign(code)) {
    if (afterDigits) return false;
    if (isLeadingDecimalPoint(text.charCodeAt(next))) next++;
  } else if (!isLeadingDecimalPoint(code)) return false;
  return isDigit(text.charCodeAt(next));
}
