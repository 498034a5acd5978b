// The entry of the benchmark's child processes (tests/bench/lib/child.ts): runs one task, sends its result.
import type { ChildTask } from "./lib/child.ts";

async function run(task: ChildTask): Promise<unknown> {
  switch (task.task) {
    case "pipeline":
      return (await import("./measure/pipeline.ts")).childPipeline(task);
    case "recognizer-corpus":
      return (await import("./measure/recognizer.ts")).childRecognizerCorpus(task);
    case "recognizer-pathological":
      return (await import("./measure/recognizer.ts")).childRecognizerPathological(task);
    case "workbook-input":
      return (await import("./measure/workbook.ts")).childWorkbookInput(task);
    case "workbook-write":
      return (await import("./measure/workbook.ts")).childWorkbookWrite(task);
    case "articles":
      return (await import("./measure/articles.ts")).childArticles(task);
  }
}

try {
  const result = await run(JSON.parse(process.argv[2]!) as ChildTask);
  process.send!({ ok: true, result }, () => process.exit(0));
} catch (error) {
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  process.send!({ ok: false, error: message }, () => process.exit(1));
}
