import { describe, expect, it } from "vitest";
import { loadCatalogue } from "../../pipeline/catalogue/load.ts";
import { explainSource } from "../../pipeline/explain/explain.ts";
import { asCue } from "../../pipeline/explain/suggest.ts";
import { ingest } from "../../pipeline/stages/ingest.ts";
import { fixtureReleaseDate } from "../helpers/pipeline.ts";
import { rawSourceOf } from "../../pipeline/io/raw-sources.ts";

const catalogue = loadCatalogue();

function source(id: string, text: string, period = "2023") {
  const metadataText = JSON.stringify({ id, title: null, language: "ar", publisher: null, author: null, institution: null, url: null, published: null, retrieved: null, reference_period: period, licence: null, notes: null });
  return ingest(rawSourceOf({ id, textFile: `raw/${id}.txt`, metadataFile: `raw/${id}.source.json` }, new TextEncoder().encode(text), metadataText), catalogue, { today: fixtureReleaseDate });
}

describe("explain", () => {
  const text = "تابع المكتب تنفيذ 153 إنابة قضائية دولية. وزار الوفد 12 مدينة. وتم تسليم 3 أجانب إلى السلطات الأمريكية. وتم توقيف 500 شخص مبحوث عنهم منذ 2015.";
  const lines = explainSource("a", [source("a", text)], catalogue);

  it("gives each number its status and the words that decided it", () => {
    expect(lines).toContain("raw/a.txt:1:19  «153»  published: a/letters_rogatory/2023");
    expect(lines).toContain("    because: counted «إنابة»");
  });

  it("offers a pattern for the catalogue, or an ignore rule, for a number no indicator counts", () => {
    const at = lines.findIndex((l) => l.includes("«12»"));
    expect(lines[at]).toMatch(/not accounted for: no indicator counts "مدينه"/);
    expect(lines.slice(at, at + 7).join("\n")).toMatch(/\{"counted": \["مدينه"\], "context": \[\["وفد"\]\]\}/);
    expect(lines.slice(at, at + 7).join("\n")).toMatch(/"followed_by": \["مدينه"\]/);
  });

  it("offers one correction per candidate for an ambiguity, and the period a figure lacks", () => {
    const ambiguous = lines.findIndex((l) => l.includes("«3»"));
    expect(lines.slice(ambiguous, ambiguous + 6).join("\n")).toMatch(/"set": \{"indicator_id": "foreigners_arrested_for_us"\}[\s\S]*"set": \{"indicator_id": "foreigners_handed_over_by_morocco"\}/);
    const spanning = lines.findIndex((l) => l.includes("«500»"));
    expect(lines.slice(spanning, spanning + 4).join("\n")).toMatch(/"set": \{"indicator_id": "wanted_persons_arrested", "period"/);
  });

  it("names the known sources when the id is unknown", () => {
    expect(() => explainSource("nope", [source("a", text)], catalogue)).toThrow(/no source has this id/);
  });

  it("writes cues as the catalogue wants them: folded, without article or ending", () => {
    expect(asCue("المواطنين")).toBe("مواطن");
    expect(asCue("بلدا")).toBe("بلد");
    expect(asCue("وبالملفات")).toBe("ملف");
  });
});
