// Text that displays or reads differently from what it is, through the command line on a temporary copy:
// digits reordered by a bidi override, a number too long to hold exactly, a change compared with its own
// period, markup in a source's title. Each is refused (or held back) with one message naming the file and
// position; nothing is written where the run is refused.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { seedId } from "../helpers/pipeline.ts";
import { expectOneError, makeSandbox, pipeline, type Sandbox, snapshotTree } from "./sandbox.ts";

const seedFile = (sandbox: Sandbox) => join(sandbox.raw, `${seedId}.txt`);
const editSeed = (sandbox: Sandbox, edit: (text: string) => string) => writeFileSync(seedFile(sandbox), edit(readFileSync(seedFile(sandbox), "utf8")));

/** A second source, of another year, beside the seed. */
function addSource(sandbox: Sandbox, id: string, text: string, period = "2023", fields: Record<string, unknown> = {}) {
  writeFileSync(join(sandbox.raw, `${id}.txt`), text);
  writeFileSync(join(sandbox.raw, `${id}.source.json`), JSON.stringify({ id, title: null, language: "ar", publisher: null, author: null, institution: null, url: null, published: null, retrieved: null, reference_period: period, licence: null, notes: null, ...fields }));
}

/** Refused: one error naming the fragments, raw/ and output/ as they were (the work folder holds the stages that ran). */
function refused(prepare: (sandbox: Sandbox) => void, ...fragments: string[]) {
  const sandbox = makeSandbox();
  prepare(sandbox);
  const before = snapshotTree(sandbox.root, ["work"]);
  const run = pipeline([...sandbox.args, "--date", "9999-12-31"]);
  expectOneError(run, ...fragments);
  expect(snapshotTree(sandbox.root, ["work"])).toEqual(before);
}

describe("text that is not what it shows", () => {
  it("refuses digits wrapped in a right-to-left override (they display as 5800 and read as 0085), naming line and column", () => {
    refused((s) => editSeed(s, (t) => t.replace("5 آلاف و800", "\u202E0085\u202C")), `${seedId}.txt:5:131`, "U+202E");
  });

  it("refuses a number too long to hold exactly, naming line and column", () => {
    refused((s) => addSource(s, "long", `عالج القطب ${"9".repeat(17)} ملفا.\n`), "long.txt:1:12", "cannot be held exactly");
  });
});

describe("figures the run cannot vouch for", () => {
  it("holds back a change compared with its own period: published without it, an error with --strict", () => {
    const sandbox = makeSandbox();
    addSource(sandbox, "self", "ارتفع عدد الإنابات القضائية خلال سنة 2023 بنسبة 12 في المائة مقارنة مع سنة 2023.\n");
    const lenient = pipeline(["--raw", sandbox.raw, "--out", sandbox.out, "--work", join(sandbox.root, "lenient"), "--check"]);
    expect(lenient.stderr).toMatch(/self\.txt:1:\d+: the number "12 في المائة" \(12\) is held back: the period of the change is unclear: it is compared with a period that is not before its own/);
    const strict = pipeline([...sandbox.args, "--strict", "--date", "9999-12-31"]);
    expect(strict.status).toBe(1);
    expect(strict.stderr.match(/self\.txt:1:\d+/g)).toHaveLength(1);
  });
});

describe("markup in a source's fields", () => {
  it("is published as text in the data card and the page, never as markup", () => {
    const sandbox = makeSandbox({ output: false });
    const title = '<script>alert(1)</script> # عنوان [link](javascript:alert(1)) | <img src=x onerror=alert(1)>';
    addSource(sandbox, "markup", "تابع المكتب تنفيذ 150 إنابة قضائية دولية.\n", "2023", { title });
    const run = pipeline([...sandbox.args, "--date", "2026-12-02"]);
    expect(run.status, run.stderr).toBe(0);
    const card = readFileSync(join(sandbox.out, "latest", "README.md"), "utf8");
    expect(card).not.toContain("<script>");
    expect(card).not.toContain("<img");
    expect(card).toContain("\\[link\\](javascript:alert(1))");
    const page = readFileSync(join(sandbox.out, "index.html"), "utf8");
    expect(page).not.toContain("<script>alert");
    expect(page).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
  });
});
