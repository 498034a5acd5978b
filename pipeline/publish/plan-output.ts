// Plans a publication from what is published and the new build, writing each new file once, as it is produced,
// into a staging area (a publication's staging folder, memory, or only a hash for --check):
//   - the published versions are verified first, by streaming their hashes;
//   - the version number follows from a diff of the new tables' rows and descriptor with the latest version's
//     (its JSON rows read one at a time); a data change builds the new version once, at its number; when the
//     rows and descriptor are the same, a rebuild at the latest number, hashed but not kept, says whether only
//     the presentation changed (a patch, built then) or nothing did;
//   - latest/ is a copy of the newest version, staged only when it is not that already;
//   - versions.json, CHANGELOG.md and the download pages are rendered and staged when their bytes change.
// The plan lists the moves of the publication (versions.json last) and, for --check, how the output differs.
import type { Catalogue } from "../catalogue/load.ts";
import { UserError } from "../lib/errors.ts";
import { utf8Bytes } from "../lib/utf8.ts";
import { stringifyJson } from "../lib/json.ts";
import { changelogFile, latestDir, markerFile, markerText, pageFiles, versionsFile } from "../output/layout.ts";
import type { PublishedOutput } from "../output/published.ts";
import type { ValidatedDataset } from "../types/validated.ts";
import type { Step } from "../types/publication-journal.ts";
import type { Version, VersionHistory, VersionInputs } from "../types/versions.ts";
import { typedRow, typedRows } from "./csv.ts";
import { buildDescriptor, type VersionStamp } from "./datapackage.ts";
import type { PageRenderers, PublishedView } from "./download-page.ts";
import type { PublishedRows } from "./reader/data.ts";
import { type FileRecord, hashingSink, type Staging, sinkUnder } from "./file-sink.ts";
import { tableNames } from "./table-schemas.ts";
import type { Tables } from "./tables.ts";
import { type VersionBuild, type WhileWorkbook, writeVersionFiles } from "./version-files.ts";
import { renderChangelog } from "./versions/changelog.ts";
import { diffPackages, firstReleaseSummary, nextVersion, type PackageSnapshot, summarise } from "./versions/diff.ts";
import { checkHistory, parseHistory } from "./versions/history.ts";
import { compareFolder, verifyVersions } from "./versions/integrity.ts";
import { jsonArrayRows } from "./versions/json-rows.ts";

export { latestDir };
export const firstVersion = "1.0.0";

export interface PlanInput {
  published: PublishedOutput;
  /** Where new files go: paths relative to the output folder. */
  staging: Staging;
  /** The sources the tables come from (the descriptor lists them). */
  sources: ValidatedDataset["sources"];
  tables: Tables;
  catalogue: Catalogue;
  /** The date a new version is released with (YYYY-MM-DD). */
  releaseDate: string | null;
  /** Where the release date came from, for messages ("--date", "SOURCE_DATE_EPOCH", "today's date"). */
  releaseDateSource?: string;
  /** The fingerprint of this run's inputs, recorded with a new version; absent when not known (publish run alone). */
  inputs?: VersionInputs;
  /** Also compare what need not be compared to publish (latest/ when a new version replaces it): for --check. */
  check?: boolean;
  /** Renders the root files that depend on the whole history (the download pages), the longest parts ahead. */
  renderRoot?: PageRenderers;
}

export interface Plan {
  history: VersionHistory;
  /** The version this run adds, if any. */
  added: Version | null;
  /** The moves of the publication, in order, versions.json last; empty when nothing changes. */
  steps: Step[];
  /** How the output folder differs from what the pipeline publishes, one line per path, in path order. */
  differences: string[];
}

/** Root names in the order they are moved into place: versions.json last, as the commit point. */
const rootOrder = [changelogFile, ...pageFiles, versionsFile];

async function readHistory(published: PublishedOutput): Promise<VersionHistory | null> {
  if (!published.present.has(versionsFile)) return null;
  const bytes = await published.read(versionsFile);
  return parseHistory(bytes.toString("utf8"), `${published.label}/${versionsFile}`);
}

