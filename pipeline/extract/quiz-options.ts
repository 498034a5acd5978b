// A multiple-choice question's options ("3. كم شخصا … أوقف؟⏎أ) 119⏎ب) 131⏎ج) 153⏎د) 162"): each is one of the
// answers offered, not a figure the text states; which one is right, the text says elsewhere (its answer key).

/** An option's line: an Arabic letter of the abjad order, then ")" or "-" or ".", then the option. */
const optionLine = /^[^\S\n]*[أابجده][)\-.][^\S\n]/u;

/** The line holding offset `at`. */
function lineAt(text: string, at: number): { start: number; end: number } {
  const start = text.lastIndexOf("\n", at - 1) + 1;
  const newline = text.indexOf("\n", at);
  return { start, end: newline < 0 ? text.length : newline };
}

/** Whether the line next to `line` (above with -1, below with 1) is an option's line too. */
function nextIsOption(text: string, line: { start: number; end: number }, side: -1 | 1): boolean {
  if (side === -1 && line.start === 0) return false;
  if (side === 1 && line.end >= text.length) return false;
  const other = lineAt(text, side === -1 ? line.start - 1 : line.end + 1);
  return optionLine.test(text.slice(other.start, other.end));
}

/** Why a number is set aside when it stands on an option's line among others ("أ) 119" under "ب) 131"), if it does. */
export function quizOption(text: string, mention: { start: number }): string | undefined {
  const line = lineAt(text, mention.start);
  if (!optionLine.test(text.slice(line.start, line.end))) return undefined;
  return nextIsOption(text, line, -1) || nextIsOption(text, line, 1) ? "one of the options of a multiple-choice question, not a figure the text states" : undefined;
}
