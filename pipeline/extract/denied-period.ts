// A sentence that says which period a figure is not of ("- الرقم 2950 هو حصيلة سنة 2016، لا حصيلة سنة 2017."), as
// fact-checks and corrections write: it contrasts two periods, so the period it opens on is its own and goes no
// further (no heading over the lines after it, no opening the next sentence continues).
import type { PeriodPhrases } from "../types/catalogue-periods.ts";
import type { NumberMention } from "../types/number-mention.ts";
import { wordIsAny } from "./cue-match.ts";
import { grammarWords } from "./grammar-words.ts";
import { type PeriodContext, readPeriods } from "./periods.ts";
import { firstWordAt, type Word, wordsWithin } from "./words.ts";

/** How many words a denied period may take after its word of denial: "لا حصيلة النصف الأول من سنة 2017". */
const deniedWords = 7;

const clauseMark = /[،,؛;]/gu;
const clauseEnd = /[،,؛;.!?؟:]/u;

/** Whether a clause after a comma of the sentence opens with a word of denial and names a period, with no figure in it. */
export function deniesPeriod(text: string, words: readonly Word[], sentence: { start: number; end: number }, mentions: readonly NumberMention[], reference: string, phrases: PeriodPhrases, context: PeriodContext): boolean {
  for (const mark of text.slice(sentence.start, sentence.end).matchAll(clauseMark)) {
    const from = sentence.start + mark.index + 1;
    // Most clauses open on no word of denial: that is told by one word, before the clause's end is looked for.
    const opener = words[firstWordAt(words, from)];
    if (!opener || opener.start >= sentence.end || !wordIsAny(opener, grammarWords.denials)) continue;
    const next = text.slice(from, sentence.end).search(clauseEnd);
    const end = next < 0 ? sentence.end : from + next;
    const clause = wordsWithin(words, from, end);
    if (clause.length < 2 || clause.length > deniedWords + 1) continue;
    const within = mentions.filter((m) => m.start >= from && m.end <= end);
    if (within.some((m) => m.kind !== "year")) continue;
    const reading = readPeriods({ words: clause.slice(1), years: within }, reference, phrases, context);
    if ("claims" in reading && reading.claims.length > 0) return true;
  }
  return false;
}
