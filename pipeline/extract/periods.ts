// The period a figure describes, from the words and years of its clause: the source's reference period unless
// the clause names another ("مقابل 41 سنة 2021", "العام الماضي", "خلال النصف الأول من السنة الماضية"). Two
// different periods in one clause, or a span ("منذ 2015"), leave the period unclear: the figure is held back.
import type { PeriodPhrases } from "../types/catalogue-periods.ts";
import type { NumberMention } from "../types/number-mention.ts";
import { formatPeriod, parsePeriod, previousYearPeriod } from "../lib/period.ts";
import { findPhrases, type Phrase, type PhraseMatch } from "./phrases.ts";
import type { Word } from "./words.ts";

/** Words and years of one side of a clause. */
export interface PeriodScope {
  words: readonly Word[];
  years: readonly NumberMention[];
}

export interface PeriodClaim {
  period: string;
  /** Raw span of the words that name it. */
  start: number;
  end: number;
}

export type PeriodReading = { claims: PeriodClaim[] } | { unclear: string; start: number; end: number };

/** How many words may stand between a half ("النصف الأول") or a span word ("منذ") and the year it applies to. */
const reach = 3;

function withHalf(period: string, half: "H1" | "H2" | undefined): string {
  if (!half) return period;
  return formatPeriod({ year: parsePeriod(period).year, part: { kind: "H", index: half === "H1" ? 1 : 2 } });
}

/** The same part (half, quarter) of `year` as the reference period has, or the whole year. */
function samePart(year: number, reference: string): string {
  return formatPeriod({ year, part: parsePeriod(reference).part });
}

function wordIndexBefore(words: readonly Word[], offset: number): number {
  let index = -1;
  for (let i = 0; i < words.length && words[i]!.end <= offset; i++) index = i;
  return index;
}

/** The half named by a phrase ending at most `reach` words before word index `at`. */
function halfBefore(halves: ReadonlyArray<PhraseMatch & { half: "H1" | "H2" }>, at: number): "H1" | "H2" | undefined {
  return halves.find((h) => h.index < at && at - h.index <= reach + 2)?.half;
}

/** What "the previous year" means where it is said. */
export interface PeriodContext {
  /** The year the text was published, when known. */
  publishedYear: number | null;
  /** The side read is a comparison by position (the base of a change), whatever its words. */
  comparison: boolean;
}

/**
 * "The previous year": in a comparison, the period before the figure's; elsewhere the year before the text was
 * published ("خلال السنة المنصرمة" in January 2023 is 2022), unknown when the publication date is.
 */
function previousYear(reference: string, comparison: boolean, context: PeriodContext): string | null {
  if (comparison) return previousYearPeriod(reference);
  return context.publishedYear === null ? null : samePart(context.publishedYear - 1, reference);
}

/**
 * What one side of a clause says of the period, relative to `reference` (the source's reference period, or
 * for a base period the figure's own period).
 */
export function readPeriods(scope: PeriodScope, reference: string, phrases: PeriodPhrases, context: PeriodContext): PeriodReading {
  const { words } = scope;
  const find = (list: readonly Phrase[]) => findPhrases(words, list);
  const halves = [...find(phrases.halves.H1).map((m) => ({ ...m, half: "H1" as const })), ...find(phrases.halves.H2).map((m) => ({ ...m, half: "H2" as const }))];
  const spans = find(phrases.spans);
  const samePeriod = find(phrases.same_period).length > 0;
  const referenceHasPart = parsePeriod(reference).part !== null;
  const claims: PeriodClaim[] = [];
  for (const year of scope.years) {
    const at = wordIndexBefore(words, year.start) + 1;
    const span = spans.find((s) => s.index < at && at - s.index <= reach);
    if (span) return { unclear: `it spans several periods ("… ${year.value}")`, start: span.start, end: year.end };
    const half = halfBefore(halves, at);
    const start = Math.min(year.start, ...halves.filter((h) => h.half === half && h.index < at).map((h) => h.start));
    if (half) claims.push({ period: withHalf(String(year.value), half), start, end: year.end });
    else if (year.value === parsePeriod(reference).year) claims.push({ period: reference, start, end: year.end });
    else if (!referenceHasPart || samePeriod) claims.push({ period: samePart(year.value, reference), start, end: year.end });
    else return { unclear: `the text does not say whether ${year.value} is the whole year or the same part of it as ${reference}`, start: year.start, end: year.end };
  }
  const comparison = context.comparison || find(phrases.comparisons).length > 0;
  for (const match of find(phrases.previous_year)) {
    const period = previousYear(reference, comparison, context);
    if (period === null) return { unclear: "it names \"the previous year\" outside a comparison, and the text's publication date is not known", start: match.start, end: match.end };
    claims.push({ period: withHalf(period, halfBefore(halves, match.index)), start: match.start, end: match.end });
  }
  for (const match of find(phrases.current_period)) {
    claims.push({ period: withHalf(reference, halfBefore(halves, match.index)), start: match.start, end: match.end });
  }
  if (claims.length === 0 && halves.length > 0 && !referenceHasPart) {
    const half = halves[0]!;
    claims.push({ period: withHalf(reference, half.half), start: half.start, end: half.end });
  }
  return { claims };
}

/** The single period the claims agree on, undefined when there is none, or the two that disagree. */
export function agreedPeriod(claims: readonly PeriodClaim[]): { period: PeriodClaim } | { none: true } | { conflict: [PeriodClaim, PeriodClaim] } {
  const [first] = claims;
  if (!first) return { none: true };
  const other = claims.find((c) => c.period !== first.period);
  return other ? { conflict: [first, other] } : { period: first };
}
