// What a number's line or paragraph is about besides its own clause: the label of the item a sub-item stands under,
// the heading of the list its item is in ("4. المركبات المسروقة" over "- الملفات المعالجة: 728"), or the term a
// glossary's paragraph defines ("الأمر الدولي بإلقاء القبض: طلب … . نُشر منها 63 أمرا"). number-scope.ts gives them
// to the reading as the scope's parentItem and term.
import { listHeadingAbove, parentItemLabel } from "../text/list-items.ts";
import type { LineSpan } from "../text/lines.ts";
import type { NumberMention } from "../types/number-mention.ts";
import { type Word, wordsWithin } from "./words.ts";

/**
 * The words of the label of the item a sub-item stands under, if the number is on one (text/list-items.ts); or of
 * the heading of the list its item is in, a short line of words ("4. المركبات المسروقة" over "- الملفات المعالجة:
 * 728"): what the list's items are about.
 */
export function parentItemWords(words: readonly Word[], text: string, mention: NumberMention): Word[] {
  const label = parentItemLabel(text, mention.start) ?? wordedHeading(text, listHeadingAbove(text, mention.start, headingReach));
  return label ? wordsWithin(words, label.start, label.end) : [];
}

/** The words of the glossary term the number's paragraph opens on, if any (termBefore). */
export function termWords(words: readonly Word[], text: string, mention: NumberMention): Word[] {
  const term = termBefore(text, mention);
  return term ? wordsWithin(words, term.start, term.end) : [];
}

/** How many items up a list's heading may stand. */
const headingReach = 8;

/** A heading of words alone, after an item number ("4. المركبات المسروقة"), short: no sentence, no figure. */
function wordedHeading(text: string, line: LineSpan | undefined): LineSpan | undefined {
  if (!line) return undefined;
  const content = text.slice(line.start, line.end);
  return content.length <= headingLength && /^[^\S\n]*(?:\p{Nd}{1,2}[.)-][^\S\n]*)?[\p{L}\s]+[:：]?[^\S\n]*$/u.test(content) ? line : undefined;
}

const headingLength = 60;

/**
 * The term a glossary's paragraph opens on, before its colon ("الأمر الدولي بإلقاء القبض: طلب توقيف شخص …. نُشر
 * وعُمم منها 63 أمرا خلال السنة"): what its sentences speak of, when its first sentence defines it (no number) and
 * the number is past it.
 */
function termBefore(text: string, mention: NumberMention): LineSpan | undefined {
  if (mention.kind !== "number" && mention.kind !== "percent") return undefined;
  const start = text.lastIndexOf("\n", mention.start - 1) + 1;
  const term = glossaryTerm.exec(text.slice(start, mention.start));
  if (!term) return undefined;
  // A definition first: a sentence with no number ("مذكرات البحث: 3.362 مذكرة …" or "التسليم: 15 شخصا …" are labels of figures).
  const definition = /^[^\p{Nd}]*?[.!؟?](?=\s)/u.exec(text.slice(start + term[0].length, mention.start));
  return definition ? { start, end: start + term[1]!.length } : undefined;
}

/** A few words and a colon opening a line: a term and its definition. */
const glossaryTerm = /^([^\S\n]*[\p{L}][\p{L}\s]{2,58})[:：]/u;
