// Generates pipeline/types/*.ts from schemas/*.schema.json so that the schemas stay the single definition
// of every artifact. Run `npm run types` after changing a schema; a test fails when the two drift.
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { generateTypes } from "./types-source.ts";

const schemasDir = "schemas";
const typesDir = join("pipeline", "types");

for (const [file, source] of await generateTypes(schemasDir)) {
  await writeFile(join(typesDir, file), source);
  console.log(`wrote ${join(typesDir, file)}`);
}
