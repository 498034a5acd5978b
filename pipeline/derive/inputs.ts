// What a derivation can take as input: the observations of an indicator, or the figures of another
// derivation, each with the range of values it allows.
import type { DerivedFigure } from "../types/derived.ts";
import type { Observation } from "../types/observation.ts";
import { type Estimate, estimateOf } from "./interval.ts";

export interface Input {
  /** observation_id, or <derived_id>/<period> for a derived figure. */
  id: string;
  period: string;
  /** For a percentage change, the year it compares with. */
  basePeriod: string | null;
  estimate: Estimate;
}

export class InputIndex {
  private readonly inputs = new Map<string, Input[]>();

  /** Observations by indicator (a breakdown's figures are no input); percentages are taken as rounded to their last written digit. */
  constructor(observations: readonly Observation[], percentIndicators: ReadonlySet<string>) {
    for (const o of observations) {
      if (o.category !== null) continue;
      this.add(o.indicator_id, { id: o.observation_id, period: o.period, basePeriod: o.base_period, estimate: estimateOf(o, percentIndicators.has(o.indicator_id)) });
    }
  }

  private add(key: string, input: Input) {
    const list = this.inputs.get(key) ?? [];
    list.push(input);
    this.inputs.set(key, list);
  }

  /** Makes a derivation's figures available to the derivations that use it. */
  addDerived(figures: readonly DerivedFigure[]): void {
    for (const f of figures) {
      if (f.value === null) continue;
      this.add(f.derived_id, { id: `${f.derived_id}/${f.period}`, period: f.period, basePeriod: null, estimate: { value: f.value, lower: f.lower, upper: f.upper, approximate: f.qualifier === "approx" } });
    }
  }

  /** Every input of an indicator or derivation. */
  all(id: string): Input[] {
    return this.inputs.get(id) ?? [];
  }

  /** The input of an indicator or derivation for a period, without base period (sources agree: validate checked it). */
  get(id: string, period: string): Input | undefined {
    return this.all(id).find((input) => input.period === period && input.basePeriod === null);
  }
}
