import { UserError } from "../lib/errors.ts";
import { parseJson } from "../lib/json.ts";
import { validateAgainst } from "../lib/schemas.ts";
import { unsafeTextProblem } from "../lib/unsafe-text.ts";
import type { SourceMetadata } from "../types/source.ts";

/** Whether a url is an http or https address (the schema's "iri" format says the same; this says it clearly). */
function isWebAddress(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === "http:" || protocol === "https:";
  } catch {
    return false;
  }
}

/**
 * Parses and checks raw/<id>.source.json: no key twice, the schema (fields, types, real dates), an http(s)
 * url, the id matching the file name, text that is safe to publish, and dates that cannot be later than
 * `releaseDate` (the run's release date, YYYY-MM-DD, passed in so that the check stays pure and agrees with
 * the date the version will carry).
 */
export function parseSourceMetadata(text: string, file: string, expectedId: string, releaseDate: string): SourceMetadata {
  const data = parseJson(text, file, { rejectDuplicateKeys: true });
  const url = (data as { url?: unknown } | null)?.url;
  if (typeof url === "string" && !isWebAddress(url)) {
    throw new UserError(file, "/url", `${JSON.stringify(url.slice(0, 60))} is not an http or https address`, "give the address of the page where the text can be read, starting with https:// (or http://), or null when it is not known");
  }
  const metadata = validateAgainst<SourceMetadata>("source.schema.json", data, file);
  if (metadata.id !== expectedId) {
    throw new UserError(file, "/id", `the id "${metadata.id}" differs from the file name's "${expectedId}"`, `set "id" to "${expectedId}", or rename both files`);
  }
  for (const [key, value] of Object.entries(metadata)) {
    const unsafe = typeof value === "string" ? unsafeTextProblem(value) : null;
    if (unsafe) throw new UserError(file, `/${key}`, unsafe, "reword the value so that it starts with a letter, a digit or a quotation mark, and close every bidi override or embedding with U+202C");
  }
  const thisYear = releaseDate.slice(0, 4);
  if (metadata.reference_period.slice(0, 4) > thisYear) {
    throw new UserError(file, "/reference_period", `the reference period ${metadata.reference_period} is in the future (after the release date ${releaseDate})`, "give the period the figures describe");
  }
  for (const field of ["published", "retrieved"] as const) {
    const date = metadata[field];
    if (date !== null && date > releaseDate) throw new UserError(file, `/${field}`, `the date ${date} is in the future (after the release date ${releaseDate})`, "give the real date, or null when it is not known; or release later (--date, SOURCE_DATE_EPOCH)");
  }
  if (metadata.published !== null && metadata.retrieved !== null && metadata.retrieved < metadata.published) {
    throw new UserError(file, "/retrieved", `retrieved ${metadata.retrieved} is before published ${metadata.published}`, "check both dates");
  }
  return metadata;
}
