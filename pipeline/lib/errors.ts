/**
 * A mistake in the user's input (a source file, its metadata, the catalogue): reported as one message naming
 * the file, the position and how to fix it, with exit status 1 and no stack trace. Anything else is a bug.
 */
export class UserError extends Error {
  override readonly name = "UserError";
  constructor(
    /** The file at fault, as the user would type it (relative to the working directory where possible). */
    readonly file: string,
    /** Where in the file: "line:column" for text, a JSON pointer ("/period/start") for JSON, "" when the whole file. */
    readonly position: string,
    /** What is wrong, in one sentence. */
    readonly problem: string,
    /** What to do about it. */
    readonly fix: string,
  ) {
    super(formatUserError(file, position, problem, fix));
  }
}

export function formatUserError(file: string, position: string, problem: string, fix: string): string {
  const where = position ? `${file}:${position}` : file;
  return `${where}: ${problem}\n  fix: ${fix}`;
}

export function isUserError(error: unknown): error is UserError {
  return error instanceof UserError;
}
