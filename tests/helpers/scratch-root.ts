// Vitest's global setup: every test's scratch folder (mkdtemp under os.tmpdir(), in the test files and in the
// command lines they start) goes under one folder made for the run, and that folder is removed when the run
// ends, so a test run leaves nothing behind in the machine's temporary directory (a test that fails half-way
// included). os.tmpdir() reads TMPDIR (TEMP and TMP on Windows), which the test workers and their child
// processes inherit.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const variables = ["TMPDIR", "TEMP", "TMP"] as const;

export default function setup(): () => void {
  const previous = variables.map((name) => process.env[name]);
  const root = mkdtempSync(join(tmpdir(), "dgsn-tests-"));
  for (const name of variables) process.env[name] = root;
  return () => {
    variables.forEach((name, i) => {
      if (previous[i] === undefined) delete process.env[name];
      else process.env[name] = previous[i];
    });
    rmSync(root, { recursive: true, force: true });
  };
}
