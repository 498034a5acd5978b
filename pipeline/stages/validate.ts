// Stage 4, validate: every extracted source (already checked against its schema where it was read) → one
// dataset whose quotes, values, parts and cross-source agreement are checked.
import type { Catalogue } from "../catalogue/load.ts";
import { UserError } from "../lib/errors.ts";
import type { ExtractedSource } from "../types/extracted.ts";
import type { ValidatedDataset } from "../types/validated.ts";
import { checkQuotes } from "../validate/quotes.ts";
import { checkAgreement, checkPartsWithinWholes, checkValues } from "../validate/values.ts";
import { describeUnaccounted, findUnaccounted } from "./coverage.ts";

export interface ValidateOptions {
  /** Unaccounted numbers are errors rather than warnings. */
  strict: boolean;
}

export function validate(sources: readonly ExtractedSource[], catalogue: Catalogue, options: ValidateOptions): ValidatedDataset {
  const ordered = [...sources].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const fileOf = new Map(ordered.map((s) => [s.id, s.file]));
  const file = (id: string) => fileOf.get(id) ?? id;
  ordered.forEach(checkQuotes);
  const observations = ordered.flatMap((s) => s.observations);
  const indicators = new Map(catalogue.indicators.indicators.map((i) => [i.id, i]));
  checkValues(observations, indicators, file);
  checkPartsWithinWholes(observations, catalogue, file);
  checkAgreement(observations, file);
  const unaccounted = ordered.flatMap(findUnaccounted);
  const [first, ...rest] = unaccounted;
  if (options.strict && first) {
    const more = rest.length ? ` (and ${rest.length} more unaccounted number${rest.length > 1 ? "s" : ""})` : "";
    throw new UserError(first.file, first.position, `${first.problem}${more}`, "map it to an indicator (catalogue cues), add an ignore rule with a reason, or run without --strict to publish it as unaccounted");
  }
  return {
    sources: ordered.map((s) => ({ file: s.file, metadata: s.metadata, sha256: s.sha256, bytes: s.bytes })),
    observations,
    mentions: ordered.flatMap((s) => s.mentions),
    warnings: unaccounted.map(describeUnaccounted),
  };
}
