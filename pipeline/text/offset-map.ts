/**
 * A compact map from normalised offsets back to raw offsets: breakpoints [normalised, raw] where the two stop
 * moving in step (a character removed or replaced by one of another length). Between breakpoints, offsets
 * advance together, so an article needs a few dozen pairs instead of one number per character.
 */
export type OffsetMap = Array<[number, number]>;

/** Compresses a full map (`full[i]` = raw offset of normalised offset i, one entry past the end). */
export function compressOffsets(full: readonly number[]): OffsetMap {
  const breakpoints: OffsetMap = [];
  for (let i = 0; i < full.length; i++) {
    if (i === 0 || full[i] !== full[i - 1]! + 1) breakpoints.push([i, full[i]!]);
  }
  return breakpoints;
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
