// What every section of the data card is rendered with.
import type { Catalogue } from "../../catalogue/load.ts";
import type { VersionStamp } from "../datapackage.ts";
import type { Lang } from "../i18n/languages.ts";
import { fill, type MessageKey, type Param } from "../i18n/messages.ts";
import type { ReaderData } from "../reader/data.ts";
import { escapeInline } from "./markdown.ts";

export interface DataCardInput {
  catalogue: Catalogue;
  stamp: VersionStamp;
  data: ReaderData;
  /** Titles of the published tables in each language. */
  tableTitles: Record<string, Record<Lang, string>>;
  citation: string;
  /** The files of the version the card lists (relative to its folder), with their sizes. */
  files: Array<{ path: string; bytes: number }>;
  /** The chart beside the card, or null when the version has none. */
  chartPath: string | null;
}

export interface CardContext {
  lang: Lang;
  input: DataCardInput;
  data: ReaderData;
  /** A message as markdown inside a line (its text and parameters escaped, trusted parameters as they are). */
  t: (key: MessageKey, params?: Record<string, Param>) => string;
}

export function cardContext(lang: Lang, input: DataCardInput): CardContext {
  return { lang, input, data: input.data, t: (key, params = {}) => fill(lang, key, params, escapeInline) };
}
