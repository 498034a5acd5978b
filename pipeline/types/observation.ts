/* Generated from schemas/ by `npm run types`. Do not edit: change the schema and regenerate. */

/**
 * One figure a source states for an indicator and period, with the exact quote it comes from.
 */
export interface Observation {
  /**
   * <source_id>/<indicator_id>/<period>, with /vs<base_period> for a change.
   */
  observation_id: string;
  source_id: string;
  indicator_id: string;
  period: string;
  /**
   * For a percentage change, the year it is compared with.
   */
  base_period: string | null;
  value: number;
  qualifier: "gt" | "gte" | "lt" | "lte" | "approx" | null;
  /**
   * Digits written after the decimal separator: the value is rounded to half a unit of the last one.
   */
  decimals?: number;
  unit: string;
  quote: string;
  start: number;
  end: number;
  line: number;
  column: number;
  correction: null | {
    reason: string;
    /**
     * The corrected fields as extracted from the text.
     */
    original: {};
  };
}
