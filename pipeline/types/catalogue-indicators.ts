/* Generated from schemas/ by `npm run types`. Do not edit: change the schema and regenerate. */

export type Indicator = {
  id: Id;
  label: Labels;
  /**
   * What is counted, in English, precisely enough to compare sources.
   */
  description: string;
  /**
   * The unit of the value: a counted noun in English ('files'), or 'percent'.
   */
  unit: string;
  /**
   * count: a number of things in the reference period; percent_change: the change of another indicator against a base year, in percent.
   */
  kind: "count" | "percent_change";
  /**
   * For a percent_change: the count indicator whose change it is. A percentage maps to it when a change word precedes it in the sentence, the nearest number before it in the sentence is an observation of this indicator, and a year follows it in its segment (the base year).
   */
  change_of?: string;
  /**
   * A count indicator this one is a part of: its value may not be larger (checked by validate).
   */
  part_of?: string;
  /**
   * Plausible values; validate rejects a value outside.
   */
  range?: {
    min?: number;
    max?: number;
  };
  /**
   * How a number is recognised as this indicator. Each number's segment runs from the previous number (or the sentence start) to the next number (or the sentence end); years do not cut segments.
   */
  cues?: {
    counted: Words;
    /**
     * Each item is a list of alternative words; every item must have one of its words in the number's segment.
     *
     * @minItems 1
     */
    context?: [Words1, ...Words1[]];
    exclude?: Words2;
  };
} & {
  id: Id;
  label: Labels;
  /**
   * What is counted, in English, precisely enough to compare sources.
   */
  description: string;
  /**
   * The unit of the value: a counted noun in English ('files'), or 'percent'.
   */
  unit: string;
  /**
   * count: a number of things in the reference period; percent_change: the change of another indicator against a base year, in percent.
   */
  kind: "count" | "percent_change";
  /**
   * For a percent_change: the count indicator whose change it is. A percentage maps to it when a change word precedes it in the sentence, the nearest number before it in the sentence is an observation of this indicator, and a year follows it in its segment (the base year).
   */
  change_of?: string;
  /**
   * A count indicator this one is a part of: its value may not be larger (checked by validate).
   */
  part_of?: string;
  /**
   * Plausible values; validate rejects a value outside.
   */
  range?: {
    min?: number;
    max?: number;
  };
  /**
   * How a number is recognised as this indicator. Each number's segment runs from the previous number (or the sentence start) to the next number (or the sentence end); years do not cut segments.
   */
  cues?: {
    counted: Words;
    /**
     * Each item is a list of alternative words; every item must have one of its words in the number's segment.
     *
     * @minItems 1
     */
    context?: [Words1, ...Words1[]];
    exclude?: Words2;
  };
};
export type Id = string;
/**
 * The counted noun: one of these must be one of the two words after the number, or the dual noun itself ('عمليتين').
 *
 * @minItems 1
 */
export type Words = [Word, ...Word[]];
/**
 * One folded Arabic word without clitics.
 */
export type Word = string;
/**
 * @minItems 1
 */
export type Words1 = [Word, ...Word[]];
/**
 * Words that must not appear in the number's segment.
 *
 * @minItems 1
 */
export type Words2 = [Word, ...Word[]];

/**
 * The indicators the pipeline publishes and the cues that map a number in a text to one of them (pipeline/catalogue/indicators.json). Cue words are written normalised and folded (no diacritics or tatweel; أ/إ/آ as ا, ة as ه, ى as ي) and without clitics (و، ف، ب، ل، ك، ال).
 */
export interface IndicatorCatalogue {
  /**
   * @minItems 1
   */
  indicators: [Indicator, ...Indicator[]];
  /**
   * Words announcing a change, found before a percentage in the same sentence: they make it a percentage change and give its sign.
   */
  change_words: {
    increase: Words1;
    decrease: Words1;
  };
}
export interface Labels {
  ar: string;
  en: string;
  fr: string;
}
