// Identical texts are read once per run: a corpus of copies gives what reading each source separately gives,
// and sources that differ in anything their reading depends on are read separately.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadCatalogue } from "../../pipeline/catalogue/load.ts";
import { type RawSource, rawSourceOf } from "../../pipeline/io/raw-sources.ts";
import { readingKey, readingSources } from "../../pipeline/parallel/identical-texts.ts";
import { processSource, processSources } from "../../pipeline/parallel/sources.ts";
import { validate } from "../../pipeline/stages/validate.ts";
import { failure, results } from "../helpers/source-work.ts";
import { fixtureReleaseDate } from "../helpers/pipeline.ts";

const catalogue = loadCatalogue();
const options = { today: fixtureReleaseDate, extract: true, keepIngested: true, work: "work" };
const articlesDir = "tests/fixtures/articles";

/** A few annotated articles: the seed's kind of text, with tables, cards, changes and shares. */
const articles = readdirSync(articlesDir).filter((name) => name.endsWith(".txt")).sort().slice(0, 6).map((name) => name.slice(0, -4));

/** Article `stem` as a source of its own under `id`, with its metadata changed by `change`. */
function source(stem: string, id: string, change: Record<string, unknown> = {}): RawSource {
  const metadata = JSON.parse(readFileSync(join(articlesDir, `${stem}.source.json`), "utf8")) as Record<string, unknown>;
  return rawSourceOf({ id, textFile: `raw/${id}.txt`, metadataFile: `raw/${id}.source.json` }, new Uint8Array(readFileSync(join(articlesDir, `${stem}.txt`))), JSON.stringify({ ...metadata, id, ...change }));
}

/** Each article three times, interleaved, each copy under an id of its own and with a publisher of its own. */
function copies(): RawSource[] {
  return [0, 1, 2].flatMap((copy) => articles.map((stem) => source(stem, `copy${copy}_${stem}`, { publisher: `copy ${copy}` })));
}

/** Each source read on its own, as a run without the memo would read it. */
const separately = (raws: RawSource[]) => raws.map((raw) => processSource(raw, catalogue, options));

describe("identical texts", () => {
  it("give every copy what reading it separately gives, and the same dataset", async () => {
    const expected = separately(copies());
    const { work } = await processSources(copies(), catalogue, options, 0);
    expect(work.filter((w) => w.copy)).toHaveLength(articles.length * 2);
    expect(work.every((w) => w.extracted!.figures.length > 0)).toBe(true);
    expect(results(work)).toEqual(results(expected));
    // Each copy has objects of its own: changing one changes no other.
    expect(work[articles.length]!.extracted!.mentions[0]).not.toBe(work[0]!.extracted!.mentions[0]);
    expect(validate(work.map((w) => w.extracted!), catalogue)).toEqual(validate(expected.map((w) => w.extracted!), catalogue));
  }, 120_000);

  it("give the same on worker threads", async () => {
    const { work } = await processSources(copies(), catalogue, options, 2);
    expect(results(work)).toEqual(results(separately(copies())));
  }, 120_000);

  it("are read separately when the reference period, the published date or the title differs", async () => {
    const [stem] = articles as [string];
    // The title is read too: the headline that repeats it, a period it names.
    const sources = () => [source(stem, "a"), source(stem, "b", { reference_period: "2019" }), source(stem, "c", { published: "2020-01-15" }), source(stem, "d"), source(stem, "e", { title: "عنوان آخر" })];
    expect(readingSources(sources(), catalogue)).toEqual([0, 1, 2, 0, 4]);
    const { work } = await processSources(sources(), catalogue, options, 0);
    expect(work.map((w) => w.copy ?? false)).toEqual([false, false, false, true, false]);
    expect(results(work)).toEqual(results(separately(sources())));
  });

  it("are read separately when the bytes differ by one", () => {
    const [stem] = articles as [string];
    const copy = source(stem, "b");
    const changed = rawSourceOf(copy, new Uint8Array([...copy.bytes, 0x0a]), copy.metadataText);
    expect(readingSources([source(stem, "a"), changed], catalogue)).toEqual([0, 1]);
  });

  it("are read separately when a correction names the source", () => {
    const [stem] = articles as [string];
    const corrected = { ...catalogue, corrections: { corrections: [{ source_id: "b", start: 0, text: "1", reason: "a test" }] } } as typeof catalogue;
    expect(readingSources([source(stem, "a"), source(stem, "b"), source(stem, "c")], corrected)).toEqual([0, 1, 0]);
  });

  it("leave a source whose metadata is not JSON to be read (and refused) on its own", () => {
    const [stem] = articles as [string];
    expect(readingKey({ ...source(stem, "a"), metadataText: "{ not json" })).toBeNull();
  });

  it("fail as reading the sources one by one does: the first bad source in order", async () => {
    const [first, second] = articles as [string, string];
    // Same text, period, published date and title as "a": a copy, whose metadata is checked apart (an author may not
    // open as a spreadsheet formula does).
    const badMetadata = (id: string) => source(first, id, { author: "@copy" });
    const badText = (id: string) => ({ ...source(second, id), bytes: new Uint8Array([0xff, 0xfe]) });
    const oneByOne = async (raws: RawSource[]) => failure((async () => separately(raws))());
    // A copy with bad metadata before a text that does not decode, and after it.
    expect(readingSources([source(first, "a"), badMetadata("b")], catalogue)).toEqual([0, 0]);
    for (const make of [() => [source(first, "a"), badMetadata("b"), badText("c")], () => [source(first, "a"), badText("c"), badMetadata("b")]]) {
      const expected = await oneByOne(make());
      expect(await failure(processSources(make(), catalogue, options, 0))).toBe(expected);
      expect(await failure(processSources(make(), catalogue, options, 2))).toBe(expected);
    }
  }, 120_000);
});
