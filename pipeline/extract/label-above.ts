// A card of figures puts each number alone on its line under its label ("🔹 إنابات قضائية دولية⏎171⏎🔹 أوامر
// دولية بإلقاء القبض⏎133"): the label is the line above, and the line below is the next figure's label, not the
// number's noun. A number alone on its line under anything else ("📁 ١٧٢٢⏎ملفا وطلب معلومات") or ending a
// wrapped line of prose ("عالج القطب 7146⏎ملفا") keeps its noun on the next line.
import type { NumberMention } from "../types/number-mention.ts";

/** The raw span of the label line right above a number alone on its line (letters, no digits), or undefined. */
export function labelLineAbove(text: string, mention: NumberMention): { start: number; end: number } | undefined {
  const lineStart = text.lastIndexOf("\n", mention.start - 1) + 1;
  const lineEnd = text.indexOf("\n", mention.end);
  const rest = text.slice(lineStart, mention.start) + text.slice(mention.end, lineEnd < 0 ? text.length : lineEnd);
  if (/\p{L}/u.test(rest) || lineStart === 0) return undefined;
  const start = text.lastIndexOf("\n", lineStart - 2) + 1;
  const previousLine = text.slice(start, lineStart - 1);
  return /\p{L}/u.test(previousLine) && !/\p{N}/u.test(previousLine) ? { start, end: lineStart - 1 } : undefined;
}
