// Stage 5, derive: validated dataset → the same dataset with the figures the catalogue derives from it.
import type { Catalogue } from "../catalogue/load.ts";
import { evaluate } from "../derive/evaluate.ts";
import { InputIndex } from "../derive/inputs.ts";
import { inDependencyOrder } from "../derive/order.ts";
import type { DerivedDataset, DerivedFigure } from "../types/derived.ts";
import type { ValidatedDataset } from "../types/validated.ts";

export function derive(validated: ValidatedDataset, catalogue: Catalogue): DerivedDataset {
  const percent = new Set(catalogue.indicators.indicators.filter((i) => i.kind === "percent_change").map((i) => i.id));
  const index = new InputIndex(validated.observations, percent);
  const figures = new Map<string, DerivedFigure[]>();
  for (const derivation of inDependencyOrder(catalogue.derivations.derivations)) {
    const result = evaluate(derivation, index);
    index.addDerived(result);
    figures.set(derivation.id, result);
  }
  // Published in catalogue order, whatever order they were evaluated in.
  return { validated, derived: catalogue.derivations.derivations.flatMap((d) => figures.get(d.id) ?? []) };
}
