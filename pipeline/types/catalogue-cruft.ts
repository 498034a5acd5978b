/* Generated from schemas/ by `npm run types`. Do not edit: change the schema and regenerate. */

/**
 * Page cruft that ingest sets aside (pipeline/catalogue/cruft.json): lines of a retrieved web page that are not part of the article. Numbers on such lines are accounted for as cruft, never published as observations.
 */
export interface CruftRules {
  rules: ({
    [k: string]: unknown;
  } & {
    id: string;
    /**
     * Why such a line is not part of the article.
     */
    reason: string;
    /**
     * Whole lines (normalised, trimmed) that are cruft.
     *
     * @minItems 1
     */
    line_equals?: [string, ...string[]];
    /**
     * A regular expression (JavaScript, unicode flag) that a whole normalised, trimmed line must match.
     */
    line_pattern?: string;
  })[];
}
