/**
 * Finds every quantity in Arabic text: one pass to normalise, one to tokenise, one left-to-right scan over the
 * tokens (each token is read a bounded number of times), so the time is linear in the length of the text.
 *
 * Span convention (offsets are JavaScript string indices into the text exactly as given, end exclusive):
 *  - A mention starts at its qualifier if it has one ("أكثر من 40 في المائة"), otherwise at its first digit or
 *    number word. Clitics attached in front (و، ف، ب، ل، ك، ال and their combinations, "بـ" with its tatweel)
 *    are left out: "بأكثر من" starts at "أكثر", "و800" at "8", "الـ24" at "2". A minus sign or word is part of
 *    the number ("-5", "سالب 5", "ناقص ثلاثة").
 *  - It ends at its last number word, scale word, digit, or percent sign or phrase: "في المائة", "%" and "٪" are
 *    inside it and make it kind `percent`. "5 آلاف و800" is one mention (5800, form mixed).
 *  - Diacritics and tatweel written on its last word are inside it ("خَمْسُ"); invisible bidi and zero-width
 *    marks around it are not.
 *  - A calendar year (after سنة/عام or a month name, or before هـ) is kind `year` and its span is the year
 *    digits only. A day before a month name is no mention at all (see calendar.ts).
 *  - A date, a time of day, an IP address or a phone number written in digits (see digit-shapes.ts) is kind
 *    `date`, `time` or `identifier`, spans all of it ("12/05/2022", "10:30", "192.168.1.1", "05 22 12 34 56"),
 *    and has for value its first number (12, 10, 192, 522). None of them is ever a figure.
 *  - A counted noun in the dual (عمليتين) is one mention of value 2, form `dual`, spanning the noun (and an
 *    emphatic اثنتين after it: "عمليتين اثنتين").
 * Not mentions: ordinals, identifiers after رقم, vague quantities (عشرات "dozens of", مئات, آلاف or ملايين on
 * their own, بضعة): they give no definite number, so a data journalist could not check one against the text.
 * `decimals` is the count of digits written after the decimal separator (0 for integers and words); for a
 * figure with a scale word it counts the digits of the written figure ("2,5 مليون" → 1).
 * Digits that a JavaScript number cannot hold exactly (a 17-digit integer) are an UnsafeNumberError naming their
 * offsets, never a dropped or rounded mention; digits after رقم and other identifiers are exempt.
 */
import type { NumberMention } from "../../types/number-mention.ts";
import { type CompactNormalised, foldWord, normaliseCompact, onlyQuotesChange, type OffsetRuns, rawOffset, rawSpan } from "../normalise.ts";
import { withAscendingOrders } from "./ascending.ts";
import { firstGregorianYear, hijriYearAt, identifierEnd, isDayOfDate, lastGregorianYear, markFirstDays, ordinalEnd, yearsAfter } from "./calendar.ts";
import type { YearSpan } from "./digits.ts";
import { type Lexicon, lexicon as loadLexicon, type QualifierCode } from "./lexicon.ts";
import { readNumber, type Work } from "./phrase.ts";
import { endsPercentPhrase, percentAt, qualifiersAt } from "./qualifiers.ts";
import { type Token, tokenize } from "./tokens.ts";
import { UnsafeNumberError } from "./unsafe.ts";

