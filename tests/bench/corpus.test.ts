// The benchmark's corpus generator: deterministic, schema-valid metadata, and realistic enough that the whole
// pipeline accounts for every number of a generated corpus in strict mode.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { recognizeNumbers } from "../../pipeline/arabic/numbers/index.ts";
import { validateAgainst } from "../../pipeline/lib/schemas.ts";
import { coverage } from "../../pipeline/stages/coverage.ts";
import type { SourceMetadata } from "../../pipeline/types/source.ts";
import { runPipeline } from "../helpers/pipeline.ts";
import { generateArticle, generateCorpus, numberWords, pathological, pathologicalKinds, proseSamples, writeCorpus, yearFigures, years } from "./corpus.ts";

const scratch = mkdtempSync(join(tmpdir(), "bench-corpus-test-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const filesOf = (dir: string) => Object.fromEntries(readdirSync(dir).sort().map((name) => [name, readFileSync(join(dir, name))]));

describe("the corpus generator", () => {
  it("gives the same bytes for the same seed, and different bytes for another seed", () => {
    for (const index of [0, 1, 17, 4242]) {
      const a = generateArticle(7, index);
      const b = generateArticle(7, index);
      expect(b.text).toBe(a.text);
      expect(JSON.stringify(b.metadata)).toBe(JSON.stringify(a.metadata));
      expect(generateArticle(8, index).text).not.toBe(a.text);
    }
    const one = join(scratch, "one");
    const two = join(scratch, "two");
    const other = join(scratch, "other");
    writeCorpus(one, { n: 5, seed: 7 });
    writeCorpus(two, { n: 5, seed: 7 });
    writeCorpus(other, { n: 5, seed: 8 });
    expect(filesOf(two)).toEqual(filesOf(one));
    expect(Object.values(filesOf(other))[0]).not.toEqual(Object.values(filesOf(one))[0]);
  });

  it("does not make article i depend on the corpus size", () => {
    const few = [...generateCorpus({ n: 3, seed: 11 })];
    const more = [...generateCorpus({ n: 30, seed: 11 })].slice(0, 3);
    expect(more.map((a) => a.text)).toEqual(few.map((a) => a.text));
  });

  it("writes metadata that validates against schemas/source.schema.json, with safe, unique ids", () => {
    const dir = join(scratch, "metadata");
    writeCorpus(dir, { n: 60, seed: 3 });
    const ids = new Set<string>();
    for (const name of readdirSync(dir).filter((n) => n.endsWith(".source.json"))) {
      const file = join(dir, name);
      const metadata = validateAgainst<SourceMetadata>("source.schema.json", JSON.parse(readFileSync(file, "utf8")), file);
      expect(name).toBe(`${metadata.id}.source.json`);
      expect(metadata.id).toMatch(/^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/);
      expect(metadata.id).not.toContain("..");
      expect(readFileSync(join(dir, `${metadata.id}.txt`), "utf8").length).toBeGreaterThan(1000);
      ids.add(metadata.id);
    }
    expect(ids.size).toBe(60);
  });

  it("writes articles of about 5 KB, like the seed", () => {
    const sizes = [...generateCorpus({ n: 200, seed: 1 })].map((a) => Buffer.byteLength(a.text));
    const mean = sizes.reduce((a, b) => a + b, 0) / sizes.length;
    expect(mean).toBeGreaterThan(4500);
    expect(mean).toBeLessThan(6000);
  });

  it("states one set of figures per year, with parts within wholes and the seed's own figures for 2022", () => {
    const figures = yearFigures(5);
    expect([...figures.keys()]).toEqual([...years]);
    for (const year of figures.values()) {
      expect(year.counts.moroccan_citizens_arrested_abroad.value).toBeLessThanOrEqual(year.counts.wanted_persons_arrested.value);
      for (const statement of Object.values(year.counts)) expect(Number.isSafeInteger(statement.value) && statement.value > 0).toBe(true);
    }
    const seedYear = figures.get(2022)!;
    expect(seedYear.counts.files_processed).toEqual({ value: 5800, qualifier: null });
    expect(seedYear.changes.map((c) => [c.value, c.qualifier, c.base])).toEqual([
      [24, null, 2021],
      [40, "gt", 2020],
    ]);
  });

  it("writes prose without a single number", () => {
    for (const sentence of proseSamples()) expect(recognizeNumbers(sentence), sentence).toEqual([]);
  });

  it("writes number words that read back as the intended value, in both genders and cases", () => {
    const values = [3, 8, 10, 11, 12, 13, 18, 20, 21, 32, 99, 100, 101, 143, 200, 347, 380, 999, 1000, 2000, 2169, 3362, 5800, 10000, 11300, 13500, 99999, 120000];
    for (const n of values) {
      for (const gender of ["m", "f"] as const) {
        for (const kase of ["nom", "acc"] as const) {
          for (const hundred of ["مائة", "مئة"] as const) {
            const words = numberWords(n, gender, { hundred, splitHundreds: n % 7 === 0, kase });
            const mentions = recognizeNumbers(`عالج ${words} ملفا`);
            expect(mentions.map((m) => m.value), words).toEqual([n]);
          }
        }
      }
    }
  });

  it("builds pathological inputs of the size asked for", () => {
    for (const kind of pathologicalKinds) {
      const text = pathological(kind, 10_000);
      expect(Buffer.byteLength(text)).toBeGreaterThanOrEqual(10_000);
      expect(Buffer.byteLength(text)).toBeLessThan(10_100);
      expect(pathological(kind, 10_000)).toBe(text);
    }
  });
});

describe("a generated corpus through every stage", () => {
  it("is accounted for in strict mode: every number mapped, ignored or a year, no disagreement between sources", async () => {
    const raw = join(scratch, "raw");
    writeCorpus(raw, { n: 22, seed: 1 });
    const { extracted, validated, derived, plan } = await runPipeline(raw, { strict: true });
    const report = coverage(extracted);
    expect(report.unaccounted).toEqual([]);
    expect(report.byStatus.unaccounted).toBe(0);
    expect(report.byStatus.observation).toBeGreaterThan(22 * 8);
    expect(report.byStatus.ignored).toBeGreaterThan(0);
    // Every year of the corpus, and the seed's figures for 2022.
    expect(new Set(validated.observations.map((o) => o.period))).toEqual(new Set(years.map(String)));
    const in2022 = validated.observations.filter((o) => o.period === "2022" && o.base_period === null);
    expect(new Set(in2022.filter((o) => o.indicator_id === "files_processed").map((o) => o.value))).toEqual(new Set([5800]));
    expect(new Set(in2022.filter((o) => o.indicator_id === "national_search_notices").map((o) => o.value))).toEqual(new Set([3362]));
    // Numbers in many forms.
    const forms = new Set(extracted.flatMap((s) => s.mentions.map((m) => m.form)));
    expect(forms).toEqual(new Set(["digits", "words", "mixed", "dual"]));
    expect(extracted.some((s) => s.mentions.some((m) => m.kind === "percent"))).toBe(true);
    expect(extracted.some((s) => s.mentions.some((m) => m.qualifier !== undefined))).toBe(true);
    expect(derived.derived.some((d) => d.value !== null)).toBe(true);
    expect(plan.tree.size).toBeGreaterThan(0);
  });
});
