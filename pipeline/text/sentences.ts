import type { LineSpan } from "./lines.ts";

/** Characters that end a sentence when followed by white space, a closing quote or the end of the line. */
const sentenceEnd = new Set([".", "!", "?", "؟", "…"]);
const closing = new Set(['"', "”", "»", "'", "’", ")"]);
const isSpace = (c: string | undefined) => c === undefined || /\s/u.test(c);

/**
 * Splits lines into sentences, as raw spans trimmed of white space. A line end always ends a sentence (a
 * headline, a paragraph); inside a line, a sentence ends after . ! ? ؟ … (and any closing quotes) followed by
 * white space, so "2.5" and "..." inside a word do not split.
 */
export function splitSentences(text: string, lines: readonly LineSpan[]): LineSpan[] {
  const sentences: LineSpan[] = [];
  const push = (start: number, end: number) => {
    while (start < end && isSpace(text[start])) start++;
    while (end > start && isSpace(text[end - 1])) end--;
    if (end > start) sentences.push({ start, end });
  };
  for (const line of lines) {
    let start = line.start;
    for (let i = line.start; i < line.end; i++) {
      if (!sentenceEnd.has(text[i]!)) continue;
      let stop = i + 1;
      while (stop < line.end && (sentenceEnd.has(text[stop]!) || closing.has(text[stop]!))) stop++;
      if (stop === line.end || isSpace(text[stop])) {
        push(start, stop);
        start = stop;
        i = stop - 1;
      }
    }
    push(start, line.end);
  }
  return sentences;
}
