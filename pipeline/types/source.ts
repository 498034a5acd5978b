/* Generated from schemas/ by `npm run types`. Do not edit: change the schema and regenerate. */

/**
 * What is known of one source: raw/<id>.source.json beside raw/<id>.txt. Every field is required; a value that is not known is null, never guessed.
 */
export interface SourceMetadata {
  /**
   * The file name stem shared by raw/<id>.txt and raw/<id>.source.json: letters, digits, '.', '_' and '-', starting with a letter or digit.
   */
  id: string;
  /**
   * The title of the text as published.
   */
  title: string | null;
  /**
   * BCP 47 language tag of the text, e.g. 'ar'.
   */
  language: string;
  /**
   * The outlet that published the text.
   */
  publisher: string | null;
  /**
   * The author of the text.
   */
  author: string | null;
  /**
   * The institution whose figures the text reports.
   */
  institution: string | null;
  /**
   * Where the text can be read: an http or https address (an IRI: Arabic letters are allowed). Other schemes (javascript:, data:, file:) are refused: the page and the data card link to it.
   */
  url: string | null;
  /**
   * Date the text was published (YYYY-MM-DD).
   */
  published: string | null;
  /**
   * Date the text was retrieved (YYYY-MM-DD).
   */
  retrieved: string | null;
  /**
   * The period the figures describe: a calendar year (YYYY), a half-year (YYYY-H1, YYYY-H2) or a quarter (YYYY-Q1 … YYYY-Q4).
   */
  reference_period: string;
  /**
   * Licence of the text (an SPDX identifier or a short statement).
   */
  licence: string | null;
  /**
   * Provenance and anything a reader should know about the source.
   */
  notes: string | null;
}
