// An error crosses from a worker thread to the main thread as plain data: a user error keeps its file, position,
// problem and fix (so the message is the one a run on one thread prints), a failed file operation its code,
// anything else its message and stack.
import { UserError } from "../lib/errors.ts";

export type SerialisedError =
  | { kind: "user"; file: string; position: string; problem: string; fix: string }
  | { kind: "other"; message: string; stack?: string; code?: string; syscall?: string; path?: string };

export function serialiseError(error: unknown): SerialisedError {
  if (error instanceof UserError) return { kind: "user", file: error.file, position: error.position, problem: error.problem, fix: error.fix };
  const e: Error & { code?: string; syscall?: string; path?: string } = error instanceof Error ? error : new Error(String(error));
  return { kind: "other", message: e.message, stack: e.stack, code: e.code, syscall: e.syscall, path: e.path };
}

export function reviveError(error: SerialisedError): Error {
  if (error.kind === "user") return new UserError(error.file, error.position, error.problem, error.fix);
  const revived = new Error(error.message) as Error & { code?: string; syscall?: string; path?: string };
  if (error.stack) revived.stack = error.stack;
  for (const key of ["code", "syscall", "path"] as const) if (error[key] !== undefined) revived[key] = error[key];
  return revived;
}
