// Validation against the schemas in schemas/, the single definition of each artifact and catalogue file.
// The validators are ajv's standalone code, generated from the schemas at build time
// (pipeline/validators/precompiled.ts, `npm run types`): nothing compiles a schema at run time.
import type { ErrorObject } from "ajv";
import { validators } from "../validators/precompiled.ts";
import { UserError } from "./errors.ts";
import { projectPath } from "./paths.ts";

export const schemasDir = projectPath("schemas");

/** Describes one ajv error as a user would read it. */
export function describeSchemaError(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  if (error.keyword === "additionalProperties") return `unknown field "${String(params.additionalProperty)}"`;
  if (error.keyword === "required") return `missing field "${String(params.missingProperty)}"`;
  if (error.keyword === "enum") return `${error.message}: ${JSON.stringify(params.allowedValues)}`;
  return error.message ?? error.keyword;
}

/** Pointer of the field an error is about: for a missing or unknown field, the field itself. */
function pointerOf(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  const child = error.keyword === "required" ? params.missingProperty : error.keyword === "additionalProperties" ? params.additionalProperty : undefined;
  const base = error.instancePath || "";
  return child === undefined ? base || "/" : `${base}/${String(child).replace(/~/g, "~0").replace(/\//g, "~1")}`;
}

/**
 * Checks `data` against `schemas/<schemaFile>` and returns it typed; on failure throws one UserError naming
 * `file` and the JSON pointer of the first problem.
 */
export function validateAgainst<T>(schemaFile: string, data: unknown, file: string, fix?: string): T {
  const validate = validators[schemaFile];
  if (!validate) throw new Error(`no schema ${schemaFile} in ${schemasDir} (run npm run types after adding one)`);
  if (validate(data)) return data as T;
  const errors = validate.errors ?? [];
  const first = errors[0];
  if (!first) throw new Error(`schema ${schemaFile} rejected ${file} without errors`);
  const more = errors.length > 1 ? ` (and ${errors.length - 1} more problem${errors.length > 2 ? "s" : ""})` : "";
  throw new UserError(
    file,
    pointerOf(first),
    `${describeSchemaError(first)}${more}; expected by schemas/${schemaFile}`,
    fix ?? `correct the value at that JSON pointer so that the file matches schemas/${schemaFile}`,
  );
}
