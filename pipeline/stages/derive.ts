// Stage 5, derive: validated dataset → the same dataset with the figures the catalogue derives from it.
import type { Catalogue } from "../catalogue/load.ts";
import { evaluate, type ObservationIndex } from "../derive/evaluate.ts";
import type { DerivedDataset } from "../types/derived.ts";
import type { Observation } from "../types/observation.ts";
import type { ValidatedDataset } from "../types/validated.ts";

function indexObservations(observations: readonly Observation[], catalogue: Catalogue): ObservationIndex {
  const percent = new Set(catalogue.indicators.indicators.filter((i) => i.kind === "percent_change").map((i) => i.id));
  return {
    get: (indicatorId, period) => observations.find((o) => o.indicator_id === indicatorId && o.period === period && o.base_period === null),
    all: (indicatorId) => observations.filter((o) => o.indicator_id === indicatorId),
    isPercent: (indicatorId) => percent.has(indicatorId),
  };
}

export function derive(validated: ValidatedDataset, catalogue: Catalogue): DerivedDataset {
  const index = indexObservations(validated.observations, catalogue);
  return { validated, derived: catalogue.derivations.derivations.flatMap((derivation) => evaluate(derivation, index)) };
}
