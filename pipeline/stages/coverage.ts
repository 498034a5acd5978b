// Stage 3, coverage: every number found must be accounted for (an observation, a year, an ignore rule or page
// cruft). The others are reported with their line:column; with --strict they stop the run.
import type { ExtractedSource } from "../types/extracted.ts";

import type { CoverageReport } from "../types/coverage.ts";

export type { CoverageReport };

export interface Unaccounted {
  file: string;
  /** line:column */
  position: string;
  problem: string;
}

export function findUnaccounted(source: Omit<ExtractedSource, "text">): Unaccounted[] {
  return source.mentions
    .filter((m) => m.status === "unaccounted")
    .map((m) => ({ file: source.file, position: `${m.line}:${m.column}`, problem: `the number "${m.text}" (${m.value}) is not accounted for: ${m.reason}` }));
}

/** "<file>:<line>:<column>: the number … is not accounted for: <reason>", as compilers print warnings. */
export const describeUnaccounted = (u: Unaccounted) => `${u.file}:${u.position}: ${u.problem}`;

export function coverage(sources: readonly Omit<ExtractedSource, "text">[]): CoverageReport {
  const byStatus: CoverageReport["byStatus"] = { observation: 0, restatement: 0, held_back: 0, unaccounted: 0, year: 0, date: 0, time: 0, identifier: 0, ignored: 0, cruft: 0 };
  for (const mention of sources.flatMap((s) => s.mentions)) byStatus[mention.status]++;
  return {
    sources: sources.length,
    numbers: Object.values(byStatus).reduce((a, b) => a + b, 0),
    byStatus,
    unaccounted: sources.flatMap(findUnaccounted).map(describeUnaccounted),
  };
}
