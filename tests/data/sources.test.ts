// Every source of raw/ is accounted for as --strict demands: run through the stages on the CLI's release date,
// no number of any source is held back or unaccounted; and each source is published in output/latest with the
// hash and size of its text as it is in raw/.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadCatalogue } from "../../pipeline/catalogue/load.ts";
import { parseCli } from "../../pipeline/cli/args.ts";
import { listRawSources, readRawSources } from "../../pipeline/io/raw-sources.ts";
import { extract } from "../../pipeline/stages/extract.ts";
import { ingest } from "../../pipeline/stages/ingest.ts";
import { validate } from "../../pipeline/stages/validate.ts";
import { rawSourceIds, readCsv, repoOutput, repoRaw, sha256Hex } from "./real-data.ts";

const catalogue = loadCatalogue();
// The release date a plain `npm run pipeline` would use (SOURCE_DATE_EPOCH, else today): metadata dates are judged against it.
const { date } = parseCli([]);
const sources = await readRawSources(await listRawSources(repoRaw));
const validated = validate(
  sources.map((source) => extract(ingest(source, catalogue, { today: date }), catalogue)),
  catalogue,
);
const notPublished = new Set(["held_back", "unaccounted"]);

describe("raw/, run as --strict runs it", () => {
  it("holds at least one source", () => {
    expect(rawSourceIds().length).toBeGreaterThan(0);
  });

  it("has no number held back or unaccounted (each warning names its file:line:column)", () => {
    expect(validated.warnings).toEqual([]);
    expect(validated.mentions.filter((m) => notPublished.has(m.status))).toEqual([]);
  });

  it("has a number mention for every figure it publishes, each in a source of raw/", () => {
    const ids = new Set(rawSourceIds());
    for (const o of validated.observations) expect(ids.has(o.source_id), o.observation_id).toBe(true);
  });
});

describe("output/latest", () => {
  it("lists every source of raw/, with the SHA-256 and size of its text", () => {
    const published = new Map(readCsv(join(repoOutput, "latest", "sources.csv")).map((row) => [row.source_id, row]));
    expect([...published.keys()].sort()).toEqual(rawSourceIds());
    for (const id of rawSourceIds()) {
      const bytes = readFileSync(join(repoRaw, `${id}.txt`));
      expect(published.get(id), id).toMatchObject({ sha256: sha256Hex(bytes), bytes: String(bytes.length) });
    }
  });

  it("publishes no number held back or unaccounted", () => {
    const mentions = readCsv(join(repoOutput, "latest", "mentions.csv"));
    expect(mentions.length).toBeGreaterThan(0);
    expect(mentions.filter((m) => notPublished.has(m.status!)).map((m) => `${m.source_id}:${m.line}:${m.column} ${m.status}`)).toEqual([]);
  });
});
