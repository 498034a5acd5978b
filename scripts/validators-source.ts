// The precompiled validators (ajv standalone code) of every schema in schemas/, as one ES module: compiling
// the schemas with ajv took about half a second of every run; the generated code loads in a few milliseconds.
// `npm run types` (or `npm run validators`) writes it to pipeline/validators/precompiled.ts; a test fails when
// it drifts from the schemas.
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { _, Ajv, type Options } from "ajv";
import standalone from "ajv/dist/standalone/index.js";
import { formats } from "../pipeline/lib/formats.ts";

// ajv/dist/standalone is CommonJS: its function is also its `default` property, which is what the types describe.
const standaloneCode = standalone.default;

export const validatorsFile = join("pipeline", "validators", "precompiled.ts");

const banner = [
  "/* Generated from schemas/ by `npm run types` (scripts/validators-source.ts). Do not edit: change the schema and regenerate. */",
  // ajv's code is plain JavaScript: its types come from the `validators` export below.
  "// @ts-nocheck",
  'import { createRequire } from "node:module";',
  'import type { ValidateFunction } from "ajv";',
  'import { formats } from "../lib/formats.ts";',
  "",
  // ajv's code loads two helpers of its runtime (deep equality, string length in code points) with require().
  "const require = createRequire(import.meta.url);",
].join("\n");

/** The export name of a schema file: "catalogue-indicators.schema.json" → "catalogueIndicators". */
export function exportName(schemaFile: string): string {
  return schemaFile.replace(/\.schema\.json$/, "").replace(/-([a-z0-9])/g, (_match, letter: string) => letter.toUpperCase());
}

/** The options the pipeline always validated with; `strictRequired` is off: "oneOf: [{ required: [a] }, { required: [b] }]" says "one of these fields". */
export const ajvOptions = { allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true } as const;

/**
 * How the generated code is laid out, which does not change what it accepts nor the errors it reports (the test
 * compares it with ajv compiling the schemas with `ajvOptions` alone). By default ajv copies the code of every
 * $ref into each place that uses it and writes one check per required field: i18n-messages' 160 keys, each a
 * $ref, became one function of 7,800 lines. V8 compiles a function the first time it is called, and a fresh run
 * spent about 100 ms compiling validators it used once. A function per $ref, and a loop over a required list of
 * four fields or more, halve the code (1.15 -> 0.57 MB) and the time to load and first use it.
 */
export const compactCode = { inlineRefs: false, loopRequired: 4 } as const;

/** An ajv instance with the project's formats and every schema of `schemasDir`, keyed by file name. */
export async function schemaAjv(schemasDir: string, code?: Options["code"], layout: Partial<typeof compactCode> = {}): Promise<{ ajv: Ajv; files: string[] }> {
  const ajv = new Ajv({ ...ajvOptions, ...layout, code });
  for (const [name, format] of Object.entries(formats)) ajv.addFormat(name, format as Parameters<Ajv["addFormat"]>[1]);
  const files = (await readdir(schemasDir)).filter((f) => f.endsWith(".schema.json")).sort();
  for (const file of files) ajv.addSchema(JSON.parse(await readFile(join(schemasDir, file), "utf8")), file);
  return { ajv, files };
}

/** The TypeScript source of pipeline/validators/precompiled.ts. */
export async function generateValidators(schemasDir: string): Promise<string> {
  // The generated code reads a format as `formats.<name>`: the `formats` imported in the banner.
  const { ajv, files } = await schemaAjv(schemasDir, { source: true, esm: true, lines: true, formats: _`formats` }, compactCode);
  const names = Object.fromEntries(files.map((file) => [exportName(file), file]));
  if (Object.keys(names).length !== files.length) throw new Error("two schema files have the same export name");
  const code = standaloneCode(ajv, names).replace(/^"use strict";\n/, "");
  const index = [
    "",
    "/** Every schema of schemas/, by file name. */",
    "export const validators: Record<string, ValidateFunction | undefined> = {",
    ...files.map((file) => `  ${JSON.stringify(file)}: ${exportName(file)},`),
    "};",
    "",
  ].join("\n");
  return `${banner}\n\n${code}\n${index}`;
}
