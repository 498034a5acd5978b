// versions.json against the version folders beside it. A hand-edited history (an entry removed, duplicated or
// moved) would make the next run re-publish an existing version number or drop a folder: it stops the run
// instead, saying how to repair it. The pipeline never deletes a published version.
import { UserError } from "../../lib/errors.ts";
import { parseJson } from "../../lib/json.ts";
import { validateAgainst } from "../../lib/schemas.ts";
import type { VersionHistory } from "../../types/versions.ts";

const restoreFix = (file: string) => `restore it from version control (git checkout -- ${file}); versions.json lists every published version once, oldest first`;

/** Reads versions.json (`file` names it in messages): JSON without a key twice, matching its schema. */
export function parseHistory(text: string, file: string): VersionHistory {
  try {
    return validateAgainst<VersionHistory>("versions.schema.json", parseJson(text, file, { rejectDuplicateKeys: true }), file);
  } catch (error) {
    if (error instanceof UserError) throw new UserError(error.file, error.position, error.problem, restoreFix(file));
    throw error;
  }
}

const parts = (version: string) => version.split(".").map(Number);

/** Semantic-version order of two "major.minor.patch" numbers. */
export function compareVersions(a: string, b: string): number {
  const [x, y] = [parts(a), parts(b)];
  for (let i = 0; i < 3; i++) if (x[i] !== y[i]) return (x[i] ?? 0) - (y[i] ?? 0);
  return 0;
}

/**
 * Checks that versions.json lists each version once, oldest first with dates that never go back, and exactly
 * the version folders present. `versionFolders` are the folders found (even empty ones).
 */
export function checkHistory(history: VersionHistory | null, versionFolders: readonly string[], outputDir: string): void {
  if (history === null) {
    if (versionFolders.length > 0) throw new UserError(`${outputDir}/versions.json`, "", "versions.json is missing but versions are published", restoreFix(`${outputDir}/versions.json`));
    return;
  }
  const file = `${outputDir}/versions.json`;
  const restore = restoreFix(file);
  const seen = new Map<string, number>();
  history.versions.forEach((record, index) => {
    const first = seen.get(record.version);
    if (first !== undefined) throw new UserError(file, `/versions/${index}/version`, `version ${record.version} is listed twice (also at /versions/${first})`, restore);
    seen.set(record.version, index);
    const previous = history.versions[index - 1];
    if (!previous) return;
    if (compareVersions(previous.version, record.version) > 0) {
      throw new UserError(file, `/versions/${index}/version`, `version ${record.version} is listed after ${previous.version}`, restore);
    }
    if (previous.date !== null && record.date !== null && record.date < previous.date) {
      throw new UserError(file, `/versions/${index}/date`, `version ${record.version} is dated ${record.date}, before ${previous.version} (${previous.date})`, restore);
    }
  });
  for (const folder of versionFolders) {
    if (!seen.has(folder)) {
      throw new UserError(
        `${outputDir}/${folder}`,
        "",
        "this version folder is not listed in versions.json",
        `the pipeline never deletes a published version: restore versions.json from version control (git checkout -- ${outputDir}/); if you put the folder there by hand, move it out of ${outputDir}/`,
      );
    }
  }
  const folders = new Set(versionFolders);
  for (const record of history.versions) {
    if (!folders.has(record.version)) {
      throw new UserError(`${outputDir}/${record.version}`, "", "versions.json lists this version but its folder is missing", `restore the folder from version control (git checkout -- ${outputDir}/); published versions are never rebuilt`);
    }
  }
}
