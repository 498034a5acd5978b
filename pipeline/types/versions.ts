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
 * Row keys by table.
 */
export interface Keys {
  [k: string]: string[];
}