/** A mention with offsets in the normalised text. */
export interface Found {
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

/** What one call did, for tests that check the work grows linearly with the text: tokens read, grammar steps tried. */
export interface RecognizerWork extends Work {
  tokens: number;
}

/** Every quantity in `text` (see above). Normalises the text first; recognizeNormalised skips that when it is done. */
export function recognizeNumbers(text: string, work?: RecognizerWork): NumberMention[] {
  const { text: normalised, runs } = scannable(text);
  return recognizeNormalised(text, normalised, runs, work);
}

/**
 * The same as recognizeNumbers(text), for a caller that has already normalised the text: `normalised` and `runs`
 * are what normaliseCompact(text) gives (pipeline/arabic/normalise.ts), as the ingest stage keeps them.
 */
export function recognizeNormalised(text: string, normalised: string, runs: OffsetRuns, work: RecognizerWork = { tokens: 0, steps: 0 }): NumberMention[] {
  const lexicon = loadLexicon();
  const tokens = tokenize(normalised, lexicon);
  markTanween(tokens, text, runs);
  markFigureMarkers(tokens, normalised, lexicon);
  markCountingArticles(tokens, normalised, lexicon);
  markFirstDays(tokens, normalised);
  markParenthesised(tokens, normalised);
  work.tokens += tokens.length;
  let found: Found[];
  try {
    found = withQualifiersAfter(withApproximationSigns(withAscendingOrders(findMentions(tokens, lexicon, work), normalised), normalised), normalised, lexicon);
  } catch (error) {
    if (!(error instanceof UnsafeNumberError)) throw error;
    const [start, end] = rawSpan(text, runs, error.start, error.end);
    throw new UnsafeNumberError(start, end, error.digits);
  }
  return found.map((found) => {
    const [start, end] = rawSpan(text, runs, found.start, found.end);
    const { value, kind, qualifier, form, decimals } = found;
    const slice = text.slice(start, end);
    return qualifier ? { text: slice, value, kind, start, end, qualifier, form, decimals } : { text: slice, value, kind, start, end, form, decimals };
  });
}

/**
 * A number right after an approximation sign ("📁 الملفات: ≈ 4500 ملف", "~4500") is approximate, as after "حوالي":
 * the mention starts at the sign. Not a sign glued to a word or a number before it.
 */
function withApproximationSigns(found: Found[], normalised: string): Found[] {
  for (const mention of found) {
    if (mention.qualifier !== undefined || mention.kind === "year") continue;
    const sign = approximationSignBefore.exec(normalised.slice(Math.max(0, mention.start - 8), mention.start));
    if (!sign) continue;
    mention.start -= sign[1]!.length;
    mention.qualifier = "approx";
  }
  return found;
}

/** The word right after a number, one space or none between: where a qualifier written after it stands. */
const wordAfterNumber = /^[^\S\n]?(\p{L}+)/u;

/**
 * A count bounded by a word after it ("أربعين ونيفا من المبحوث عنهم", forty-odd: more than forty; lexicon
 * qualifiers.json "after"): the qualifier is the mention's, which runs to the end of the word.
 */
function withQualifiersAfter(found: Found[], normalised: string, lexicon: Lexicon): Found[] {
  for (const mention of found) {
    if (mention.qualifier !== undefined || mention.kind !== "number") continue;
    const word = wordAfterNumber.exec(normalised.slice(mention.end, mention.end + 12));
    const code = word ? lexicon.qualifiersAfter.get(foldWord(word[1]!)) : undefined;
    if (code === undefined) continue;
    mention.end += word![0].length;
    mention.qualifier = code;
  }
  return found;
}

/**
 * "≈", "∼" or "~" with one space or none before a number, at the start of the text or a line, after a colon, "(" or a
 * space; not after a number or a percentage, where it says two quantities are about equal ("× 100 ≈ 11,8").
 */
const approximationSignBefore = /(?:^|[:(\n]|(?<![\p{Nd}%٪][^\S\n]*)[^\S\n])([≈∼~][^\S\n]?)$/u;

/**
 * Marks "الرقم" as the figure, not an identifier's marker (WordToken.figure): after a verb of being or reaching
 * ("كان الرقم 5800"), or before digits whose parenthesis names what they count ("مع الرقم 131 (إنابة قضائية)");
 * and "رقم" before digits followed by the accusative noun they count ("استوقفني رقم 4677 ملفا").
 */
function markFigureMarkers(tokens: readonly Token[], normalised: string, lexicon: Lexicon): void {
  for (const token of tokens) {
    if (token.kind !== "word" || !token.info.identifierMarker) continue;
    const after = normalised.slice(token.end, token.end + 40);
    if (countedAfter(after, lexicon)) token.figure = true;
    if (!token.text.startsWith("ال")) continue;
    const before = /(\S+)\s+$/u.exec(normalised.slice(Math.max(0, token.start - 24), token.start));
    if ((before && lexicon.figureVerbs.has(foldWord(before[1]!))) || countNamedAfter.test(after)) token.figure = true;
  }
}

/** An indefinite noun in the accusative right after a word: "شخصا", "ملفا" (not "الملفات", nor another number word). */
const accusativeNounAfter = /^[^\S\n]+(?!ال)\p{L}{2,}ا(?=[\s\p{P}]|$)/u;

/** Whether a qualifier phrase ends right before token `i` ("ما يقارب الثلاثين"). */
const qualifiedAt = (tokens: readonly Token[], i: number): boolean => [1, 2, 3].some((n) => i >= n && qualifiersAt(tokens, i - n).some((q) => q.next === i));

/**
 * Whether the words after token `i` are what a number ending there counts: an indefinite noun in the accusative
 * (not a verb's plural, "ضبطوا"), or, after a qualifier, a percent sign ("ما يقارب الثلاثين في المائة"; without one,
 * "بعيدة عن الخمسين في المائة التي روجت" recalls a figure).
 */
function countedAfterWord(tokens: readonly Token[], i: number, qualified: boolean, normalised: string, lexicon: Lexicon): boolean {
  const token = tokens[i]!;
  if (qualified && percentAt(tokens, i + 1, lexicon)) return true;
  // The noun is no number word of its own: the next token, if any, starts past it.
  const noun = accusativeNounAfter.exec(normalised.slice(token.end, token.end + 24));
  const next = tokens[i + 1];
  return noun !== null && !noun[0].endsWith("وا") && (!next || next.start >= token.end + noun[0].length);
}

const isDefinite = (token: Token | undefined, kind: "ten" | "unit", conjunction = false): boolean =>
  token?.kind === "word" && token.text.startsWith(conjunction ? "وال" : "ال") && token.info.atoms.some((r) => r.definite && r.conjunction === conjunction && r.meaning.atom.kind === kind);

/**
 * Marks the definite number words that begin a number only before what it counts (WordToken.countsNext): a
 * definite ten followed by the indefinite accusative noun or, after a qualifier, the percent sign ("من بين الثمانين
 * شخصا", "ما يقارب الثلاثين في المائة"; not "القرن العشرين"), and a definite unit joined to such a ten ("الاثنين
 * والسبعين شخصا", not Monday).
 */
function markCountingArticles(tokens: readonly Token[], normalised: string, lexicon: Lexicon): void {
  tokens.forEach((token, i) => {
    if (token.kind !== "word") return;
    if (isDefinite(token, "ten") && countedAfterWord(tokens, i, qualifiedAt(tokens, i), normalised, lexicon)) token.countsNext = true;
    else if (isDefinite(token, "unit") && isDefinite(tokens[i + 1], "ten", true) && countedAfterWord(tokens, i + 1, qualifiedAt(tokens, i), normalised, lexicon)) token.countsNext = true;
  });
}

/**
 * Digits, then an indefinite noun in the accusative, what they count ("رقم 4677 ملفا"): no identifier's ("رقم 12"),
 * nor one followed by a particle or an adverb ("بالرقم 19 إذا احتجتم"، "الرقم 19 مجانا"; context.json identifierAdverbs).
 */
function countedAfter(after: string, lexicon: Lexicon): boolean {
  const noun = /^\s+\p{Nd}+\s+(?!ال)(\p{L}{3,}ا)(?=[\s\p{P}]|$)/u.exec(after);
  return noun !== null && !lexicon.identifierAdverbs.has(foldWord(noun[1]!));
}

/**
 * Digits, then a parenthesis opening on an indefinite word and another ("الرقم 131 (إنابة قضائية)", "الرقم 98 (أمرا
 * دوليا بإلقاء القبض)"): what they count; an identifier's parenthesis qualifies it ("الرقم 19 (مجاني)", "(الرقم الأخضر)").
 */
const countNamedAfter = /^\s+\p{Nd}+\s*\(\s*(?!ال)\p{L}+\s+\p{L}/u;

const TANWEEN_FATHA = 0x064b;

/** Marks the accusative scale words (ألفا) written with tanween fatha in the raw text (see WordToken.tanween). */
function markTanween(tokens: readonly Token[], text: string, runs: OffsetRuns): void {
  for (const token of tokens) {
    if (token.kind !== "word" || !token.info.atoms.some((r) => r.meaning.atom.kind === "scale" && r.meaning.atom.number === "accusative")) continue;
    // The raw span of a word runs to the next kept character, so it holds the marks written on its last letters.
    const end = rawOffset(runs, token.end);
    for (let k = rawOffset(runs, token.start); k < end; k++) {
      if (text.charCodeAt(k) === TANWEEN_FATHA) {
        token.tanween = true;
        break;
      }
    }
  }
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

function findMentions(tokens: readonly Token[], lexicon: Lexicon, work: Work): Found[] {
  const found: Found[] = [];
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i]!;
    if (token.kind === "years") {
      for (const year of token.years) found.push(yearFound(year));
      i++;
      continue;
    }
    if (token.kind === "tagged") {
      found.push({ start: token.start, end: token.end, value: token.value, kind: token.tag, form: "digits", decimals: 0 });
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
      const spelled = yearInWordsAfter(tokens, i, work);
      if (spelled) {
        found.push(spelled.found);
        i = spelled.next;
        continue;
      }
      const skipTo = ordinalEnd(tokens, i) ?? identifierEnd(tokens, i, work);
      if (skipTo !== undefined) {
        i = skipTo;
        continue;
      }
      const qualified = readQualified(tokens, i, lexicon, work, comparesPercentBefore(found, token));
      if (qualified) {
        found.push(qualified.found);
        i = qualified.next;
        continue;
      }
    }
    const outcome = readMention(tokens, i, lexicon, work);
    if (outcome?.found) found.push(outcome.found);
    i = outcome ? outcome.next : i + 1;
  }
  return found;
}

/**
 * A year written in words after an indefinite year marker ("خلال سنة ألفين وأربعة وعشرين", "عام ألفين"): the
 * construct names the year. After "السنة" a number may be the year's count ("عالج خلال السنة ألفين ملف"), as
 * words outside the Gregorian years news write about are.
 */
function yearInWordsAfter(tokens: readonly Token[], i: number, work: Work): { found: Found; next: number } | undefined {
  const marker = tokens[i]!;
  const next = tokens[i + 1];
  if (marker.kind !== "word" || !marker.info.yearMarker || /^(?:[وفبلك]?ال|لل)/u.test(marker.text) || next?.kind !== "word" || next.gap > 1) return undefined;
  const number = readNumber(tokens, i + 1, work);
  if (!number || number.form !== "words" || number.decimals !== 0 || number.value < firstGregorianYear || number.value > lastGregorianYear) return undefined;
  return { found: { start: number.start, end: number.end, value: number.value, kind: "year", form: "words", decimals: 0 }, next: number.next };
}

/** Whether the word at `token` follows a percentage right before it, one space or less apart. */
function comparesPercentBefore(found: readonly Found[], token: Token): boolean {
  const last = found.at(-1);
  return last?.kind === "percent" && token.start - last.end <= 1 && token.gap <= 1;
}

const bounds: ReadonlySet<string> = new Set(["gt", "gte", "lt", "lte"]);

/**
 * A qualifier phrase at token `i` and the mention right after it. After a percentage (`afterPercent`), a bound
 * with no conjunction is the percentage's comparative ("أي 8,8% أكثر من 2022", "25 في المائة أقل من السنة
 * الماضية": a change more than the year after it), no bound of the number after it ("بـ7 في المائة ونحو 160" is).
 */
function readQualified(tokens: readonly Token[], i: number, lexicon: Lexicon, work: Work, afterPercent: boolean): { found: Found; next: number } | undefined {
  for (const q of qualifiersAt(tokens, i)) {
    if (afterPercent && bounds.has(q.code) && q.start === tokens[i]!.start) continue;
    const after = tokens[q.next];
    // "ناهز (29) في المئة": past the opening parenthesis of a number alone in parentheses.
    if (!after || (after.gap > 1 && !(after.kind === "number" && after.parenthesised && after.start - tokens[q.next - 1]!.end <= pastParenthesis))) continue;
    // "أكثر من %40": past a percent sign typed before the number.
    const at = after.kind === "punct" && signBefore(tokens, q.next + 1, lexicon) ? q.next + 1 : q.next;
    const outcome = readMention(tokens, at, lexicon, work);
    if (outcome?.found && outcome.found.kind !== "year") {
      return { found: { ...outcome.found, start: q.start, qualifier: q.code }, next: outcome.next };
    }
  }
  return undefined;
}

/** The mention that starts at token `i`: a dual noun, a negative number, or a number with its percent phrase. */
function readMention(tokens: readonly Token[], i: number, lexicon: Lexicon, work: Work): Outcome | undefined {
  const token = tokens[i]!;
  if (token.kind === "number" && !token.literal.exact) throw new UnsafeNumberError(token.start, token.end, token.literal.digits.length);
  if (token.kind === "word") {
    const dual = token.info.dualNoun;
    if (dual) return readDual(tokens, i, token.start + dual.prefixLength, token.end);
    const minus = token.info.minus;
    if (minus) return readNegative(tokens, i, token.start + minus.prefixLength, lexicon, work);
    if (endsPercentPhrase(tokens, i, lexicon)) return undefined;
  }
  if (token.kind === "word" ? token.info.atoms.length === 0 : token.kind !== "number") return undefined;
  if (isDayOfDate(tokens, i)) return { next: i + 1 };
  const hijri = hijriYearAt(tokens, i, lexicon);
  if (hijri) return { found: yearFound(hijri), next: i + 1 };
  const number = readNumber(tokens, i, work);
  if (!number) return undefined;
  const found: Found = { start: number.start, end: number.end, value: number.value, kind: "number", form: number.form, decimals: number.decimals };
  const percent = percentAt(tokens, number.next, lexicon) ?? percentPastParenthesis(tokens, i, number.next, lexicon);
  if (percent) {
    found.kind = "percent";
    found.end = percent.end;
    return { found, next: percent.next };
  }
  if (signBefore(tokens, i, lexicon)) {
    found.kind = "percent";
    found.start = tokens[i - 1]!.start;
  }
  return { found, next: number.next };
}

/** Marks each number alone in parentheses, the marks right against it: "(29)", "(14,3)". */
function markParenthesised(tokens: readonly Token[], normalised: string): void {
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const next = tokens[i + 1];
    if (token.kind === "number" && normalised[token.start - 1] === "(" && normalised[token.end] === ")" && (!next || next.start > token.end + 1)) token.parenthesised = true;
  }
}

/** How many characters a parenthesis and a space may put between a number alone in parentheses and its neighbours: " (", ") ". */
const pastParenthesis = 2;

/** "ناهز (29) في المئة": a number alone in parentheses, its percent phrase right after them. */
function percentPastParenthesis(tokens: readonly Token[], i: number, next: number, lexicon: Lexicon): { end: number; next: number } | undefined {
  const token = tokens[i]!;
  const after = tokens[next];
  if (token.kind !== "number" || !token.parenthesised || next !== i + 1 || !after || after.start - token.end > pastParenthesis) return undefined;
  return percentAt(tokens, next, lexicon, after.gap);
}

/**
 * "%24": a percent sign typed before the number, as right-to-left pages often store it, with nothing between them;
 * not the sign of a number before it ("24% 40").
 */
function signBefore(tokens: readonly Token[], i: number, lexicon: Lexicon): boolean {
  const sign = tokens[i - 1];
  const number = tokens[i];
  if (sign?.kind !== "punct" || !lexicon.percentSigns.has(sign.code) || number === undefined || number.gap > 0) return false;
  const before = tokens[i - 2];
  return !(before !== undefined && sign.gap <= 1 && (before.kind === "number" || (before.kind === "word" && before.info.atoms.length > 0)));
}

/**
 * سالب/ناقص right before a number (one space or less), at token `i`: the number, negative. After a number they
 * are the operator, as a dash is ("5 ناقص 3", "5 - 3"), and the numbers on both sides stay positive.
 */
function readNegative(tokens: readonly Token[], i: number, start: number, lexicon: Lexicon, work: Work): Outcome | undefined {
  const before = tokens[i - 1];
  const operator = before !== undefined && tokens[i]!.gap <= 1 && (before.kind === "number" || before.kind === "tagged" || (before.kind === "word" && before.info.atoms.length > 0));
  const next = tokens[i + 1];
  // "ناقص ناقص 5": only the last one is the sign (and a run of them costs no recursion).
  if (operator || !next || next.gap > 1 || (next.kind === "word" && (next.info.dualNoun || next.info.minus))) return undefined;
  const outcome = readMention(tokens, i + 1, lexicon, work);
  const found = outcome?.found;
  if (!found || (found.kind !== "number" && found.kind !== "percent") || found.value < 0 || Object.is(found.value, -0)) return outcome;
  return { found: { ...found, start, value: found.value === 0 ? 0 : -found.value }, next: outcome.next };
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
