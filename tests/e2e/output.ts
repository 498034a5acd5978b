/**
 * Which output/ the browser tests look at: $PAGE_OUTPUT_DIR when set, else the repository's output/ once
 * the publish stage has written output/index.html there, else a fixture output built into a temporary
 * folder from tests/fixtures/page-input.ts (index.html from renderIndexPage and every file it links, with
 * their real sizes and sha256s).
 */
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

import { renderIndexPage } from "../../pipeline/publish/page.ts";
import { buildPageFixture } from "../fixtures/page-input.ts";

export const REPO_ROOT = resolve(fileURLToPath(new URL("../..", import.meta.url)));

export interface PageOutput {
  dir: string;
  /** "env" ($PAGE_OUTPUT_DIR), "repo" (output/ of the repository) or "fixture" (built in a temp folder). */
  origin: "env" | "repo" | "fixture";
  cleanup(): Promise<void>;
}

export async function writeFixtureOutput(dir: string): Promise<void> {
  const { input, files } = buildPageFixture();
  for (const [path, bytes] of files) {
    const target = join(dir, path);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, bytes);
  }
  await writeFile(join(dir, "index.html"), renderIndexPage(input));
}

export async function resolvePageOutput(): Promise<PageOutput> {
  const fromEnv = process.env.PAGE_OUTPUT_DIR;
  if (fromEnv) {
    const dir = resolve(fromEnv);
    if (!existsSync(join(dir, "index.html"))) {
      throw new Error(`PAGE_OUTPUT_DIR=${fromEnv} has no index.html: run \`npm run pipeline\` first, or unset PAGE_OUTPUT_DIR`);
    }
    return { dir, origin: "env", cleanup: async () => {} };
  }
  const repoOutput = join(REPO_ROOT, "output");
  if (existsSync(join(repoOutput, "index.html"))) return { dir: repoOutput, origin: "repo", cleanup: async () => {} };

  const dir = await mkdtemp(join(tmpdir(), "page-e2e-"));
  await writeFixtureOutput(dir);
  return { dir, origin: "fixture", cleanup: () => rm(dir, { recursive: true, force: true }) };
}
