// A span of months that is exactly a half-year or a quarter names that part of the year: "من فاتح يناير إلى 30
// يونيو" and "عند نهاية يونيو" (from January) are the first half, "بين يوليوز ودجنبر" and "بعد متم يونيو" (to
// December) the second; so are months listed one by one ("يناير وفبراير ومارس", the first quarter). Any other span
// of months is shorter than a period (periods.json shorter_spans) and its figures are held back.
import type { PeriodPhrases } from "../types/catalogue-periods.ts";
import { wordIsAny } from "./cue-match.ts";
import type { Word } from "./words.ts";
import { oncePer } from "../lib/once-per.ts";

export interface MonthRange {
  /** The part of the year the span is ("H1", "Q3"). */
  part: string;
  /** The index of the span's last month word, and the raw span of the phrase. */
  index: number;
  start: number;
  end: number;
}

/** How many words may stand between a range word and its month ("من فاتح يناير", "إلى 30 يونيو"). */
const reach = 3;

/** The part of the year months `first`..`last` (0-based, January 0) cover exactly, if any. */
export function partOf(first: number, last: number): string | undefined {
  const length = last - first + 1;
  if (length === 6 && first % 6 === 0) return `H${first / 6 + 1}`;
  if (length === 3 && first % 3 === 0) return `Q${first / 3 + 1}`;
  return undefined;
}

/** Whether a word of `list` stands among the `reach` words before word `index`, after `from`. */
const wordBefore = (words: readonly Word[], index: number, list: readonly string[], from = 0) =>
  words.slice(Math.max(from, index - reach), index).some((w) => wordIsAny(w, list));

/** The index of the end word ("نهاية", "متم") among the `reach` words before word `index`, if any. */
export function endOfAt(words: readonly Word[], index: number, endOf: readonly string[]): number | undefined {
  for (let i = index - 1; i >= Math.max(0, index - reach); i--) if (wordIsAny(words[i]!, endOf)) return i;
  return undefined;
}

/** Every month name, merged once per catalogue: one lookup per word tells the few that are months. */
export const allMonthNames = oncePer((months: readonly (readonly string[])[]): string[] => months.flat());

/** The spans of months in `words` that are a half-year or a quarter. */
export function monthRanges(text: string, words: readonly Word[], phrases: PeriodPhrases): MonthRange[] {
  const { months, from, to, end_of: endOf } = phrases.month_ranges;
  const found: Array<{ index: number; month: number }> = [];
  const anyMonth = allMonthNames(months);
  words.forEach((word, index) => {
    if (!wordIsAny(word, anyMonth)) return;
    found.push({ index, month: months.findIndex((names) => wordIsAny(word, names)) });
  });
  const ranges: MonthRange[] = [];
  found.forEach(({ index, month }, k) => {
    const previous = found[k - 1];
    // "ودجنبر": the conjunction written on the month joins the two ends, or on the word before it ("ما بين فاتح
    // يوليوز ونهاية دجنبر"); "أكتوبر – دجنبر": a dash between them.
    const conjoined = previous !== undefined && words.slice(previous.index + 1, index + 1).some((w) => w.folded.startsWith("و"));
    const joined = wordBefore(words, index, to, previous ? previous.index + 1 : 0) || conjoined;
    const dashed = previous !== undefined && previous.index === index - 1 && /^\s*[-–—]\s*$/u.test(text.slice(words[previous.index]!.end, words[index]!.start));
    const paired = previous && ((index - previous.index <= reach + 1 && joined && wordBefore(words, previous.index, from)) || dashed);
    const ending = paired ? undefined : endOfAt(words, index, endOf);
    // "بعد متم يونيو": after the end of a month, the rest of the year (the second half).
    const after = ending !== undefined && ending > 0 && wordIsAny(words[ending - 1]!, phrases.after_words);
    const first = paired ? previous.month : ending === undefined ? undefined : after ? month + 1 : 0;
    const part = first === undefined ? undefined : after ? partOf(first, 11) : partOf(first, month);
    if (part) ranges.push({ part, index, start: words[paired ? previous.index : Math.max(0, index - reach)]!.start, end: words[index]!.end });
  });
  return [...ranges, ...listedMonths(text, words, found)];
}

/**
 * The months of a part listed one by one, in order, each right after the one before, joined by "و" or a comma within
 * the clause ("خلال أشهر يناير وفبراير ومارس"): the part they cover exactly, at the end of the list (a list of six
 * months is a half, not its first quarter; two months are no part).
 */
function listedMonths(text: string, words: readonly Word[], found: ReadonlyArray<{ index: number; month: number }>): MonthRange[] {
  // The next month, in the next word, joined by "و" or a comma.
  const follows = (a: { index: number; month: number }, b: { index: number; month: number }) => b.index === a.index + 1 && b.month === a.month + 1 && (words[b.index]!.folded.startsWith("و") || /^[^\S\n]*[،,][^\S\n]*$/u.test(text.slice(words[a.index]!.end, words[b.index]!.start)));
  const ranges: MonthRange[] = [];
  let first = 0;
  found.forEach(({ index, month }, k) => {
    const previous = found[k - 1];
    const next = found[k + 1];
    if (!previous || !follows(previous, found[k]!)) first = k;
    if (next && follows(found[k]!, next)) return;
    const part = k - first >= 2 ? partOf(found[first]!.month, month) : undefined;
    if (part) ranges.push({ part, index, start: words[found[first]!.index]!.start, end: words[index]!.end });
  });
  return ranges;
}
