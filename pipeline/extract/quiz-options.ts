// A multiple-choice question's options ("3. كم شخصا … أوقف؟⏎أ) 119⏎ب) 131⏎ج) 153⏎د) 162"): each is one of the
// answers offered, not a figure the text states; which one is right, the text says elsewhere (its answer key).
import { lineAbove, lineAt, lineBelow, type LineSpan } from "../text/lines.ts";

/** An option's line: an Arabic letter of the abjad order, then ")" or "-" or ".", then the option. */
const optionLine = /^[^\S\n]*[أابجده][)\-.][^\S\n]/u;

const isOption = (text: string, line: LineSpan | undefined) => line !== undefined && optionLine.test(text.slice(line.start, line.end));

/** Why a number is set aside when it stands on an option's line among others ("أ) 119" under "ب) 131"), if it does. */
export function quizOption(text: string, mention: { start: number }): string | undefined {
  const line = lineAt(text, mention.start);
  if (!isOption(text, line)) return undefined;
  return isOption(text, lineAbove(text, line.start)) || isOption(text, lineBelow(text, line.end)) ? "one of the options of a multiple-choice question, not a figure the text states" : undefined;
}
