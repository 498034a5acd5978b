// A figure read from a source, with what reconciling it needs: its interval, its mention and where it is.
import type { Catalogue } from "../catalogue/load.ts";
import type { ExtractedSource } from "../types/extracted.ts";
import type { AccountedMention } from "../types/mention.ts";
import type { Observation } from "../types/observation.ts";
import { describeInterval, type Interval, intervalOf } from "./interval.ts";

export interface Candidate {
  observation: Observation;
  mention: AccountedMention;
  file: string;
  interval: Interval;
}

/** Every figure of every source, its mention found by start offset. */
export function candidatesOf(sources: readonly Omit<ExtractedSource, "text">[], catalogue: Catalogue): Candidate[] {
  return sources.flatMap((source) => {
    const mentionAt = new Map(source.mentions.map((m) => [m.start, m]));
    return source.figures.map(({ mention_start, observation, headline }) => ({
      observation,
      mention: mentionAt.get(mention_start)!,
      file: source.file,
      interval: intervalOf(observation, catalogue.rounding, headline === true),
    }));
  });
}

/** The figures that must agree: the same indicator, period, category and base period. */
export const agreementKey = (o: Observation) => `${o.indicator_id}|${o.period}|${o.category ?? ""}|${o.base_period ?? ""}`;

/** "«143 إنابة» (raw/x.txt:15:102) gives 143" */
export function described(c: Candidate): string {
  const o = c.observation;
  return `«${o.quote}» (${c.file}:${c.mention.line}:${c.mention.column}) gives ${describeInterval(c.interval)}`;
}

/** The most precise first: the narrowest interval, an exact figure before a qualified one, then source and position. */
export function byPrecision(a: Candidate, b: Candidate): number {
  const wa = a.interval.upper - a.interval.lower;
  const wb = b.interval.upper - b.interval.lower;
  if (wa !== wb) return wa < wb ? -1 : 1;
  const qa = a.observation.qualifier === null ? 0 : 1;
  const qb = b.observation.qualifier === null ? 0 : 1;
  if (qa !== qb) return qa - qb;
  if (a.observation.source_id !== b.observation.source_id) return a.observation.source_id < b.observation.source_id ? -1 : 1;
  return a.observation.start - b.observation.start;
}
