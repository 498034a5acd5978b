import type { Catalogue } from "../../pipeline/catalogue/load.ts";
import { extract } from "../../pipeline/stages/extract.ts";
import { ingest } from "../../pipeline/stages/ingest.ts";
import { today } from "./pipeline.ts";

const metadataText = JSON.stringify({ id: "t", title: null, language: "ar", publisher: null, author: null, institution: null, url: null, published: null, retrieved: null, reference_period: "2022", licence: null, notes: null });

/** Ingests and extracts a short text as a source of 2022. */
export function runStages(text: string, catalogue: Catalogue) {
  const bytes = new TextEncoder().encode(text);
  return extract(ingest({ id: "t", textFile: "raw/t.txt", metadataFile: "raw/t.source.json", bytes, metadataText }, catalogue, { today }), catalogue);
}
