// Lines giving one label's values for several periods in order, "ثم" between them: "الإنابات القضائية الدولية:
// 64 في النصف الأول، ثم 70 في النصف الثاني." names the periods; the lines of its block that give only the values
// ("الأوامر الدولية بإلقاء القبض: 48 ثم 53.") take them in the same order. Without such a line in the block, the
// values but the last are held back: an earlier period the text does not name, not the text's own.
import type { PeriodPhrases } from "../types/catalogue-periods.ts";
import type { NumberMention } from "../types/number-mention.ts";
import { wordIsAny } from "./cue-match.ts";
import { grammarWords } from "./grammar-words.ts";
import { agreedPeriod, type PeriodClaim, type PeriodContext, readPeriods } from "./periods.ts";
import type { SlashPeriods } from "./slash-legend.ts";
import { type Word, wordsWithin } from "./words.ts";

interface Line {
  start: number;
  end: number;
  /** The values of the line (numbers and percentages, not years), in order. */
  values: NumberMention[];
}

const isValue = (m: NumberMention) => m.kind === "number" || m.kind === "percent";
const isSuccessionWord = (w: Word) => wordIsAny(w, grammarWords.succession);

/** The text's lines, each with its values, and where each block of non-empty lines ends. */
function linesOf(text: string, mentions: readonly NumberMention[]): Line[][] {
  const blocks: Line[][] = [[]];
  let next = 0;
  for (let start = 0; start < text.length; ) {
    const newline = text.indexOf("\n", start);
    const end = newline < 0 ? text.length : newline;
    const values: NumberMention[] = [];
    for (; next < mentions.length && mentions[next]!.start < end; next++) if (mentions[next]!.start >= start && isValue(mentions[next]!)) values.push(mentions[next]!);
    if (text.slice(start, end).trim() === "") blocks.push([]);
    else blocks.at(-1)!.push({ start, end, values });
    start = end + 1;
  }
  return blocks.filter((block) => block.length > 0);
}

interface Succession {
  values: NumberMention[];
  gaps: Word[][];
}

/**
 * The runs of values of a line that succession words join ("51 ثم 57، منهم 29 و34 …" → 51, 57; "… 13 ثم 15 ثم 17. …
 * خمسة، ثم ستة، ثم ثمانية"), each value with the words after it up to the succession word (the last one's up to the
 * next value or the line's end); the line's first run first.
 */
function successionsOf(words: readonly Word[], line: Line): Succession[] {
  const runs: Succession[] = [];
  let run: Succession = { values: [], gaps: [] };
  for (const [i, value] of line.values.entries()) {
    const gap = wordsWithin(words, value.end, line.values[i + 1]?.start ?? line.end);
    const joined = i + 1 < line.values.length && gap.length > 0 && isSuccessionWord(gap.at(-1)!);
    run.values.push(value);
    run.gaps.push(joined ? gap.slice(0, -1) : gap);
    if (joined) continue;
    if (run.values.length >= 2) runs.push(run);
    run = { values: [], gaps: [] };
  }
  return runs;
}

/** The numbers of the succession lines of the text, with the period each takes (see above). */
export function successionLinePeriods(text: string, words: readonly Word[], mentions: readonly NumberMention[], reference: string, phrases: PeriodPhrases, context: PeriodContext): SlashPeriods {
  const periods: SlashPeriods = new Map();
  if (!grammarWords.succession.some((word) => text.includes(word))) return periods;
  const years = mentions.filter((m) => m.kind === "year");
  for (const block of linesOf(text, mentions)) {
    const successions = block.flatMap((line) => successionsOf(words, line));
    const places = successions.map((s) => legendPlaces(s.gaps, years, reference, phrases, context));
    const legend = places.find((p) => p !== undefined);
    // A line of values only: nothing between them but the succession word, no period after the last but the text's
    // own ("66، ثم 68، ثم 74 شخصا هذه السنة": the earlier ones are of earlier periods it does not name).
    const lastOfOwnPeriod = (gap: readonly Word[]) => {
      const named = periodNamed(gap, years, reference, phrases, context);
      return named === undefined || named.period === reference;
    };
    const bare = successions.filter((s, i) => places[i] === undefined && s.gaps.slice(0, -1).every((gap) => gap.length === 0) && lastOfOwnPeriod(s.gaps.at(-1)!));
    for (const { values } of bare) {
      if (legend && legend.length === values.length) values.forEach((value, i) => periods.set(value, legend[i]!));
      else values.slice(0, -1).forEach((value) => periods.set(value, { unclear: "it is one of a label's values for several periods in order («… ثم …»), and no line of its block names those periods" }));
    }
  }
  return periods;
}

/** The single period the words name, if they name one. */
function periodNamed(words: readonly Word[], years: readonly NumberMention[], reference: string, phrases: PeriodPhrases, context: PeriodContext): PeriodClaim | undefined {
  if (words.length === 0) return undefined;
  const reading = readPeriods({ words, years: years.filter((y) => y.start >= words[0]!.start && y.end <= words.at(-1)!.end) }, reference, phrases, context);
  const agreed = "claims" in reading ? agreedPeriod(reading.claims) : undefined;
  return agreed && "period" in agreed ? agreed.period : undefined;
}

/** The period each value of a legend line names in the words after it, or undefined when one names none or several. */
function legendPlaces(gaps: readonly Word[][], years: readonly NumberMention[], reference: string, phrases: PeriodPhrases, context: PeriodContext): PeriodClaim[] | undefined {
  const places = gaps.map((gap) => periodNamed(gap, years, reference, phrases, context));
  return places.every((place) => place !== undefined) ? places : undefined;
}
