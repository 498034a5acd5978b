/* Generated from schemas/ by `npm run types`. Do not edit: change the schema and regenerate. */

/**
 * What the published data package says about itself (pipeline/catalogue/dataset.json): name, titles, licence, contributors.
 */
export interface DatasetMetadata {
  /**
   * The package name (Frictionless: lower case, '.', '_' and '-').
   */
  name: string;
  title: Trilingual;
  description: Trilingual;
  licence: {
    name: string;
    title: string;
    path: string;
  };
  /**
   * Who publishes the dataset (for citations).
   */
  publisher: string;
  contributors: {
    title: string;
    /**
     * @minItems 1
     */
    roles: [string, ...string[]];
    path?: string;
  }[];
  keywords: string[];
  /**
   * Where the published output lives; null until it has a public address.
   */
  homepage: string | null;
  /**
   * Stem of the workbook's file name (<stem>-<version>.xlsx).
   */
  file_stem: string;
  /**
   * Known limits of the data that do not depend on it, in the three languages of the data card: what a reader must know before using it. Sentences that depend on the data (how many sources, which periods, whether there is a series) are generated, never written here.
   */
  limits: Trilingual[];
  /**
   * Where the figures apply (for dataset search engines).
   */
  spatial_coverage: string;
}
export interface Trilingual {
  en: string;
  ar: string;
  fr: string;
}
