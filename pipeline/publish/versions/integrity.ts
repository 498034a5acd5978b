// Published versions are immutable: before planning anything, every file of every version must still be
// what its SHA256SUMS says, and SHA256SUMS what versions.json recorded.
import { UserError } from "../../lib/errors.ts";
import { sha256 } from "../../lib/hash.ts";
import type { VersionHistory } from "../../types/versions.ts";
import { type FileTree, subtree } from "../file-tree.ts";

export const sumsFile = "SHA256SUMS";

export function parseSums(text: string): Map<string, string> {
  return new Map(
    text
      .split("\n")
      .filter(Boolean)
      .map((line) => {
        const [hash = "", ...path] = line.split("  ");
        return [path.join("  "), hash];
      }),
  );
}

export function verifyVersions(history: VersionHistory, tree: FileTree, outputDir: string): void {
  const restore = `published versions are never rewritten: restore ${outputDir} from version control (git checkout -- ${outputDir})`;
  for (const record of history.versions) {
    const files = subtree(tree, record.version);
    const sums = files.get(sumsFile);
    const where = `${outputDir}/${record.version}`;
    if (!sums) throw new UserError(`${where}/${sumsFile}`, "", "the version's checksum file is missing", restore);
    if (sha256(sums) !== record.content_hash) throw new UserError(`${where}/${sumsFile}`, "", `its SHA-256 differs from the content_hash in ${outputDir}/versions.json`, restore);
    const listed = parseSums(sums.toString("utf8"));
    for (const [path, bytes] of files) {
      if (path === sumsFile) continue;
      const expected = listed.get(path);
      if (expected === undefined) throw new UserError(`${where}/${path}`, "", "the file is not listed in the version's SHA256SUMS", restore);
      if (sha256(bytes) !== expected) throw new UserError(`${where}/${path}`, "", "the file was changed after publication (its SHA-256 differs from SHA256SUMS)", restore);
    }
    for (const path of listed.keys()) if (!files.has(path)) throw new UserError(`${where}/${path}`, "", "a published file is missing", restore);
  }
}
