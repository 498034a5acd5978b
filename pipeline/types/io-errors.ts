/* Generated from schemas/ by `npm run types`. Do not edit: change the schema and regenerate. */

/**
 * pipeline/lib/io-errors.json: what a failed file operation means and how to fix it, per errno code (EACCES, ENOSPC, ...), so that every I/O failure is reported as one user error naming the path, the cause and a fix.
 */
export interface IoErrorMessages {
  /**
   * By errno code, as Node reports it in error.code.
   */
  codes: {
    [k: string]: Message;
  };
  other: Message1;
}
export interface Message {
  /**
   * What went wrong, said of the path ("permission denied").
   */
  problem: string;
  /**
   * What the user can do about it.
   */
  fix: string;
}
/**
 * For a code the table does not list.
 */
export interface Message1 {
  /**
   * What went wrong, said of the path ("permission denied").
   */
  problem: string;
  /**
   * What the user can do about it.
   */
  fix: string;
}
