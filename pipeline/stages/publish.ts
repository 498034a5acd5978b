// Stage 6, publish: derived dataset → the planned output/ tree (versions, latest, versions.json, changelog,
// download page). Pure: the CLI reads the current output/ and writes the plan atomically, or compares.
import type { Catalogue } from "../catalogue/load.ts";
import { checkTables, type TableOrigins } from "../publish/check-tables.ts";
import { buildDownloadPage } from "../publish/download-page.ts";
import type { FileTree } from "../publish/file-tree.ts";
import { type Plan, planOutput } from "../publish/plan-output.ts";
import { buildTables } from "../publish/tables.ts";
import type { DerivedDataset } from "../types/derived.ts";

export interface PublishOptions {
  /** How output/ is named in messages. */
  outputDir: string;
  /** The release date of a new version (YYYY-MM-DD). */
  releaseDate: string | null;
  /** Where the release date came from, for messages ("--date", "SOURCE_DATE_EPOCH", "today's date"). */
  releaseDateSource?: string;
  /** The version folders present in output/, even empty ones (default: those with a file in `current`). */
  versionFolders?: readonly string[];
}

/** Each source's two raw files, to name them when a table cell from them cannot be published. */
function originsOf(dataset: DerivedDataset): TableOrigins {
  const files = new Map(dataset.validated.sources.map((s) => [s.metadata.id, { text: s.file, metadata: s.file.replace(/\.txt$/, ".source.json") }]));
  return { sourceFiles: (id) => files.get(id) };
}

export async function publish(dataset: DerivedDataset, catalogue: Catalogue, current: FileTree, options: PublishOptions): Promise<Plan> {
  const tables = buildTables(dataset, catalogue);
  checkTables(tables, originsOf(dataset));
  return planOutput({
    current,
    outputDir: options.outputDir,
    dataset,
    tables,
    catalogue,
    releaseDate: options.releaseDate,
    releaseDateSource: options.releaseDateSource,
    versionFolders: options.versionFolders,
    renderRoot: (history, tree) => buildDownloadPage(history, tree, catalogue),
  });
}
