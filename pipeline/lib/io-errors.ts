// Every failed file operation becomes one user error naming the path, the cause and a fix (a read-only
// folder, a full disk, a folder where a file was expected ...), never "internal error": the one place where
// errno codes are mapped, from the message table pipeline/lib/io-errors.json.
import { readFileSync } from "node:fs";
import type { IoErrorMessages } from "../types/io-errors.ts";
import { UserError } from "./errors.ts";
import { projectPath } from "./paths.ts";
import { validateAgainst } from "./schemas.ts";

/** A failed system call as Node reports it (fs, child processes). */
export interface SystemError extends Error {
  code: string;
  syscall?: string;
  path?: string;
  dest?: string;
}

export function isSystemError(error: unknown): error is SystemError {
  return error instanceof Error && typeof (error as SystemError).code === "string" && /^E[A-Z0-9]+$/.test((error as SystemError).code) && (typeof (error as SystemError).syscall === "string" || typeof (error as SystemError).path === "string");
}

let messages: IoErrorMessages | undefined;

function messageTable(): IoErrorMessages {
  if (messages) return messages;
  const file = projectPath("pipeline", "lib", "io-errors.json");
  messages = validateAgainst<IoErrorMessages>("io-errors.schema.json", JSON.parse(readFileSync(file, "utf8")), file);
  return messages;
}

/**
 * The user error for a failed file operation. `path` names the file when the error does not (or names it less
 * clearly, e.g. a temporary name inside a staging folder); `doing` says what the pipeline was doing.
 */
export function ioUserError(error: SystemError, options: { path?: string; doing?: string } = {}): UserError {
  const table = messageTable();
  const message = table.codes[error.code] ?? table.other;
  const path = options.path ?? error.path ?? "(unknown path)";
  const target = error.dest && !options.path ? ` (moving it to ${error.dest})` : "";
  const doing = options.doing ? ` while ${options.doing}` : "";
  const cause = error.syscall ? `${error.code} from ${error.syscall}` : error.code;
  return new UserError(path, "", `${message.problem}${target}${doing} (${cause})`, message.fix);
}

/** Runs `action`; a failed file operation in it is rethrown as the user error for `path`. */
export function withIoErrors<T>(action: () => T, options: { path?: string; doing?: string }): T {
  try {
    return action();
  } catch (error) {
    if (isSystemError(error)) throw ioUserError(error, options);
    throw error;
  }
}
