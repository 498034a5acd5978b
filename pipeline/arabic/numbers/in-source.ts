// The recognizer as the extract stage calls it: on a source already normalised by ingest, with an unsafe number
// reported as the user's error, at its file:line:column.
import { UserError } from "../../lib/errors.ts";
import { LineIndex } from "../../lib/text-position.ts";
import type { NumberMention } from "../../types/number-mention.ts";
import type { OffsetRuns } from "../normalise.ts";
import { recognizeNormalised } from "./recognize.ts";
import { UnsafeNumberError } from "./unsafe.ts";

/** What the recognizer needs of an ingested source (pipeline/types/ingested.ts). */
export interface NormalisedSource {
  file: string;
  text: string;
  normalised: string;
  offset_map: OffsetRuns;
}

/** Every quantity of the source, without normalising it again; a number too long to hold exactly is a UserError. */
export function recognizeInSource(source: NormalisedSource): NumberMention[] {
  try {
    return recognizeNormalised(source.text, source.normalised, source.offset_map);
  } catch (error) {
    if (!(error instanceof UnsafeNumberError)) throw error;
    const written = source.text.slice(error.start, error.end);
    const shown = written.length > 40 ? `${written.slice(0, 20)}…${written.slice(-10)}` : written;
    throw new UserError(
      source.file,
      new LineIndex(source.text).label(error.start),
      `the number "${shown}" (${error.digits} digits) cannot be held exactly: it would be published rounded (integers are exact up to 9007199254740991)`,
      "no figure needs that many digits: if these digits are not a figure of the article (a reference or account number, a damaged copy), retrieve a clean copy of the article or leave the source out (texts in raw/ are not edited once added)",
    );
  }
}
