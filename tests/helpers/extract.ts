import type { Catalogue } from "../../pipeline/catalogue/load.ts";
import { extract } from "../../pipeline/stages/extract.ts";
import { ingest } from "../../pipeline/stages/ingest.ts";
import { validate } from "../../pipeline/stages/validate.ts";
import { fixtureReleaseDate } from "./pipeline.ts";
import { rawSourceOf } from "../../pipeline/io/raw-sources.ts";

function metadataText(id: string, referencePeriod: string, published: string | null, title: string | null) {
  return JSON.stringify({ id, title, language: "ar", publisher: null, author: null, institution: null, url: null, published, retrieved: null, reference_period: referencePeriod, licence: null, notes: null });
}

/** Ingests and extracts a short text as a source of `referencePeriod` (2022 unless given), its title `title` (none unless given). */
export function runStages(text: string, catalogue: Catalogue, referencePeriod = "2022", published: string | null = null, title: string | null = null) {
  const bytes = new TextEncoder().encode(text);
  return extract(ingest(rawSourceOf({ id: "t", textFile: "raw/t.txt", metadataFile: "raw/t.source.json" }, bytes, metadataText("t", referencePeriod, published, title)), catalogue, { today: fixtureReleaseDate }), catalogue);
}

/** Extracts and validates a short text: what the mentions table would say of each number. */
export function readText(text: string, catalogue: Catalogue, referencePeriod = "2022", published: string | null = null, title: string | null = null) {
  return validate([runStages(text, catalogue, referencePeriod, published, title)], catalogue);
}

/** "indicator period [category] [vs base] = [qualifier ]value" for each observation a short text publishes, in text order. */
export function publishedFigures(text: string, catalogue: Catalogue, referencePeriod = "2022", published: string | null = null, title: string | null = null): string[] {
  return readText(text, catalogue, referencePeriod, published, title).observations.map(
    (o) => `${o.indicator_id} ${o.period}${o.category ? ` ${o.category}` : ""}${o.base_period ? ` vs ${o.base_period}` : ""} = ${o.qualifier ? `${o.qualifier} ` : ""}${o.value}`,
  );
}

/** What the mentions table says of the number written `number` in a short text. */
export function mentionIn(text: string, number: string, catalogue: Catalogue, referencePeriod = "2022") {
  return readText(text, catalogue, referencePeriod).mentions.find((m) => m.text === number)!;
}
