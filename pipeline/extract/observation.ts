import type { LineIndex } from "../lib/text-position.ts";
import type { NumberMention } from "../types/number-mention.ts";
import type { Observation } from "../types/observation.ts";
import type { FigureReading } from "./reading.ts";

/** <source>/<indicator>/<period>, with /<category> for a breakdown's figure and /vs<base> for a change. */
export function observationId(sourceId: string, indicatorId: string, period: string, basePeriod: string | null, category: string | null = null): string {
  return [sourceId, indicatorId, period, ...(category === null ? [] : [category]), ...(basePeriod === null ? [] : [`vs${basePeriod}`])].join("/");
}

/** A list item's marker ("- ", "• ") is no part of its sentence: the excerpt starts after it (and a spreadsheet never sees a leading "-"). */
const listMarker = /^[\s\-–—•*·+=@]+/u;

function sentenceExcerpt(text: string, sentence: { start: number; end: number }, quoteStart: number): { text: string; start: number; end: number } {
  const marker = listMarker.exec(text.slice(sentence.start, Math.min(sentence.end, quoteStart)))?.[0].length ?? 0;
  const start = sentence.start + marker;
  return { text: text.slice(start, sentence.end), start, end: sentence.end };
}

/** The observation a figure reading makes, quoting the raw text over the reading's quote span. */
export function makeObservation(input: {
  sourceId: string;
  text: string;
  lines: LineIndex;
  mention: NumberMention;
  reading: FigureReading;
  /** The sentence holding the number (raw offsets). */
  sentence: { start: number; end: number };
}): Observation {
  const { reading, sentence } = input;
  const { line, column } = input.lines.position(reading.quoteStart);
  return {
    observation_id: observationId(input.sourceId, reading.indicator.id, reading.period, reading.basePeriod, reading.category),
    source_id: input.sourceId,
    indicator_id: reading.indicator.id,
    breakdown: reading.breakdown,
    category: reading.category,
    period: reading.period,
    base_period: reading.basePeriod,
    value: reading.value,
    qualifier: reading.qualifier ?? null,
    decimals: input.mention.decimals ?? 0,
    unit: reading.indicator.unit,
    quote: input.text.slice(reading.quoteStart, reading.quoteEnd),
    start: reading.quoteStart,
    end: reading.quoteEnd,
    line,
    column,
    sentence: sentenceExcerpt(input.text, sentence, reading.quoteStart),
    correction: reading.correction ?? null,
  };
}
