// The message tables (pipeline/publish/i18n/<lang>.json), each checked against schemas/i18n-messages.schema.json
// once per run: the interface text (messages.ts) and the marks numbers are written with (numbers.ts).
import { readFileSync } from "node:fs";
import { parseJson } from "../../lib/json.ts";
import { projectPath } from "../../lib/paths.ts";
import { validateAgainst } from "../../lib/schemas.ts";
import type { Messages } from "../../types/i18n-messages.ts";
import type { Lang } from "./languages.ts";

const tables = new Map<Lang, Messages>();

export function messageTable(lang: Lang): Messages {
  let table = tables.get(lang);
  if (!table) {
    const file = projectPath("pipeline", "publish", "i18n", `${lang}.json`);
    table = validateAgainst<Messages>("i18n-messages.schema.json", parseJson(readFileSync(file, "utf8"), file), file);
    tables.set(lang, table);
  }
  return table;
}
