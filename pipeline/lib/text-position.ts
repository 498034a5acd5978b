/**
 * Line and column (both 1-based; columns count UTF-16 code units, as JavaScript string offsets do) of offsets in
 * one text. A line ends at \n, at \r\n (one break) or at a lone \r (old Mac line ends), as editors show them.
 */
export class LineIndex {
  private readonly lineStarts: number[] = [0];

  constructor(text: string) {
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code === 10 || (code === 13 && text.charCodeAt(i + 1) !== 10)) this.lineStarts.push(i + 1);
    }
  }

  position(offset: number): { line: number; column: number } {
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.lineStarts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - this.lineStarts[low]! + 1 };
  }

  /** "line:column" as editors and compilers print it. */
  label(offset: number): string {
    const { line, column } = this.position(offset);
    return `${line}:${column}`;
  }
}
