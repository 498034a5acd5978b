// Stage 6, publish: derived dataset → a publication planned against what is published (versions, latest,
// versions.json, changelog, download pages), its new files streamed into a staging area as they are produced.
// The command line gives it the output folder and a publication's staging folder (or, for --check, a staging
// that only hashes); `publish` does the same in memory, for tests and small callers.
import type { Catalogue } from "../catalogue/load.ts";
import { treeOutput, type PublishedOutput } from "../output/published.ts";
import { checkTables, type TableOrigins } from "../publish/check-tables.ts";
import { downloadPages } from "../publish/download-page.ts";
import { memoryStaging, type Staging } from "../publish/file-sink.ts";
import { type FileTree, sortedTree } from "../publish/file-tree.ts";
import { type Plan, planOutput } from "../publish/plan-output.ts";
import { buildTables } from "../publish/tables.ts";
import type { DerivedDataset } from "../types/derived.ts";
import type { Step } from "../types/publication-journal.ts";
import type { VersionInputs } from "../types/versions.ts";

export interface PublishOptions {
  /** How output/ is named in messages. */
  outputDir: string;
  /** The release date of a new version (YYYY-MM-DD). */
  releaseDate: string | null;
  /** Where the release date came from, for messages ("--date", "SOURCE_DATE_EPOCH", "today's date"). */
  releaseDateSource?: string;
  /** The version folders present in output/, even empty ones (default: those with a file in `current`). */
  versionFolders?: readonly string[];
  /** The fingerprint of the run's inputs, recorded with a new version. */
  inputs?: VersionInputs;
  /** Compare everything, for --check. */
  check?: boolean;
}

/** Each source's two raw files, to name them when a table cell from them cannot be published. */
function originsOf(dataset: DerivedDataset): TableOrigins {
  const files = new Map(dataset.validated.sources.map((s) => [s.metadata.id, { text: s.file, metadata: s.file.replace(/\.txt$/, ".source.json") }]));
  return { sourceFiles: (id) => files.get(id) };
}

/**
 * Plans the publication of `dataset` over `published`, streaming its new files into `staging`. Once the tables
 * are built, only they and the list of sources are kept: the dataset's mentions can go.
 */
export async function publishInto(dataset: DerivedDataset, catalogue: Catalogue, published: PublishedOutput, staging: Staging, options: Omit<PublishOptions, "outputDir" | "versionFolders">): Promise<Plan> {
  const tables = buildTables(dataset, catalogue);
  checkTables(tables, originsOf(dataset));
  return planOutput({
    published,
    staging,
    sources: dataset.validated.sources,
    tables,
    catalogue,
    releaseDate: options.releaseDate,
    releaseDateSource: options.releaseDateSource,
    inputs: options.inputs,
    check: options.check,
    renderRoot: downloadPages(catalogue),
  });
}

/** The tree after a plan's moves: each moved name replaced by what was staged for it. */
export function applySteps(current: FileTree, staged: FileTree, steps: readonly Step[]): FileTree {
  const tree: FileTree = new Map(current);
  for (const step of steps) {
    for (const path of [...tree.keys()]) if (path === step.name || path.startsWith(`${step.name}/`)) tree.delete(path);
    for (const [path, bytes] of staged) if (path === step.name || path.startsWith(`${step.name}/`)) tree.set(path, bytes);
  }
  return sortedTree(tree);
}

/** The whole output planned in memory from `current` (the published files, by path): for tests and small callers. */
export async function publish(dataset: DerivedDataset, catalogue: Catalogue, current: FileTree, options: PublishOptions): Promise<Plan & { tree: FileTree }> {
  const staging = memoryStaging(current);
  const plan = await publishInto(dataset, catalogue, treeOutput(current, options.outputDir, options.versionFolders), staging, options);
  // A tree in memory holds the published files only: the marker is written when it is published into a folder.
  return { ...plan, tree: applySteps(current, staging.tree, plan.steps.filter((s) => s.name !== ".pipeline-output")) };
}
