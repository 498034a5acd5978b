// Parts of a year ("النصف الأول", "الربع الثالث", "الأشهر الستة الأولى") as the words name them: which part a
// phrase names, the year it belongs to, and the number words inside such a phrase (they name the period, no
// figure). periods.ts reads a clause's periods with them.
import type { PeriodPhrases } from "../types/catalogue-periods.ts";
import type { NumberMention } from "../types/number-mention.ts";
import { formatPeriod, parsePeriod } from "../lib/period.ts";
import { oncePer } from "../lib/once-per.ts";
import { wordIsAny } from "./cue-match.ts";
import { findPhrases, type Phrase, type PhraseMatch } from "./phrases.ts";
import type { Word } from "./words.ts";
import { isYearWord } from "./years.ts";

/** How many words may stand between a part ("النصف الأول", "الربع الأول") or a span word ("منذ") and the year it applies to. */
export const periodWordReach = 3;

/** A part of a year as the catalogue keys it ("H1", "Q3"). */
export type PartCode = string;

/** A year's period with a part ("2021", "H1" → "2021-H1"), or the period itself without one. */
export function withPart(period: string, part: PartCode | undefined): string {
  if (!part) return period;
  return formatPeriod({ year: parsePeriod(period).year, part: { kind: part[0] as "H" | "Q", index: Number(part[1]) } });
}

/** The same part (half, quarter) of `year` as the reference period has, or the whole year. */
export function samePart(year: number, reference: string): string {
  return formatPeriod({ year, part: parsePeriod(reference).part });
}

export type PartMatch = PhraseMatch & { part: PartCode };

/** Prepositions an elided part's ordinal stands alone after: "في الأول", "أنشط من الأول", "عن الأول". */
const elidedPartPrepositions = ["في", "من", "عن"];

/**
 * A part whose noun the sentence said before, its ordinal alone after a preposition: "75 في النصف الثاني، مقابل
 * 74 في الأول" (the first half), "وجاء النصف الثاني أنشط من الأول". Only two-word parts ("نصف" + ordinal), the
 * noun matched in `earlier`.
 */
export function elidedParts(words: readonly Word[], earlier: readonly Word[], parts: PeriodPhrases["parts"]): PartMatch[] {
  const { pairs, ordinals } = ordinalPairsOf(parts);
  let found: PartMatch[] | undefined;
  for (let index = 1; index < words.length; index++) {
    // Cheap tests first: this runs for every clause that names no part.
    if (!elidedPartPrepositions.includes(words[index - 1]!.folded) || !wordIsAny(words[index]!, ordinals)) continue;
    const pair = pairs.find((p) => wordIsAny(words[index]!, p.ordinal) && earlier.some((w) => wordIsAny(w, p.noun)));
    if (pair) (found ??= []).push({ index, start: words[index]!.start, end: words[index]!.end, part: pair.part });
  }
  return found ?? [];
}

interface OrdinalPair {
  part: PartCode;
  noun: readonly string[];
  ordinal: readonly string[];
}

/** The two-word part phrases as (noun, ordinal) pairs, and all their ordinals in one list; worked out once per catalogue. */
const ordinalPairsOf = oncePer((parts: PeriodPhrases["parts"]): { pairs: OrdinalPair[]; ordinals: string[] } => {
  const pairs = Object.entries(parts).flatMap(([part, list]) => list.filter((phrase) => phrase.length === 2).map((phrase) => ({ part, noun: phrase[0]!, ordinal: phrase[1]! })));
  return { pairs, ordinals: [...new Set(pairs.flatMap((p) => p.ordinal))] };
});

/** The part named by a phrase ending at most `periodWordReach` words before word index `at`. */
export function partBefore(parts: readonly PartMatch[], at: number): PartCode | undefined {
  return parts.find((p) => p.index < at && at - p.index <= periodWordReach + 2)?.part;
}

/** How many words may open a clause before the year it opens on: "ففي سنة 2024"، "وفي السنة الماضية". */
const openingYearWords = 2;

/**
 * The one part a clause names after its one year (word index `at`): "ففي السنة الماضية عالج القطب 3420 ملفا في
 * النصف الأول" is that year's first half. Only when the clause opens on the year, or, `ownYear`, the year is the
 * report's own in a yearly report ("وتوزعت ملفات 2024 بين 3420 ملفا في النصف الأول"): not a year later in the clause
 * ("بعد 7215 ملفا سنة 2024 عالج … في النصف الأول", in a report on 2025-H1), whose part may be the report's own.
 */
