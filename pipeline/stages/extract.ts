// Stage 2, extract: ingested text → every number found, how each is accounted for, and the observations.
import { recognizeInSource } from "../arabic/numbers/index.ts";
import type { Catalogue } from "../catalogue/load.ts";
import { applyCorrections } from "../extract/corrections.ts";
import { matchIgnoreRule } from "../extract/ignore-rules.ts";
import { matchCountIndicator } from "../extract/indicator-match.ts";
import { makeObservation } from "../extract/observation.ts";
import { changeDirection, matchPercentChange, signedChange } from "../extract/percent-change.ts";
import { type Segment, segmentSentence } from "../extract/segments.ts";
import { findWords, type Word, wordsWithin } from "../extract/words.ts";
import { UserError } from "../lib/errors.ts";
import { LineIndex } from "../lib/text-position.ts";
import type { Indicator } from "../types/catalogue-indicators.ts";
import type { ExtractedSource } from "../types/extracted.ts";
import type { IngestedSource } from "../types/ingested.ts";
import type { AccountedMention } from "../types/mention.ts";
import type { NumberMention } from "../types/number-mention.ts";
import type { Observation } from "../types/observation.ts";

type Span = { start: number; end: number };

type Status = Pick<AccountedMention, "status" | "indicator_id" | "reason"> & Partial<Pick<AccountedMention, "period" | "observation_id" | "evidence">>;

/** Everything one source's extraction works with. */
interface SourceContext {
  source: IngestedSource;
  catalogue: Catalogue;
  words: Word[];
  lines: LineIndex;
  observations: Map<string, Observation>;
  status: Map<NumberMention, Status>;
}

export function extract(source: IngestedSource, catalogue: Catalogue): ExtractedSource {
  const mentions = recognizeInSource(source);
  const context: SourceContext = {
    source,
    catalogue,
    words: findWords(source.normalised, source.offset_map),
    lines: new LineIndex(source.text),
    observations: new Map(),
    status: new Map(),
  };
  for (const sentence of source.sentences) {
    const inSentence = mentions.filter((m) => m.start >= sentence.start && m.end <= sentence.end);
    if (inSentence.length > 0) extractSentence(context, sentence, inSentence);
  }
  const observations = applyCorrections([...context.observations.values()], source.text, source.id, catalogue.corrections, catalogue.files.corrections);
  return {
    id: source.id,
    file: source.file,
    metadata: source.metadata,
    sha256: source.sha256,
    bytes: source.bytes,
    text: source.text,
    mentions: mentions.map((mention) => account(context, mention)),
    observations,
  };
}

/** The status of a mention; one outside every sentence is cruft or, if not, unaccounted. */
function account(context: SourceContext, mention: NumberMention): AccountedMention {
  const { line, column } = context.lines.position(mention.start);
  const cruft = context.source.cruft.find((span) => mention.start >= span.start && mention.start < span.end);
  const status: Status = context.status.get(mention) ??
    (cruft
      ? { status: "cruft", indicator_id: null, reason: `on a page-cruft line (rule ${cruft.rule})` }
      : { status: "unaccounted", indicator_id: null, reason: "not inside a sentence of the article" });
  return { source_id: context.source.id, ...mention, line, column, period: null, observation_id: null, evidence: null, ...status };
}

function extractSentence(context: SourceContext, sentence: Span, mentions: NumberMention[]) {
  const segments = segmentSentence(context.source.text, sentence, mentions);
  const sentenceWords = wordsWithin(context.words, sentence.start, sentence.end);
  const countIndicatorAt = new Map<NumberMention, string>();
  mentions.forEach((mention, index) => {
    const status = accountNumber(context, mention, segments[index]!, sentenceWords, sentence);
    context.status.set(mention, status);
    if (status.status === "observation" && status.indicator_id !== null && mention.kind === "number") countIndicatorAt.set(mention, status.indicator_id);
  });
  mentions.forEach((mention, index) => {
    if (mention.kind !== "percent" || context.status.get(mention)?.status === "ignored") return;
    const previousCount = [...countIndicatorAt].filter(([m]) => m.end <= mention.start).at(-1)?.[1];
    const after = segments[index]!.after;
    context.status.set(mention, accountPercent(context, mention, previousCount, mentions.filter((m) => m.kind === "year" && m.start >= after.start && m.end <= after.end), sentenceWords, sentence));
  });
}

