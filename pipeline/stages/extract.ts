// Stage 2, extract: ingested text → every number found and how each is read: a figure (indicator, category,
// period, base period, quote, evidence), a number held back or unaccounted (with the reason), a year, date,
// time or identifier, an ignored number or page cruft. One pass over the sentences and their numbers.
import { recognizeNumbers } from "../arabic/numbers/index.ts";
import type { Catalogue } from "../catalogue/load.ts";
import { type Clause, clausesOf, type Span } from "../extract/clauses.ts";
import { applyCorrections } from "../extract/corrections.ts";
import { countedNouns, type CountedNoun } from "../extract/counted-noun.ts";
import { readCount } from "../extract/count-reading.ts";
import { matchIgnoreRule } from "../extract/ignore-rules.ts";
import { makeObservation } from "../extract/observation.ts";
import { readPercent, type SentenceSoFar } from "../extract/percent-reading.ts";
import type { Outcome } from "../extract/reading.ts";
import type { NumberScope } from "../extract/scope.ts";
import { findWords, firstWordAt, type Word, wordsWithin } from "../extract/words.ts";
import { LineIndex } from "../lib/text-position.ts";
import type { ExtractedSource } from "../types/extracted.ts";
import type { IngestedSource } from "../types/ingested.ts";
import type { AccountedMention } from "../types/mention.ts";
import type { NumberMention } from "../types/number-mention.ts";

const notFigures = new Set(["year", "date", "time", "identifier"]);

export function extract(source: IngestedSource, catalogue: Catalogue): ExtractedSource {
  const mentions = recognizeNumbers(source.text);
  const words = findWords(source.normalised, source.offset_map);
  const catalogued = countedNouns(catalogue.indicators.indicators);
  const outcomes = new Map<NumberMention, Outcome>();
  let next = 0;
  for (const sentence of source.sentences) {
    while (next < mentions.length && mentions[next]!.start < sentence.start) next++;
    const first = next;
    while (next < mentions.length && mentions[next]!.end <= sentence.end) next++;
    if (next > first) readSentence({ source, catalogue, words, catalogued, outcomes }, sentence, mentions.slice(first, next));
  }
  const lines = new LineIndex(source.text);
  const accounted = applyCorrections(mentions.map((m) => ({ mention: m, outcome: outcomes.get(m) })), source, catalogue);
  const figures: ExtractedSource["figures"] = [];
  const result = accounted.map(({ mention, outcome }): AccountedMention => {
    const { line, column } = lines.position(mention.start);
    const base = { source_id: source.id, ...mention, line, column, indicator_id: null, period: null, observation_id: null, evidence: null, reason: null };
    if (!outcome) {
      const cruft = source.cruft.find((span) => mention.start >= span.start && mention.start < span.end);
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

interface Extraction {
  source: IngestedSource;
  catalogue: Catalogue;
  words: Word[];
  catalogued: string[];
  outcomes: Map<NumberMention, Outcome>;
}

/** Reads the numbers of one sentence in order: a percentage may refer to the count before it. */
function readSentence(extraction: Extraction, sentence: Span, mentions: NumberMention[]) {
  const { source, catalogue, words, outcomes } = extraction;
  const clauses = clausesOf(source.text, sentence, mentions);
  const sentenceStart = firstWordAt(words, sentence.start);
  const years = mentions.filter((m) => m.kind === "year");
  let previousCounted: CountedNoun | undefined;
  const soFar: SentenceSoFar = { previousCount: undefined, previousChange: undefined };
  mentions.forEach((mention, index) => {
    if (notFigures.has(mention.kind)) {
      outcomes.set(mention, { status: mention.kind as "year" });
      return;
    }
    const clause = clauses[index]!;
    const scope = numberScope(extraction, mention, clause, sentenceStart, years);
    const rule = matchIgnoreRule(catalogue.ignore.rules, mention, scope.before.at(-1), scope.after[0]);
    if (rule) {
      outcomes.set(mention, { status: "ignored", reason: `${rule.id}: ${rule.reason}` });
      return;
    }
    if (mention.kind === "number") {
      const { reading, counted } = readCount(scope, catalogue, previousCounted, extraction.catalogued);
      outcomes.set(mention, { reading, sentence });
      if (counted) previousCounted = counted;
      if (reading.status === "figure") soFar.previousCount = { indicator: reading.indicator, period: reading.period };
    } else {
      const { reading, change } = readPercent(scope, catalogue, soFar, extraction.catalogued);
      outcomes.set(mention, { reading, sentence });
      soFar.previousChange = change;
    }
  });
}

function numberScope(extraction: Extraction, mention: NumberMention, clause: Clause, sentenceStart: number, years: readonly NumberMention[]): NumberScope {
  const { words, source } = extraction;
  const inside = (span: Span) => (m: NumberMention) => m.start >= span.start && m.end <= span.end;
  const clauseStart = firstWordAt(words, clause.before.start);
  return {
    text: source.text,
    mention,
    before: wordsWithin(words, clause.before.start, clause.before.end),
    after: wordsWithin(words, clause.after.start, clause.after.end),
    earlier: words.slice(sentenceStart, clauseStart),
    yearsBefore: years.filter(inside(clause.before)),
    yearsAfter: years.filter(inside(clause.after)),
    reference: source.metadata.reference_period,
    publishedYear: source.metadata.published === null ? null : Number(source.metadata.published.slice(0, 4)),
  };
}
