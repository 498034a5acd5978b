// Stage 6, publish: derived dataset → the planned output/ tree (versions, latest, versions.json, changelog,
// download page). Pure: the CLI reads the current output/ and writes the plan atomically, or compares.
import type { Catalogue } from "../catalogue/load.ts";
import { checkTables } from "../publish/check-tables.ts";
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
}

export async function publish(dataset: DerivedDataset, catalogue: Catalogue, current: FileTree, options: PublishOptions): Promise<Plan> {
  const tables = buildTables(dataset, catalogue);
  checkTables(tables);
  return planOutput({
    current,
    outputDir: options.outputDir,
    dataset,
    tables,
    catalogue,
    releaseDate: options.releaseDate,
    renderRoot: (history, tree) => buildDownloadPage(history, tree, catalogue),
  });
}
