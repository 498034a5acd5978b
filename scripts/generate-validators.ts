// Writes pipeline/validators/precompiled.ts from schemas/*.schema.json (see scripts/validators-source.ts).
import { writeFile } from "node:fs/promises";
import { generateValidators, validatorsFile } from "./validators-source.ts";

await writeFile(validatorsFile, await generateValidators("schemas"));
console.log(`wrote ${validatorsFile}`);
