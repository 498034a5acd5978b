#!/usr/bin/env node
// `npm run pipeline`: runs the command line from dist/cli.mjs, a bundle of pipeline/ that esbuild rebuilds
// (in about 0.1 s) whenever a TypeScript source is newer than it. A cold run then costs Node's start-up,
// not a TypeScript transpiler's (tsx takes seconds to load the whole pipeline).
import { existsSync, readdirSync, renameSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const bundle = join(root, "dist", "cli.mjs");

function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (entry.name.endsWith(".ts")) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

if (!existsSync(bundle) || statSync(bundle).mtimeMs < newestSource(join(root, "pipeline"))) {
  const { build } = await import("esbuild");
  // Written beside the bundle and renamed into place, so that two runs starting together never load half a file.
  const partial = `${bundle}.${process.pid}.tmp`;
  await build({
    entryPoints: [join(root, "pipeline", "cli.ts")],
    outfile: partial,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    sourcemap: "inline",
    logLevel: "warning",
  });
  renameSync(partial, bundle);
}

await import(pathToFileURL(bundle).href);
