// Where the project's data files are (schemas, catalogue, lexicons), found from this module whether it runs
// from pipeline/ through tsx or from the compiled bundle in dist/.
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

function findProjectRoot(start: string): string {
  for (let dir = start; ; dir = dirname(dir)) {
    if (existsSync(join(dir, "package.json")) && existsSync(join(dir, "schemas"))) return dir;
    if (dirname(dir) === dir) throw new Error(`no project root (package.json beside schemas/) above ${start}`);
  }
}

export const projectRoot = findProjectRoot(dirname(fileURLToPath(import.meta.url)));

/** A path inside the project, e.g. projectPath("pipeline", "catalogue"). */
export const projectPath = (...parts: string[]) => join(projectRoot, ...parts);
