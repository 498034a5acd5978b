// The value scale of a panel: "nice" round ticks that include zero, so lengths from the baseline stay
// proportional to the values.

export interface ValueScale {
  min: number;
  max: number;
  ticks: number[];
}

/** Drops floating-point noise (0.1 + 0.2) so ticks print as the round numbers they are. */
const clean = (value: number) => Number(value.toPrecision(12));

/** The smallest of 1, 2, 5 × 10^k that is at least `rough`. */
function niceStep(rough: number): number {
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((m) => m * power).find((candidate) => candidate >= rough * (1 - 1e-9));
  return step ?? 10 * power;
}

/** A scale covering [lo, hi] and zero with about `count` intervals. */
export function niceScale(lo: number, hi: number, count = 3): ValueScale {
  const low = Math.min(0, lo);
  const high = Math.max(0, hi);
  if (high - low <= 0) return { min: 0, max: 1, ticks: [0, 1] };
  const step = niceStep((high - low) / count);
  const min = clean(Math.floor(low / step) * step);
  const max = clean(Math.ceil(high / step) * step);
  const ticks: number[] = [];
  for (let k = 0; clean(min + k * step) <= max; k++) ticks.push(clean(min + k * step));
  return { min, max, ticks };
}
