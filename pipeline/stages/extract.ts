// Stage 2, extract: ingested text → every number found and how each is read: a figure (indicator, category,
// period, base period, quote, evidence), a number held back or unaccounted (with the reason), a year, date,
// time or identifier, an ignored number or page cruft. One pass over the sentences and their numbers.
import { recognizeNumbers } from "../arabic/numbers/index.ts";
import type { Catalogue } from "../catalogue/load.ts";
import { type Clause, clausesOf, type Span } from "../extract/clauses.ts";
import { applyCorrections } from "../extract/corrections.ts";
import { countedNouns } from "../extract/counted-noun.ts";
import { readCount } from "../extract/count-reading.ts";
import { matchIgnoreRule } from "../extract/ignore-rules.ts";
import { makeObservation } from "../extract/observation.ts";
import { readPercent } from "../extract/percent-reading.ts";
import { type CountFigure, emptySentence } from "../extract/sentence-state.ts";
import { contextualYear } from "../extract/years.ts";
import { grammarWords } from "../extract/grammar-words.ts";
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
  const words = findWords(source.normalised, source.offset_map);
  const catalogued = countedNouns(catalogue.indicators.indicators);
  const mentions = recognizeNumbers(source.text).map((m) => contextualYear(m, source.text, words, catalogued));
  const outcomes = new Map<NumberMention, Outcome>();
  let next = 0;
  let lastCount: CountFigure | undefined;
  for (const sentence of source.sentences) {
    while (next < mentions.length && mentions[next]!.start < sentence.start) next++;
    const first = next;
    while (next < mentions.length && mentions[next]!.end <= sentence.end) next++;
    if (next > first) lastCount = readSentence({ source, catalogue, words, catalogued, outcomes }, sentence, mentions.slice(first, next), lastCount);
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

/**
 * Reads the numbers of one sentence: the counts first, in order (a count may continue the one before it), then
 * the percentages, which may refer to any count of the sentence: the one before as their subject, one before
 * or after as their base ("تراجعا بـ04 بالمائة، إذ تابع المكتب تنفيذ 77 إنابة، مقابل 80 في الفترة ذاتها من
 * العام الماضي"). Returns the sentence's last count figure, which the next sentence may refer to.
 */
function readSentence(extraction: Extraction, sentence: Span, mentions: NumberMention[], previousSentence: CountFigure | undefined): CountFigure | undefined {
  const { source, catalogue, words, outcomes } = extraction;
  const clauses = clausesOf(source.text, sentence, mentions, { words, relatives: grammarWords.relatives });
  const sentenceStart = firstWordAt(words, sentence.start);
  const years = mentions.filter((m) => m.kind === "year");
  const soFar = emptySentence(previousSentence);
  const percents: Array<{ mention: NumberMention; scope: NumberScope }> = [];
  mentions.forEach((mention, index) => {
    if (notFigures.has(mention.kind)) {
      outcomes.set(mention, { status: mention.kind as "year" });
      return;
    }
    const scope = numberScope(extraction, mention, clauses[index]!, sentence, sentenceStart, years);
    const rule = matchIgnoreRule(catalogue.ignore.rules, mention, scope.before.at(-1), scope.after[0]);
    if (rule) {
      outcomes.set(mention, { status: "ignored", reason: `${rule.id}: ${rule.reason}` });
      return;
    }
    if (mention.kind === "percent") {
      percents.push({ mention, scope });
      return;
    }
    const { reading, counted } = readCount(scope, catalogue, soFar, extraction.catalogued);
    outcomes.set(mention, { reading, sentence });
    if (counted) soFar.lastCounted = counted;
    soFar.lastCount = reading.status === "figure" ? { indicator: reading.indicator, period: reading.period, counted, start: mention.start, clause: [...scope.before, ...scope.after] } : undefined;
    if (soFar.lastCount) soFar.counts.push(soFar.lastCount);
  });
  for (const { mention, scope } of percents) {
    const { reading, change } = readPercent(scope, catalogue, soFar, extraction.catalogued);
    outcomes.set(mention, { reading, sentence });
    soFar.previousChange = change;
    soFar.previousBase = reading.status === "figure" ? (reading.basePeriod ?? undefined) : undefined;
  }
  return soFar.counts.at(-1) ?? previousSentence;
}

function numberScope(extraction: Extraction, mention: NumberMention, clause: Clause, sentence: Span, sentenceStart: number, years: readonly NumberMention[]): NumberScope {
  const { words, source } = extraction;
  const inside = (span: Span) => (m: NumberMention) => m.start >= span.start && m.end <= span.end;
  const clauseStart = firstWordAt(words, clause.before.start);
  return {
    text: source.text,
    mention,
    before: wordsWithin(words, clause.before.start, clause.before.end),
    after: wordsWithin(words, clause.after.start, clause.after.end),
    earlier: words.slice(sentenceStart, clauseStart),
    lead: wordsWithin(words, clause.lead.start, clause.lead.end),
    yearsBefore: years.filter(inside(clause.before)),
    yearsAfter: years.filter(inside(clause.after)),
    reference: source.metadata.reference_period,
    previousClause: { words: wordsWithin(words, clause.previous.start, clause.previous.end), years: years.filter(inside(clause.previous)) },
    publishedYear: source.metadata.published === null ? null : Number(source.metadata.published.slice(0, 4)),
    wordAfter: (word) => {
      const next = words[firstWordAt(words, word.end)];
      return next && next.end <= sentence.end ? next : null;
    },
  };
}
