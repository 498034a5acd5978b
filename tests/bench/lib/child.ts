// Each measurement that loads the pipeline runs in a child process of its own (same node, same loader flags;
// tests/bench/child.ts), so that one measurement's heap, JIT state and peak RSS do not leak into another's, a
// crash (out of memory) is reported instead of ending the run, and a super-linear recognizer is stopped by a
// timeout.
import { fork } from "node:child_process";
import { join, resolve } from "node:path";
import { performance } from "node:perf_hooks";
import type { ArticlesTask } from "../measure/articles.ts";
import type { PipelineTask } from "../measure/pipeline.ts";
import type { RecognizerCorpusTask, RecognizerPathologicalTask } from "../measure/recognizer.ts";
import type { WorkbookInputTask, WorkbookWriteTask } from "../measure/workbook.ts";

export const repoRoot = resolve(import.meta.dirname, "..", "..", "..");
const childScript = join(import.meta.dirname, "..", "child.ts");

export type ChildTask = ArticlesTask | PipelineTask | RecognizerCorpusTask | RecognizerPathologicalTask | WorkbookInputTask | WorkbookWriteTask;

export interface ChildOutcome<T> {
  ok: boolean;
  result?: T;
  error?: string;
  wallMs: number;
}

/** Runs a task in a child process; a crash, a timeout or an error is an outcome, not a throw. */
export function inChild<T>(task: ChildTask, options: { timeoutMs: number; execArgv?: string[] }): Promise<ChildOutcome<T>> {
  return new Promise((done) => {
    const start = performance.now();
    const child = fork(childScript, [JSON.stringify(task)], {
      execArgv: [...process.execArgv, ...(options.execArgv ?? [])],
      stdio: ["ignore", "ignore", "pipe", "ipc"],
      cwd: repoRoot,
    });
    let stderr = "";
    child.stderr?.on("data", (chunk: Buffer) => {
      stderr = (stderr + chunk.toString("utf8")).slice(-4000);
    });
    let message: { ok: boolean; result?: T; error?: string } | undefined;
    child.on("message", (m) => {
      message = m as typeof message;
    });
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      message = { ok: false, error: `timed out after ${Math.round(options.timeoutMs / 1000)} s (killed)` };
    }, options.timeoutMs);
    child.on("exit", (code, signal) => {
      clearTimeout(timer);
      const wallMs = performance.now() - start;
      if (message) return done({ ...message, wallMs });
      const tail = stderr.trim().split("\n").slice(-6).join(" | ");
      done({ ok: false, error: `child exited (${signal ?? `code ${code}`}) without a result${tail ? `: ${tail}` : ""}`, wallMs });
    });
  });
}
