/** A line of a text: its raw span without the line end (\n or \r\n). */
export interface LineSpan {
  start: number;
  end: number;
}

export function splitLines(text: string): LineSpan[] {
  const lines: LineSpan[] = [];
  let start = 0;
  for (;;) {
    const newline = text.indexOf("\n", start);
    const stop = newline < 0 ? text.length : newline;
    const end = stop > start && text.charCodeAt(stop - 1) === 13 ? stop - 1 : stop;
    lines.push({ start, end });
    if (newline < 0) return lines;
    start = newline + 1;
  }
}
