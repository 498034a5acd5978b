// Derivations may take other derivations' figures as inputs: they are evaluated in dependency order, and a
// cycle is a mistake in the catalogue.
import type { Derivation } from "../types/catalogue-derivations.ts";

const inputsOf = (derivation: Derivation) => Object.values(derivation.inputs as Record<string, string>);

/** A cycle among the derivations, as the ids along it (first = last), or undefined. */
export function findDerivationCycle(derivations: readonly Derivation[]): string[] | undefined {
  const byId = new Map(derivations.map((d) => [d.id, d]));
  const state = new Map<string, "visiting" | "done">();
  const visit = (id: string, path: string[]): string[] | undefined => {
    if (state.get(id) === "done") return undefined;
    if (state.get(id) === "visiting") return [...path.slice(path.indexOf(id)), id];
    state.set(id, "visiting");
    for (const input of inputsOf(byId.get(id)!)) {
      if (!byId.has(input)) continue;
      const cycle = visit(input, [...path, id]);
      if (cycle) return cycle;
    }
    state.set(id, "done");
    return undefined;
  };
  for (const d of derivations) {
    const cycle = visit(d.id, []);
    if (cycle) return cycle;
  }
  return undefined;
}

/** The derivations, each after the derivations it takes inputs from (catalogue order otherwise). */
export function inDependencyOrder(derivations: readonly Derivation[]): Derivation[] {
  const byId = new Map(derivations.map((d) => [d.id, d]));
  const ordered: Derivation[] = [];
  const placed = new Set<string>();
  const place = (derivation: Derivation) => {
    if (placed.has(derivation.id)) return;
    placed.add(derivation.id);
    for (const input of inputsOf(derivation)) {
      const dependency = byId.get(input);
      if (dependency) place(dependency);
    }
    ordered.push(derivation);
  };
  derivations.forEach(place);
  return ordered;
}
