// The command `npm run pipeline` runs (package.json's "pipeline" script): node, its flags and the runner. The
// benchmark runs it without npm (whose own start would blur the pipeline's), so it measures what users run.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { repoRoot } from "./child.ts";

export interface PipelineCommand {
  /** Node's flags before the runner ("--single-threaded-gc"). */
  flags: string[];
  /** The runner's path (scripts/pipeline.mjs). */
  runner: string;
  /** The command as package.json writes it, for the report. */
  text: string;
}

/** Reads package.json's "pipeline" script: `node [--flag …] scripts/pipeline.mjs`, nothing else. */
export function pipelineCommand(root = repoRoot): PipelineCommand {
  const text = (JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { scripts: Record<string, string> }).scripts.pipeline!;
  const match = /^node((?:\s+--[\w-]+(?:=\S+)?)*)\s+(scripts\/pipeline\.mjs)$/.exec(text);
  if (!match) throw new Error(`package.json's "pipeline" script is not "node [--flag …] scripts/pipeline.mjs": ${text}`);
  return { flags: match[1]!.trim().split(/\s+/).filter(Boolean), runner: join(root, match[2]!), text };
}
