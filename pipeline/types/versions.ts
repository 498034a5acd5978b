/* Generated from schemas/ by `npm run types`. Do not edit: change the schema and regenerate. */

/**
 * output/versions.json: every published version, oldest first. A version, once published, is never rewritten; its content_hash is the SHA-256 of its SHA256SUMS file, which lists the SHA-256 of every other file.
 */
export interface VersionHistory {
  package: string;
  versions: Version[];
}
export interface Version {
  version: string;
  /**
   * The day the version was first published.
   */
  date: string | null;
  content_hash: string;
  inputs?: VersionInputs;
  bump: "initial" | "major" | "minor" | "patch";
  summary: string;
  /**
   * Sources whose rows this version adds, changes or removes (all sources for the first version).
   */
  sources: string[];
  changes: {
    /**
     * Changes to tables and fields (major: removed or retyped; minor: added).
     */
    structure: string[];
    added: Keys;
    changed: Keys;
    removed: Keys;
    /**
     * Descriptive changes: package metadata, the data card, the workbook.
     */
    metadata: string[];
  };
}
/**
 * The fingerprint of what a version was built from, recorded when it is published: a later run whose inputs have the same fingerprint publishes the same bytes, so it verifies the published hashes and stops without building anything. Not part of the version's content (SHA256SUMS).
 */
export interface VersionInputs {
  /**
   * SHA-256 of the list of raw files (name and SHA-256 of each .txt and .source.json).
   */
  sources: string;
  /**
   * SHA-256 of the list of catalogue files read (name and SHA-256 of each).
   */
  catalogue: string;
  /**
   * SHA-256 of the list of files under schemas/ (path and SHA-256 of each).
   */
  schemas: string;
  /**
   * SHA-256 of the pipeline's own code and data (every file under pipeline/ but the catalogue, and package-lock.json) and of the zlib, ICU and Unicode versions of the Node.js that ran it, which the workbook's compression and the number formats depend on.
   */
  pipeline: string;
  /**
   * Numbers held back or not accounted for in the build (a --strict run stops on any; it skips the build only when this is 0).
   */
  warnings: number;
}
/**
 * Row keys by table.
 */
export interface Keys {
  [k: string]: string[];
}
