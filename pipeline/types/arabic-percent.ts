/* Generated from schemas/ by `npm run types`. Do not edit: change the schema and regenerate. */

/**
 * What makes the number before it a percentage (pipeline/arabic/lexicon/percent.json): a phrase of words (في المائة, بالمئة) or a sign (%, ٪). The phrase or sign is part of the mention.
 */
export interface ArabicPercent {
  /**
   * @minItems 1
   *
   * Items: Words without diacritics, separated by one space, written exactly as they follow the number (no clitic is added).
   */
  phrases: [string, ...string[]];
  /**
   * @minItems 1
   */
  signs: [string, ...string[]];
}
