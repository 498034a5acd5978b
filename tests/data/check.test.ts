// `npm run pipeline -- --strict --check`, as CI runs it on every pull request: the committed output/ is exactly
// what raw/ and the catalogue publish (after adding a source, run `npm run pipeline -- --strict` and commit
// output/).
import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot } from "../helpers/pipeline.ts";

describe("the committed output/", () => {
  it("is what the pipeline publishes from raw/ (--strict --check)", () => {
    const env = { ...process.env };
    delete env.PIPELINE_TEST_HOOK;
    // --check writes nothing; the work folder is scratch all the same, so that this test never touches work/.
    const work = join(mkdtempSync(join(tmpdir(), "data-check-")), "work");
    const run = spawnSync(process.execPath, [join(repoRoot, "scripts", "pipeline.mjs"), "--strict", "--check", "--work", work], { cwd: repoRoot, encoding: "utf8", env });
    expect(run.status, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^check +output\/? is what the pipeline publishes/m);
  });
});
