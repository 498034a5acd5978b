// Runs every stage in-process on a raw directory, as the CLI does but without touching output/: tests call
// functions, not processes.
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
export const rawDir = join(repoRoot, "raw");
export const seedId = "000_4d99579ae10b6f9f";
export const today = "2026-11-29";

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

export async function runPipeline(raw = rawDir, options: { catalogue?: Catalogue; current?: FileTree; date?: string; strict?: boolean } = {}) {
  const catalogue = options.catalogue ?? loadCatalogue();
  const sources = await readRawSources(await listRawSources(raw));
  const ingested = sources.map((source) => ingest(source, catalogue, { today }));
  const extracted = ingested.map((source) => extract(source, catalogue));
  const validated = validate(extracted, catalogue);
  // As the command line does with --strict: a number held back or unaccounted stops the run.
  if ((options.strict ?? true) && validated.warnings.length > 0) throw new StrictRunError(validated.warnings);
  const derived = derive(validated, catalogue);
  const plan = await publish(derived, catalogue, options.current ?? new Map(), { outputDir: "output", releaseDate: options.date ?? today });
  return { catalogue, ingested, extracted, validated, derived, plan };
}

/** A scratch copy of raw/ (raw/ itself is never written), optionally with the seed's text edited. */
export function copyRaw(edit?: (text: string) => string): string {
  const dir = join(mkdtempSync(join(tmpdir(), "raw-")), "raw");
  cpSync(rawDir, dir, { recursive: true });
  if (edit) {
    const file = join(dir, `${seedId}.txt`);
    writeFileSync(file, edit(readFileSync(file, "utf8")));
  }
  return dir;
}
