// Runs every stage in-process on a raw directory, as the CLI does but without touching output/: tests call
// functions, not processes. By default on the fixture raw folder (tests/fixtures/raw: a copy of the seed), never
// on the repository's raw/, whose sources grow: tests of the real data are in tests/data/.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Catalogue, loadCatalogue } from "../../pipeline/catalogue/load.ts";
import { listRawSources, readRawSources } from "../../pipeline/io/raw-sources.ts";
import type { FileTree } from "../../pipeline/publish/file-tree.ts";
import { derive } from "../../pipeline/stages/derive.ts";
import { extract } from "../../pipeline/stages/extract.ts";
import { ingest } from "../../pipeline/stages/ingest.ts";
import { publish } from "../../pipeline/stages/publish.ts";
import { validate } from "../../pipeline/stages/validate.ts";

export const repoRoot = join(import.meta.dirname, "..", "..");
/** The fixture sources: the seed article, byte for byte, with its metadata. */
export const fixtureRawDir = join(repoRoot, "tests", "fixtures", "raw");
export const seedId = "000_4d99579ae10b6f9f";
/** The release date of fixture runs that do not pass one: fixed, so that their output never depends on the clock. */
export const fixtureReleaseDate = "2026-11-29";

/** What a --strict run stops with: every warning, the first one's file and position parsed out. */
export class StrictRunError extends Error {
  readonly file: string;
  readonly position: string;
  constructor(readonly warnings: string[]) {
    super(warnings.join("\n"));
    const [, file = "", position = ""] = /^(.*?):(\d+:\d+): /.exec(warnings[0]!) ?? [];
    this.file = file;
    this.position = position;
  }
}

export async function runPipeline(raw = fixtureRawDir, options: { catalogue?: Catalogue; current?: FileTree; date?: string; strict?: boolean } = {}) {
  const catalogue = options.catalogue ?? loadCatalogue();
  const releaseDate = options.date ?? fixtureReleaseDate;
  const sources = await readRawSources(await listRawSources(raw));
  // Metadata dates are judged against the run's release date, as the CLI does.
  const ingested = sources.map((source) => ingest(source, catalogue, { today: releaseDate }));
  const extracted = ingested.map((source) => extract(source, catalogue));
  const validated = validate(extracted, catalogue);
  // As the command line does with --strict: a number held back or unaccounted stops the run.
  if ((options.strict ?? true) && validated.warnings.length > 0) throw new StrictRunError(validated.warnings);
  const derived = derive(validated, catalogue);
  const plan = await publish(derived, catalogue, options.current ?? new Map(), { outputDir: "output", releaseDate });
  return { catalogue, ingested, extracted, validated, derived, plan };
}

/** A scratch copy of the fixture raw folder (which is never written), optionally with the seed's text edited. */
export function copyRaw(edit?: (text: string) => string): string {
  const dir = join(mkdtempSync(join(tmpdir(), "raw-")), "raw");
  cpSync(fixtureRawDir, dir, { recursive: true });
  if (edit) {
    const file = join(dir, `${seedId}.txt`);
    writeFileSync(file, edit(readFileSync(file, "utf8")));
  }
  return dir;
}
