// The range of values a written figure allows, and arithmetic on such ranges. null bounds are open
// (unbounded or unknown); inputs here are non-negative counts and percentage changes above −100 %.
import type { Observation } from "../types/observation.ts";

export interface Estimate {
  value: number;
  lower: number | null;
  upper: number | null;
  /** Only "about" something: bounds unknown. */
  approximate: boolean;
}

/**
 * What an observation allows. A count as written is taken as exact (a police force counts its files); a
 * percentage as written is rounded to half a unit of its last digit ("24" is 23.5 to 24.5). A qualifier opens
 * one side: "more than 40" is above 40 and unbounded above.
 */
export function estimateOf(observation: Observation, rounded: boolean): Estimate {
  const { value, qualifier } = observation;
  const half = rounded ? 0.5 * 10 ** -(observation.decimals ?? 0) : 0;
  switch (qualifier) {
    case "gt":
    case "gte":
      return { value, lower: value, upper: null, approximate: false };
    case "lt":
    case "lte":
      return { value, lower: null, upper: value, approximate: false };
    case "approx":
      return { value, lower: null, upper: null, approximate: true };
    default:
      return { value, lower: value - half, upper: value + half, approximate: false };
  }
}

const times = (a: number | null, b: number | null) => (a === null || b === null ? null : a * b);

/** a / b for a ≥ 0 and b > 0. */
export function divide(a: Estimate, b: Estimate): Estimate {
  return {
    value: a.value / b.value,
    lower: a.lower === null || b.upper === null ? null : a.lower / b.upper,
    upper: a.upper === null || b.lower === null || b.lower <= 0 ? null : a.upper / b.lower,
    approximate: a.approximate || b.approximate,
  };
}

export function subtract(a: Estimate, b: Estimate): Estimate {
  return {
    value: a.value - b.value,
    lower: a.lower === null || b.upper === null ? null : a.lower - b.upper,
    upper: a.upper === null || b.lower === null ? null : a.upper - b.lower,
    approximate: a.approximate || b.approximate,
  };
}

export function scale(a: Estimate, factor: number): Estimate {
  return { value: a.value * factor, lower: times(a.lower, factor), upper: times(a.upper, factor), approximate: a.approximate };
}

/** 1 + change / 100, the growth factor of a percentage change. */
export function growthFactor(change: Estimate): Estimate {
  const factor = (p: number | null) => (p === null ? null : 1 + p / 100);
  return { value: factor(change.value)!, lower: factor(change.lower), upper: factor(change.upper), approximate: change.approximate };
}
