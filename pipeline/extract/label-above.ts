// A card of figures puts each number alone on its line under its label ("🔹 إنابات قضائية دولية⏎171⏎🔹 أوامر
// دولية بإلقاء القبض⏎133"): the label is the line above, and the line below is the next figure's label, not the
// number's noun. An infographic may put the label under the number instead ("143⏎إنابة قضائية دولية⏎106⏎أوامر
// دولية بإلقاء القبض"): a block of such lines that does not end on a number has its labels below. A number alone on its line under anything else ("📁 ١٧٢٢⏎ملفا وطلب معلومات") or ending a
// wrapped line of prose ("عالج القطب 7146⏎ملفا") keeps its noun on the next line.
import type { NumberMention } from "../types/number-mention.ts";

/** The raw span of the label line right above a number alone on its line (letters, no digits), or undefined. */
export function labelLineAbove(text: string, mention: NumberMention): { start: number; end: number } | undefined {
  const lineStart = text.lastIndexOf("\n", mention.start - 1) + 1;
  const lineEnd = text.indexOf("\n", mention.end);
  const rest = text.slice(lineStart, mention.start) + text.slice(mention.end, lineEnd < 0 ? text.length : lineEnd);
  if (/\p{L}/u.test(rest) || lineStart === 0 || labelsBelow(text, lineEnd)) return undefined;
  const start = text.lastIndexOf("\n", lineStart - 2) + 1;
  const previousLine = text.slice(start, lineStart - 1);
  return /\p{L}/u.test(previousLine) && !/\p{N}/u.test(previousLine) ? { start, end: lineStart - 1 } : undefined;
}

const isNumberLine = (line: string) => /\p{N}/u.test(line) && !/\p{L}/u.test(line);
const isLabelLine = (line: string) => /\p{L}/u.test(line) && !/\p{N}/u.test(line);

/**
 * Whether the number's line (ending at `from`) is followed by a label line, and its block of lines (up to the next
 * empty line) does not end on a number line, as a card of labels above their numbers does: the labels stand under
 * their numbers.
 */
function labelsBelow(text: string, from: number): boolean {
  if (from < 0) return false;
  const blockEnd = text.indexOf("\n\n", from);
  const lines = text.slice(from + 1, blockEnd < 0 ? text.length : blockEnd).split("\n").map((l) => l.trim()).filter((l) => l !== "");
  if (lines.length === 0 || !isLabelLine(lines[0]!)) return false;
  return !isNumberLine(lines.at(-1)!);
}
