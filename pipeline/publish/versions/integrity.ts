// Published versions are immutable: before planning anything, every file of every version must still be
// what its SHA256SUMS says, and SHA256SUMS what versions.json recorded. Files are hashed as they are read, a
// chunk at a time, so that checking a large version costs its reading, not its size in memory.
import { UserError } from "../../lib/errors.ts";
import { sha256 } from "../../lib/hash.ts";
import type { PublishedOutput } from "../../output/published.ts";
import type { VersionHistory } from "../../types/versions.ts";
import type { FileRecord } from "../file-sink.ts";

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

/**
 * Checks every published version against its SHA256SUMS and versions.json (the history is checked against
 * the folders first: history.ts). Returns each version's files as published, SHA256SUMS included, in path order.
 */
export async function verifyVersions(history: VersionHistory, published: PublishedOutput): Promise<Map<string, FileRecord[]>> {
  const outputDir = published.label;
  const restore = `published versions are never rewritten: restore ${outputDir} from version control (git checkout -- ${outputDir})`;
  const verified = new Map<string, FileRecord[]>();
  for (const record of history.versions) {
    const files = published.folder(record.version) ?? [];
    const where = `${outputDir}/${record.version}`;
    const sumsEntry = files.find((f) => f.path === sumsFile);
    if (!sumsEntry) throw new UserError(`${where}/${sumsFile}`, "", "the version's checksum file is missing", restore);
    const sums = await published.read(`${record.version}/${sumsFile}`);
    if (sha256(sums) !== record.content_hash) throw new UserError(`${where}/${sumsFile}`, "", `its SHA-256 differs from the content_hash in ${outputDir}/versions.json`, restore);
    const listed = parseSums(sums.toString("utf8"));
    const records: FileRecord[] = [];
    for (const file of files) {
      if (file.path === sumsFile) {
        records.push({ path: sumsFile, bytes: sums.length, sha256: record.content_hash });
        continue;
      }
      const expected = listed.get(file.path);
      if (expected === undefined) throw new UserError(`${where}/${file.path}`, "", "the file is not listed in the version's SHA256SUMS", restore);
      if ((await published.hash(`${record.version}/${file.path}`)) !== expected) {
        throw new UserError(`${where}/${file.path}`, "", "the file was changed after publication (its SHA-256 differs from SHA256SUMS)", restore);
      }
      records.push({ path: file.path, bytes: file.bytes, sha256: expected });
    }
    const present = new Set(files.map((f) => f.path));
    for (const path of listed.keys()) if (!present.has(path)) throw new UserError(`${where}/${path}`, "", "a published file is missing", restore);
    verified.set(record.version, records);
  }
  return verified;
}

/**
 * How a published folder (latest/) differs from the files it should hold, as "missing: latest/x", "unexpected:
 * latest/y" or "differs: latest/z" lines in path order; empty when it holds exactly those files.
 */
export async function compareFolder(published: PublishedOutput, name: string, expected: readonly FileRecord[]): Promise<string[]> {
  const files = published.folder(name) ?? [];
  const want = new Map(expected.map((r) => [r.path, r]));
  const have = new Map(files.map((f) => [f.path, f]));
  const lines: Array<[string, string]> = [];
  for (const path of [...new Set([...want.keys(), ...have.keys()])].sort()) {
    const wanted = want.get(path);
    const there = have.get(path);
    if (wanted && !there) lines.push([path, "missing"]);
    else if (!wanted && there) lines.push([path, "unexpected"]);
    else if (wanted && there && (there.bytes !== wanted.bytes || (await published.hash(`${name}/${path}`)) !== wanted.sha256)) lines.push([path, "differs"]);
  }
  return lines.map(([path, what]) => `${what}: ${name}/${path}`);
}
