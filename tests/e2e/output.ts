/**
 * What the browser tests open: fixture publications built by the publish code into temporary folders
 * (tests/fixtures/published-output.ts: one period, and a series of years and half-years), never the
 * repository's output/, whose content grows with the data. $PAGE_OUTPUT_DIR adds a folder to look at by hand
 * (for instance a fresh `npm run pipeline -- --out /tmp/out`).
 */
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

import { type FixtureKind, publishFixture, writeTree } from "../fixtures/published-output.ts";

export const REPO_ROOT = resolve(fileURLToPath(new URL("../..", import.meta.url)));

export interface PageOutput {
  name: FixtureKind | "env";
  dir: string;
  cleanup(): Promise<void>;
}

export async function fixtureOutput(kind: FixtureKind): Promise<PageOutput> {
  const dir = await mkdtemp(join(tmpdir(), `page-e2e-${kind}-`));
  await writeTree(dir, await publishFixture(kind));
  return { name: kind, dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

/** The folder named by $PAGE_OUTPUT_DIR, if any. */
export function envOutput(): PageOutput | null {
  const fromEnv = process.env.PAGE_OUTPUT_DIR;
  if (!fromEnv) return null;
  const dir = resolve(fromEnv);
  if (!existsSync(join(dir, "index.html"))) throw new Error(`PAGE_OUTPUT_DIR=${fromEnv} has no index.html: run \`npm run pipeline -- --out ${fromEnv}\` first, or unset PAGE_OUTPUT_DIR`);
  return { name: "env", dir, cleanup: async () => {} };
}
