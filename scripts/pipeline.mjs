#!/usr/bin/env node
// `npm run pipeline`: runs the command line from dist/cli.mjs, a bundle of pipeline/ that esbuild rebuilds
// (in about 0.1 s) whenever a file of pipeline/, package-lock.json or this script is newer than it. A cold run
// then costs Node's start-up, not a TypeScript transpiler's (tsx takes seconds to load the whole pipeline).
//
// The bundle is split at every dynamic import: a run loads only the chunks it uses (--help loads none of the
// stages). exceljs's streaming writer is bundled into its own chunk, loaded when a workbook is built: one
// file instead of the 216 CommonJS modules Node would otherwise resolve and read one by one. So are the small
// packages every fresh publication loads (bundledPackages); the others stay in node_modules.
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dist = join(root, "dist");
const entry = join(dist, "cli.mjs");
const catalogueDir = join(root, "pipeline", "catalogue");
/** The dependencies built into the bundle; the others are loaded from node_modules. */
const bundledPackages = ["exceljs", "jsonc-parser", "csv-stringify", "ajv-formats"];

/**
 * When a file of pipeline/ last changed: its code, and its data too, since the build lists the hash of every
 * file for the fingerprint (pipeline/cli/fingerprint.ts). The catalogue's JSON files are left out: a run
 * hashes them itself, as an input of their own.
 */
function newestSource(dir) {
  let newest = 0;
  for (const item of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, item.name);
    if (item.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (!(dir === catalogueDir && item.name.endsWith(".json"))) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

/** When a file was last changed; 0 when there is none (a copy of the code without its lock file). */
const changedAt = (path) => (existsSync(path) ? statSync(path).mtimeMs : 0);
const inputs = () => Math.max(newestSource(join(root, "pipeline")), changedAt(join(root, "package-lock.json")), changedAt(fileURLToPath(import.meta.url)));

if (!existsSync(entry) || statSync(entry).mtimeMs < inputs()) {
  const { build } = await import("esbuild");
  const { dependencies } = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
  // Built beside the bundle and moved into place, chunks first and the entry last, so that two runs starting
  // together never load half a bundle (chunk names are hashes of their content: a concurrent build writes
  // the same bytes under the same name).
  const staging = join(dist, `.build-${process.pid}`);
  mkdirSync(staging, { recursive: true });
  const result = await build({
    // Worker threads (ingest and extract; a large workbook) load their own entries, beside the chunks (pipeline/parallel/).
    entryPoints: {
      cli: join(root, "pipeline", "cli.ts"),
      "source-worker": join(root, "pipeline", "parallel", "source-worker.ts"),
      "workbook-worker": join(root, "pipeline", "parallel", "workbook-worker.ts"),
      // Run here once built, to list the hash of every file of pipeline/ (below).
      fingerprint: join(root, "pipeline", "cli", "fingerprint.ts"),
    },
    outdir: staging,
    // The alias below is a package path, resolved from here whatever the directory the command runs in.
    absWorkingDir: root,
    outExtension: { ".js": ".mjs" },
    chunkNames: "chunk-[hash]",
    bundle: true,
    splitting: true,
    platform: "node",
    format: "esm",
    target: "node20",
    // Bundled too: the packages a fresh publication loads (JSON with positions, CSV, ajv's formats). From
    // node_modules, Node resolved each package, read its package.json and compiled its modules one by one
    // (jsonc-parser 16-25 ms, csv-stringify 20-35 ms in a fresh process). jsonc-parser's main is a UMD
    // module whose require() calls a bundler cannot follow: its ES build is bundled instead. ajv stays
    // out: the validators only require() two helpers of its runtime.
    external: Object.keys(dependencies).filter((name) => !bundledPackages.includes(name)),
    alias: { "jsonc-parser": "jsonc-parser/lib/esm/main.js" },
    // exceljs is CommonJS: its require() calls of Node's modules need a require in an ES module.
    banner: { js: 'import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);' },
    // Whitespace and syntax minified, names kept (stack traces, error names): Node decodes and parses every byte
    // of a chunk it loads, on every run (the validators 1.42 -> 0.91 MB, exceljs 0.83 -> 0.53 MB).
    minifyWhitespace: true,
    minifySyntax: true,
    sourcemap: "linked",
    metafile: true,
    logLevel: "warning",
  });
  // The pipeline's files as this build read them, so that a run need not read them again for its fingerprint.
  const { pipelineFileHashes } = await import(pathToFileURL(join(staging, "fingerprint.mjs")).href);
  writeFileSync(join(staging, "pipeline-files.json"), JSON.stringify(pipelineFileHashes()));
  const built = new Set([...Object.keys(result.metafile.outputs).map((path) => path.split(/[\\/]/).pop()), "pipeline-files.json"]);
  const last = ["cli.mjs.map", "cli.mjs"];
  for (const file of [...[...built].filter((f) => !last.includes(f)), ...last]) renameSync(join(staging, file), join(dist, file));
  rmSync(staging, { recursive: true, force: true });
  // Chunks of earlier builds, once no run can still be loading them.
  for (const file of readdirSync(dist)) {
    const path = join(dist, file);
    if (/^chunk-.*\.mjs(\.map)?$/.test(file) && !built.has(file) && Date.now() - statSync(path).mtimeMs > 3_600_000) rmSync(path, { force: true });
  }
}

await import(pathToFileURL(entry).href);
