import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { compile, type JSONSchema } from "json-schema-to-typescript";

const banner = "/* Generated from schemas/ by `npm run types`. Do not edit: change the schema and regenerate. */";

/** Every schema file that `node` refers to by `$ref` (references inside the same file start with '#'). */
function externalRefs(node: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(node)) node.forEach((item) => externalRefs(item, found));
  else if (node && typeof node === "object") {
    for (const [key, value] of Object.entries(node)) {
      if (key === "$ref" && typeof value === "string" && !value.startsWith("#")) found.add(value.split("#")[0]!);
      else externalRefs(value, found);
    }
  }
  return found;
}

const typeFile = (schemaFile: string) => schemaFile.replace(/\.schema\.json$/, ".ts");

/** A copy of `node` where each reference to another schema becomes that schema's type name (`tsType`). */
function importReferences(node: unknown, titleOf: (ref: string) => string): unknown {
  if (Array.isArray(node)) return node.map((item) => importReferences(item, titleOf));
  if (!node || typeof node !== "object") return node;
  const ref = (node as { $ref?: unknown }).$ref;
  if (typeof ref === "string" && !ref.startsWith("#")) return { tsType: titleOf(ref.split("#")[0]!) };
  return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, importReferences(v, titleOf)]));
}

/**
 * Returns [file name, TypeScript source] for every schema in `schemasDir`, in name order. A type defined by
 * another schema is imported from that schema's file rather than declared again.
 */
export async function generateTypes(schemasDir: string): Promise<Array<[string, string]>> {
  const files = (await readdir(schemasDir)).filter((f) => f.endsWith(".schema.json")).sort();
  const schemas = new Map<string, JSONSchema>();
  for (const file of files) schemas.set(file, JSON.parse(await readFile(join(schemasDir, file), "utf8")));
  const out: Array<[string, string]> = [];
  for (const [file, schema] of schemas) {
    const titleOf = (ref: string) => {
      const title = schemas.get(ref)?.title;
      if (!title) throw new Error(`${file}: $ref ${ref} names no schema with a title in ${schemasDir}`);
      return title;
    };
    const imports = [...externalRefs(schema)].sort().map((ref) => `import type { ${titleOf(ref)} } from "./${typeFile(ref)}";`);
    const local = importReferences(schema, titleOf) as JSONSchema;
    const source = await compile(local, schema.title ?? file, {
      bannerComment: [banner, ...imports].join("\n"),
      cwd: schemasDir,
      additionalProperties: false,
      style: { printWidth: 110 },
      declareExternallyReferenced: true,
      format: true,
    });
    out.push([typeFile(file), source]);
  }
  return out;
}
