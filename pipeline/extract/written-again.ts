// A number written twice, in words and in digits, the second form in parentheses ("خمسة آلاف وثمانمائة (5800) ملف",
// "143 (مائة وثلاث وأربعون) إنابة"), as official and legal writing gives it: the form in parentheses is set aside
// before the sentence is read (layout.ts), then takes the reading of the form it repeats, so that validation finds it
// restating the same figure.
import type { NumberMention } from "../types/number-mention.ts";
import type { Outcome } from "./reading.ts";

/** Why a number written again in parentheses is not read on its own (readWrittenAgain gives it its twin's reading). */
export const writtenAgainReason = "the same number written again in parentheses in the other form, read once";

/**
 * The number a mention in parentheses writes again in the other form, right beside it or after its noun: "مائة
 * وثمان وعشرين (128)", "ألف وستمائة وعشرون موظفا (1620)", "(128) مائة وثمان وعشرين", "143 (مائة وثلاث وأربعون)
 * إنابة", "أربعة عشر في المائة (14%)"; the first form is read, and the one in parentheses restates it
 * (readWrittenAgain gives it the same reading).
 */
export function writtenAgainOf(text: string, mention: NumberMention, previous: NumberMention | undefined, next: NumberMention | undefined): NumberMention | undefined {
  const within = /\(\s*$/u.test(text.slice(Math.max(0, mention.start - 2), mention.start)) && /^\s*\)/u.test(text.slice(mention.end, mention.end + 2));
  if (!within) return undefined;
  const twin = (other: NumberMention | undefined) => other !== undefined && other.kind === mention.kind && (other.form === "digits") !== (mention.form === "digits") && other.value === mention.value;
  // Right after the twin, or after its noun: "ألف وستمائة وعشرون موظفا (1620) من دورات تكوينية".
  if (twin(previous) && /^\s*(?:\p{L}+[^\S\n]+){0,2}\($/u.test(text.slice(previous!.end, text.lastIndexOf("(", mention.start) + 1))) return previous;
  // Digits in parentheses before their words: "(128) مائة وثمان وعشرين".
  if (mention.form === "digits" && twin(next) && /^\)\s*$/u.test(text.slice(text.indexOf(")", mention.end), next!.start))) return next;
  return undefined;
}

/**
 * A number written again in parentheses in the other form ("خمسة آلاف وثمانمائة (5800) ملف") takes the reading of
 * the form it repeats, quoted on its own words: the same figure, which validation then finds restated.
 */
export function readWrittenAgain(text: string, all: readonly NumberMention[], asideReasons: ReadonlyMap<NumberMention, string>, outcomes: Map<NumberMention, Outcome>): void {
  all.forEach((mention, index) => {
    const twin = asideReasons.get(mention)?.startsWith(writtenAgainReason) ? writtenAgainOf(text, mention, all[index - 1], all[index + 1]) : undefined;
    const outcome = twin && outcomes.get(twin);
    if (!outcome || !("reading" in outcome) || outcome.reading.status !== "figure") return;
    const evidence = `${outcome.reading.evidence}; written again in parentheses, as «${twin!.text}»`;
    outcomes.set(mention, { ...outcome, reading: { ...outcome.reading, quoteStart: mention.start, quoteEnd: mention.end, evidence } });
  });
}
