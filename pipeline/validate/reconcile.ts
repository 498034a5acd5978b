// Reconciles the figures of every source: figures of the same indicator, period, category and base period
// agree when their intervals meet; the most precise becomes the observation and the others restate it. Figures
// that cannot all be true are a conflict and are all held back, as are figures a check of consistency refutes
// (consistency.ts). Nothing here throws: doubt holds a figure back, it never stops the others.
import type { Catalogue } from "../catalogue/load.ts";
import type { Observation } from "../types/observation.ts";
import { agreementKey, byPrecision, type Candidate, described } from "./candidates.ts";
import { consistencyProblems } from "./consistency.ts";
import { intersect } from "./interval.ts";

export interface Verdict {
  status: "observation" | "restatement" | "held_back";
  observationId: string | null;
  reason: string | null;
}

export interface Reconciled {
  /** The published observations, one per agreement key. */
  observations: Observation[];
  /** What became of each candidate. */
  verdicts: Map<Candidate, Verdict>;
}

function groupsOf(candidates: readonly Candidate[]): Candidate[][] {
  const groups = new Map<string, Candidate[]>();
  for (const c of candidates) {
    const key = agreementKey(c.observation);
    const group = groups.get(key);
    if (group) group.push(c);
    else groups.set(key, [c]);
  }
  return [...groups.values()];
}

export function reconcile(candidates: readonly Candidate[], catalogue: Catalogue): Reconciled {
  const verdicts = new Map<Candidate, Verdict>();
  const chosen: Candidate[] = [];
  for (const group of groupsOf(candidates)) {
    if (intersect(group.map((c) => c.interval)) === null) {
      for (const c of group) {
        const others = group.filter((o) => o !== c && intersect([o.interval, c.interval]) === null);
        verdicts.set(c, { status: "held_back", observationId: null, reason: `conflict: ${described(c)}, but ${others.map(described).join(" and ")}; they cannot both be true` });
      }
      continue;
    }
    const [best, ...rest] = [...group].sort(byPrecision);
    chosen.push(best!);
    verdicts.set(best!, { status: "observation", observationId: best!.observation.observation_id, reason: null });
    for (const c of rest) verdicts.set(c, { status: "restatement", observationId: best!.observation.observation_id, reason: `agrees with the more precise ${described(best!)}` });
  }
  // A figure in several problems keeps the first one's reason: checks run from the most basic.
  for (const problem of consistencyProblems(chosen, catalogue)) {
    for (const c of problem.figures) {
      if (verdicts.get(c)?.status !== "held_back") verdicts.set(c, { status: "held_back", observationId: null, reason: problem.reason(c) });
    }
  }
  // A restatement of a figure held back restates nothing that is published.
  for (const [c, verdict] of verdicts) {
    if (verdict.status !== "restatement") continue;
    const restated = chosen.find((o) => o.observation.observation_id === verdict.observationId)!;
    const held = verdicts.get(restated)!;
    if (held.status === "held_back") verdicts.set(c, { status: "held_back", observationId: null, reason: `restates ${described(restated)}, which is held back: ${held.reason}` });
  }
  const observations = chosen.filter((c) => verdicts.get(c)!.status === "observation").map((c) => c.observation);
  return { observations, verdicts };
}
