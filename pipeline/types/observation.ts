/* Generated from schemas/ by `npm run types`. Do not edit: change the schema and regenerate. */

/**
 * One figure a source states for an indicator and period, with the exact quote it comes from.
 */
export interface Observation {
  /**
   * <source_id>/<indicator_id>/<period>, with /<category> for a figure of a breakdown and /vs<base_period> for a change.
   */
  observation_id: string;
  source_id: string;
  indicator_id: string;
  /**
   * For a figure of one category of a breakdown (case type, partner country), the breakdown's id in the catalogue; null otherwise.
   */
  breakdown: string | null;
  /**
   * The category's code in the breakdown's code list; null when breakdown is null.
   */
  category: string | null;
  /**
   * The period the figure describes (see pipeline/lib/period.ts).
   */
  period: string;
  /**
   * For a percentage change, the period it is compared with.
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
  /**
   * The sentence of the source that holds the quote, with its raw offsets: what gives the figure its meaning.
   */
  sentence: {
    text: string;
    start: number;
    end: number;
  };
  correction: null | {
    reason: string;
    /**
     * The corrected fields as extracted from the text.
     */
    original: {};
  };
}
