// Fuzzing the stages with random mutations of the seed (characters deleted, duplicated, swapped; digits
// changed; invisible marks inserted) and random Unicode text: no exception other than a UserError escapes,
// and every quote and mention the pipeline reports is exactly the raw text at its offsets.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadCatalogue } from "../../pipeline/catalogue/load.ts";
import { UserError } from "../../pipeline/lib/errors.ts";
import { extract } from "../../pipeline/stages/extract.ts";
import { ingest } from "../../pipeline/stages/ingest.ts";
import { validate } from "../../pipeline/stages/validate.ts";
import { fixtureRawDir, fixtureReleaseDate, seedId } from "../helpers/pipeline.ts";
import { rawSourceOf } from "../../pipeline/io/raw-sources.ts";

const catalogue = loadCatalogue();
const seedText = readFileSync(join(fixtureRawDir, `${seedId}.txt`), "utf8");
const metadataText = readFileSync(join(fixtureRawDir, `${seedId}.source.json`), "utf8");
const marks = ["\u0640", "\u064E", "\u0651", "\u200F", "\u200E", "\u200B", "\u200D", "\uFEFF", "\u202B", "\u061C", "٫", "٬", ",", ".", " ", "\u00A0", "\u202F", "\n", "\r\n"];

type Mutation = { at: number; kind: "delete" | "duplicate" | "swap" | "digit" | "mark"; pick: number };

const mutation = fc.record({ at: fc.nat(), kind: fc.constantFrom("delete", "duplicate", "swap", "digit", "mark"), pick: fc.nat() }) as fc.Arbitrary<Mutation>;

function mutate(text: string, mutations: Mutation[]): string {
  let result = text;
  for (const m of mutations) {
    const i = m.at % Math.max(1, result.length);
    const chars = result;
    if (m.kind === "delete") result = chars.slice(0, i) + chars.slice(i + 1);
    else if (m.kind === "duplicate") result = chars.slice(0, i + 1) + chars.slice(i);
    else if (m.kind === "swap" && i + 1 < chars.length) result = chars.slice(0, i) + chars[i + 1] + chars[i] + chars.slice(i + 2);
    else if (m.kind === "digit") result = chars.slice(0, i) + String(m.pick % 10) + chars.slice(i + 1);
    else if (m.kind === "mark") result = chars.slice(0, i) + marks[m.pick % marks.length] + chars.slice(i);
  }
  return result;
}

/** Runs ingest → extract → validate on a text; returns the extracted source, or null for a UserError. */
function runStages(text: string) {
  const bytes = new TextEncoder().encode(text);
  try {
    const ingested = ingest(rawSourceOf({ id: seedId, textFile: "raw/fuzz.txt", metadataFile: "raw/fuzz.source.json" }, bytes, metadataText), catalogue, { today: fixtureReleaseDate });
    const extracted = extract(ingested, catalogue);
    validate([extracted], catalogue);
    return extracted;
  } catch (error) {
    if (error instanceof UserError) return null;
    throw error;
  }
}

function expectQuotesExact(extracted: ReturnType<typeof runStages>) {
  if (!extracted) return;
  for (const { observation: o } of extracted.figures) expect(extracted.text.slice(o.start, o.end)).toBe(o.quote);
  for (const m of extracted.mentions) expect(extracted.text.slice(m.start, m.end)).toBe(m.text);
}

/** A window of the seed of one to three paragraphs, so that each case stays fast. */
const excerpt = fc.tuple(fc.nat(), fc.integer({ min: 200, max: 900 })).map(([from, length]) => {
  const start = seedText.indexOf("\n", from % seedText.length) + 1;
  return seedText.slice(start, start + length);
});

describe("fuzzing ingest → extract → validate", () => {
  it("survives random mutations of seed excerpts with exact quotes", () => {
    fc.assert(
      fc.property(excerpt, fc.array(mutation, { maxLength: 12 }), (text, mutations) => expectQuotesExact(runStages(mutate(text, mutations)))),
      { numRuns: 3000 },
    );
  });

  it("survives random mutations of the whole seed with exact quotes", () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 30 }), (mutations) => expectQuotesExact(runStages(mutate(seedText, mutations)))),
      { numRuns: 300 },
    );
  });

  it("survives random Unicode text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 300 }), (text) => expectQuotesExact(runStages(text))),
      { numRuns: 3000 },
    );
  });

  it("survives random text made of Arabic letters, digits, separators and marks", () => {
    const alphabet = [..."ابتثجحخدذرسشصضطظعغفقكلمنهوية", ..."0123456789٠١٢٣٤٥٦٧٨٩", ...marks, "في المائة", "آلاف", "و", "ألفين", "سنة", "عمليتين", "أكثر من", "%"];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 120 }), (parts) => expectQuotesExact(runStages(parts.join("")))),
      { numRuns: 4000 },
    );
  });
});
