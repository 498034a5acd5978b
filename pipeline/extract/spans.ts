// Totals over a span of years told after the span: "بلغ مجموع الإنابات … 707 إنابات خلال الفترة 2020-2024، مقابل 528
// إنابة بين 2015 و2019. وبلغ مجموع مذكرات البحث الدولية المنشورة 466 مذكرة مقابل 360": the second sentence goes on
// with the span's totals, though it names no period; read as the text's own, they would be invented.
import { asciiDigits } from "../arabic/normalise.ts";
import type { PeriodPhrases } from "../types/catalogue-periods.ts";
import { wordIsAny } from "./cue-match.ts";
import { grammarWords } from "./grammar-words.ts";
import { namesSpanOfYears } from "./implicit-base.ts";
import type { NumberScope } from "./scope.ts";
import { type Word, wordsWithin } from "./words.ts";

/** Two numbers of four digits joined by a dash ("2020-2024", "2015 – 2019"), which may be a range of years. */
const dashedPair = /(?<!\p{N})([0-9٠-٩]{4})[^\S\n]*[-–—][^\S\n]*([0-9٠-٩]{4})(?!\p{N})/gu;

/** How many years a range may span: "2018 – 2110 ملفات" is a year and a count, "(4480 - 4060)" a difference. */
const rangeYears = 30;

/** Whether the text names a range of years: two years of this century or the last, the later one first or last. */
function namesRange(text: string): boolean {
  return [...text.matchAll(dashedPair)].some((m) => {
    const [from, to] = [Number(asciiDigits(m[1]!)), Number(asciiDigits(m[2]!))];
    return from >= 1900 && to < 2100 && to > from && to - from <= rangeYears;
  });
}

/** Whether the sentence names a span of years: a range ("الفترة 2020-2024") or its two ends ("بين 2015 و2019", "من 2015 إلى 2019"). */
export function namesYearSpan(text: string, words: readonly Word[], sentence: { start: number; end: number }, phrases: PeriodPhrases): boolean {
  return namesRange(text.slice(sentence.start, sentence.end)) || namesSpanOfYears(wordsWithin(words, sentence.start, sentence.end), phrases);
}

/**
 * Why a figure that names no period is held back, after a sentence of its paragraph that named a span of years, or
 * undefined: "the total" ("مجموع", grammar-words totals) in its sentence before it may be the span's, and so may the
 * changes and the later ends of changes of such totals. So may a total after a range of years in its own sentence
 * ("المجموع (2015-2021)⏎26 207 ملفات").
 */
export function totalAfterSpan(scope: NumberScope): string | undefined {
  if (!scope.spanBefore && !rangeBefore(scope)) return undefined;
  const total = [...scope.earlier, ...scope.before].find((w) => wordIsAny(w, grammarWords.totals));
  return total && `it is a total («${total.folded}») told after a span of years was named, and names no period of its own: the span's, or the text's?`;
}

/**
 * Whether the change's sentence names a range of years before it ("707 إنابات خلال الفترة 2020-2024، مقابل 528 إنابة
 * بين 2015 و2019 (+33,9 في المائة)"): the change may be between totals over spans, no period's.
 */
export function rangeBefore(scope: NumberScope): boolean {
  const from = scope.earlier[0]?.start ?? scope.before[0]?.start ?? scope.mention.start;
  return namesRange(scope.text.slice(from, scope.mention.start));
}