export function partAfterYear(words: readonly Word[], parts: readonly PartMatch[], at: number, years: number, ownYear = false): PartCode | undefined {
  if (years > 1 || parts.length !== 1 || parts[0]!.index <= at) return undefined;
  if (ownYear) return parts[0]!.part;
  // Opened on the year by "في" or "خلال" alone ("ففي سنة 2024"), not compared with it ("مقارنة مع 2020").
  return at <= openingYearWords && words.slice(0, at).every((w) => openingTimeWord.test(w.folded)) ? parts[0]!.part : undefined;
}

const openingTimeWord = /^[وف]{0,2}(?:في|خلال|سنه|عام)$/u;

/** Where a claim starts that a part's phrase before word index `at` opens ("النصف الأول من 2024"): at that phrase, or at `start`. */
export function spanFromPart(parts: readonly PartMatch[], part: PartCode | undefined, at: number, start: number): number {
  return Math.min(start, ...parts.filter((p) => p.part === part && p.index < at).map((p) => p.start));
}

/** Whether the words right after a part refer it to a year named before: "النصف الثاني منها"; or its noun's pronoun does: "في ربعها الرابع". */
export function refersBack(words: readonly Word[], part: PhraseMatch, phrases: PeriodPhrases): boolean {
  const noun = words[part.index]!.folded;
  if (!noun.startsWith("ال") && /.{3}(?:ها|ه)$/u.test(noun)) return true;
  const next = words.findIndex((w) => w.start >= part.end);
  return next >= 0 && findPhrases(words, phrases.part_of_it).some((m) => m.index === next);
}

/** Every part phrase of `words`, with the part it names, in text order. */
function partsIn(words: readonly Word[], phrases: PeriodPhrases): Array<PhraseMatch & { part: string }> {
  return Object.entries(phrases.parts)
    .flatMap(([part, list]) => findPhrases(words, list).map((m) => ({ ...m, part })))
    .sort((a, b) => a.start - b.start);
}

/** The part of a year the first part phrase of `words` names ("النصف الأول" → "H1"), if any. */
export function partNamed(words: readonly Word[], phrases: PeriodPhrases): PartCode | undefined {
  return partsIn(words, phrases)[0]?.part;
}

/**
 * Whether the words name two different parts of one year side by side ("قارنت بين النصف الأول والنصف الثاني"): no
 * year in digits between them, so the comparisons they frame are between the parts, not a year apart.
 */
export function namesTwoParts(words: readonly Word[], phrases: PeriodPhrases): boolean {
  const named = partsIn(words, phrases);
  // "وجاء النصف الثاني أنشط من الأول": the first half, its noun said once.
  const found = named.length === 0 ? named : [...named, ...elidedParts(words, words, phrases.parts)].sort((a, b) => a.start - b.start);
  const yearBetween = (a: PhraseMatch, b: PhraseMatch) => words.some((w) => w.start >= a.end && w.end <= b.start && isYearWord(w));
  return found.some((a, i) => found.slice(i + 1).some((b) => a.part !== b.part && a.end <= b.start && !yearBetween(a, b)));
}

/** Every phrase naming a part of a year ("النصف الأول", "الربع الثالث"), merged once per catalogue. */
export const allPartPhrases = oncePer((phrases: PeriodPhrases): Phrase[] => Object.values(phrases.parts).flat());

/** Those and the quarters a quarterly report names by ordinal ("الفصل الأول"), merged once per catalogue. */
const partPhrasesWithQuarters = oncePer((phrases: PeriodPhrases): Phrase[] => [...allPartPhrases(phrases), ...(["Q1", "Q2", "Q3", "Q4"] as const).flatMap((q) => phrases.quarterly_report_quarters[q])]);

/** The phrases naming a part of a year in a source about `reference`: with "الفصل الأول" in a report on a part (readPeriods). */
export function partPhrasesIn(reference: string, phrases: PeriodPhrases, quartersByOrdinal = false): Phrase[] {
  return parsePeriod(reference).part === null && !quartersByOrdinal ? allPartPhrases(phrases) : partPhrasesWithQuarters(phrases);
}

/**
 * The number words inside a phrase naming a part of a year ("الأشهر الستة الأولى", "الأشهر الثلاثة الأخيرة"):
 * they name the period, they are no figure. Returns each with the phrase's raw span.
 */
export function numbersNamingParts(words: readonly Word[], mentions: readonly NumberMention[], phrases: PeriodPhrases): Map<NumberMention, { start: number; end: number }> {
  const found = new Map<NumberMention, { start: number; end: number }>();
  if (mentions.length === 0) return found;
  const matches = findPhrases(words, allPartPhrases(phrases));
  for (const mention of mentions) {
    const match = matches.find((m) => mention.start >= m.start && mention.end <= m.end);
    if (match) found.set(mention, match);
  }
  return found;
}
