/* Generated from schemas/ by `npm run types`. Do not edit: change the schema and regenerate. */

/**
 * Counted nouns whose dual is read as the number two (عمليتين → 2), in pipeline/arabic/lexicon/dual-nouns.json. Only these duals are numbers: a word is never taken for a dual from its ending. Leave out nouns whose dual is spelled like their plural (مواطنين) and scale words (ألفين is a number already). The recognizer adds the clitics و ف ب ل ك; a dual with the article (البلدين 'both countries') is not a count, nor a construct dual unless listed in `construct`.
 */
export interface ArabicDualNouns {
  /**
   * @minItems 1
   */
  nouns: [
    {
      singular: string;
      /**
       * The nominative (ان) and oblique (ين) duals, without diacritics.
       *
       * @minItems 1
       */
      dual: [string, ...string[]];
      /**
       * The construct duals (تا، تي) of a feminine noun a count is written with before its genitive ('عمليتي تسليم مراقب' is two operations). Listed only for nouns whose construct is not read otherwise in these texts ('عمليتي' as 'my operation' does not occur in news).
       */
      construct?: string[];
    },
    ...{
      singular: string;
      /**
       * The nominative (ان) and oblique (ين) duals, without diacritics.
       *
       * @minItems 1
       */
      dual: [string, ...string[]];
      /**
       * The construct duals (تا، تي) of a feminine noun a count is written with before its genitive ('عمليتي تسليم مراقب' is two operations). Listed only for nouns whose construct is not read otherwise in these texts ('عمليتي' as 'my operation' does not occur in news).
       */
      construct?: string[];
    }[]
  ];
}
