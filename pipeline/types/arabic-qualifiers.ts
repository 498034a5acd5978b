/* Generated from schemas/ by `npm run types`. Do not edit: change the schema and regenerate. */

/**
 * Phrases written right before a number that bound or approximate it (pipeline/arabic/lexicon/qualifiers.json). The first word may carry the clitics و ف ب ل ك (بأكثر من); the mention then starts at the phrase, after the clitics.
 */
export interface ArabicQualifiers {
  /**
   * One word written right after a number that bounds it, the conjunction on it ('أربعين ونيفا', forty-odd: more than forty). The mention then runs to the end of the word.
   */
  after?: {
    word: string;
    code: "gt" | "gte" | "lt" | "lte" | "approx";
  }[];
  /**
   * @minItems 1
   */
  qualifiers: [
    {
      /**
       * Words without diacritics, separated by one space.
       */
      phrase: string;
      /**
       * gt: more than; gte: at least; lt: less than; lte: at most; approx: about.
       */
      code: "gt" | "gte" | "lt" | "lte" | "approx";
    },
    ...{
      /**
       * Words without diacritics, separated by one space.
       */
      phrase: string;
      /**
       * gt: more than; gte: at least; lt: less than; lte: at most; approx: about.
       */
      code: "gt" | "gte" | "lt" | "lte" | "approx";
    }[]
  ];
}
