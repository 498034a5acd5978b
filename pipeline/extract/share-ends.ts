// A share told by its two ends: "تراجعت حصة الدورات المنظمة بالمغرب من 71 إلى 68 في المائة"، "وارتفعت حصة الدورات
// الحضورية من 64 في المائة إلى 72 في المائة". After a word of change whose subject is a share (grammar-words
// share_nouns), "من A إلى B" is the share in the period before and in the text's own, not a range; the percent sign may
// be written once, after B. Both ends are read as shares with the words of the subject.
import { previousYearPeriod } from "../lib/period.ts";
import type { Catalogue } from "../catalogue/load.ts";
import type { NumberMention } from "../types/number-mention.ts";
import { wordIsAny } from "./cue-match.ts";
import { grammarWords } from "./grammar-words.ts";
import type { Reading } from "./reading.ts";
import type { NumberScope } from "./scope.ts";
import type { SentenceSoFar } from "./sentence-state.ts";
import { readShare } from "./share-reading.ts";
import { type Word, wordsWithin } from "./words.ts";

export interface ShareEnd {
  end: "earlier" | "later";
  /** The clause's words before the pair, from the word of change on: what changed ("تراجعت حصة الدورات المنظمة بالمغرب"). */
  subject: Word[];
}

/** A mark that ends the clause the pair's subject stands in. */
const clauseMark = /[،,؛;:.!?؟\n]/u;

/** The ends of the shares told by their two ends among a sentence's `mentions` (`pairs`: ranges.ts pairedEnds). */
export function shareEnds(text: string, words: readonly Word[], sentenceStart: number, mentions: readonly NumberMention[], pairs: ReadonlyMap<NumberMention, { start: number; end: number }>): Map<NumberMention, ShareEnd> {
  const ends = new Map<NumberMention, ShareEnd>();
  mentions.forEach((earlier, i) => {
    const span = pairs.get(earlier);
    const later = mentions[i + 1];
    if (!span || !later || pairs.get(later) !== span || later.kind !== "percent") return;
    // The earlier end is a percentage too, or a number whose sign is written once, after the later end.
    if (earlier.kind !== "percent" && !(earlier.kind === "number" && /^\s*(?:إلى|الى)\s*$/u.test(text.slice(earlier.end, later.start)))) return;
    const subject = changedShare(text, words, sentenceStart, span.start);
    if (!subject) return;
    ends.set(earlier, { end: "earlier", subject });
    ends.set(later, { end: "later", subject });
  });
  return ends;
}

/** The words from a word of change to the pair, when a share noun (without "ب", a change's rate) follows it there. */
function changedShare(text: string, words: readonly Word[], sentenceStart: number, pairStart: number): Word[] | undefined {
  const clause = wordsWithin(words, sentenceStart, pairStart);
  let from = clause.length;
  while (from > 0 && !clauseMark.test(text.slice(clause[from - 1]!.end, from < clause.length ? clause[from]!.start : pairStart))) from--;
  const own = clause.slice(from);
  const change = own.findIndex((w) => wordIsAny(w, grammarWords.transitions.words));
  if (change < 0) return undefined;
  const subject = own.slice(change);
  return subject.some((w) => !w.folded.startsWith("ب") && wordIsAny(w, grammarWords.share_nouns)) ? subject : undefined;
}

/** Reads one end of a share told by its two ends: the share its subject names; the earlier end in the period before. */
export function readShareEnd(scope: NumberScope, end: ShareEnd, catalogue: Catalogue, soFar: SentenceSoFar): Reading {
  const firstOwn = scope.before[0]?.start ?? scope.mention.start;
  const reading = readShare({ ...scope, before: [...end.subject.filter((w) => w.end <= firstOwn), ...scope.before] }, catalogue, soFar);
  // Its own year, if it names one ("من 71 في المائة سنة 2023"), else the same period a year earlier (periods.json implicit_base).
  if (end.end === "later" || reading.status !== "figure" || reading.period !== scope.reference) return reading;
  const period = previousYearPeriod(reading.period);
  return { ...reading, period, evidence: `${reading.evidence}; the earlier end of a share told by its two ends: the same period a year earlier → ${period}` };
}
