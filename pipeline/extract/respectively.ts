// "على التوالي" (respectively) pairs coordinated figures with coordinated years in order: "بلغ عدد الملفات
// 5800 و6312 ملفا في 2022 و2023 على التوالي" is 5800 in 2022 and 6312 in 2023. Each figure's clause alone
// would give both the reference period, so the pairing is read for the sentence first; when the figures and
// years before "على التوالي" cannot be paired one to one, every figure of that stretch is held back. A part named
// before the years is each year's ("3420 و3690 ملفا في النصف الأول من سنتي 2024 و2025"); in a report on a part of
// a year, years with no part named may be whole years or that part, and are not paired. In a yearly report the years
// may also follow the marker, listed or as a span ("على التوالي خلال الفترة الممتدة من 2019 إلى 2024").
import { parsePeriod } from "../lib/period.ts";
import type { PeriodPhrases } from "../types/catalogue-periods.ts";
import type { NumberMention } from "../types/number-mention.ts";
import { wordIsAny, wordMatchesAny } from "./cue-match.ts";
import { grammarWords } from "./grammar-words.ts";
import { type PeriodClaim } from "./periods.ts";
import { partNamed, withPart } from "./year-parts.ts";
import { findPhrases } from "./phrases.ts";
import { type Word, wordsWithin } from "./words.ts";

export interface Respective {
  /** The period each paired figure takes. */
  periods: Map<NumberMention, PeriodClaim>;
  /** Figures of a stretch that could not be paired. */
  unpaired: Set<NumberMention>;
}

/** Between two coordinated figures or years: "و" and at most a counted noun ("5800 ملف و6312 ملفا"). */
const coordinationGap = 2;

const isFigure = (m: NumberMention) => m.kind === "number" || m.kind === "percent";

export function coordinated(text: string, words: readonly Word[], a: NumberMention, b: NumberMention): boolean {
  const gap = wordsWithin(words, a.end, b.start);
  const joined = text[b.start - 1] === "و" || gap.some((w) => w.folded === "و");
  return joined && gap.length <= coordinationGap && !/[.؛;!?؟]/u.test(text.slice(a.end, b.start));
}

/** The run of mentions ending with `last` (in `list`), each coordinated with the next. */
export function runEndingAt(text: string, words: readonly Word[], list: readonly NumberMention[], last: number): NumberMention[] {
  const run = [list[last]!];
  for (let i = last - 1; i >= 0 && coordinated(text, words, list[i]!, run[0]!); i--) run.unshift(list[i]!);
  return run;
}

/** The pairings of one sentence's mentions (in text order). */
export function respectively(text: string, words: readonly Word[], sentence: { start: number; end: number }, mentions: readonly NumberMention[], reference: string, phrases: PeriodPhrases): Respective {
  const result: Respective = { periods: new Map(), unpaired: new Set() };
  const sentenceWords = wordsWithin(words, sentence.start, sentence.end);
  const at = sentenceWords.findIndex((w) => wordIsAny(w, grammarWords.respectively));
  const marker = sentenceWords[at];
  // "للسنة الثالثة على التوالي": in a row, not respectively.
  if (!marker || sentenceWords.slice(Math.max(0, at - 3), at).some((w) => wordIsAny(w, grammarWords.in_a_row))) return result;
  const before = mentions.filter((m) => m.end <= marker.start);
  const figures = before.filter(isFigure);
  const lastFigure = figures.at(-1);
  if (!lastFigure) return result;
  const years = before.filter((m) => m.kind === "year" && m.start > lastFigure.end);
  const yearRun: NamedYear[] = years.length > 0 ? runEndingAt(text, words, years, years.length - 1).map((y) => ({ year: y.value, start: y.start, end: marker.end })) : [];
  const figureRun = runEndingAt(text, words, figures, figures.length - 1);
  const part = yearRun[0] ? partBeforeYears(wordsWithin(words, lastFigure.end, yearRun[0].start), reference, phrases) : undefined;
  // "… 3540 و3718 مذكرة على التوالي خلال الفترة الممتدة من 2019 إلى 2024": the years may follow the marker.
  const paired = yearRun.length >= 2 ? yearRun : parsePeriod(reference).part === null ? yearsAfterMarker(text, words, mentions, marker, sentence, phrases) : [];
  if (paired.length < 2 || paired.length !== figureRun.length || (parsePeriod(reference).part !== null && !part)) {
    for (const figure of figureRun) result.unpaired.add(figure);
    return result;
  }
  figureRun.forEach((figure, i) => {
    const { year, start, end } = paired[i]!;
    result.periods.set(figure, { period: withPart(String(year), part), start, end });
  });
  return result;
}

/** A year a figure is paired with, and the words that say so. */
interface NamedYear {
  year: number;
  start: number;
  end: number;
}

/** How many words may stand between "على التوالي" and the years after it: "خلال الفترة الممتدة من". */
const yearsAfterReach = 5;

/**
 * The years named right after the marker, in order: coordinated ("على التوالي خلال سنوات 2019 و2020 و2021"), or
 * the two ends of a span, every year between them ("على التوالي خلال الفترة الممتدة من 2019 إلى 2024").
 */
function yearsAfterMarker(text: string, words: readonly Word[], mentions: readonly NumberMention[], marker: Word, sentence: { start: number; end: number }, phrases: PeriodPhrases): NamedYear[] {
  const next = mentions.findIndex((m) => m.start >= marker.end && m.end <= sentence.end);
  const first = mentions[next];
  if (!first || first.kind !== "year" || /[،,؛;:]/u.test(text.slice(marker.end, first.start))) return [];
  const lead = wordsWithin(words, marker.end, first.start);
  if (lead.length > yearsAfterReach) return [];
  let last = next;
  while (mentions[last + 1]?.kind === "year" && coordinated(text, words, mentions[last]!, mentions[last + 1]!)) last++;
  if (last > next) return mentions.slice(next, last + 1).map((y) => ({ year: y.value, start: marker.start, end: y.end }));
  const end = mentions[next + 1];
  const between = end ? wordsWithin(words, first.end, end.start) : [];
  const span = end?.kind === "year" && end.value > first.value && lead.length > 0 && wordMatchesAny(lead.at(-1)!.folded, phrases.month_ranges.from) && between.length === 1 && wordIsAny(between[0]!, phrases.month_ranges.to);
  if (!span) return [];
  return Array.from({ length: end.value - first.value + 1 }, (_, i) => ({ year: first.value + i, start: marker.start, end: end.end }));
}

/** The part of each year the words before the years name: a part ("في النصف الأول من سنتي"), or the report's own ("في الفترة نفسها من 2016 و2015"). */
function partBeforeYears(words: readonly Word[], reference: string, phrases: PeriodPhrases): string | undefined {
  const named = partNamed(words, phrases);
  if (named) return named;
  const own = parsePeriod(reference).part;
  return own && findPhrases(words, phrases.same_period).length > 0 ? reference.slice(5) : undefined;
}
