// Tests leave nothing in the machine's temporary directory: their scratch folders all go under one folder of
// the run (tests/helpers/scratch-root.ts), removed when the run ends.
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join } from "node:path";
import { describe, expect, it } from "vitest";

describe("the test run's scratch folder", () => {
  it("is where os.tmpdir() points, one folder of its own under the machine's temporary directory", () => {
    expect(basename(tmpdir())).toMatch(/^dgsn-tests-/);
    expect(existsSync(tmpdir())).toBe(true);
    const scratch = mkdtempSync(join(tmpdir(), "scratch-"));
    expect(dirname(scratch)).toBe(tmpdir());
  });

  it("is what child processes inherit", () => {
    expect(process.env.TMPDIR).toBe(tmpdir());
  });
});
