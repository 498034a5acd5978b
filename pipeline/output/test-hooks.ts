// Faults and pauses that the command line's tests inject into a publication through the environment
// variable PIPELINE_TEST_HOOK="<action>@<point>" (unset in normal use). Actions: "pause" prints
// "paused at <point>" on stderr and waits for a signal (only where the publication awaits: "write:<n>",
// "staged"); "kill" ends the process with SIGKILL, no cleanup; "fail:<ERRNO>" fails as a file operation
// would (fail:ENOSPC, fail:EACCES). Points: "write:<n>" before the n-th staged file, "staged" before the
// journal, "move:<name>" before a name is moved into place, "committed" after the last move.
import { UserError } from "../lib/errors.ts";
import type { PublicationHooks } from "./publication.ts";

const pattern = /^(pause|kill|fail:E[A-Z]+)@(write:\d+|staged|move:[^/]+|committed)$/;

function die(): never {
  process.kill(process.pid, "SIGKILL");
  // The signal lands within moments; nothing after this line may run.
  for (;;) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0);
}

export function hooksFromEnvironment(value: string | undefined, err: (line: string) => void): PublicationHooks {
  if (value === undefined) return {};
  const match = pattern.exec(value);
  if (!match) throw new UserError("PIPELINE_TEST_HOOK", "", `"${value}" is not <action>@<point>`, "unset it: it is for the pipeline's own tests");
  const [, action, where] = match as unknown as [string, string, string];
  if (action === "pause" && !/^(write:\d+|staged)$/.test(where)) throw new UserError("PIPELINE_TEST_HOOK", "", `cannot pause at ${where}`, "pause at write:<n> or staged");
  return {
    at(point, path) {
      if (point !== where) return;
      if (action === "kill") die();
      if (action === "pause") {
        err(`paused at ${point}`);
        return new Promise(() => setInterval(() => {}, 1 << 30));
      }
      const code = action.slice("fail:".length);
      throw Object.assign(new Error(`${code}: injected at ${point}`), { code, syscall: point.startsWith("move:") ? "rename" : "write", path });
    },
  };
}
