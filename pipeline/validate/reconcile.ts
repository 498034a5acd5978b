// Reconciles the figures of every source: figures of the same indicator, period, category and base period
// agree when their intervals meet; the most precise becomes the observation and the others restate it. Figures
// that cannot all be true are a conflict and are all held back, as are figures a check of consistency refutes
// (consistency.ts). A figure outside its indicator's plausible range is held back first, compared with none.
// Nothing here throws: doubt holds a figure back, it never stops the others.
import type { Catalogue } from "../catalogue/load.ts";
import type { Observation } from "../types/observation.ts";
import { agreementKey, byPrecision, type Candidate, described } from "./candidates.ts";
import { consistencyProblems, outOfRangeReason } from "./consistency.ts";
import { intersect } from "./interval.ts";

export interface Verdict {
  status: "observation" | "restatement" | "held_back";
  observationId: string | null;
  reason: string | null;
  /** The reason as a warning prints it: a conflict names its first few disagreeing figures and counts the rest. */
  warning: string | null;
}

/** How many disagreeing figures a conflict's warning names; the mentions table (the reason) names them all. */
export const conflictsNamedInWarning = 3;

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

/** At most `limit` of `others` by name, then how many more: "B and C and 2 more". */
function namedFew(others: readonly string[], limit: number): string {
  return (others.length > limit ? [...others.slice(0, limit), `${others.length - limit} more`] : others).join(" and ");
}

/**
 * "conflict: A, but B and C; they cannot both be true", naming at most `limit` of the others ("… and N more"); for
 * a figure whose interval meets each other's while they do not meet one another ("قرابة ألفي ملف" beside 1950 and
 * 2000), the others it fits, which cannot all be true.
 */
function conflictReason(c: string, others: readonly string[], fitting: readonly string[], limit: number): string {
  if (others.length === 0) return `conflict: ${c} fits each of ${namedFew(fitting, limit)}, but they cannot all be true`;
  return `conflict: ${c}, but ${namedFew(others, limit)}; they cannot both be true`;
}

export function reconcile(candidates: readonly Candidate[], catalogue: Catalogue): Reconciled {
  const verdicts = new Map<Candidate, Verdict>();
  const chosen: Candidate[] = [];
  const indicators = new Map(catalogue.indicators.indicators.map((i) => [i.id, i]));
  const plausible = candidates.filter((c) => {
    const reason = outOfRangeReason(c, indicators.get(c.observation.indicator_id));
    if (reason !== null) verdicts.set(c, { status: "held_back", observationId: null, reason, warning: reason });
    return reason === null;
  });
  for (const group of groupsOf(plausible)) {
    if (intersect(group.map((c) => c.interval)) === null) {
      // Each figure is described once: a conflict among k figures names up to k - 1 others for each.
      const descriptions = new Map(group.map((c) => [c, described(c)]));
      for (const c of group) {
        const others = group.filter((o) => o !== c && intersect([o.interval, c.interval]) === null).map((o) => descriptions.get(o)!);
        const fitting = group.filter((o) => o !== c).map((o) => descriptions.get(o)!);
        const self = descriptions.get(c)!;
        verdicts.set(c, { status: "held_back", observationId: null, reason: conflictReason(self, others, fitting, Infinity), warning: conflictReason(self, others, fitting, conflictsNamedInWarning) });
      }
      continue;
    }
    const [best, ...rest] = [...group].sort(byPrecision);
    chosen.push(best!);
    verdicts.set(best!, { status: "observation", observationId: best!.observation.observation_id, reason: null, warning: null });
    // One string for the whole group: every restatement gives the same reason.
    const reason = `agrees with the more precise ${described(best!)}`;
    for (const c of rest) verdicts.set(c, { status: "restatement", observationId: best!.observation.observation_id, reason, warning: reason });
  }
  // A figure in several problems keeps the first one's reason: checks run from the most basic.
  for (const problem of consistencyProblems(chosen, catalogue)) {
    for (const c of problem.figures) {
      if (verdicts.get(c)?.status !== "held_back") {
        const reason = problem.reason(c);
        verdicts.set(c, { status: "held_back", observationId: null, reason, warning: reason });
      }
    }
  }
  // A restatement of a figure held back restates nothing that is published.
  const chosenById = new Map<string, Candidate>();
  for (const c of chosen) if (!chosenById.has(c.observation.observation_id)) chosenById.set(c.observation.observation_id, c);
  for (const [c, verdict] of verdicts) {
    if (verdict.status !== "restatement") continue;
    const restated = chosenById.get(verdict.observationId!)!;
    const held = verdicts.get(restated)!;
    if (held.status === "held_back") {
      const restates = `restates ${described(restated)}, which is held back: `;
      verdicts.set(c, { status: "held_back", observationId: null, reason: restates + held.reason, warning: restates + held.warning });
    }
  }
  const observations = chosen.filter((c) => verdicts.get(c)!.status === "observation").map((c) => c.observation);
  return { observations, verdicts };
}
