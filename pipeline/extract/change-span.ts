// A change measured over a span of years that ends at its own period: "في سنتين.. ملفات التعاون تقفز بـ20 في
// المائة", "ارتفع بنحو 36 في المائة خلال عامين", "زاد بـ14% في سنة واحدة", "ترتفع بـ28 في المائة في ثلاث سنوات",
// "على مدى السنوات الثلاث الأخيرة". The change is against the same period that many years earlier: so the
// authors of eight held-out articles read it, every one. Spans longer than periods.json's
// years_ago.longest_change_span stay held back, as does a count over any span: a total over the span is no figure
// of one period (periods.json several_years).
import type { PeriodPhrases } from "../types/catalogue-periods.ts";
import { wordIsAny } from "./cue-match.ts";
import { findPhrases, phraseAt } from "./phrases.ts";
import type { Word } from "./words.ts";
import { countOf } from "./years-ago.ts";

export interface ChangeSpan {
  /** How many years the span covers; 0 for half a year (`half`). */
  years: number;
  /** Half a year ("في ظرف نصف سنة"): against the half before. */
  half?: true;
  /** "بين النصفين": the halves compared are the year's two only when the sentence names no year (else "the two second halves"). */
  betweenHalves?: true;
  start: number;
  end: number;
}

/**
 * The first span of years in the clause `words` ("في سنتين", "خلال عامين", "في سنة واحدة", "في ثلاث سنوات", "على
 * مدى السنوات الثلاث") that a word of years_ago.over opens, if any.
 */
export function changeSpan(words: readonly Word[], phrases: PeriodPhrases): ChangeSpan | undefined {
  const { over, within, duals, one_year, half_year, between_halves } = phrases.years_ago;
  // "تراجعا بنسبة 17 في المائة بين النصفين": the two halves of the year compared.
  const halves = findPhrases(words, between_halves)[0];
  if (halves) return { years: 0, half: true, betweenHalves: true, start: halves.start, end: halves.end };
  for (let index = 1; index < words.length; index++) {
    const word = words[index]!;
    if (!wordIsAny(words[index - 1]!, over)) continue;
    if (wordIsAny(word, duals)) return { years: 2, start: word.start, end: word.end };
    const half = half_year.find((phrase) => phraseAt(words, index, phrase));
    if (half) return { years: 0, half: true, start: word.start, end: words[index + half.length - 1]!.end };
    const counted = countedYears(words, index, phrases);
    if (counted) return counted;
    const one = one_year.find((phrase) => phraseAt(words, index, phrase));
    if (one) return { years: 1, start: word.start, end: words[index + one.length - 1]!.end };
    // "في ظرف سنة", "خلال عام" (within a year), not "في سنة 2023" nor "خلال السنة": a bare year noun after a word of
    // years_ago.within, no year after it.
    const next = words[index + 1];
    const bare = !word.folded.startsWith("ال") && !(next && /^\p{Nd}+$/u.test(next.folded));
    if (wordIsAny(words[index - 1]!, within) && one_year.some((phrase) => wordIsAny(word, phrase[0]!)) && bare) {
      return { years: 1, start: word.start, end: word.end };
    }
  }
  return undefined;
}

/** The value of a number of years written in a word ("ثلاث", also after its article: "السنوات الثلاث") or in digits ("3"), if it is one. */
function yearCount(word: Word, phrases: PeriodPhrases): number | undefined {
  const { numbers } = phrases.years_ago;
  return countOf(word, numbers) ?? numbers[word.folded.replace(/^ال/u, "")];
}

/** Whether words name a number of years, however many ("في ظرف تسع سنوات", "السنوات الثلاث"): a span, whichever change it is of. */
export function namesYearsCount(words: readonly Word[], phrases: PeriodPhrases): boolean {
  const { units } = phrases.years_ago;
  return words.some((word, i) => i + 1 < words.length && ((wordIsAny(words[i + 1]!, units) && yearCount(word, phrases) !== undefined) || (wordIsAny(word, units) && yearCount(words[i + 1]!, phrases) !== undefined)));
}

/** "ثلاث سنوات" or "السنوات الثلاث" at `index`, up to years_ago.longest_change_span years. */
function countedYears(words: readonly Word[], index: number, phrases: PeriodPhrases): ChangeSpan | undefined {
  const { units, longest_change_span } = phrases.years_ago;
  const [first, second] = [words[index]!, words[index + 1]];
  if (!second) return undefined;
  const years = wordIsAny(second, units) ? yearCount(first, phrases) : wordIsAny(first, units) ? yearCount(second, phrases) : undefined;
  return years !== undefined && years <= longest_change_span ? { years, start: first.start, end: second.end } : undefined;
}

