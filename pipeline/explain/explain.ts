// `npm run pipeline -- explain <source-id>`: every number of a source with its status, the words that decided
// it, and, for a number the run holds back or cannot account for, what to add to the catalogue.
import type { Catalogue } from "../catalogue/load.ts";
import type { DoubtHint } from "../extract/reading.ts";
import { readSource } from "../extract/read-source.ts";
import { UserError } from "../lib/errors.ts";
import { extract } from "../stages/extract.ts";
import { validate } from "../stages/validate.ts";
import type { IngestedSource } from "../types/ingested.ts";
import type { AccountedMention } from "../types/mention.ts";
import { suggestions } from "./suggest.ts";

function verdict(m: AccountedMention): string {
  switch (m.status) {
    case "observation":
      return `published: ${m.observation_id}`;
    case "restatement":
      return `restates ${m.observation_id}`;
    case "held_back":
      return `held back: ${m.reason}`;
    case "unaccounted":
      return `not accounted for: ${m.reason}`;
    case "ignored":
    case "cruft":
      return `${m.status}: ${m.reason}`;
    default:
      return `${m.status} (not a figure)`;
  }
}

/** The explanation of one source, read beside all the others (agreement is judged across sources). */
export function explainSource(sourceId: string, sources: readonly IngestedSource[], catalogue: Catalogue): string[] {
  const source = sources.find((s) => s.id === sourceId);
  if (!source) throw new UserError(sourceId, "", "no source has this id", `give the id of a source in raw/ (the file name without .txt): ${sources.map((s) => s.id).join(", ")}`);
  const validated = validate(sources.map((s) => extract(s, catalogue)), catalogue);
  const hints = new Map<number, DoubtHint | undefined>();
  for (const [mention, outcome] of readSource(source, catalogue).outcomes) {
    if ("reading" in outcome && outcome.reading.status !== "figure") hints.set(mention.start, outcome.reading.hint);
  }
  const lines: string[] = [`${source.file}: ${source.metadata.reference_period}, ${validated.mentions.filter((m) => m.source_id === sourceId).length} numbers`];
  for (const m of validated.mentions.filter((m) => m.source_id === sourceId)) {
    lines.push(`${source.file}:${m.line}:${m.column}  «${m.text}»  ${verdict(m)}`);
    if (m.evidence) lines.push(`    because: ${m.evidence}`);
    if (m.status === "held_back" || m.status === "unaccounted") for (const line of suggestions(m, hints.get(m.start))) lines.push(`    ${line}`);
  }
  return lines;
}
