// The workbook as a stream: written into any Writable or a file, as the zip takes it, with the same bytes
// whatever the pace of the target, the time zone or the locale.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { afterAll, describe, expect, it } from "vitest";
import type { WorkbookRow } from "../../pipeline/publish/xlsx/rows.ts";
import { buildWorkbook, type WorkbookInput, writeWorkbook } from "../../pipeline/publish/xlsx.ts";
import { sampleInput } from "../fixtures/workbook-input.ts";
import { repoRoot } from "../helpers/pipeline.ts";

const scratch = mkdtempSync(join(tmpdir(), "xlsx-stream-test-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A target that takes its chunks one at a time, each after `delay` turns of the event loop. */
function slowTarget(delays: () => number): { target: Writable; bytes: () => Buffer } {
  const chunks: Buffer[] = [];
  const target = new Writable({
    highWaterMark: 1024,
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk);
      let turns = delays();
      const next = () => (turns-- > 0 ? setImmediate(next) : done());
      next();
    },
  });
  return { target, bytes: () => Buffer.concat(chunks) };
}

const trilingual = (text: string) => ({ en: text, fr: text, ar: text });

/** The sample input with a table long enough to fill many batches of the zip writer. */
function largeInput(rows: number): WorkbookInput {
  const input = sampleInput();
  input.tables.push({
    name: "large",
    title: trilingual("Many rows"),
    description: trilingual("A long table"),
    fields: [
      { name: "id", type: "string", title: trilingual("Id"), description: trilingual("Row id") },
      { name: "n", type: "integer", title: trilingual("N"), description: trilingual("A number") },
      { name: "text", type: "string", title: trilingual("Text"), description: trilingual("Arabic text"), rtl: true },
    ],
    rows: Array.from({ length: rows }, (_, i) => ({ id: `row-${i}`, n: i * 7, text: `نص رقم ${i % 97} من الجدول` })),
  });
  return input;
}

describe("writeWorkbook", () => {
  it("writes the bytes buildWorkbook returns into a stream, however slowly the stream takes them", async () => {
    const input = largeInput(3000);
    const expected = await buildWorkbook(input);
    let seed = 7;
    const { target, bytes } = slowTarget(() => (seed = (seed * 48271) % 2147483647) % 4);
    await writeWorkbook(input, target);
    expect(bytes().equals(expected)).toBe(true);

    const read = new ExcelJS.Workbook();
    await read.xlsx.load(expected.buffer.slice(expected.byteOffset, expected.byteOffset + expected.byteLength) as ArrayBuffer);
    const sheet = read.getWorksheet("large")!;
    expect(sheet.rowCount).toBe(3001);
    expect(sheet.getCell("A3001").value).toBe("row-2999");
    expect(sheet.getCell("B3001").value).toBe(2999 * 7);
    expect(sheet.getCell("C3001").value).toBe(`نص رقم ${2999 % 97} من الجدول`);
    expect(sheet.getCell("C3001").alignment).toMatchObject({ readingOrder: "rtl" });
  });

  it("writes a file, and leaves none behind when the input is refused", async () => {
    const file = join(scratch, "book.xlsx");
    await writeWorkbook(sampleInput(), file);
    expect(readFileSync(file).equals(await buildWorkbook(sampleInput()))).toBe(true);

    const bad = sampleInput();
    (bad.tables[0]!.rows as WorkbookRow[])[0]!.quote = "@SUM(A1)";
    const refused = join(scratch, "refused.xlsx");
    await expect(writeWorkbook(bad, refused)).rejects.toThrow(/sheet "figures" cell G2/);
    expect(existsSync(refused)).toBe(false);
  });

  it("fails, and destroys its target, when the target fails at once or in the middle of a sheet", async () => {
    for (const limit of [0, 100_000]) {
      let taken = 0;
      const target = new Writable({
        write(chunk: Buffer, _encoding, done) {
          taken += chunk.length;
          setImmediate(() => done(taken > limit ? new Error("disk full") : undefined));
        },
      });
      await expect(writeWorkbook(largeInput(40_000), target)).rejects.toThrow(/disk full/);
      expect(target.destroyed).toBe(true);
    }
  });

  it("keeps one entry per part, [Content_Types].xml first, and counts every reference to a shared string", async () => {
    const zip = await JSZip.loadAsync(await buildWorkbook(largeInput(10)));
    const names = Object.keys(zip.files);
    expect(names.slice(0, 3)).toEqual(["[Content_Types].xml", "_rels/.rels", "xl/theme/theme1.xml"]);
    expect(new Set(names).size).toBe(names.length);
    expect(names.filter((name) => name.startsWith("xl/worksheets/sheet"))).toEqual([1, 2, 3, 4, 5].map((n) => `xl/worksheets/sheet${n}.xml`));
    const types = await zip.file("[Content_Types].xml")!.async("string");
    for (const name of names.filter((n) => n.endsWith(".xml") && !n.startsWith("["))) expect(types, name).toContain(`PartName="/${name}"`);

    const strings = await zip.file("xl/sharedStrings.xml")!.async("string");
    const unique = [...strings.matchAll(/<si>(.*?)<\/si>/gs)].map((m) => m[1]);
    expect(new Set(unique).size).toBe(unique.length);
    const references = (await Promise.all(names.filter((n) => n.startsWith("xl/worksheets/sheet")).map((n) => zip.file(n)!.async("string")))).join("").match(/t="s"/g)!.length;
    expect(strings).toContain(`count="${references}" uniqueCount="${unique.length}"`);
  });

  it("is byte-identical in every time zone and locale", () => {
    const script = join(repoRoot, "tests", "helpers", "workbook-sha256.ts");
    const hashes = new Set<string>();
    for (const env of [
      { TZ: "UTC", LANG: "C" },
      { TZ: "Pacific/Kiritimati", LANG: "ar_MA.UTF-8" },
      { TZ: "America/Adak", LANG: "fr_FR.UTF-8", LC_ALL: "fr_FR.UTF-8" },
    ]) {
      const run = spawnSync(process.execPath, ["--import", "tsx", script], { cwd: repoRoot, env: { ...process.env, ...env }, encoding: "utf8" });
      expect(run.status, run.stderr).toBe(0);
      hashes.add(run.stdout.trim());
    }
    expect(hashes.size).toBe(1);
    expect([...hashes][0]).toMatch(/^[0-9a-f]{64}$/);
  }, 60_000);
});
