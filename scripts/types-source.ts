import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { compile } from "json-schema-to-typescript";

const banner = "/* Generated from schemas/ by `npm run types`. Do not edit: change the schema and regenerate. */";

/** Returns [file name, TypeScript source] for every schema in `schemasDir`, in name order. */
export async function generateTypes(schemasDir: string): Promise<Array<[string, string]>> {
  const files = (await readdir(schemasDir)).filter((f) => f.endsWith(".schema.json")).sort();
  const out: Array<[string, string]> = [];
  for (const file of files) {
    const schema = JSON.parse(await readFile(join(schemasDir, file), "utf8"));
    const source = await compile(schema, schema.title ?? file, {
      bannerComment: banner,
      cwd: schemasDir,
      additionalProperties: false,
      style: { printWidth: 110 },
      declareExternallyReferenced: true,
      format: true,
    });
    out.push([file.replace(/\.schema\.json$/, ".ts"), source]);
  }
  return out;
}
