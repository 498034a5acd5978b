import { UserError } from "../lib/errors.ts";
import { parseJson } from "../lib/json.ts";
import { validateAgainst } from "../lib/schemas.ts";
import type { SourceMetadata } from "../types/source.ts";

/**
 * Parses and checks raw/<id>.source.json: the schema (fields, types, real dates), the id matching the file
 * name, and dates that cannot be later than `today` (YYYY-MM-DD, passed in so that the check stays pure).
 */
export function parseSourceMetadata(text: string, file: string, expectedId: string, today: string): SourceMetadata {
  const metadata = validateAgainst<SourceMetadata>("source.schema.json", parseJson(text, file), file);
  if (metadata.id !== expectedId) {
    throw new UserError(file, "/id", `the id "${metadata.id}" differs from the file name's "${expectedId}"`, `set "id" to "${expectedId}", or rename both files`);
  }
  const thisYear = today.slice(0, 4);
  if (metadata.reference_period > thisYear) {
    throw new UserError(file, "/reference_period", `the reference period ${metadata.reference_period} is in the future`, "give the year the figures describe");
  }
  for (const field of ["published", "retrieved"] as const) {
    const date = metadata[field];
    if (date !== null && date > today) throw new UserError(file, `/${field}`, `the date ${date} is in the future`, "give the real date, or null when it is not known");
  }
  if (metadata.published !== null && metadata.retrieved !== null && metadata.retrieved < metadata.published) {
    throw new UserError(file, "/retrieved", `retrieved ${metadata.retrieved} is before published ${metadata.published}`, "check both dates");
  }
  return metadata;
}