/** The latest published version as the diff reads it: its descriptor, and its rows streamed from its JSON files. */
async function publishedSnapshot(published: PublishedOutput, version: string, files: readonly FileRecord[]): Promise<PackageSnapshot> {
  const has = (path: string) => files.some((f) => f.path === path);
  const descriptor = has("datapackage.json") ? (JSON.parse((await published.read(`${version}/datapackage.json`)).toString("utf8")) as Record<string, unknown>) : {};
  const names = ((descriptor.resources as Array<{ name: string }> | undefined) ?? []).map((r) => r.name);
  const rows = Object.fromEntries(names.map((name) => [name, has(`${name}.json`) ? jsonArrayRows(published.open(`${version}/${name}.json`), `${published.label}/${version}/${name}.json`) : []]));
  return { descriptor, rows };
}

/** The new build as the diff reads it, stamped as the latest version so that only real changes show. */
function buildSnapshot(input: PlanInput, stamp: VersionStamp): PackageSnapshot {
  // The descriptor's resources are compared by their schemas only: the file sizes and hashes do not matter here.
  const files = Object.fromEntries(tableNames.map((name) => [name, { path: `${name}.csv`, bytes: 0, sha256: "" }])) as Parameters<typeof buildDescriptor>[0]["files"];
  const descriptor = buildDescriptor({ metadata: input.catalogue.dataset, stamp, dataset: { sources: input.sources }, tables: input.tables, files });
  const rows = Object.fromEntries(tableNames.map((name) => [name, (function* () {
    for (const row of input.tables[name].rows) yield typedRow(input.tables[name], row);
  })()]));
  return { descriptor: JSON.parse(JSON.stringify(descriptor)) as Record<string, unknown>, rows };
}

const sameFiles = (a: readonly FileRecord[], b: readonly FileRecord[]) =>
  a.length === b.length && a.every((r, i) => r.path === b[i]!.path && r.sha256 === b[i]!.sha256 && r.bytes === b[i]!.bytes);

function refuseEarlierDate(input: PlanInput, last: Version): void {
  if (input.releaseDate !== null && last.date !== null && input.releaseDate < last.date) {
    throw new UserError(
      input.releaseDateSource ?? "the release date",
      "",
      `the release date ${input.releaseDate} is earlier than the date of the latest version, ${last.version} (${last.date})`,
      `release on ${last.date} or later: give --date YYYY-MM-DD, or set SOURCE_DATE_EPOCH to a later time`,
    );
  }
}

function versionRecord(stamp: VersionStamp, build: VersionBuild, rest: Omit<Version, "version" | "date" | "content_hash" | "inputs">, inputs: VersionInputs | undefined): Version {
  const sums = build.files.find((f) => f.path === "SHA256SUMS")!;
  return { version: stamp.version, date: stamp.date, content_hash: sums.sha256, ...rest, ...(inputs ? { inputs } : {}) };
}

interface Newest {
  /** The build of the newest version: the new one, or the latest rebuilt (hashed only) and found identical. */
  build: VersionBuild;
  added: Version | null;
}

/** While a version's workbook is written: the download pages' longest parts, rendered for it as the newest version. */
function pagesAhead(input: PlanInput, stamp: VersionStamp): WhileWorkbook | undefined {
  const pages = input.renderRoot;
  return pages ? ({ hasChart }) => pages.ahead(stamp, pageRows(input), hasChart) : undefined;
}

async function planVersion(input: PlanInput, history: VersionHistory, published: Map<string, FileRecord[]>): Promise<Newest> {
  const write = (stamp: VersionStamp) => writeVersionFiles(input.sources, input.tables, input.catalogue, stamp, sinkUnder(input.staging, stamp.version), pagesAhead(input, stamp));
  const last = history.versions.at(-1);
  if (!last) {
    const stamp = { version: firstVersion, date: input.releaseDate };
    const build = await write(stamp);
    const sources = input.sources.map((s) => s.metadata.id).sort();
    const summary = firstReleaseSummary(tableNames.map((name) => [name, input.tables[name].rows.length]));
    return { build, added: versionRecord(stamp, build, { bump: "initial", summary, sources, changes: { structure: [], added: {}, changed: {}, removed: {}, metadata: [] } }, input.inputs) };
  }
  const lastStamp = { version: last.version, date: last.date };
  const lastFiles = published.get(last.version)!;
  const { bump: dataBump, sources, ...changes } = await diffPackages(await publishedSnapshot(input.published, last.version, lastFiles), buildSnapshot(input, lastStamp));
  let bump = dataBump;
  if (bump === null) {
    // Same rows, same descriptor: rebuilt at the latest number and hashed, the files say whether anything else changed.
    const rebuilt = await writeVersionFiles(input.sources, input.tables, input.catalogue, lastStamp, hashingSink(), pagesAhead(input, lastStamp));
    if (sameFiles(rebuilt.files, lastFiles)) return { build: rebuilt, added: null };
    bump = "patch";
  }
  refuseEarlierDate(input, last);
  const stamp = { version: nextVersion(last.version, bump), date: input.releaseDate };
  const build = await write(stamp);
  return { build, added: versionRecord(stamp, build, { bump, summary: summarise(changes), sources, changes }, input.inputs) };
}

