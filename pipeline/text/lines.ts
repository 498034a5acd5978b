/** A line of a text: its raw span without the line end (\n, \r\n or a lone \r). */
export interface LineSpan {
  start: number;
  end: number;
}

/** The lines of `text`, as LineIndex (pipeline/lib/text-position.ts) counts them: \r\n is one break, a lone \r one too. */
export function splitLines(text: string): LineSpan[] {
  const lines: LineSpan[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code !== 10 && code !== 13) continue;
    lines.push({ start, end: i });
    if (code === 13 && text.charCodeAt(i + 1) === 10) i++;
    start = i + 1;
  }
  lines.push({ start, end: text.length });
  return lines;
}

/** The line ending right before `lineStart` (which starts a line, after a \n), or undefined at the text's start. */
export function lineAbove(text: string, lineStart: number): LineSpan | undefined {
  if (lineStart === 0) return undefined;
  return { start: text.lastIndexOf("\n", lineStart - 2) + 1, end: lineStart - 1 };
}

/** The line holding offset `at` (a \n ends the line before it). */
export function lineAt(text: string, at: number): LineSpan {
  const newline = text.indexOf("\n", at);
  return { start: text.lastIndexOf("\n", at - 1) + 1, end: newline < 0 ? text.length : newline };
}

/**
 * The line holding offset `at` when it is at most `longest` characters long, else undefined: found within a window
 * around `at`, so that each number of a text that is one endless line costs no more than the window.
 */
export function shortLineAt(text: string, at: number, longest: number): LineSpan | undefined {
  const from = Math.max(0, at - longest);
  const before = text.slice(from, at).lastIndexOf("\n");
  if (before < 0 && from > 0) return undefined;
  const after = text.slice(at, at + longest).indexOf("\n");
  if (after < 0 && at + longest < text.length) return undefined;
  const line = { start: before < 0 ? 0 : from + before + 1, end: after < 0 ? text.length : at + after };
  return line.end - line.start <= longest ? line : undefined;
}

/** The line starting right after `lineEnd` (the \n that ends a line), or undefined when no \n is there. */
export function lineBelow(text: string, lineEnd: number): LineSpan | undefined {
  if (lineEnd < 0 || lineEnd >= text.length) return undefined;
  return lineAt(text, lineEnd + 1);
}
