// Hostile or careless input in raw/: links, things that are not files, ids Windows cannot check out,
// metadata with a key twice, a url that is not a web address, text a spreadsheet would run or a bidi
// override would reorder, JSON nested 10,000 deep. Each is refused through the command line with one message
// naming the file (and the JSON pointer), exit status 1, and nothing written anywhere.
import { spawnSync } from "node:child_process";
import { chmodSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { seedId } from "../helpers/pipeline.ts";
import { expectOneError, makeSandbox, pipeline, type Sandbox } from "./sandbox.ts";

const seedMetadata = (sandbox: Sandbox) => JSON.parse(readFileSync(join(sandbox.raw, `${seedId}.source.json`), "utf8")) as Record<string, unknown>;

/** A second source with the seed's metadata under another id. */
const metadataFor = (sandbox: Sandbox, id: string) => `${JSON.stringify({ ...seedMetadata(sandbox), id }, null, 2)}\n`;

function refusedWith(prepare: (sandbox: Sandbox) => void, ...fragments: string[]) {
  const sandbox = makeSandbox();
  prepare(sandbox);
  const before = sandbox.snapshot();
  const run = pipeline([...sandbox.args, "--date", "9999-12-31"]);
  expectOneError(run, ...fragments.map((f) => f.replaceAll("<raw>", sandbox.raw)));
  expect(sandbox.snapshot()).toEqual(before);
}

describe("raw/ holds only regular files", () => {
  it("refuses a symbolic link to a file outside raw/ (it would be published)", () => {
    refusedWith((s) => {
      symlinkSync("/etc/passwd", join(s.raw, "leak.txt"));
      writeFileSync(join(s.raw, "leak.source.json"), metadataFor(s, "leak"));
    }, "error: <raw>/leak.txt: is a symbolic link (to /etc/passwd)");
  });

  it("refuses a dangling link", () => {
    refusedWith((s) => symlinkSync(join(s.root, "gone.txt"), join(s.raw, "gone.txt")), "error: <raw>/gone.txt: is a symbolic link");
  });

  it("refuses a folder named like a text", () => {
    refusedWith((s) => mkdirSync(join(s.raw, "folder.txt")), "error: <raw>/folder.txt: is a folder, not a regular file");
  });

  it("refuses a named pipe", () => {
    refusedWith((s) => spawnSync("mkfifo", [join(s.raw, "pipe.txt")]), "error: <raw>/pipe.txt: is a named pipe, not a regular file");
  });

  it("refuses an id that Windows reserves", () => {
    refusedWith((s) => {
      writeFileSync(join(s.raw, "Nul.2022.txt"), readFileSync(join(s.raw, `${seedId}.txt`)));
      writeFileSync(join(s.raw, "Nul.2022.source.json"), metadataFor(s, "Nul.2022"));
    }, 'error: <raw>/Nul.2022.source.json: "Nul.2022" starts with a device name that Windows reserves');
  });

  it.skipIf(process.getuid?.() === 0)("names an unreadable file (EACCES)", () => {
    refusedWith((s) => chmodSync(join(s.raw, `${seedId}.txt`), 0o000), `error: <raw>/${seedId}.txt: permission denied`);
  });
});

describe("source metadata", () => {
  const editMetadata = (edit: (text: string, sandbox: Sandbox) => string) => (sandbox: Sandbox) => {
    const file = join(sandbox.raw, `${seedId}.source.json`);
    writeFileSync(file, edit(readFileSync(file, "utf8"), sandbox));
  };
  const file = `<raw>/${seedId}.source.json`;

  it("refuses a key written twice, with its JSON pointer and both lines", () => {
    refusedWith(
      editMetadata((text) => text.replace('"reference_period": "2022",', '"reference_period": "2021",\n  "reference_period": "2022",')),
      `error: ${file}:/reference_period: the key "reference_period" appears twice in the same object (lines 11 and 12)`,
    );
  });

  it("refuses a url that is not an http or https address", () => {
    refusedWith(editMetadata((_, s) => JSON.stringify({ ...seedMetadata(s), url: "javascript:alert(1)" })), `error: ${file}:/url: "javascript:alert(1)" is not an http or https address`);
  });

  // Every other form (white space, zero-width characters, full-width signs) is in tests/lib/unsafe-text.test.ts.
  it("refuses text a spreadsheet would run as a formula, even after a no-break space", () => {
    const title = '\u00A0=HYPERLINK("http://evil.example")';
    refusedWith(editMetadata((_, s) => JSON.stringify({ ...seedMetadata(s), title })), `error: ${file}:/title: the text`, 'starts with "=" after white space or invisible characters, which a spreadsheet runs as a formula');
  });

  it("refuses a bidi override left open", () => {
    refusedWith(editMetadata((_, s) => JSON.stringify({ ...seedMetadata(s), notes: "Figures: \u202E0085" })), `error: ${file}:/notes: the text`, "opens a bidi override (U+202E at character 10)");
  });

  it("refuses JSON nested 10,000 deep without overflowing the stack", () => {
    refusedWith(editMetadata(() => `${"[".repeat(10_000)}`), `error: ${file}:1:65: the JSON is nested more than 64 levels deep`);
  });
});

describe("metadata dates", () => {
  it("are judged against the run's release date, not the machine's clock", () => {
    const sandbox = makeSandbox();
    const file = join(sandbox.raw, `${seedId}.source.json`);
    writeFileSync(file, JSON.stringify({ ...seedMetadata(sandbox), retrieved: "2090-01-01" }));
    const later = pipeline(["ingest", "--raw", sandbox.raw, "--work", sandbox.work, "--date", "2090-01-01"]);
    expect(later.status, later.stderr).toBe(0);
    const earlier = pipeline(["ingest", "--raw", sandbox.raw, "--work", sandbox.work, "--date", "2089-12-31"]);
    expectOneError(earlier, `${file}:/retrieved: the date 2090-01-01 is in the future (after the release date 2089-12-31)`);
  });
});
