/**
 * A number written in digits that a JavaScript number cannot hold exactly (see exact.ts): 17 digits, 400, a
 * decimal the double would round. Publishing it would lose or change it, so the recognizer refuses the whole
 * text with this error rather than drop or round the number. It knows offsets only (the recognizer takes no file
 * name): callers turn it into a message of their own, a UserError with file:line:column in the pipeline.
 */
export class UnsafeNumberError extends Error {
  override readonly name = "UnsafeNumberError";
  constructor(
    /** Offsets of the digits in the text as given (UTF-16 code units, end exclusive). */
    readonly start: number,
    readonly end: number,
    /** The number of digits written. */
    readonly digits: number,
  ) {
    super(`a number of ${digits} digits at offset ${start} cannot be held exactly: a JavaScript number would round it (integers are exact up to 9007199254740991)`);
  }
}
