// Evaluates one derivation of the catalogue, for each period its inputs have, from a closed set of kinds.
import type { Derivation } from "../types/catalogue-derivations.ts";
import type { DerivedFigure } from "../types/derived.ts";
import type { Input, InputIndex } from "./inputs.ts";
import { divide, type Estimate, growthFactor, scale, subtract } from "./interval.ts";

/** Published derived values are rounded to this many decimals, so that they read the same on every machine. */
const decimals = 4;
const round = (x: number | null) => (x === null ? null : Number(x.toFixed(decimals)));

export function methodOf(derivation: Derivation): string {
  const i = derivation.inputs as Record<string, string>;
  switch (derivation.kind) {
    case "ratio":
      return `${i.a} / ${i.b}`;
    case "difference":
      return `${i.a} − ${i.b}`;
    case "share":
      return `100 × ${i.part} / ${i.whole}`;
    case "implied_base":
      return `${i.value} / (1 + ${i.change} / 100)`;
  }
}

/** The qualifier a result carries: a one-sided result is "less/more than" its bound, an approximate input "about". */
function qualifierOf(result: Estimate): DerivedFigure["qualifier"] {
  if (result.approximate) return "approx";
  if (result.lower === null && result.upper !== null) return "lt";
  if (result.upper === null && result.lower !== null) return "gt";
  return null;
}

function figure(derivation: Derivation, period: string, inputs: Input[], result: Estimate | string): DerivedFigure {
  const base = { derived_id: derivation.id, period, unit: derivation.unit, method: methodOf(derivation), inputs: inputs.map((input) => input.id) };
  const empty = { value: null, qualifier: null, lower: null, upper: null };
  if (typeof result === "string") return { ...base, ...empty, reason: result };
  if (!Number.isFinite(result.value)) return { ...base, ...empty, reason: "the result is not a finite number" };
  const qualifier = qualifierOf(result);
  // A one-sided result has no point value: its bound is published as the value, the qualifier saying which side.
  const value = qualifier === "lt" ? result.upper! : qualifier === "gt" ? result.lower! : result.value;
  return { ...base, value: round(value), qualifier, lower: round(result.lower), upper: round(result.upper), reason: null };
}

function twoInputs(derivation: Derivation, index: InputIndex, a: string, b: string, compute: (x: Estimate, y: Estimate) => Estimate | string): DerivedFigure[] {
  const periods = [...new Set([...index.all(a), ...index.all(b)].filter((input) => input.basePeriod === null).map((input) => input.period))].sort();
  return periods.map((period) => {
    const x = index.get(a, period);
    const y = index.get(b, period);
    const inputs = [x, y].filter((input): input is Input => input !== undefined);
    if (!x || !y) return figure(derivation, period, inputs, `no value of ${!x ? a : b} for ${period}`);
    return figure(derivation, period, inputs, compute(x.estimate, y.estimate));
  });
}

const ratio = (b: string) => (x: Estimate, y: Estimate) => (y.value === 0 ? `${b} is zero: the ratio is undefined` : divide(x, y));

function impliedBase(derivation: Derivation, index: InputIndex, valueId: string, changeId: string): DerivedFigure[] {
  const changes = index.all(changeId).filter((input) => input.basePeriod !== null);
  const byBase = new Map(changes.map((change) => [change.basePeriod!, change]));
  return [...byBase.keys()].sort().map((basePeriod) => {
    const change = byBase.get(basePeriod)!;
    const value = index.get(valueId, change.period);
    if (!value) return figure(derivation, basePeriod, [change], `no value of ${valueId} for ${change.period}`);
    const factor = growthFactor(change.estimate);
    if (factor.value <= 0) return figure(derivation, basePeriod, [value, change], "a change of −100 % or less implies no base value");
    return figure(derivation, basePeriod, [value, change], divide(value.estimate, factor));
  });
}

export function evaluate(derivation: Derivation, index: InputIndex): DerivedFigure[] {
  const i = derivation.inputs as Record<string, string>;
  switch (derivation.kind) {
    case "ratio":
      return twoInputs(derivation, index, i.a!, i.b!, ratio(i.b!));
    case "difference":
      return twoInputs(derivation, index, i.a!, i.b!, subtract);
    case "share":
      return twoInputs(derivation, index, i.part!, i.whole!, (x, y) => (y.value === 0 ? `${i.whole} is zero: the share is undefined` : scale(divide(x, y), 100)));
    case "implied_base":
      return impliedBase(derivation, index, i.value!, i.change!);
  }
}
