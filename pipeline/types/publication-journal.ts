/* Generated from schemas/ by `npm run types`. Do not edit: change the schema and regenerate. */

/**
 * <output>/.pipeline-publishing/journal.json: the moves of one publication, written once every new file is staged and before the first move, so that the next run can finish or undo a run that was killed. Each step moves a staged name (new/<name>) into the output folder; a step that replaces a name first sets the old one aside (old/<name>). The publication is committed when the last step's staged name is gone.
 */
export interface PublicationJournal {
  /**
   * In order; versions.json, when it changes, is the last (the commit point).
   *
   * @minItems 1
   */
  steps: [Step, ...Step[]];
}
export interface Step {
  /**
   * A name at the root of the output folder that the pipeline publishes.
   */
  name: string;
  kind: "file" | "folder";
  /**
   * Whether the name existed before (it is set aside, and put back if the publication is undone).
   */
  replaces: boolean;
  /**
   * For a new version folder, the SHA-256 of its SHA256SUMS: undoing removes the folder only when it is this one.
   */
  sums_sha256: string | null;
}
