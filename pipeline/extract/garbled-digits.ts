// Digits a page may have garbled (a scanned page read by OCR, a hurried copy), which a reader corrects from the
// rest of the page and the tool cannot: a number mixing Western and Arabic-Indic digits ("195٥", "٦0"), or three
// digits, a plain space and three more ("104 112": a thousands group, or two columns of a table read row by row), a
// keycap digit then a space and digits ("2️⃣ 104": an item's number, then its value).
import type { NumberMention } from "../types/number-mention.ts";

/** Digits of both scripts side by side in one run ("195٥"; not "٣ آلاف و120", two numbers' digits in a phrase). */
const mixedRun = /[0-9][٠-٩۰-۹]|[٠-٩۰-۹][0-9]/u;
/** Three digits, one plain space, three digits that are not zeros ("250 000" is a quarter of a million). */
const spacedColumns = /(?:^|[^0-9٠-٩۰-۹])[0-9٠-٩۰-۹]{3} (?![0٠۰]{3})[0-9٠-٩۰-۹]{3}/u;

/** A keycap digit ("2️⃣"), then a space and a digit: the keycap numbers an item, the digits after it are its value. */
const keycapBeforeDigits = /\u20E3[ \t]+[0-9٠-٩۰-۹]/u;

/** Why the digits of a mention as written cannot be vouched for, or undefined when they can. */
export function garbledDigits(text: string, mention: NumberMention): string | undefined {
  if (mention.form === "words") return undefined;
  const written = text.slice(mention.start, mention.end);
  if (mixedRun.test(written)) return `a number mixing Western and Arabic-Indic digits («${written}»): a slip of a scan or of typing, which the text does not settle`;
  if (keycapBeforeDigits.test(written)) return `a keycap digit, a space and more digits («${written}»): an item's number and its value read as one number`;
  if (spacedColumns.test(written)) return `three digits, a space and three more («${written}»): a thousands group or two columns of a table, which the text does not settle`;
  return undefined;
}
