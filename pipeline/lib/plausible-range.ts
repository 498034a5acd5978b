// An indicator's plausible range (indicators catalogue `range`): the validate stage holds back a figure outside it,
// and the extract stage reads no change or comparison as being of such a count.
import type { Indicator } from "../types/catalogue-indicators.ts";

/** Whether a value lies in an indicator's plausible range; every value does when it has none. */
export function withinPlausibleRange(indicator: Indicator | undefined, value: number): boolean {
  const range = indicator?.range;
  return !range || ((range.min === undefined || value >= range.min) && (range.max === undefined || value <= range.max));
}
