// Publishing over time: reproducible bytes, versions from data diffs, nothing new when nothing changed,
// integrity of published versions.
import { cpSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadCatalogue, defaultCatalogueDir } from "../../pipeline/catalogue/load.ts";
import { UserError } from "../../pipeline/lib/errors.ts";
import { sha256 } from "../../pipeline/lib/hash.ts";
import { compareTrees, type FileTree, subtree } from "../../pipeline/publish/file-tree.ts";
import { addNewSource, newSourceId, newSourceYear } from "../helpers/new-source.ts";
import { copyRaw, runPipeline, seedId } from "../helpers/pipeline.ts";

const first = await runPipeline(undefined, { date: "2026-11-29" });
const history = (tree: FileTree) => JSON.parse(tree.get("versions.json")!.toString("utf8"));

/** Recomputes a version's SHA256SUMS and its content hash in versions.json after a test edited its files. */
function reseal(tree: FileTree, version: string): FileTree {
  const result = new Map(tree);
  const files = [...subtree(tree, version)].filter(([p]) => p !== "SHA256SUMS").sort(([a], [b]) => (a < b ? -1 : 1));
  const sums = Buffer.from(files.map(([p, b]) => `${sha256(b)}  ${p}\n`).join(""));
  result.set(`${version}/SHA256SUMS`, sums);
  const h = history(tree);
  h.versions.find((v: { version: string }) => v.version === version).content_hash = sha256(sums);
  result.set("versions.json", Buffer.from(`${JSON.stringify(h, null, 2)}\n`));
  return result;
}

describe("a first publication", () => {
  it("is version 1.0.0 with its date, content hash and summary, copied to latest/", () => {
    const [record] = history(first.plan.tree).versions;
    expect(record).toMatchObject({ version: "1.0.0", date: "2026-11-29", bump: "initial", sources: [seedId] });
    expect(record.content_hash).toBe(sha256(first.plan.tree.get("1.0.0/SHA256SUMS")!));
    expect(compareTrees(subtree(first.plan.tree, "1.0.0"), subtree(first.plan.tree, "latest"))).toEqual([]);
  });

  it("is byte-identical when built twice, whatever the clock says", async () => {
    const again = await runPipeline(undefined, { date: "2026-11-29" });
    expect(compareTrees(first.plan.tree, again.plan.tree)).toEqual([]);
  });

  it("has a SHA256SUMS that lists every other file of the version with its hash", () => {
    const version = subtree(first.plan.tree, "1.0.0");
    const lines = version.get("SHA256SUMS")!.toString("utf8").trim().split("\n");
    expect(lines).toHaveLength(version.size - 1);
    for (const line of lines) {
      const [hash, path] = line.split("  ");
      expect(sha256(version.get(path!)!)).toBe(hash);
    }
  });
});

describe("the next run", () => {
  it("publishes nothing new when nothing changed", async () => {
    const next = await runPipeline(undefined, { current: first.plan.tree, date: "2027-01-01" });
    expect(next.plan.added).toBeNull();
    expect(compareTrees(next.plan.tree, first.plan.tree)).toEqual([]);
  });

  it("publishes a patch when a value is corrected, and never rewrites 1.0.0", async () => {
    const raw = copyRaw((text) => text.replace("5 آلاف و800", "6 آلاف و150"));
    const next = await runPipeline(raw, { current: first.plan.tree, date: "2027-01-01" });
    expect(next.plan.added).toMatchObject({ version: "1.0.1", bump: "patch", date: "2027-01-01", sources: [seedId] });
    // The figure's row changes, and so do the rows quoting the same sentence (the sentence column).
    expect(next.plan.added!.changes.changed.observations).toContain(`${seedId}/files_processed/2022`);
    expect(compareTrees(subtree(next.plan.tree, "1.0.0"), subtree(first.plan.tree, "1.0.0"))).toEqual([]);
    expect(next.plan.tree.get("latest/observations.csv")!.toString()).toContain(",6150,");
    expect(next.plan.tree.get("CHANGELOG.md")!.toString()).toMatch(/## 1\.0\.1 \(2027-01-01\)[\s\S]*observations: changed `000_4d99579ae10b6f9f\/files_processed\/2022`/);
  });

  it("publishes a minor version when a source is added, and never rewrites 1.0.0", async () => {
    const raw = copyRaw();
    addNewSource(raw, { retrieved: "2026-12-31" });
    const next = await runPipeline(raw, { current: first.plan.tree, date: "2027-01-01" });
    expect(next.plan.added).toMatchObject({ version: "1.1.0", bump: "minor", sources: [newSourceId] });
    const added = next.plan.added!.changes.added.observations ?? [];
    expect(added).toContain(`${newSourceId}/files_processed/${newSourceYear}`);
    expect(added.filter((id) => !id.startsWith(`${newSourceId}/`))).toEqual([]);
    expect(next.plan.added!.changes.changed).toEqual({});
    expect(compareTrees(subtree(next.plan.tree, "1.0.0"), subtree(first.plan.tree, "1.0.0"))).toEqual([]);
  });

  it("publishes a major version when a field is removed", async () => {
    // 1.0.0 as if it had one more field in observations: the current build lacks it.
    const crafted = new Map(first.plan.tree);
    const descriptor = JSON.parse(crafted.get("1.0.0/datapackage.json")!.toString());
    descriptor.resources[0].schema.fields.push({ name: "legacy", type: "string" });
    crafted.set("1.0.0/datapackage.json", Buffer.from(JSON.stringify(descriptor)));
    const next = await runPipeline(undefined, { current: reseal(crafted, "1.0.0"), date: "2027-01-01" });
    expect(next.plan.added).toMatchObject({ version: "2.0.0", bump: "major" });
    expect(next.plan.added!.changes.structure).toEqual(["field observations.legacy removed"]);
  });

  it("refuses to go on when a published file was edited by hand", async () => {
    const edited = new Map(first.plan.tree);
    edited.set("1.0.0/observations.csv", Buffer.from("edited"));
    const error = await runPipeline(undefined, { current: edited }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).file).toBe("output/1.0.0/observations.csv");
    expect((error as UserError).problem).toMatch(/changed after publication/);
  });
});

