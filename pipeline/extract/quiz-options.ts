// A multiple-choice question's options ("3. كم شخصا … أوقف؟⏎أ) 119⏎ب) 131⏎ج) 153⏎د) 162"): each is one of the
// answers offered, not a figure the text states; which one is right, the text says elsewhere (its answer key).
import { lineAbove, lineAt, lineBelow, type LineSpan } from "../text/lines.ts";

/** An option's line: an Arabic letter of the abjad order, then ")" or "-" or ".", then the option. */
const optionLine = /^[^\S\n]*[أابجده][)\-.][^\S\n]/u;

/**
 * Whether a line is an option: an item of a lettered list with no label before a colon ("أ- الإنابات القضائية
 * الدولية المتابعة: 131 إنابة" is a fact sheet's item, not an answer offered).
 */
const isOption = (text: string, line: LineSpan | undefined) => line !== undefined && optionLine.test(text.slice(line.start, line.end)) && !/[:：]/u.test(text.slice(line.start, line.end));

/** How many options a question may offer, the lines between the question and an option. */
const mostOptions = 6;

/** Whether the lines above an option's, past the other options, reach a question ("… أوقف؟"): not a lettered list's items ("أ- مقابل 7215 ملفا سنة 2024"). */
function underQuestion(text: string, line: LineSpan): boolean {
  let above = lineAbove(text, line.start);
  for (let step = 0; above && step < mostOptions && isOption(text, above); step++) above = lineAbove(text, above.start);
  return above !== undefined && /[؟?]/u.test(text.slice(above.start, above.end));
}

/** Why a number is set aside when it stands on an option's line among others ("أ) 119" under "ب) 131"), if it does. */
export function quizOption(text: string, mention: { start: number }): string | undefined {
  const line = lineAt(text, mention.start);
  if (!isOption(text, line)) return undefined;
  const amongOptions = isOption(text, lineAbove(text, line.start)) || isOption(text, lineBelow(text, line.end));
  return amongOptions && underQuestion(text, line) ? "one of the options of a multiple-choice question, not a figure the text states" : undefined;
}
