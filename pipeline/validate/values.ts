import type { Catalogue } from "../catalogue/load.ts";
import { UserError } from "../lib/errors.ts";
import type { Indicator } from "../types/catalogue-indicators.ts";
import type { Observation } from "../types/observation.ts";

const where = (o: Observation) => `${o.source_id} ${o.line}:${o.column}`;
const described = (o: Observation) => `"${o.quote}" (${where(o)}) gives ${o.qualifier ? `${o.qualifier} ` : ""}${o.value}`;

/** Values JavaScript cannot hold exactly, and values outside an indicator's plausible range. */
export function checkValues(observations: readonly Observation[], indicators: ReadonlyMap<string, Indicator>, fileOf: (sourceId: string) => string): void {
  for (const o of observations) {
    const at = `${o.line}:${o.column}`;
    if (!Number.isFinite(o.value) || Math.abs(o.value) > Number.MAX_SAFE_INTEGER) {
      throw new UserError(fileOf(o.source_id), at, `the value ${o.value} of "${o.quote}" is beyond the safe integer range (±${Number.MAX_SAFE_INTEGER})`, "check the number in the text; if it is right, it cannot be published exactly");
    }
    const range = indicators.get(o.indicator_id)?.range;
    if (range && ((range.min !== undefined && o.value < range.min) || (range.max !== undefined && o.value > range.max))) {
      throw new UserError(fileOf(o.source_id), at, `${o.indicator_id} = ${o.value} ("${o.quote}") is outside its plausible range ${range.min ?? "-∞"} … ${range.max ?? "∞"}`, "check the figure in the text; if it is right, widen the indicator's range in the catalogue");
    }
  }
}

/** A part (moroccan_citizens_arrested_abroad) cannot exceed its whole (wanted_persons_arrested) in a period. */
export function checkPartsWithinWholes(observations: readonly Observation[], catalogue: Catalogue, fileOf: (sourceId: string) => string): void {
  for (const indicator of catalogue.indicators.indicators) {
    if (indicator.part_of === undefined) continue;
    for (const part of observations.filter((o) => o.indicator_id === indicator.id)) {
      const whole = observations.find((o) => o.indicator_id === indicator.part_of && o.period === part.period && o.base_period === part.base_period);
      if (whole && part.value > whole.value) {
        throw new UserError(fileOf(part.source_id), `${part.line}:${part.column}`, `${indicator.id} ${described(part)}, more than its whole ${indicator.part_of}: ${described(whole)}`, "one of the two figures is misread or mis-mapped: check both quotes, then fix the catalogue's cues or add a correction");
      }
    }
  }
}

/** Two sources (or two statements) giving different figures for the same indicator, period and base. */
export function checkAgreement(observations: readonly Observation[], fileOf: (sourceId: string) => string): void {
  const first = new Map<string, Observation>();
  for (const o of observations) {
    const key = `${o.indicator_id}|${o.period}|${o.base_period ?? ""}`;
    const seen = first.get(key);
    if (!seen) {
      first.set(key, o);
      continue;
    }
    if (seen.value !== o.value || seen.qualifier !== o.qualifier) {
      throw new UserError(fileOf(o.source_id), `${o.line}:${o.column}`, `sources disagree on ${o.indicator_id} for ${o.period}${o.base_period ? ` against ${o.base_period}` : ""}: ${described(seen)}, but ${described(o)}`, "find which source is right (the institution's own release), then add a correction for the other in pipeline/catalogue/corrections.json");
    }
  }
}
