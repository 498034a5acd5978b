// Interface text of the page and the data card: one message table per language
// (pipeline/publish/i18n/<lang>.json), each checked against schemas/i18n-messages.schema.json, which lists
// every key, so the three tables cannot drift apart. A message is a text with {name} placeholders, or one
// text per CLDR plural category, chosen by the `count` parameter.
import type { Messages } from "../../types/i18n-messages.ts";
import { type Lang } from "./languages.ts";
import { formatNumber, pluralCategory } from "./numbers.ts";
import { messageTable } from "./tables.ts";

export { messageTable } from "./tables.ts";

export type MessageKey = keyof Messages;

/** Text already written in the target markup (HTML or markdown): inserted as it is. */
export interface Trusted {
  trusted: string;
}
export const trusted = (text: string): Trusted => ({ trusted: text });

/** A placeholder's value: text (escaped for the target), a number (formatted in the language, then escaped) or trusted markup. */
export type Param = string | number | Trusted;

function template(lang: Lang, key: MessageKey, count: Param | undefined): string {
  const message = messageTable(lang)[key] as string | Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
  if (typeof message === "string") return message;
  if (typeof count !== "number") throw new Error(`message ${key} needs a numeric {count}`);
  return message[pluralCategory(lang, count)] ?? message.other;
}

/**
 * A template as its literal parts (even indexes) and placeholders "{name}" (odd indexes), split once: messages
 * are filled for every line of every source, in three languages (the cards, the pages, the workbook's README).
 */
const partsOf = new Map<string, string[]>();

function templateParts(template: string): string[] {
  let parts = partsOf.get(template);
  if (!parts) partsOf.set(template, (parts = template.split(/(\{[a-z_]+\})/)));
  return parts;
}

/** Fills a message for a markup: literal text and parameters go through `escape`, trusted parameters do not. */
export function fill(lang: Lang, key: MessageKey, params: Record<string, Param>, escape: (text: string) => string): string {
  const parts = templateParts(template(lang, key, params.count));
  let filled = "";
  for (let index = 0; index < parts.length; index++) {
    const part = parts[index]!;
    if (index % 2 === 0) {
      filled += escape(part);
      continue;
    }
    const name = part.slice(1, -1);
    const value = params[name];
    if (value === undefined) throw new Error(`message ${key} (${lang}) needs the parameter {${name}}`);
    filled += typeof value === "number" ? escape(formatNumber(lang, value)) : typeof value === "string" ? escape(value) : value.trusted;
  }
  return filled;
}

/** A message as plain text. */
export const text = (lang: Lang, key: MessageKey, params: Record<string, Param> = {}) => fill(lang, key, params, (t) => t);
