// A "then and now" list gives each label two values, one said "then" and one said "now": "الملفات وطلبات
// المعلومات: 960 آنذاك، 1810 اليوم (+89 %)". "Now" is the text's own period; "then" is the one earlier period the
// lines right above the list name ("أرقام الربع الأول من 2025 في مقابل أرقام الربع نفسه من سنة 2020"). When those
// lines name no single earlier period, the "then" values are held back (their period is unclear), not guessed.
import type { PeriodPhrases } from "../types/catalogue-periods.ts";
import type { NumberMention } from "../types/number-mention.ts";
import { periodBefore } from "../lib/period.ts";
import { wordIsAny } from "./cue-match.ts";
import { grammarWords } from "./grammar-words.ts";
import { agreedPeriod, type PeriodContext, readPeriods } from "./periods.ts";
import type { SlashPeriods } from "./slash-legend.ts";
import { firstWordAt, type Word, wordsWithin } from "./words.ts";

/** How many lines above a list its introduction may stand (a heading, an empty line, the sentence introducing it). */
const introReach = 4;

/** A value and the word after it that says "then" or "now". */
interface Said {
  mention: NumberMention;
  word: Word;
}

interface Pair {
  then: Said[];
  now: Said[];
  /** The text's offset where the pair's line starts. */
  lineStart: number;
}

/** The word right after a mention, if it is on the same line. */
function wordAfter(text: string, words: readonly Word[], mention: NumberMention): Word | undefined {
  const word = words[firstWordAt(words, mention.end)];
  return word && !text.slice(mention.end, word.start).includes("\n") ? word : undefined;
}

/** The word right before a mention, spaces only between ("الأمس 2760 / اليوم 3104"). */
function wordBefore(text: string, words: readonly Word[], mention: NumberMention): Word | undefined {
  const word = words[firstWordAt(words, mention.start) - 1];
  return word && /^[^\S\n]*$/u.test(text.slice(word.end, mention.start)) ? word : undefined;
}

/** Which side of the list a word says a value is on, if it says one. */
const sideOf = (word: Word | undefined): "then" | "now" | undefined =>
  word === undefined ? undefined : wordIsAny(word, grammarWords.then_and_now.then) ? "then" : wordIsAny(word, grammarWords.then_and_now.now) ? "now" : undefined;

/** The lines with at least one value said "then" and one said "now". */
function pairedLines(text: string, words: readonly Word[], mentions: readonly NumberMention[]): Pair[] {
  const lines = new Map<number, Pair>();
  for (const mention of mentions) {
    if (mention.kind !== "number") continue;
    // The word after the value ("960 آنذاك، 1810 اليوم"), or before it ("الأمس 2760 / اليوم 3104").
    const after = wordAfter(text, words, mention);
    const before = wordBefore(text, words, mention);
    const next = sideOf(before) ? before : sideOf(after) ? after : undefined;
    const side = sideOf(next);
    if (!next || !side) continue;
    const lineStart = text.lastIndexOf("\n", mention.start - 1) + 1;
    const pair = lines.get(lineStart) ?? { then: [], now: [], lineStart };
    pair[side].push({ mention, word: next });
    lines.set(lineStart, pair);
  }
  return [...lines.values()].filter((p) => p.then.length > 0 && p.now.length > 0);
}

/** The start of the line `lines` lines above the one starting at `lineStart` (or the text's start). */
function linesAbove(text: string, lineStart: number, lines: number): number {
  let start = lineStart;
  for (let i = 0; i < lines && start > 0; i++) start = text.lastIndexOf("\n", start - 2) + 1;
  return start;
}

/**
 * The one period earlier than the text's own that the lines above the list name, or undefined. The list's own
 * earlier lines are skipped: only the lines above its first item introduce it.
 */
function earlierPeriod(text: string, words: readonly Word[], years: readonly NumberMention[], listStart: number, reference: string, phrases: PeriodPhrases, context: PeriodContext): { period: string; start: number; end: number } | undefined {
  const start = linesAbove(text, listStart, introReach);
  const above = wordsWithin(words, start, listStart);
  const reading = readPeriods({ words: above, years: years.filter((y) => y.start >= start && y.end <= listStart) }, reference, phrases, { ...context, comparison: true });
  if (!("claims" in reading)) return undefined;
  const agreed = agreedPeriod(reading.claims.filter((c) => periodBefore(c.period, reference)));
  return "period" in agreed ? agreed.period : undefined;
}

/** Each value of a "then and now" list: the period its word names (see above). */
export function thenAndNowPeriods(text: string, words: readonly Word[], mentions: readonly NumberMention[], reference: string, phrases: PeriodPhrases, context: PeriodContext): SlashPeriods {
  const periods: SlashPeriods = new Map();
  const pairs = pairedLines(text, words, mentions);
  if (pairs.length === 0) return periods;
  const years = mentions.filter((m) => m.kind === "year");
  // The list's first item: the first of a run of paired lines with nothing but paired lines between them.
  let listStart = pairs[0]!.lineStart;
  for (const [i, pair] of pairs.entries()) {
    const previous = pairs[i - 1];
    if (previous && text.slice(previous.lineStart, pair.lineStart).split("\n").length - 1 > 1) listStart = pair.lineStart;
    const then = earlierPeriod(text, words, years, listStart, reference, phrases, context);
    for (const { mention, word } of pair.now) periods.set(mention, { period: reference, start: word.start, end: word.end });
    for (const { mention } of pair.then) periods.set(mention, then ?? { unclear: "it is said «then» in a list of then and now, and the lines above the list name no single earlier period" });
  }
  return periods;
}
