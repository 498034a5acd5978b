// "عالج القطب 81 0 ملفات", "ما مجموعه 7⏎215 ملفا": two numbers in digits with only a space or a line break between, which the recognizer did not read as
// one number grouped in thousands ("5 800"), are a number a scan or a copy split ("810"), or two numbers of a row
// written without separators. Which one the text means cannot be told: both are held back, never published as "0
// files".
import type { NumberMention } from "../types/number-mention.ts";

const digitsOnly = (mention: NumberMention) => mention.kind === "number" && mention.form === "digits";

/** The reason to hold back each number of such a pair, by mention. */
export function splitDigitPairs(text: string, mentions: readonly NumberMention[]): Map<NumberMention, string> {
  const split = new Map<NumberMention, string>();
  for (let i = 0; i + 1 < mentions.length; i++) {
    const [first, second] = [mentions[i]!, mentions[i + 1]!];
    const gap = text.slice(first.end, second.start);
    // Or a line break: a line ending on digits and the next opening on digits ("ما مجموعه 7⏎215 ملفا", a PDF's lines).
    if (!digitsOnly(first) || !digitsOnly(second) || (gap !== " " && !/^[ \t]*\n[ \t]*$/u.test(gap))) continue;
    const reason = `two numbers side by side with only a space or a line break between («${text.slice(first.start, second.end)}»): one number split by a scan or a copy, or two numbers of a row; the text does not say which`;
    split.set(first, reason);
    split.set(second, reason);
  }
  return split;
}