describe("publication checks", () => {
  it("reject source metadata a spreadsheet would run as a formula, naming the metadata file and field", async () => {
    const raw = copyRaw();
    const file = join(raw, `${seedId}.source.json`);
    const metadata = JSON.parse((await import("node:fs")).readFileSync(file, "utf8"));
    writeFileSync(file, JSON.stringify({ ...metadata, title: ' =HYPERLINK("http://evil")' }));
    const error = await runPipeline(raw).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect(error).toMatchObject({ file, position: "/title" });
    expect((error as UserError).problem).toMatch(/a spreadsheet runs as a formula/);
  });

  it("reject catalogue text a spreadsheet would run as a formula, naming the catalogue file and field", async () => {
    const dir = mkdtempSync(join(tmpdir(), "catalogue-"));
    cpSync(defaultCatalogueDir, dir, { recursive: true });
    const indicators = JSON.parse((await import("node:fs")).readFileSync(join(dir, "indicators.json"), "utf8"));
    indicators.indicators[0].label.en = "\uFF0B files";
    writeFileSync(join(dir, "indicators.json"), JSON.stringify(indicators));
    const error = (() => {
      try {
        loadCatalogue(dir);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(UserError);
    expect(error).toMatchObject({ file: join(dir, "indicators.json"), position: "/indicators/0/label/en" });
    expect((error as UserError).problem).toMatch(/starts with "＋", which a spreadsheet runs as a formula/);
  });
});

describe("audited corrections", () => {
  function catalogueWithCorrection(correction: object): string {
    const dir = mkdtempSync(join(tmpdir(), "catalogue-"));
    cpSync(defaultCatalogueDir, dir, { recursive: true });
    writeFileSync(join(dir, "corrections.json"), JSON.stringify({ corrections: [correction] }));
    return dir;
  }
  const correction = {
    source_id: seedId,
    text: "أكثر من 40 في المائة",
    start: first.validated.observations.find((o) => o.base_period === "2020")!.start,
    set: { base_period: "2019" },
    reason: "Test correction: suppose the DGSN release compares with 2019.",
  };

  it("override the extracted value, and the published row says so and why", async () => {
    const run = await runPipeline(undefined, { catalogue: loadCatalogue(catalogueWithCorrection(correction)) });
    const row = run.plan.tree.get("1.0.0/observations.csv")!.toString().split("\r\n").find((line) => line.includes("vs2019"))!;
    expect(row).toContain(",2019,40,gt,");
    expect(row).toMatch(/,true,.*Test correction: suppose the DGSN release compares with 2019\..*2020/);
  });

  it("fail when the text they correct has changed", async () => {
    const raw = copyRaw((text) => text.replace("وبأكثر من 40", "وبأزيد من 40"));
    const error = await runPipeline(raw, { catalogue: loadCatalogue(catalogueWithCorrection(correction)) }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).position).toBe("/corrections/0/text");
    expect((error as UserError).problem).toMatch(/no longer reads "أكثر من 40 في المائة"/);
  });
});

describe("the workbook of the seed's version", () => {
  it("reads back with numeric cells and intact Arabic", async () => {
    const { default: ExcelJS } = await import("exceljs");
    const workbook = new ExcelJS.Workbook();
    const bytes = first.plan.tree.get("1.0.0/dgsn-international-cooperation-1.0.0.xlsx")!;
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(["README", "Indicators by period", "observations", "derived", "indicators", "categories", "sources", "mentions"]);
    const sheet = workbook.getWorksheet("observations")!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    const row = sheet.getRow(2);
    const cell = (name: string) => row.getCell(header.indexOf(name) + 1);
    expect(cell("value").value).toBe(5800);
    expect(cell("value").type).toBe(ExcelJS.ValueType.Number);
    expect(cell("period").value).toBe("2022");
    expect(cell("quote").value).toBe("5 آلاف و800 ملف");
    expect(cell("quote").alignment?.readingOrder).toBe("rtl");
  });
});
