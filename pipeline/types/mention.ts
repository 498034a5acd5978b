/* Generated from schemas/ by `npm run types`. Do not edit: change the schema and regenerate. */

/**
 * A number found in a source and how it is accounted for.
 */
export interface AccountedMention {
  source_id: string;
  text: string;
  value: number;
  kind: "number" | "percent" | "year";
  qualifier?: "gt" | "gte" | "lt" | "lte" | "approx";
  form: "digits" | "words" | "mixed" | "dual";
  decimals?: number;
  start: number;
  end: number;
  line: number;
  column: number;
  /**
   * observation: published as one; year: a calendar year; ignored: an ignore rule matched; cruft: on a page-cruft line; unaccounted: none of these (a warning, an error with --strict).
   */
  status: "observation" | "year" | "ignored" | "cruft" | "unaccounted";
  indicator_id: string | null;
  /**
   * For ignored, cruft and unaccounted mentions: why.
   */
  reason: string | null;
}
