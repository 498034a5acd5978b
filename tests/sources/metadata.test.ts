import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseSourceMetadata } from "../../pipeline/sources/metadata.ts";
import { rawDir, seedId } from "../helpers/pipeline.ts";
import { userErrorOf } from "../helpers/user-error.ts";

const seed = JSON.parse(readFileSync(join(rawDir, `${seedId}.source.json`), "utf8"));
const file = "raw/x.source.json";
const errorFor = (data: unknown, text = JSON.stringify(data, null, 2)) => userErrorOf(() => parseSourceMetadata(text, file, seedId, "2026-11-29"));

describe("parseSourceMetadata", () => {
  it("accepts the seed's metadata, unknown values as null", () => {
    const metadata = parseSourceMetadata(JSON.stringify(seed), file, seedId, "2026-11-29");
    expect(metadata).toMatchObject({ id: seedId, language: "ar", reference_period: "2022", publisher: null, published: null, licence: null });
  });

  it.each([
    ["a missing field", { ...seed, publisher: undefined }, "/publisher", /missing field "publisher"/],
    ["an unknown field", { ...seed, colour: "blue" }, "/colour", /unknown field "colour"/],
    ["a wrong type", { ...seed, title: 42 }, "/title", /must be string,null/],
    ["an impossible date", { ...seed, published: "2022-02-30" }, "/published", /must match format "date"/],
    ["a reference period in the future", { ...seed, reference_period: "2099" }, "/reference_period", /in the future/],
    ["a retrieval date in the future", { ...seed, retrieved: "2030-01-01" }, "/retrieved", /in the future/],
    ["an id that differs from the file name", { ...seed, id: "other" }, "/id", /differs from the file name/],
  ])("rejects %s with its JSON pointer", (_, data, pointer, problem) => {
    const error = errorFor(data);
    expect(error.file).toBe(file);
    expect(error.position).toBe(pointer);
    expect(error.problem).toMatch(problem);
    expect(error.fix.length).toBeGreaterThan(10);
  });

  it("reports malformed JSON at its line and column", () => {
    const error = errorFor(null, '{\n  "id": "x",\n  "title": \n}');
    expect(error.position).toBe("4:1");
    expect(error.problem).toMatch(/not valid JSON/);
  });
});
