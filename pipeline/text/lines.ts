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

/** The line starting right after `lineEnd` (the \n that ends a line), or undefined when no \n is there. */
export function lineBelow(text: string, lineEnd: number): LineSpan | undefined {
  if (lineEnd < 0 || lineEnd >= text.length) return undefined;
  return lineAt(text, lineEnd + 1);
}