/** The tables the pages show, as latest/'s JSON files hold them. */
function pageRows(input: PlanInput): PublishedRows {
  const rows = (name: "observations" | "derived" | "indicators" | "categories" | "sources") => typedRows(input.tables[name]);
  return { observations: rows("observations"), derived: rows("derived"), indicators: rows("indicators"), categories: rows("categories"), sources: rows("sources") };
}

function pageView(input: PlanInput, build: VersionBuild, files: (version: string) => readonly FileRecord[]): PublishedView {
  return {
    rows: pageRows(input),
    jsonLd: build.jsonLd,
    files: (version) => files(version).map((f) => ({ path: `${version}/${f.path}`, bytes: f.bytes, sha256: f.sha256 })),
    hasLatestChart: build.files.some((f) => f.path === "chart.svg"),
  };
}

const byLinePath = (a: string, b: string) => {
  const [pa, pb] = [a.slice(a.indexOf(": ") + 2), b.slice(b.indexOf(": ") + 2)];
  return pa < pb ? -1 : pa > pb ? 1 : 0;
};

export async function planOutput(input: PlanInput): Promise<Plan> {
  const { published, staging } = input;
  const read = await readHistory(published);
  checkHistory(read, published.versionFolders, published.label);
  const history = read ?? { package: input.catalogue.dataset.name, versions: [] };
  const verified = await verifyVersions(history, published);
  const { build, added } = await planVersion(input, history, verified);
  const newHistory: VersionHistory = { package: history.package, versions: added ? [...history.versions, added] : history.versions };
  const newest = newHistory.versions.at(-1)!.version;
  const filesOf = (version: string) => (added && version === added.version ? build.files : verified.get(version)!);

  const steps: Step[] = [];
  const differences: string[] = [];
  if (added) {
    steps.push({ name: added.version, kind: "folder", replaces: false, sums_sha256: added.content_hash });
    differences.push(...build.files.map((f) => `missing: ${added.version}/${f.path}`));
  }
  // latest/ is the newest version: replaced with a new version, else only when it is not that (a hand edit).
  const latestDiffers = added && !input.check ? ["(replaced)"] : await compareFolder(published, latestDir, filesOf(newest));
  if (latestDiffers.length > 0) {
    if (input.check) differences.push(...latestDiffers);
    await staging.copyFolder(newest, added ? "staged" : "published", latestDir, filesOf(newest).map((f) => f.path));
    steps.push({ name: latestDir, kind: "folder", replaces: published.present.has(latestDir), sums_sha256: null });
  }
  // Rendered one at a time, as each is compared and staged: the download pages are large.
  const roots = new Map<string, () => string | Buffer>([[changelogFile, () => renderChangelog(newHistory)], [versionsFile, () => stringifyJson(newHistory)]]);
  for (const [name, render] of input.renderRoot?.render(newHistory, pageView(input, build, filesOf)) ?? []) roots.set(name, render);
  for (const name of rootOrder) {
    const render = roots.get(name);
    if (render === undefined) continue;
    const content = render();
    const bytes = typeof content === "string" ? utf8Bytes(content) : content;
    const current = published.present.has(name) ? await published.read(name) : null;
    if (current?.equals(bytes)) continue;
    differences.push(`${current ? "differs" : "missing"}: ${name}`);
    await staging.write(name, bytes);
    steps.push({ name, kind: "file", replaces: current !== null, sums_sha256: null });
  }
  // The marker proves the folder is the pipeline's; written with the first publication, not worth one alone.
  if (steps.length > 0 && !published.hasMarker) {
    await staging.write(markerFile, markerText);
    steps.unshift({ name: markerFile, kind: "file", replaces: false, sums_sha256: null });
  }
  return { history: newHistory, added, steps, differences: differences.sort(byLinePath) };
}
