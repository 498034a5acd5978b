// The repository's own data, for the tests of tests/data: raw/ as committed and output/ as published. These
// tests check what stays true however many sources are added (no count, version number or date of today),
// and run alone with `npm run test:data`.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { repoRoot } from "../helpers/pipeline.ts";

export const repoRaw = join(repoRoot, "raw");
export const repoOutput = join(repoRoot, "output");

export const sha256Hex = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

/** The ids of the sources in raw/: each <id>.txt. */
export const rawSourceIds = () =>
  readdirSync(repoRaw)
    .filter((name) => name.endsWith(".txt"))
    .map((name) => name.slice(0, -".txt".length))
    .sort();

/** Every file under `dir`, as paths relative to it with '/', sorted. */
export function filesUnder(dir: string, prefix = ""): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => (statSync(join(dir, name)).isDirectory() ? filesUnder(join(dir, name), `${prefix}${name}/`) : [`${prefix}${name}`]));
}

/** The rows of a published CSV (header row, RFC 4180) as records of strings. */
export const readCsv = (file: string): Array<Record<string, string>> => parse(readFileSync(file), { columns: true, bom: true });

export interface PublishedVersion {
  version: string;
  date: string;
  content_hash: string;
  bump: string;
  sources: string[];
}

export const publishedVersions = (): PublishedVersion[] => JSON.parse(readFileSync(join(repoOutput, "versions.json"), "utf8")).versions;
