/* Generated from schemas/ by `npm run types`. Do not edit: change the schema and regenerate. */

/**
 * Audited corrections of what a source says or of how the pipeline reads it (pipeline/catalogue/corrections.json). Each names a number of a source by its text exactly as written and its start offset (the mentions table's text and start); the run fails when the raw text at that offset no longer reads so. `npm run pipeline -- explain <source-id>` prints a ready-to-paste correction for every held-back number.
 */
export interface CorrectionCatalogue {
  corrections: ({
    [k: string]: unknown;
  } & {
    source_id: string;
    /**
     * The number exactly as written (the mentions table's text).
     */
    text: string;
    /**
     * Its start offset (the mentions table's start).
     */
    start: number;
    /**
     * The fields to set: the figure's value or qualifier when the source is wrong; its indicator, category, period or base period when the pipeline reads it wrong (or cannot decide).
     */
    set?: {
      indicator_id?: string;
      category?: string | null;
      period?: string;
      base_period?: string | null;
      value?: number;
      qualifier?: "gt" | "gte" | "lt" | "lte" | "approx" | null;
    };
    /**
     * The number is not a figure to publish (a misprint that cannot be corrected, a figure of something else): it is listed as ignored, with the reason.
     */
    withhold?: true;
    /**
     * Why, with the evidence (another source, the institution's release).
     */
    reason: string;
  })[];
}
