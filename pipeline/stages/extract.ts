// Stage 2, extract: ingested text → every number found and how each is read (extract/read-source.ts): a figure
// (indicator, category, period, base period, quote, evidence), a number held back or unaccounted (with the
// reason), a year, date, time or identifier, an ignored number or page cruft; then the audited corrections.
import type { Catalogue } from "../catalogue/load.ts";
import { applyCorrections } from "../extract/corrections.ts";
import { makeObservation } from "../extract/observation.ts";
import { readSource } from "../extract/read-source.ts";
import { LineIndex } from "../lib/text-position.ts";
import type { ExtractedSource } from "../types/extracted.ts";
import type { IngestedSource } from "../types/ingested.ts";
import type { AccountedMention } from "../types/mention.ts";

/** The cruft line holding an offset, for offsets asked in increasing order (mentions are in text order). */
function cruftFinder(cruft: IngestedSource["cruft"]) {
  let next = 0;
  return (offset: number) => {
    while (next < cruft.length && cruft[next]!.end <= offset) next++;
    const line = cruft[next];
    return line && offset >= line.start && offset < line.end ? line : undefined;
  };
}

export function extract(source: IngestedSource, catalogue: Catalogue): ExtractedSource {
  const { mentions, outcomes } = readSource(source, catalogue);
  const lines = new LineIndex(source.text);
  const accounted = applyCorrections(mentions.map((m) => ({ mention: m, outcome: outcomes.get(m) })), source, catalogue);
  const figures: ExtractedSource["figures"] = [];
  const cruftAt = cruftFinder(source.cruft);
  const result = accounted.map(({ mention, outcome }): AccountedMention => {
    const { line, column } = lines.position(mention.start);
    const base = { source_id: source.id, ...mention, line, column, indicator_id: null, period: null, observation_id: null, evidence: null, reason: null };
    if (!outcome) {
      const cruft = cruftAt(mention.start);
      return cruft ? { ...base, status: "cruft" as const, reason: `on a page-cruft line (rule ${cruft.rule})` } : { ...base, status: "unaccounted" as const, reason: "not inside a sentence of the article" };
    }
    if (!("reading" in outcome)) return { ...base, ...outcome };
    const { reading } = outcome;
    if (reading.status !== "figure") {
      return { ...base, status: reading.status, indicator_id: reading.indicatorId, period: reading.period, evidence: reading.evidence, reason: reading.reason };
    }
    const observation = makeObservation({ sourceId: source.id, text: source.text, lines, mention, reading, sentence: outcome.sentence });
    figures.push({ mention_start: mention.start, observation });
    return { ...base, status: "observation" as const, indicator_id: observation.indicator_id, period: observation.period, observation_id: observation.observation_id, evidence: reading.evidence };
  });
  return { id: source.id, file: source.file, metadata: source.metadata, sha256: source.sha256, bytes: source.bytes, text: source.text, mentions: result, figures };
}
