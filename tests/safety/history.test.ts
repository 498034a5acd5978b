// A hand-edited output folder: versions.json and the version folders must agree. An entry removed,
// duplicated or moved, or a folder missing, stops the run before anything is written, with one message
// saying how to repair it (git checkout); no version folder is ever deleted or published again.
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { VersionHistory } from "../../pipeline/types/versions.ts";
import { latestDate, makeSandbox, pipeline, type Sandbox } from "./sandbox.ts";

const readHistory = (out: string) => JSON.parse(readFileSync(join(out, "versions.json"), "utf8")) as VersionHistory;

/** The fixture's publication and a patch of it published here: built once, copied for each test. */
let twoVersions: Sandbox | undefined;
function makeTwoVersions(): Sandbox {
  const sandbox = makeSandbox();
  const seed = join(sandbox.raw, `${readHistory(sandbox.out).versions[0]!.sources[0]}.txt`);
  writeFileSync(seed, readFileSync(seed, "utf8").replace("143 إنابة", "144 إنابة"));
  const run = pipeline([...sandbox.args, "--date", latestDate(sandbox.out)]);
  expect(run.status, run.stderr).toBe(0);
  expect(readHistory(sandbox.out).versions).toHaveLength(2);
  return sandbox;
}

/** A sandbox whose output has two versions. */
function sandboxWithVersions() {
  twoVersions ??= makeTwoVersions();
  const sandbox = makeSandbox({ from: twoVersions });
  return { ...sandbox, history: readHistory(sandbox.out), write: (history: VersionHistory) => writeFileSync(join(sandbox.out, "versions.json"), `${JSON.stringify(history, null, 2)}\n`) };
}

function expectRefused(edit: (s: ReturnType<typeof sandboxWithVersions>) => void, ...fragments: string[]) {
  const sandbox = sandboxWithVersions();
  edit(sandbox);
  const before = sandbox.snapshot();
  const run = pipeline([...sandbox.args, "--date", "9999-12-31"]);
  expect(run.status, run.stdout + run.stderr).toBe(1);
  expect(run.stderr.match(/^error: /gm)).toHaveLength(1);
  for (const fragment of fragments) expect(run.stderr).toContain(fragment);
  expect(run.stderr).toContain("git checkout --");
  expect(sandbox.snapshot()).toEqual(before);
  return run;
}

describe("a hand-edited versions.json", () => {
  it("with its latest entry removed: the folder is not deleted, the version not published again", () => {
    let removed = "";
    expectRefused((s) => {
      removed = s.history.versions.pop()!.version;
      s.write(s.history);
    }, "this version folder is not listed in versions.json", "never deletes a published version");
    expect(removed).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it("with an earlier entry removed", () => {
    expectRefused((s) => {
      s.history.versions.splice(0, 1);
      s.write(s.history);
    }, "this version folder is not listed in versions.json");
  });

  it("with an entry duplicated", () => {
    expectRefused((s) => {
      s.history.versions.push(s.history.versions[0]!);
      s.write(s.history);
    }, "is listed twice");
  });

  it("with entries reordered", () => {
    expectRefused((s) => {
      s.history.versions.reverse();
      s.write(s.history);
    }, "is listed after");
  });

  it("with a key written twice", () => {
    expectRefused((s) => {
      const text = readFileSync(join(s.out, "versions.json"), "utf8");
      writeFileSync(join(s.out, "versions.json"), text.replace('"package": ', '"package": "other",\n  "package": '));
    }, 'the key "package" appears twice');
  });

  it("listing a version whose folder is missing", () => {
    expectRefused((s) => rmSync(join(s.out, s.history.versions[0]!.version), { recursive: true }), "versions.json lists this version but its folder is missing");
  });

  it("missing, while version folders are there (a folder the pipeline marked as its own)", () => {
    expectRefused((s) => {
      writeFileSync(join(s.out, ".pipeline-output"), "");
      rmSync(join(s.out, "versions.json"));
    }, "versions.json is missing but versions are published");
  });
});

describe("the release date", () => {
  it("may not be earlier than the latest version's", () => {
    const sandbox = sandboxWithVersions();
    const seed = join(sandbox.raw, `${sandbox.history.versions[0]!.sources[0]}.txt`);
    writeFileSync(seed, readFileSync(seed, "utf8").replace("380 إعلان", "381 إعلان"));
    const before = sandbox.snapshot();
    const latest = latestDate(sandbox.out);
    const run = pipeline(sandbox.args, { env: { SOURCE_DATE_EPOCH: String(Date.parse(`${latest}T00:00:00Z`) / 1000 - 86400) } });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(new RegExp(`^error: SOURCE_DATE_EPOCH: the release date \\S+ is earlier than the date of the latest version, \\S+ \\(${latest}\\)`, "m"));
    // The stages ran (the date is checked when a new version is planned): only their work artifacts changed.
    const outsideWork = (snapshot: Record<string, string>) => Object.fromEntries(Object.entries(snapshot).filter(([path]) => !path.startsWith("work")));
    expect(outsideWork(sandbox.snapshot())).toEqual(outsideWork(before));
  });
});
