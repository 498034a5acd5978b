/**
 * Finds every quantity in Arabic text: one pass to normalise, one to tokenise, one left-to-right scan over the
 * tokens (each token is read a bounded number of times), so the time is linear in the length of the text.
 *
 * Span convention (offsets are JavaScript string indices into the text exactly as given, end exclusive):
 *  - A mention starts at its qualifier if it has one ("أكثر من 40 في المائة"), otherwise at its first digit or
 *    number word. Clitics attached in front (و، ف، ب، ل، ك، ال and their combinations, "بـ" with its tatweel)
 *    are left out: "بأكثر من" starts at "أكثر", "و800" at "8", "الـ24" at "2". A minus sign is part of the number.
 *  - It ends at its last number word, scale word, digit, or percent sign or phrase: "في المائة", "%" and "٪" are
 *    inside it and make it kind `percent`. "5 آلاف و800" is one mention (5800, form mixed).
 *  - Diacritics and tatweel written on its last word are inside it ("خَمْسُ"); invisible bidi and zero-width
 *    marks around it are not.
 *  - A calendar year (after سنة/عام or a month name, in a date, or before هـ) is kind `year` and its span is the
 *    year digits only. A date's day is no mention at all (see calendar.ts).
 *  - A counted noun in the dual (عمليتين) is one mention of value 2, form `dual`, spanning the noun (and an
 *    emphatic اثنتين after it: "عمليتين اثنتين").
 * Not mentions: ordinals, identifiers after رقم, vague quantities (عشرات "dozens of", مئات, آلاف or ملايين on
 * their own, بضعة): they give no definite number, so a data journalist could not check one against the text.
 * `decimals` is the count of digits written after the decimal separator (0 for integers and words); for a
 * figure with a scale word it counts the digits of the written figure ("2,5 مليون" → 1).
 */
import type { NumberMention } from "../../types/number-mention.ts";
import { type CompactNormalised, normaliseCompact, onlyQuotesChange, rawSpan } from "../normalise.ts";
import { hijriYearAt, identifierEnd, isDayOfDate, ordinalEnd, yearsAfter } from "./calendar.ts";
import type { YearSpan } from "./digits.ts";
import { type Lexicon, lexicon as loadLexicon, type QualifierCode } from "./lexicon.ts";
import { readNumber } from "./phrase.ts";
import { percentAt, qualifiersAt } from "./qualifiers.ts";
import { type Token, tokenize } from "./tokens.ts";

/** A mention with offsets in the normalised text. */
interface Found {
  start: number;
  end: number;
  value: number;
  kind: NumberMention["kind"];
  form: NumberMention["form"];
  decimals: number;
  qualifier?: QualifierCode;
}

/** What starts at a token: a mention, or something to skip (a day of a date), with the next token index. */
type Outcome = { found: Found; next: number } | { found?: undefined; next: number };

export function recognizeNumbers(text: string): NumberMention[] {
  const lexicon = loadLexicon();
  const { text: normalised, runs } = scannable(text);
  const tokens = tokenize(normalised, lexicon);
  return findMentions(tokens, lexicon).map((found) => {
    const [start, end] = rawSpan(text, runs, found.start, found.end);
    const { value, kind, qualifier, form, decimals } = found;
    const slice = text.slice(start, end);
    return qualifier ? { text: slice, value, kind, start, end, qualifier, form, decimals } : { text: slice, value, kind, start, end, form, decimals };
  });
}

/**
 * The text the tokenizer reads: normalised, or the raw text itself when normalising would only turn typographic
 * quotes into ASCII ones, which the tokenizer treats alike (both are punctuation). That saves a copy of the text.
 */
function scannable(text: string): CompactNormalised {
  return onlyQuotesChange(text) ? { text, runs: [0, 0] } : normaliseCompact(text);
}

function yearFound(year: YearSpan): Found {
  return { start: year.start, end: year.end, value: year.value, kind: "year", form: "digits", decimals: 0 };
}

function findMentions(tokens: readonly Token[], lexicon: Lexicon): Found[] {
  const found: Found[] = [];
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i]!;
    if (token.kind === "years") {
      for (const year of token.years) found.push(yearFound(year));
      i++;
      continue;
    }
    if (token.kind === "word") {
      // Words that only matter inside a phrase start nothing.
      if (!token.info.active) {
        i++;
        continue;
      }
      const years = yearsAfter(tokens, i);
      if (years) {
        for (const year of years.years) found.push(yearFound(year));
        i = years.next;
        continue;
      }
      const skipTo = ordinalEnd(tokens, i) ?? identifierEnd(tokens, i);
      if (skipTo !== undefined) {
        i = skipTo;
        continue;
      }
      const qualified = readQualified(tokens, i, lexicon);
      if (qualified) {
        found.push(qualified.found);
        i = qualified.next;
        continue;
      }
    }
    const outcome = readMention(tokens, i, lexicon);
    if (outcome?.found) found.push(outcome.found);
    i = outcome ? outcome.next : i + 1;
  }
  return found;
}

/** A qualifier phrase at token `i` and the mention right after it. */
function readQualified(tokens: readonly Token[], i: number, lexicon: Lexicon): { found: Found; next: number } | undefined {
  for (const q of qualifiersAt(tokens, i)) {
    const after = tokens[q.next];
    if (!after || after.gap > 1) continue;
    const outcome = readMention(tokens, q.next, lexicon);
    if (outcome?.found && outcome.found.kind !== "year") {
      return { found: { ...outcome.found, start: q.start, qualifier: q.code }, next: outcome.next };
    }
  }
  return undefined;
}

/** The mention that starts at token `i`: a dual noun, or a number with its percent phrase. */
function readMention(tokens: readonly Token[], i: number, lexicon: Lexicon): Outcome | undefined {
  const token = tokens[i]!;
  if (token.kind === "word") {
    const dual = token.info.dualNoun;
    if (dual) return readDual(tokens, i, token.start + dual.prefixLength, token.end);
  }
  if (token.kind === "word" ? token.info.atoms.length === 0 : token.kind !== "number") return undefined;
  if (isDayOfDate(tokens, i)) return { next: i + 1 };
  const hijri = hijriYearAt(tokens, i, lexicon);
  if (hijri) return { found: yearFound(hijri), next: i + 1 };
  const number = readNumber(tokens, i);
  if (!number) return undefined;
  const found: Found = { start: number.start, end: number.end, value: number.value, kind: "number", form: number.form, decimals: number.decimals };
  const percent = percentAt(tokens, number.next, lexicon);
  if (percent) {
    found.kind = "percent";
    found.end = percent.end;
    return { found, next: percent.next };
  }
  return { found, next: number.next };
}

/** A dual noun (value 2), with an emphatic اثنان/اثنتين after it inside the mention. */
function readDual(tokens: readonly Token[], i: number, start: number, end: number): Outcome {
  const found: Found = { start, end, value: 2, kind: "number", form: "dual", decimals: 0 };
  const next = tokens[i + 1];
  if (next && next.kind === "word" && next.gap <= 1) {
    const two = next.info.atoms.find((r) => r.prefixLength === 0 && r.meaning.atom.kind === "unit" && r.meaning.atom.value === 2 && r.meaning.atom.standalone);
    if (two) return { found: { ...found, end: next.end }, next: i + 2 };
  }
  return { found, next: i + 1 };
}
