/**
 * The context that turns digits into something other than a count: calendar years, days of a date, ordinals and
 * identifiers.
 *  - A four-digit integer right after a year marker (سنة 2021، عام 2020، لسنة 2022، سنتي 2020 و2021) or after a
 *    month name (دجنبر 2022, كانون الأول 2022) is a year; so is one followed by هـ (1444 هـ). A list of years
 *    after a marker ("2020 و2021", "2020-2022", "2020، 2021") are all years. The mention is the year digits only.
 *  - A day in a date ("23 دجنبر 2022") is no mention: an integer 1–31 right before a month name is skipped; a
 *    numeric date (23/12/2022) is read by digits.ts, whose year only is a mention.
 *  - Ordinals (الثالث، الخامسة) are not numbers, and an ordinal takes the عشر/عشرة of an ordinal teen (الحادي
 *    عشر) and the و + ten of an ordinal compound (الحادي والعشرين) with it, so none of those become numbers.
 *  - The number right after رقم ("رقم 12", "القانون رقم 31") is an identifier: skipped, however long (digits
 *    after رقم are exempt from the check of exact values).
 */
import type { Lexicon } from "./lexicon.ts";
import { readNumber, type Work } from "./phrase.ts";
import { type NumberToken, type Token, yearListSeparators } from "./tokens.ts";
import type { YearSpan } from "./digits.ts";

/** A four-digit integer without separators, one space or less after what came before. */
function yearTokenAt(tokens: readonly Token[], k: number): NumberToken | undefined {
  const token = tokens[k];
  if (!token || token.kind !== "number" || token.gap > 1) return undefined;
  return token.literal.plainInteger && token.literal.integerDigits === 4 ? token : undefined;
}

/**
 * A year "سنة"/"عام" introduces: a count of the period may follow "السنة" ("عالج خلال هذه السنة 7140 ملفا"), so
 * four digits outside the Gregorian years news write about are no year (a Hijri year follows its month, or
 * carries هـ).
 */
function gregorianYearAt(tokens: readonly Token[], k: number): NumberToken | undefined {
  const token = yearTokenAt(tokens, k);
  return token && token.literal.value >= firstGregorianYear && token.literal.value <= lastGregorianYear ? token : undefined;
}

export const firstGregorianYear = 1900;
export const lastGregorianYear = 2100;

/** A four-digit integer after a month name that can be a year, Hijri ("رمضان 1444") or Gregorian: not "دجنبر 3795" (a count after a span of months). */
function yearAfterMonthAt(tokens: readonly Token[], k: number): NumberToken | undefined {
  const token = yearTokenAt(tokens, k);
  return token && token.literal.value >= firstHijriYear && token.literal.value <= lastGregorianYear ? token : undefined;
}

const firstHijriYear = 1300;

/** The years from token `k` on: one year, then more after و or a list separator. */
function yearList(tokens: readonly Token[], k: number, yearAt = yearTokenAt): { years: YearSpan[]; next: number } | undefined {
  const first = yearAt(tokens, k);
  if (!first) return undefined;
  const years: YearSpan[] = [{ start: first.start, end: first.end, value: first.literal.value }];
  let next = k + 1;
  for (;;) {
    const joiner = tokens[next];
    if (!joiner || joiner.gap > 1) break;
    const joins = (joiner.kind === "word" && joiner.text === "و") || (joiner.kind === "punct" && yearListSeparators.has(joiner.code));
    const year = joins ? yearAt(tokens, next + 1) : undefined;
    if (!year) break;
    years.push({ start: year.start, end: year.end, value: year.literal.value });
    next += 2;
  }
  return { years, next };
}

/** Index of the token after the month name that starts at token `i`, or undefined. */
export function monthEnd(tokens: readonly Token[], i: number): number | undefined {
  const token = tokens[i];
  const reading = token?.kind === "word" ? token.info.month : undefined;
  if (!reading) return undefined;
  for (const rest of reading.meaning.rests) {
    let ok = true;
    for (let w = 0; w < rest.length && ok; w++) {
      const next = tokens[i + 1 + w];
      ok = next !== undefined && next.kind === "word" && next.gap <= 1 && next.text === rest[w];
    }
    if (ok) return i + 1 + rest.length;
  }
  return undefined;
}

