import { UserError } from "../../pipeline/lib/errors.ts";

/** The UserError that `run` throws; any other outcome fails the test. */
export function userErrorOf(run: () => unknown): UserError {
  try {
    run();
  } catch (error) {
    if (error instanceof UserError) return error;
    throw error;
  }
  throw new Error("expected a UserError");
}

/** The UserError that `promise` rejects with; any other outcome fails the test. */
export async function userErrorOfAsync(promise: Promise<unknown>): Promise<UserError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof UserError) return error;
    throw error;
  }
  throw new Error("expected a UserError");
}
