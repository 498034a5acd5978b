// Plans the whole of output/ from the current output/ and the new build: unchanged inputs reproduce the
// current tree byte for byte; changed inputs add a version whose number follows from the diff.
import type { Catalogue } from "../catalogue/load.ts";
import { UserError } from "../lib/errors.ts";
import { sha256 } from "../lib/hash.ts";
import { stringifyJson } from "../lib/json.ts";
import type { DerivedDataset } from "../types/derived.ts";
import type { Version, VersionHistory } from "../types/versions.ts";
import type { VersionStamp } from "./datapackage.ts";
import { compareTrees, type FileTree, sortedTree, subtree, withPrefix } from "./file-tree.ts";
import { tableNames } from "./table-schemas.ts";
import type { Tables } from "./tables.ts";
import { buildVersionFiles, sumsFile } from "./version-files.ts";
import { renderChangelog } from "./versions/changelog.ts";
import { diffPackages, firstReleaseSummary, nextVersion, type PackageSnapshot, summarise, touchedSources } from "./versions/diff.ts";
import { isVersionName, latestDir, versionsFile } from "../output/layout.ts";
import { checkHistory, parseHistory } from "./versions/history.ts";
import { verifyVersions } from "./versions/integrity.ts";

export { latestDir };
export const firstVersion = "1.0.0";

export interface PlanInput {
  current: FileTree;
  /** How output/ is named in messages. */
  outputDir: string;
  dataset: DerivedDataset;
  tables: Tables;
  catalogue: Catalogue;
  /** The date a new version is released with (YYYY-MM-DD). */
  releaseDate: string | null;
  /** Where the release date came from, for messages ("--date", "SOURCE_DATE_EPOCH", "today's date"). */
  releaseDateSource?: string;
  /** The version folders present in output/, even empty ones (default: those with a file in `current`). */
  versionFolders?: readonly string[];
  /** Renders the root files that depend on the whole history (the download page). */
  renderRoot?: (history: VersionHistory, tree: FileTree) => FileTree;
}

export interface Plan {
  tree: FileTree;
  history: VersionHistory;
  /** The version this run adds, if any. */
  added: Version | null;
}

function readHistory(input: PlanInput): VersionHistory | null {
  const bytes = input.current.get(versionsFile);
  return bytes ? parseHistory(bytes.toString("utf8"), `${input.outputDir}/${versionsFile}`) : null;
}

/** The version folders of a tree: the first part of every path under a "major.minor.patch" folder. */
function foldersOf(tree: FileTree): string[] {
  const folders = [...tree.keys()].filter((p) => p.includes("/")).map((p) => p.split("/")[0]!);
  return [...new Set(folders)].filter(isVersionName);
}

function snapshot(files: FileTree): PackageSnapshot {
  const parse = (path: string) => JSON.parse(files.get(path)?.toString("utf8") ?? "null") as unknown;
  const descriptor = (parse("datapackage.json") ?? {}) as Record<string, unknown>;
  const names = ((descriptor.resources as Array<{ name: string }> | undefined) ?? []).map((r) => r.name);
  return { descriptor, rows: Object.fromEntries(names.map((name) => [name, (parse(`${name}.json`) ?? []) as Array<Record<string, unknown>>])) };
}

async function build(input: PlanInput, stamp: VersionStamp): Promise<FileTree> {
  return (await buildVersionFiles(input.dataset, input.tables, input.catalogue, stamp)).files;
}

function record(stamp: VersionStamp, files: FileTree, rest: Omit<Version, "version" | "date" | "content_hash">): Version {
  return { version: stamp.version, date: stamp.date, content_hash: sha256(files.get(sumsFile)!), ...rest };
}

/** The new version to add, or null when the build reproduces the latest version exactly. */
async function planVersion(input: PlanInput, history: VersionHistory): Promise<{ files: FileTree; version: Version } | null> {
  const last = history.versions.at(-1);
  if (!last) {
    const stamp = { version: firstVersion, date: input.releaseDate };
    const files = await build(input, stamp);
    const sources = input.dataset.validated.sources.map((s) => s.metadata.id).sort();
    const summary = firstReleaseSummary(tableNames.map((name) => [name, input.tables[name].rows.length]));
    return { files, version: record(stamp, files, { bump: "initial", summary, sources, changes: { structure: [], added: {}, changed: {}, removed: {}, metadata: [] } }) };
  }
  const published = subtree(input.current, last.version);
  const rebuilt = await build(input, { version: last.version, date: last.date });
  if (compareTrees(rebuilt, published).length === 0) return null;
  const before = snapshot(published);
  const after = snapshot(rebuilt);
  const { bump, ...changes } = diffPackages(before, after);
  if (input.releaseDate !== null && last.date !== null && input.releaseDate < last.date) {
    throw new UserError(
      input.releaseDateSource ?? "the release date",
      "",
      `the release date ${input.releaseDate} is earlier than the date of the latest version, ${last.version} (${last.date})`,
      `release on ${last.date} or later: give --date YYYY-MM-DD, or set SOURCE_DATE_EPOCH to a later time`,
    );
  }
  const stamp = { version: nextVersion(last.version, bump ?? "patch"), date: input.releaseDate };
  const files = await build(input, stamp);
  const sources = touchedSources(changes, [before, after]);
  return { files, version: record(stamp, files, { bump: bump ?? "patch", summary: summarise(changes), sources, changes }) };
}

export async function planOutput(input: PlanInput): Promise<Plan> {
  const read = readHistory(input);
  checkHistory(read, input.versionFolders ?? foldersOf(input.current), input.outputDir);
  const history = read ?? { package: input.catalogue.dataset.name, versions: [] };
  verifyVersions(history, input.current, input.outputDir);
  const next = await planVersion(input, history);
  const versions = next ? [...history.versions, next.version] : history.versions;
  const newHistory: VersionHistory = { package: history.package, versions };
  const tree: FileTree = new Map();
  for (const v of history.versions) for (const [path, bytes] of withPrefix(subtree(input.current, v.version), v.version)) tree.set(path, bytes);
  if (next) for (const [path, bytes] of withPrefix(next.files, next.version.version)) tree.set(path, bytes);
  const newest = versions.at(-1)!.version;
  for (const [path, bytes] of withPrefix(subtree(tree, newest), latestDir)) tree.set(path, bytes);
  tree.set("versions.json", Buffer.from(stringifyJson(newHistory), "utf8"));
  tree.set("CHANGELOG.md", Buffer.from(renderChangelog(newHistory), "utf8"));
  for (const [path, bytes] of input.renderRoot?.(newHistory, tree) ?? new Map<string, Buffer>()) tree.set(path, bytes);
  return { tree: sortedTree(tree), history: newHistory, added: next?.version ?? null };
}
