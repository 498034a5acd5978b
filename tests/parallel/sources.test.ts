// Ingest and extract on worker threads give what the main thread gives, in source order, and a bad source fails
// with the message a run on one thread prints.
import { describe, expect, it } from "vitest";
import { loadCatalogue } from "../../pipeline/catalogue/load.ts";
import { listRawSources, type RawSource, rawSourceOf, readRawSources } from "../../pipeline/io/raw-sources.ts";
import { processSources } from "../../pipeline/parallel/sources.ts";
import { failure, results } from "../helpers/source-work.ts";

const catalogue = loadCatalogue();
const options = { today: "2099-12-31", extract: true, keepIngested: true, work: "work" };
const seed = await readRawSources(await listRawSources("raw"));

/** A corpus of `count` sources cycling through the seed's, each with its own buffer (the pool moves buffers). */
function corpus(count: number, broken?: number): RawSource[] {
  return Array.from({ length: count }, (_, i) => {
    const raw = seed[i % seed.length]!;
    // Not UTF-8: ingest refuses it with a user error.
    const bytes = i === broken ? new Uint8Array([0xff, 0xfe, 0xfd]) : new Uint8Array(raw.bytes);
    return rawSourceOf(raw, bytes, raw.metadataText);
  });
}

describe("sources on worker threads", () => {
  it("give the main thread's results, in source order", async () => {
    const count = seed.length * 3 + 1;
    const { work: onMain } = await processSources(corpus(count), catalogue, options, 0);
    const { work: onThreads } = await processSources(corpus(count), catalogue, options, 2);
    expect(onThreads).toHaveLength(count);
    expect(results(onThreads)).toEqual(results(onMain));
  }, 120_000);

  it("fail on a bad source as the main thread does", async () => {
    const count = seed.length * 2 + 3;
    const broken = count - 2;
    const onMain = await failure(processSources(corpus(count, broken), catalogue, options, 0));
    const onThreads = await failure(processSources(corpus(count, broken), catalogue, options, 2));
    expect(onMain).toContain(seed[broken % seed.length]!.textFile);
    expect(onThreads).toBe(onMain);
  }, 120_000);

  it("take the sources out of the list they are given (their bytes can go once processed)", async () => {
    const list = corpus(seed.length);
    await processSources(list, catalogue, options, 0);
    expect(list).toHaveLength(0);
  }, 120_000);
});
