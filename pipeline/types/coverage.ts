/* Generated from schemas/ by `npm run types`. Do not edit: change the schema and regenerate. */

/**
 * The coverage stage's report (work/coverage.json): how every number found is accounted for.
 */
export interface CoverageReport {
  sources: number;
  numbers: number;
  byStatus: {
    observation: number;
    year: number;
    ignored: number;
    cruft: number;
    unaccounted: number;
  };
  /**
   * One line per unaccounted number: file:line:column and the reason.
   */
  unaccounted: string[];
}
