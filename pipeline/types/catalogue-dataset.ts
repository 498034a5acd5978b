/* Generated from schemas/ by `npm run types`. Do not edit: change the schema and regenerate. */

/**
 * What the published data package says about itself (pipeline/catalogue/dataset.json): name, identifier, addresses, titles, licence and rights, contributors.
 */
export interface DatasetMetadata {
  /**
   * The package name (Frictionless: lower case, '.', '_' and '-').
   */
  name: string;
  /**
   * The package's stable identifier (datapackage.json `id`), the same for every version: a urn:uuid: minted once for this dataset, or a DOI (https://doi.org/…) once one is registered. Never change it after a version is published: it is how catalogues recognise the dataset across versions and addresses.
   */
  id: string;
  title: Trilingual;
  description: Trilingual;
  licence: {
    name: string;
    title: string;
    path: string;
  };
  /**
   * What the licence does not cover: the quoted text of the sources (quotes, sentences, titles), reproduced as short quotations for citation, with their sources. Shown in datapackage.json, the JSON-LD, the data card and the page.
   */
  rights: {
    en: string;
    ar: string;
    fr: string;
  };
  /**
   * Who publishes the dataset (for citations).
   */
  publisher: string;
  /**
   * Who made the package, with their roles (Data Package v2 `roles`, from the DataCite contributor types the standard recommends). The publisher (field `publisher`) is added to datapackage.json as a contributor with the role 'publisher'.
   */
  contributors: {
    title: string;
    /**
     * @minItems 1
     */
    roles: [
      (
        | "creator"
        | "contact"
        | "rightsHolder"
        | "dataCurator"
        | "dataCollector"
        | "dataManager"
        | "distributor"
        | "editor"
        | "producer"
        | "projectLeader"
        | "projectMember"
        | "researcher"
        | "other"
      ),
      ...(
        | "creator"
        | "contact"
        | "rightsHolder"
        | "dataCurator"
        | "dataCollector"
        | "dataManager"
        | "distributor"
        | "editor"
        | "producer"
        | "projectLeader"
        | "projectMember"
        | "researcher"
        | "other"
      )[]
    ];
    path?: string;
    email?: string;
    organization?: string;
  }[];
  keywords: string[];
  /**
   * Where the published output (the download page) lives, without a version: each version is at <homepage>/<version>/. null until it has a public address; the repository address, when known, is then the package's homepage.
   */
  homepage: string | null;
  /**
   * The public address of the project's source repository, set once here and used by the citation, datapackage.json, the JSON-LD and the page. null while the project has no public address: the citation then says the address is not known (never a guessed URL).
   */
  repository: string | null;
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
