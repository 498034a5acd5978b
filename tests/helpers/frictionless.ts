// The official Frictionless profiles (tests/fixtures/vendor/frictionless, The Unlicense), compiled with ajv as their README says.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv } from "ajv";
import Ajv04Module from "ajv-draft-04";
import ajvFormats from "ajv-formats";
import { repoRoot } from "./pipeline.ts";

const profiles = join(repoRoot, "tests", "fixtures", "vendor", "frictionless", "profiles");
const Ajv04 = Ajv04Module.default;
const addFormats = ajvFormats.default;

function compile(draft: 4 | 7, file: string) {
  const ajv = draft === 4 ? new Ajv04({ strict: false, allErrors: true }) : new Ajv({ strict: false, allErrors: true });
  addFormats(ajv as unknown as Ajv);
  ajv.addFormat("textarea", true);
  return ajv.compile(JSON.parse(readFileSync(join(profiles, file), "utf8")));
}

export const validateV2Package = compile(7, "v2/datapackage.json");
export const validateV1Package = compile(4, "v1/data-package.json");
export const validateV1TabularResource = compile(4, "v1/tabular-data-resource.json");
