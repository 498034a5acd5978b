// Phrases around a number: a qualifier before it (أكثر من، حوالي …) and a percent phrase or sign after it.
import type { Lexicon, QualifierCode } from "./lexicon.ts";
import type { Token } from "./tokens.ts";

export interface QualifierMatch {
  code: QualifierCode;
  /** Where the mention starts: at the phrase, after the clitics of its first word ("بأكثر" → "أكثر"). */
  start: number;
  /** Index of the token after the phrase, where the number must begin. */
  next: number;
}

/** Whether tokens from `k` on are exactly `words` (folded), one space or less apart. */
function wordsAt(tokens: readonly Token[], k: number, words: readonly string[], firstGap = 1): boolean {
  for (let w = 0; w < words.length; w++) {
    const token = tokens[k + w];
    if (!token || token.kind !== "word" || token.gap > (w === 0 ? firstGap : 1) || token.text !== words[w]) return false;
  }
  return true;
}

const noMatches: QualifierMatch[] = [];

/** The qualifier phrases that start at token `i`, longest first. */
export function qualifiersAt(tokens: readonly Token[], i: number): QualifierMatch[] {
  const token = tokens[i];
  const reading = token?.kind === "word" ? token.info.qualifier : undefined;
  if (!token || !reading) return noMatches;
  const matches: QualifierMatch[] = [];
  for (const q of reading.meaning.qualifiers) {
    if (wordsAt(tokens, i + 1, q.rest)) matches.push({ code: q.code, start: token.start + reading.prefixLength, next: i + 1 + q.rest.length });
  }
  return matches;
}

/** A percent sign or phrase at token `k` (right after a number, `maxGap` or less after it): its end offset and the next token index. */
export function percentAt(tokens: readonly Token[], k: number, lexicon: Lexicon, maxGap = 1): { end: number; next: number } | undefined {
  const token = tokens[k];
  if (!token || token.gap > maxGap) return undefined;
  if (token.kind === "punct") return lexicon.percentSigns.has(token.code) ? { end: token.end, next: k + 1 } : undefined;
  if (token.kind !== "word") return undefined;
  for (const phrase of lexicon.percentPhrases) {
    if (wordsAt(tokens, k, phrase, maxGap)) return { end: tokens[k + phrase.length - 1]!.end, next: k + phrase.length };
  }
  return undefined;
}

/** Whether the word at token `i` ends a percent phrase ("المائة" in "في المائة", "بالمائة"): a sign, not a number. */
export function endsPercentPhrase(tokens: readonly Token[], i: number, lexicon: Lexicon): boolean {
  for (const phrase of lexicon.percentPhrases) {
    const first = i - phrase.length + 1;
    if (first < 0) continue;
    let w = 0;
    while (w < phrase.length) {
      const token = tokens[first + w]!;
      // The phrase's words one space or less apart; what stands before its first word does not matter.
      if (token.kind !== "word" || token.text !== phrase[w] || (w > 0 && token.gap > 1)) break;
      w++;
    }
    if (w === phrase.length) return true;
  }
  return false;
}
