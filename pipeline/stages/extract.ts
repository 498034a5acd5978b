// Stage 2, extract: ingested text → every number found and how each is read (extract/read-source.ts): a figure
// (indicator, category, period, base period, quote, evidence), a number held back or unaccounted (with the
// reason), a year, date, time or identifier, an ignored number or page cruft; then the audited corrections.
import type { Catalogue } from "../catalogue/load.ts";
import { applyCorrections } from "../extract/corrections.ts";
import { makeObservation } from "../extract/observation.ts";
import { readSource } from "../extract/read-source.ts";
import { headlineLine } from "../text/headline.ts";
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

/** The fields of a mention that say how it was read. */
type ReadFields = Pick<AccountedMention, "indicator_id" | "period" | "observation_id" | "evidence" | "reason">;

/** Those of a mention read as nothing. */
const unread: ReadFields = { indicator_id: null, period: null, observation_id: null, evidence: null, reason: null };

export function extract(source: IngestedSource, catalogue: Catalogue): ExtractedSource {
  const { mentions, outcomes } = readSource(source, catalogue);
  const lines = new LineIndex(source.text);
  const accounted = applyCorrections(mentions.map((m) => ({ mention: m, outcome: outcomes.get(m) })), source, catalogue);
  const figures: ExtractedSource["figures"] = [];
  const cruftAt = cruftFinder(source.cruft);
  const headline = headlineLine(source.text, source.metadata.title);
  const result = accounted.map(({ mention, outcome }): AccountedMention => {
    const { line, column } = lines.position(mention.start);
    // One object per mention, its reading's fields written in place, in the order a draft with them all null then
    // overwritten had: copying such a draft again cost a copy of every field, 165,000 numbers at 10,000 sources.
    const as = (status: AccountedMention["status"], read: ReadFields): AccountedMention =>
      ({ source_id: source.id, ...mention, line, column, indicator_id: read.indicator_id, period: read.period, observation_id: read.observation_id, evidence: read.evidence, reason: read.reason, status });
    if (!outcome) {
      const cruft = cruftAt(mention.start);
      return cruft ? as("cruft", { ...unread, reason: `on a page-cruft line (rule ${cruft.rule})` }) : as("unaccounted", { ...unread, reason: "not inside a sentence of the article" });
    }
    if (!("reading" in outcome)) return { ...as(outcome.status, unread), ...outcome };
    const { reading } = outcome;
    if (reading.status !== "figure") {
      return as(reading.status, { indicator_id: reading.indicatorId, period: reading.period, observation_id: null, evidence: reading.evidence, reason: reading.reason });
    }
    const observation = makeObservation({ sourceId: source.id, text: source.text, lines, mention, reading, sentence: outcome.sentence });
    figures.push(headline && mention.start >= headline.start && mention.end <= headline.end ? { mention_start: mention.start, observation, headline: true } : { mention_start: mention.start, observation });
    return as("observation", { indicator_id: observation.indicator_id, period: observation.period, observation_id: observation.observation_id, evidence: reading.evidence, reason: null });
  });
  return { id: source.id, file: source.file, metadata: source.metadata, sha256: source.sha256, bytes: source.bytes, text: source.text, mentions: result, figures };
}