function accountNumber(context: SourceContext, mention: NumberMention, segment: Segment, sentenceWords: Word[], sentence: Span): Status {
  if (mention.kind === "year" || mention.kind === "date" || mention.kind === "time" || mention.kind === "identifier") return { status: mention.kind, indicator_id: null, reason: null };
  const previousWord = sentenceWords.filter((w) => w.end <= mention.start).at(-1);
  const nextWord = sentenceWords.find((w) => w.start >= mention.end);
  const rule = matchIgnoreRule(context.catalogue.ignore.rules, mention, previousWord, nextWord);
  if (rule) return { status: "ignored", indicator_id: null, reason: `${rule.id}: ${rule.reason}` };
  if (mention.kind !== "number") return { status: "unaccounted", indicator_id: null, reason: "not yet examined" };
  const before = wordsWithin(sentenceWords, segment.before.start, segment.before.end);
  const after = wordsWithin(sentenceWords, segment.after.start, segment.after.end);
  const match = matchCountIndicator({ mention, before, after }, context.catalogue.indicators.indicators);
  if (match.indicator === null) return { status: "unaccounted", indicator_id: null, reason: match.reason };
  return observe(context, match.indicator, mention, { quoteEnd: match.counted?.end ?? mention.end, sentence, basePeriod: null, value: mention.value, qualifier: mention.qualifier });
}

function accountPercent(context: SourceContext, mention: NumberMention, previousCount: string | undefined, yearsAfter: NumberMention[], sentenceWords: Word[], sentence: Span): Status {
  const direction = changeDirection(sentenceWords.filter((w) => w.end <= mention.start), context.catalogue.indicators.change_words);
  const match = matchPercentChange({ direction, previousCount, yearsAfter, indicators: context.catalogue.indicators.indicators });
  if (match.indicator === null) return { status: "unaccounted", indicator_id: null, reason: match.reason };
  const { value, qualifier } = signedChange(mention, match.direction);
  return observe(context, match.indicator, mention, { quoteEnd: match.baseYear.end, sentence, basePeriod: String(match.baseYear.value), value, qualifier });
}

/** An observation of the source's reference period, quoting the text from the number to `quoteEnd`. */
function observe(
  context: SourceContext,
  indicator: Indicator,
  mention: NumberMention,
  details: { quoteEnd: number; sentence: Span; basePeriod: string | null; value: number; qualifier: NumberMention["qualifier"] },
): Status {
  const { source, lines } = context;
  return record(context, makeObservation({ sourceId: source.id, text: source.text, lines, indicator, mention, period: source.metadata.reference_period, ...details }));
}

/** Keeps an observation; the same figure stated twice is kept once, two different figures are an error. */
function record(context: SourceContext, observation: Observation): Status {
  const existing = context.observations.get(observation.observation_id);
  if (!existing) {
    context.observations.set(observation.observation_id, observation);
    return { status: "observation", indicator_id: observation.indicator_id, period: observation.period, observation_id: observation.observation_id, reason: null };
  }
  if (existing.value === observation.value && existing.qualifier === observation.qualifier) {
    return { status: "restatement", indicator_id: observation.indicator_id, period: observation.period, observation_id: existing.observation_id, reason: `repeats ${existing.observation_id} stated at ${existing.line}:${existing.column}` };
  }
  throw new UserError(
    context.source.file,
    `${observation.line}:${observation.column}`,
    `the source states ${observation.indicator_id} for ${observation.period} twice with different values: "${existing.quote}" (${existing.line}:${existing.column}) and "${observation.quote}"`,
    "if one of them is about something else, refine the indicator's cues in the catalogue; if the source is wrong, add a correction",
  );
}
