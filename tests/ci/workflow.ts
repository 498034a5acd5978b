// The GitHub workflow the project ships (.github/workflows/pipeline.yml) and the commands of .ci/run, read for
// the tests of tests/ci: what can be checked of a CI without GitHub.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseDocument } from "yaml";
import { repoRoot } from "../helpers/pipeline.ts";

export const workflowFile = join(repoRoot, ".github", "workflows", "pipeline.yml");
export const ciRunFile = join(repoRoot, ".ci", "run");

export interface Step {
  name?: string;
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, unknown>;
  env?: Record<string, unknown>;
}

export interface Job {
  needs?: string | string[];
  if?: string;
  steps: Step[];
}

export interface Workflow {
  on: Record<string, { branches?: string[] } | null>;
  jobs: Record<string, Job>;
}

/** The YAML document and what the parser said about it (a key twice, a tab, a bad indent are errors). */
export function parseWorkflow(text = readFileSync(workflowFile, "utf8")) {
  const document = parseDocument(text, { prettyErrors: true });
  return { document, problems: [...document.errors, ...document.warnings].map((e) => e.message), workflow: document.toJS() as Workflow };
}

/** The shell commands of a job's steps, in order (a multi-line `run` is one command). */
export const runCommands = (job: Job): string[] => job.steps.flatMap((step) => (step.run === undefined ? [] : [step.run.trim()]));

/** The commands .ci/run runs on the clean clone: its lines after the block that makes the clone. */
export function ciRunCommands(text = readFileSync(ciRunFile, "utf8")): string[] {
  const afterClone = text.slice(text.lastIndexOf("\nfi\n") + "\nfi\n".length);
  return afterClone
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "" && !line.startsWith("#"));
}

/** Each `npm run <script>` and `npm test` in a command, as the name of the package.json script it runs. */
export const npmScriptsOf = (command: string): string[] =>
  [...command.matchAll(/\bnpm\s+(?:run(?:-script)?\s+(?:-s\s+)?([\w:.-]+)|(test|start|stop|restart)\b)/g)].map((m) => (m[1] ?? m[2])!);
