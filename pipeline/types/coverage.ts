/* Generated from schemas/ by `npm run types`. Do not edit: change the schema and regenerate. */

/**
 * The coverage stage's report (work/coverage.json): how every number found is accounted for.
 */
export interface CoverageReport {
  sources: number;
  numbers: number;
  byStatus: {
    observation: number;
    restatement: number;
    held_back: number;
    unaccounted: number;
    year: number;
    date: number;
    time: number;
    identifier: number;
    ignored: number;
    cruft: number;
  };
  /**
   * One line per unaccounted number: file:line:column and the reason.
   */
  unaccounted: string[];
}
