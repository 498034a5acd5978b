import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseSourceMetadata } from "../../pipeline/sources/metadata.ts";
import { fixtureRawDir, seedId } from "../helpers/pipeline.ts";
import { userErrorOf } from "../helpers/user-error.ts";

const seed = JSON.parse(readFileSync(join(fixtureRawDir, `${seedId}.source.json`), "utf8"));
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

  it("rejects a key written twice, with its JSON pointer and lines", () => {
    const text = JSON.stringify(seed, null, 2).replace('"title":', '"title": "other",\n  "title":');
    const error = errorFor(null, text);
    expect(error.position).toBe("/title");
    expect(error.problem).toMatch(/^the key "title" appears twice in the same object \(lines 3 and 4\)/);
  });

  it.each(["javascript:alert(1)", "file:///etc/passwd", "ftp://example.org/a", "data:text/html,x", "www.example.org"])("rejects the url %j as not an http or https address", (url) => {
    const error = errorFor({ ...seed, url });
    expect(error.position).toBe("/url");
    expect(error.problem).toBe(`${JSON.stringify(url)} is not an http or https address`);
  });

  it.each(["title", "publisher", "author", "institution", "licence", "notes"])("rejects formula-like text or an open bidi override in /%s", (field) => {
    expect(errorFor({ ...seed, [field]: "\uFF1DHYPERLINK(1)" })).toMatchObject({ position: `/${field}` });
    expect(errorFor({ ...seed, [field]: "x \u202Ey" }).problem).toMatch(/opens a bidi override/);
  });

  it("judges dates against the release date it is given", () => {
    expect(parseSourceMetadata(JSON.stringify({ ...seed, retrieved: "2030-01-01" }), file, seedId, "2030-01-01").retrieved).toBe("2030-01-01");
    expect(userErrorOf(() => parseSourceMetadata(JSON.stringify({ ...seed, reference_period: "2031-Q1" }), file, seedId, "2030-12-31")).problem).toMatch(/in the future \(after the release date 2030-12-31\)/);
    expect(parseSourceMetadata(JSON.stringify({ ...seed, reference_period: "2030-Q3" }), file, seedId, "2030-12-31").reference_period).toBe("2030-Q3");
  });

  it("reports malformed JSON at its line and column", () => {
    const error = errorFor(null, '{\n  "id": "x",\n  "title": \n}');
    expect(error.position).toBe("4:1");
    expect(error.problem).toMatch(/not valid JSON/);
  });
});
