// Audited corrections: a reviewer overrides what a source says, with a reason. A correction pins the quote
// and its offset, so that it stops applying (and the run fails) as soon as the source text changes.
import { UserError } from "../lib/errors.ts";
import type { CorrectionCatalogue } from "../types/catalogue-corrections.ts";
import type { Observation } from "../types/observation.ts";
import { observationId } from "./observation.ts";

export function applyCorrections(
  observations: Observation[],
  text: string,
  sourceId: string,
  corrections: CorrectionCatalogue,
  file: string,
): Observation[] {
  const result = [...observations];
  corrections.corrections.forEach((correction, index) => {
    if (correction.source_id !== sourceId) return;
    const pointer = `/corrections/${index}`;
    const found = text.slice(correction.start, correction.start + correction.quote.length);
    if (found !== correction.quote) {
      throw new UserError(file, `${pointer}/quote`, `the source ${sourceId} no longer reads "${correction.quote}" at offset ${correction.start} (it reads "${found}")`, "the source text changed: check whether the correction still applies, then update its quote and start, or remove it");
    }
    const at = result.findIndex((o) => o.indicator_id === correction.indicator_id && o.start === correction.start && o.quote === correction.quote);
    if (at < 0) {
      throw new UserError(file, pointer, `no observation of ${correction.indicator_id} in ${sourceId} has this quote at offset ${correction.start}`, "check indicator_id, quote and start against observations.csv");
    }
    const observation = result[at]!;
    const original = Object.fromEntries(Object.keys(correction.set).map((key) => [key, observation[key as keyof typeof correction.set]]));
    const corrected = { ...observation, ...correction.set };
    corrected.observation_id = observationId(sourceId, corrected.indicator_id, corrected.period, corrected.base_period);
    corrected.correction = { reason: correction.reason, original };
    result[at] = corrected;
  });
  return result;
}
