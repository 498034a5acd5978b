// One ajv instance, built from every schema in schemas/: the single definition of each artifact and catalogue file.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv, type ErrorObject } from "ajv";
import ajvFormats from "ajv-formats";
import { UserError } from "./errors.ts";
import { projectPath } from "./paths.ts";

// ajv-formats is CommonJS; its plugin is the default export of the module object.
const addFormats = ajvFormats.default;

export const schemasDir = projectPath("schemas");

let ajv: Ajv | undefined;

function instance(): Ajv {
  if (ajv) return ajv;
  // strictRequired is off: "oneOf: [{ required: [a] }, { required: [b] }]" is how a schema says "one of these fields".
  ajv = new Ajv({ allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true });
  addFormats(ajv);
  // An IRI is a URL that may hold non-ASCII letters (Arabic paths): the WHATWG URL parser accepts exactly those.
  ajv.addFormat("iri", { type: "string", validate: isWebIri });
  for (const file of readdirSync(schemasDir).filter((f) => f.endsWith(".schema.json")).sort()) {
    ajv.addSchema(JSON.parse(readFileSync(join(schemasDir, file), "utf8")), file);
  }
  return ajv;
}

function isWebIri(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === "https:" || url.protocol === "http:";
  } catch {
    return false;
  }
}

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
  const validate = instance().getSchema(schemaFile);
  if (!validate) throw new Error(`no schema ${schemaFile} in ${schemasDir}`);
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
