// A series told by its ends and its steps, in one sentence: "من 84 سنة 2019 إلى 63 ثم 98 و106، قبل أن ينزل إلى 87
// سنة 2023 ويصعد إلى 112 أمرا في 2024". Between two values that name their years, the steps are one a year when
// there are exactly as many as the years between (63, 98, 106 are 2020, 2021, 2022); otherwise, or after the last
// value that names its year, a step's period is unclear and it is held back. The values are no range ("من 84 …
// إلى 63" is the series' first step), and a step without a noun of its own counts what the value before it counts.
import type { PeriodPhrases } from "../types/catalogue-periods.ts";
import type { NumberMention } from "../types/number-mention.ts";
import { parsePeriod } from "../lib/period.ts";
import { wordIsAny, wordMatchesAny } from "./cue-match.ts";
import { grammarWords } from "./grammar-words.ts";
import { agreedPeriod, type PeriodClaim, type PeriodContext, readPeriods } from "./periods.ts";
import { samePart } from "./year-parts.ts";
import type { SlashPeriods } from "./slash-legend.ts";
import { firstWordAt, type Word, wordsWithin } from "./words.ts";

export interface SteppedSeries {
  /** The period of each value of a series (or why it is unclear). */
  periods: SlashPeriods;
  /** The values of a series after its first: each goes on from the one before it. */
  steps: Set<NumberMention>;
}

/** How many words may stand between two values of a series: a noun, a year, "قبل أن ينزل إلى". */
const stepGap = 6;

/** How many words after a value may name its year: "أمرا في 2024", "ملف وطلب معلومات سنة 2022". */
const yearReach = 6;

const { transitions } = grammarWords;
/** "و", "إلى", "ثم", or a verb of the level reached ("قبل أن يبلغ 125", "ليصل إلى 4480"). */
const isConnector = (w: Word) => w.folded === "و" || wordIsAny(w, transitions.to) || wordIsAny(w, transitions.then) || wordIsAny(w, grammarWords.differences.levels);

/** The run of values from one after "من" that connectors join, or undefined when it is no series of steps. */
function chainFrom(text: string, words: readonly Word[], values: readonly NumberMention[], first: number, percents: readonly NumberMention[]): NumberMention[] | undefined {
  const chain = [values[first]!];
  let steps = false;
  let percent = 0;
  for (let i = first + 1; i < values.length; i++) {
    const [from, to] = [values[i - 1]!, values[i]!];
    const gap = wordsWithin(words, from.end, to.start);
    while (percent < percents.length && percents[percent]!.start < from.end) percent++;
    const between = percent < percents.length && percents[percent]!.end <= to.start;
    if (gap.length > stepGap || between || !gap.some(isConnector) || /[.؟?!:؛;\n]/u.test(text.slice(from.end, to.start))) break;
    if (chain.length === 1 && !wordMatchesAny(gap.at(-1)!.folded, transitions.to)) return undefined;
    if (gap.some((w) => wordIsAny(w, transitions.then))) steps = true;
    chain.push(to);
  }
  return chain.length >= 3 && steps ? chain : undefined;
}

/**
 * What a value's own words right after it say of its period, up to the next connector or mark: the year they name
 * ("سنة 2019", "في 2024"), nothing, or "other" when they name a period another way ("في السنة كلها", "اليوم"): such a
 * chain is left to the reading of changes.
 */
function namedAfter(text: string, words: readonly Word[], value: NumberMention, years: readonly NumberMention[], reference: string, phrases: PeriodPhrases, context: PeriodContext): PeriodClaim | "other" | undefined {
  const after: Word[] = [];
  for (let k = firstWordAt(words, value.end), from = value.end; k < words.length && after.length < yearReach; k++) {
    const word = words[k]!;
    if (/[،,.؟?!:؛;\n]/u.test(text.slice(from, word.start)) || isConnector(word)) break;
    after.push(word);
    from = word.end;
  }
  if (after.length === 0) return undefined;
  const own = years.filter((y) => y.start >= after[0]!.start && y.end <= after.at(-1)!.end);
  const reading = readPeriods({ words: after, years: own }, reference, phrases, context);
  if (!("claims" in reading)) return "other";
  const agreed = agreedPeriod(reading.claims);
  if ("none" in agreed) return undefined;
  return "period" in agreed && own.length > 0 ? agreed.period : "other";
}

/** The series of steps of one sentence's mentions (see above). */
export function steppedSeries(text: string, words: readonly Word[], mentions: readonly NumberMention[], reference: string, phrases: PeriodPhrases, context: PeriodContext): SteppedSeries {
  const found: SteppedSeries = { periods: new Map(), steps: new Set() };
  const values = mentions.filter((m) => m.kind === "number");
  // A chain of steps has a "ثم" between two of its values: the sentence's text between them, not the whole text's.
  const between = values.length < 3 ? "" : text.slice(values[0]!.end, values.at(-1)!.start);
  if (!transitions.then.some((word) => between.includes(word))) return found;
  const years = mentions.filter((m) => m.kind === "year");
  const percents = mentions.filter((m) => m.kind === "percent");
  for (let i = 0; i < values.length; i++) {
    const opener = words[firstWordAt(words, values[i]!.start) - 1];
    if (!opener || !wordIsAny(opener, transitions.from)) continue;
    const chain = chainFrom(text, words, values, i, percents);
    if (!chain) continue;
    const named = chain.map((value) => namedAfter(text, words, value, years, reference, phrases, context));
    if (!named[0] || named.includes("other")) continue;
    placeSteps(chain, named as Array<PeriodClaim | undefined>, found);
    i += chain.length - 1;
  }
  return found;
}

/** Each value's period: its own, or its place between two that name theirs, one a year; else unclear. */
function placeSteps(chain: readonly NumberMention[], anchors: ReadonlyArray<PeriodClaim | undefined>, found: SteppedSeries): void {
  let last = 0;
  chain.forEach((value, i) => {
    if (i > 0) found.steps.add(value);
    const own = anchors[i];
    if (own) {
      found.periods.set(value, own);
      last = i;
      return;
    }
    const next = anchors.findIndex((a, k) => k > i && a !== undefined);
    const [from, to] = [anchors[last]!, next < 0 ? undefined : anchors[next]!];
    const [a, b] = [parsePeriod(from.period), to && parsePeriod(to.period)];
    const yearly = b !== undefined && a.part?.kind === b.part?.kind && a.part?.index === b.part?.index && b.year - a.year === next - last;
    if (yearly) found.periods.set(value, { period: samePart(a.year + i - last, from.period), start: value.start, end: value.end });
    else found.periods.set(value, { unclear: "it is a step of a series told by its ends, and the text does not name one step a year between the years it names" });
  });
}
