/* Generated from schemas/ by `npm run types`. Do not edit: change the schema and regenerate. */
import type {ValidatedDataset} from "./validated.ts";

/**
 * The derive stage's artifact (work/derived.json): the validated dataset and the figures derived from it.
 */
export interface DerivedDataset {
  validated: ValidatedDataset;
  derived: DerivedFigure[];
}
export interface DerivedFigure {
  /**
   * The derivation's id in the catalogue.
   */
  derived_id: string;
  /**
   * The period the figure describes.
   */
  period: string;
  /**
   * The point value; null when it cannot be computed (see reason). For a one-sided result, the bound, with the qualifier saying which side.
   */
  value: number | null;
  qualifier: "gt" | "gte" | "lt" | "lte" | "approx" | null;
  /**
   * Lowest value the inputs allow (rounding and qualifiers); null when unbounded or unknown.
   */
  lower: number | null;
  /**
   * Highest value the inputs allow; null when unbounded or unknown.
   */
  upper: number | null;
  unit: string;
  /**
   * The formula, in terms of indicator ids.
   */
  method: string;
  /**
   * observation_id of every input.
   */
  inputs: string[];
  /**
   * Why the value is empty (a missing input, a division by zero).
   */
  reason: string | null;
}
