// Runs the command the user asked for: the stages in order, or one of them on the work directory's
// artifacts. Progress goes to stdout, one line per stage; warnings and errors to stderr, each once.
//
// A whole run reads the sources, then, when the latest version was built from inputs with the same
// fingerprint, verifies what is published and stops without building anything: it loads neither the catalogue
// nor the stages (build.ts, imported only when something is built or checked).
import { readdirSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { projectPath, projectRoot } from "../lib/paths.ts";
import { checkOwnership, checkPublishedHistory, scanOwnedOutput } from "../output/owned-output.ts";
import { folderOutput } from "../output/published.ts";
import { resolveOutputTarget, resolveWorkTarget } from "../output/target.ts";
import { startSpareWorkbookThread, stopSpareWorkbookThread } from "../parallel/spare-workbook-thread.ts";
import { checkFreshness } from "../publish/versions/up-to-date.ts";
import type { CliOptions } from "./args.ts";
import type { Prepared } from "./build.ts";
import { type Console, type HeldOutput, holdOutput, plural, progress, readSources } from "./context.ts";
import { runFingerprint } from "./fingerprint.ts";

export type { Console } from "./context.ts";

/** The catalogue folder when --catalogue is not given (catalogue/load.ts's default, named here so as not to load it). */
export const defaultCatalogueDir = projectPath("pipeline", "catalogue");

const build = () => import("./build.ts");

/**
 * A whole run's first steps: read the sources and, unless --check, compare their fingerprint with the latest
 * version's. Returns the exit status when the output is up to date (nothing to build), else what the build needs.
 */
async function prepare(options: CliOptions, console: Console, held: HeldOutput, out: NonNullable<ReturnType<typeof resolveOutputTarget>>): Promise<number | Prepared> {
  const start = performance.now();
  const { raws, ms: readMs } = await readSources(options);
  if (options.check) {
    startSpareWorkbookThread();
    return { raws, readMs, why: "" };
  }
  const catalogueDir = options.catalogue ?? defaultCatalogueDir;
  try {
    readdirSync(catalogueDir);
  } catch {
    // Loading the catalogue says what is wrong with its folder, as a user error.
    (await build()).loadCatalogue(catalogueDir);
  }
  const fingerprint = runFingerprint(raws, catalogueDir);
  const output = holdOutput(out, options, console, held);
  const freshness = await checkFreshness(folderOutput(output.dir, output.label, await scanOwnedOutput(output.dir, output.label)), fingerprint, { strict: options.strict });
  if (freshness.upToDate) {
    const warnings = freshness.latest.inputs!.warnings;
    if (warnings > 0) console.err(`warning: ${plural(warnings, "number")} held back or not accounted for, as when ${freshness.latest.version} was built from these inputs (\`npm run pipeline -- explain <source-id>\` shows them)`);
    progress(console, "publish", `unchanged: latest is ${freshness.latest.version}, built from the same sources, catalogue, schemas and pipeline (nothing built)`, start);
    return 0;
  }
  // Something is built: the workbook's thread loads its modules meanwhile.
  startSpareWorkbookThread();
  return { raws, readMs, fingerprint, why: freshness.reason ? ` (rebuilt and compared, since ${freshness.reason})` : "" };
}

export async function runStages(options: CliOptions, console: Console): Promise<number> {
  // The folders are checked before anything is read or written: a refused --out costs nothing.
  const context = { cwd: process.cwd(), projectRoot, raw: options.raw };
  const publishes = options.command === "all" || options.command === "publish";
  const out = publishes ? resolveOutputTarget(options.out, context) : null;
  if (out && checkOwnership(out.real, options.out) === "owned") checkPublishedHistory(out.real, options.out);
  if (!options.check) resolveWorkTarget(options.work, { ...context, out });
  const held: HeldOutput = {};
  try {
    if (options.command !== "all") return await (await build()).runCommand(options, console, out, held);
    const prepared = await prepare(options, console, held, out!);
    if (typeof prepared === "number") return prepared;
    return await (await build()).runCommand(options, console, out, held, prepared);
  } finally {
    await stopSpareWorkbookThread();
    held.output?.close();
  }
}