/** Years written after a year marker or a month name at token `i`. */
export function yearsAfter(tokens: readonly Token[], i: number): { years: YearSpan[]; next: number } | undefined {
  const token = tokens[i];
  if (!token || token.kind !== "word") return undefined;
  if (token.info.yearMarker) return yearList(tokens, i + 1, gregorianYearAt);
  const afterMonth = monthEnd(tokens, i);
  return afterMonth === undefined ? undefined : yearList(tokens, afterMonth, yearAfterMonthAt);
}

/** A four-digit integer at token `i` followed by هـ: a Hijri year. */
export function hijriYearAt(tokens: readonly Token[], i: number, lexicon: Lexicon): YearSpan | undefined {
  const year = tokens[i]?.kind === "number" ? yearTokenAt(tokens, i) : undefined;
  const suffix = tokens[i + 1];
  if (!year || !suffix || suffix.kind !== "word" || suffix.gap > 1 || !lexicon.hijriYearSuffixes.has(suffix.text)) return undefined;
  return { start: year.start, end: year.end, value: year.literal.value };
}

/** An integer 1–31 at token `i` right before a month name: the day of a date. */
export function isDayOfDate(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i];
  if (!token || token.kind !== "number") return false;
  const { literal } = token;
  if (!literal.plainInteger || literal.integerDigits > 2 || literal.value < 1 || literal.value > 31) return false;
  return token.firstDay === true || (monthEnd(tokens, i + 1) !== undefined && tokens[i + 1]!.gap <= 1);
}

/** What joins the first day of a range of dates to the next: "من 20 إلى 26 يوليوز", "12 و13 يونيو", "3-5 ماي". */
const dayRangeJoiner = /^\s*(إلى|الى|حتى|و|-|–)\s*$/u;

/** Marks the number tokens that open a range of days ending in a date (NumberToken.firstDay). */
export function markFirstDays(tokens: readonly Token[], normalised: string): void {
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.kind !== "number") continue;
    const j = tokens[i + 1]?.kind === "word" && (tokens[i + 1] as { text: string }).text === "و" ? i + 2 : i + 1;
    const next = tokens[j];
    if (next?.kind === "number" && isDayOfDate(tokens, j) && dayRangeJoiner.test(normalised.slice(token.end, next.start))) token.firstDay = true;
  }
}

/** If token `i` is an ordinal, the index after it and the عشر or و + ten that belongs to it. */
export function ordinalEnd(tokens: readonly Token[], i: number): number | undefined {
  const token = tokens[i];
  if (!token || token.kind !== "word" || !token.info.ordinal) return undefined;
  const next = tokens[i + 1];
  if (!next || next.kind !== "word" || next.gap > 1) return i + 1;
  for (const r of next.info.atoms) {
    const atom = r.meaning.atom;
    if (r.prefixLength === 0 && atom.kind === "unit" && atom.teenTail) return i + 2;
    if (r.conjunction && atom.kind === "ten") return i + 2;
  }
  if (next.text === "و") {
    const ten = tokens[i + 2];
    if (ten && ten.kind === "word" && ten.gap <= 1 && ten.info.atoms.some((r) => r.prefixLength === 0 && r.meaning.atom.kind === "ten")) return i + 3;
  }
  return i + 1;
}

/**
 * If token `i` is رقم (with its clitics), the index after the identifier that follows it. "الرقم" after a verb
 * of being or reaching is the figure itself ("كان الرقم 5800"): no identifier.
 */
export function identifierEnd(tokens: readonly Token[], i: number, work?: Work): number | undefined {
  const token = tokens[i];
  if (!token || token.kind !== "word" || !token.info.identifierMarker || token.figure) return undefined;
  const next = tokens[i + 1];
  if (!next || next.gap > 1) return i + 1;
  if (next.kind === "number" || next.kind === "years" || next.kind === "tagged") return i + 2;
  return readNumber(tokens, i + 1, work)?.next ?? i + 1;
}
