// The user's CI, as far as it can be tested without GitHub: the workflow parses, runs on a plain checkout,
// tests every change, checks output/ on pull requests and publishes on main dated by the commit; every npm
// script it runs exists; .ci/run runs the same commands as its test job. That these commands pass after a
// source is added is shown by add-a-source.test.ts, which runs them in a copy of the repository.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot } from "../helpers/pipeline.ts";
import { ciRunCommands, type Job, npmScriptsOf, parseWorkflow, runCommands } from "./workflow.ts";

const { problems, workflow } = parseWorkflow();
const scripts = JSON.parse(readFileSync(join(repoRoot, "package.json"), "utf8")).scripts as Record<string, string>;
const jobs = Object.entries(workflow.jobs ?? {});
const test = workflow.jobs?.test as Job;
const publish = workflow.jobs?.publish as Job;
const allCommands = jobs.flatMap(([, job]) => runCommands(job));

describe(".github/workflows/pipeline.yml", () => {
  it("parses as YAML without an error or warning (no key twice, no tab)", () => {
    expect(problems).toEqual([]);
    expect(Object.keys(workflow.jobs)).toEqual(["test", "publish"]);
  });

  it("runs on every pull request and on every push to main", () => {
    expect(workflow.on).toHaveProperty("pull_request");
    expect(workflow.on.push?.branches).toContain("main");
  });

  it("checks out this repository alone in every job: no other repository, no other path, nothing read beside it", () => {
    for (const [name, job] of jobs) {
      const checkouts = job.steps.filter((step) => step.uses?.startsWith("actions/checkout@"));
      expect(checkouts, name).toHaveLength(1);
      expect(job.steps.indexOf(checkouts[0]!), `${name}: the checkout comes first`).toBe(0);
      expect(checkouts[0]!.with ?? {}, name).not.toHaveProperty("repository");
      expect(checkouts[0]!.with ?? {}, name).not.toHaveProperty("path");
    }
    for (const command of allCommands) expect(command).not.toContain("../");
  });

  it("type-checks and runs the whole test suite on every change", () => {
    expect(test.if).toBeUndefined();
    const commands = runCommands(test);
    expect(commands).toContain("npm ci");
    expect(commands).toContain("npm run typecheck");
    expect(commands).toContain("npm test");
    expect(commands.indexOf("npm ci")).toBeLessThan(commands.indexOf("npm test"));
  });

  it("checks on pull requests that the committed output/ is what the pipeline publishes, strictly", () => {
    const check = test.steps.find((step) => step.run?.includes("--check"));
    expect(check?.run).toBe("npm run pipeline -- --strict --check");
    expect(check?.if).toBe("github.event_name == 'pull_request'");
  });

  it("publishes on main only, after the tests pass, dated by the commit, and commits what it published", () => {
    expect(publish.needs).toBe("test");
    expect(publish.if).toContain("github.ref == 'refs/heads/main'");
    expect(publish.if).toContain("github.event_name != 'pull_request'");
    const commands = runCommands(publish);
    expect(commands).toContain("SOURCE_DATE_EPOCH=$(git log -1 --format=%ct) npm run pipeline -- --strict");
    const commit = commands.find((command) => command.includes("git commit"));
    expect(commit).toMatch(/git status --porcelain output\/[\s\S]*git add output\/[\s\S]*git push/);
  });

  it("runs only npm scripts that package.json has, and only files the repository has", () => {
    const used = allCommands.flatMap(npmScriptsOf);
    expect(used).toEqual(expect.arrayContaining(["test", "typecheck", "pipeline"]));
    for (const script of used) expect(scripts, `npm run ${script}`).toHaveProperty([script]);
    for (const command of allCommands) {
      for (const [, file] of command.matchAll(/\bbash\s+(\S+)/g)) expect(existsSync(join(repoRoot, file!)), file).toBe(true);
    }
  });
});

describe(".ci/run", () => {
  it("runs the commands of the workflow's test job, in the same order", () => {
    // The one command it leaves out sets up the GitHub runner (its npm is older than the project's); the
    // --check that the workflow runs on pull requests only, .ci/run always runs.
    const runnerSetup = "npm install -g npm@11";
    expect(runCommands(test)).toContain(runnerSetup);
    expect(ciRunCommands()).toEqual(runCommands(test).filter((command) => command !== runnerSetup));
  });
});

describe("npmScriptsOf", () => {
  it("names the script of each npm command", () => {
    expect(npmScriptsOf("npm test")).toEqual(["test"]);
    expect(npmScriptsOf("npm run -s pipeline -- --check && npm run test:data")).toEqual(["pipeline", "test:data"]);
    expect(npmScriptsOf("npm ci")).toEqual([]);
    expect(npmScriptsOf("npm install -g npm@11")).toEqual([]);
  });
});
