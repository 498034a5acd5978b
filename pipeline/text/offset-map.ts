/**
 * A compact map from normalised offsets back to raw offsets: breakpoints [normalised, raw] where the two stop
 * moving in step (a character removed or replaced by one of another length). Between breakpoints, offsets
 * advance together, so an article needs a few dozen pairs instead of one number per character.
 */
export type OffsetMap = Array<[number, number]>;

/** The pairs of the flat breakpoint list that normalisation produces ([n0, r0, n1, r1, …], see arabic/normalise.ts). */
export function offsetMapOf(runs: readonly number[]): OffsetMap {
  const pairs: OffsetMap = [];
  for (let i = 0; i + 1 < runs.length; i += 2) pairs.push([runs[i]!, runs[i + 1]!]);
  return pairs;
}

/** The raw offset of a normalised offset. */
export function toRawOffset(map: OffsetMap, normalised: number): number {
  let low = 0;
  let high = map.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (map[middle]![0] <= normalised) low = middle;
    else high = middle - 1;
  }
  const [n, r] = map[low] ?? [0, 0];
  return r + (normalised - n);
}
