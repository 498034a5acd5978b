/* Generated from schemas/ by `npm run types`. Do not edit: change the schema and regenerate. */

/**
 * Audited corrections of what a source says (pipeline/catalogue/corrections.json). Each names the observation by source, indicator and the exact quote with its start offset; the pipeline fails when the raw text at that offset is no longer the quote.
 */
export interface CorrectionCatalogue {
  corrections: {
    source_id: string;
    indicator_id: string;
    /**
     * The observation's quote exactly as published.
     */
    quote: string;
    /**
     * The observation's start offset.
     */
    start: number;
    /**
     * The corrected fields.
     */
    set: {
      value?: number;
      qualifier?: "gt" | "gte" | "lt" | "lte" | "approx" | null;
      base_period?: string | null;
      period?: string;
    };
    /**
     * Why the source is wrong, with the evidence (another source, the institution's release).
     */
    reason: string;
  }[];
}
