/* Generated from schemas/ by `npm run types`. Do not edit: change the schema and regenerate. */

/**
 * A number found in a source and how it is accounted for.
 */
export interface AccountedMention {
  source_id: string;
  text: string;
  value: number;
  kind: "number" | "percent" | "year" | "date" | "time" | "identifier";
  qualifier?: "gt" | "gte" | "lt" | "lte" | "approx";
  form: "digits" | "words" | "mixed" | "dual";
  decimals?: number;
  start: number;
  end: number;
  line: number;
  column: number;
  /**
   * observation: published as the observation named by observation_id; restatement: the same figure stated again (a rounded headline, another source), agreeing with the observation named by observation_id, which is more precise; held_back: a figure the run cannot vouch for (a conflict, an ambiguity, an unclear period), not published (a warning; an error with --strict); unaccounted: no catalogued indicator counts it (a warning; an error with --strict); year, date, time, identifier: not a figure (a calendar year, a date or time of day, an address or reference number); ignored: an ignore rule matched; cruft: on a page-cruft line.
   */
  status:
    | "observation"
    | "restatement"
    | "held_back"
    | "unaccounted"
    | "year"
    | "date"
    | "time"
    | "identifier"
    | "ignored"
    | "cruft";
  indicator_id: string | null;
  /**
   * The period the figure describes, when its indicator is known.
   */
  period: string | null;
  /**
   * For an observation, its id; for a restatement, the id of the observation it restates; null otherwise.
   */
  observation_id: string | null;
  /**
   * The words that decided the indicator and period (the counted noun, context and qualifying words, a governing verb, a period phrase).
   */
  evidence: string | null;
  /**
   * For ignored, cruft and unaccounted mentions: why.
   */
  reason: string | null;
}
