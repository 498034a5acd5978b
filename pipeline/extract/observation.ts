import { LineIndex } from "../lib/text-position.ts";
import type { Indicator } from "../types/catalogue-indicators.ts";
import type { NumberMention } from "../types/number-mention.ts";
import type { Observation } from "../types/observation.ts";

export function observationId(sourceId: string, indicatorId: string, period: string, basePeriod: string | null, category: string | null = null): string {
  return [sourceId, indicatorId, period, ...(category === null ? [] : [category]), ...(basePeriod === null ? [] : [`vs${basePeriod}`])].join("/");
}

/** An observation quoting the raw text from the number's start to `quoteEnd` (its counted noun or base year). */
export function makeObservation(input: {
  sourceId: string;
  text: string;
  lines: LineIndex;
  indicator: Indicator;
  mention: NumberMention;
  quoteEnd: number;
  /** The sentence holding the number (raw offsets). */
  sentence: { start: number; end: number };
  period: string;
  basePeriod: string | null;
  value: number;
  qualifier: NumberMention["qualifier"];
}): Observation {
  const { mention } = input;
  const { line, column } = input.lines.position(mention.start);
  return {
    observation_id: observationId(input.sourceId, input.indicator.id, input.period, input.basePeriod),
    source_id: input.sourceId,
    indicator_id: input.indicator.id,
    breakdown: null,
    category: null,
    period: input.period,
    base_period: input.basePeriod,
    value: input.value,
    qualifier: input.qualifier ?? null,
    decimals: mention.decimals ?? 0,
    unit: input.indicator.unit,
    quote: input.text.slice(mention.start, input.quoteEnd),
    start: mention.start,
    end: input.quoteEnd,
    line,
    column,
    sentence: { text: input.text.slice(input.sentence.start, input.sentence.end), start: input.sentence.start, end: input.sentence.end },
    correction: null,
  };
}
