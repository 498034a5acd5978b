// A source's address is linked from the page and the data card: only http and https are accepted.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseSourceMetadata } from "../../pipeline/sources/metadata.ts";
import { fixtureRawDir, seedId } from "../helpers/pipeline.ts";
import { userErrorOf } from "../helpers/user-error.ts";

const seed = JSON.parse(readFileSync(join(fixtureRawDir, `${seedId}.source.json`), "utf8"));
const parse = (url: unknown) => parseSourceMetadata(JSON.stringify({ ...seed, url }), "raw/x.source.json", seedId, "2026-11-29");

describe("a source's url", () => {
  it.each(["javascript:alert(1)", "data:text/html,<script>alert(1)</script>", "file:///etc/passwd", "ftp://example.org/a.txt", "//example.org/a"])("refuses %s, naming the field", (url) => {
    const error = userErrorOf(() => parse(url));
    expect(error.file).toBe("raw/x.source.json");
    expect(error.position).toBe("/url");
    expect(error.problem).toMatch(/is not an http or https address/);
  });

  it.each(["https://example.org/a", "http://example.org/حصيلة", "HTTPS://EXAMPLE.ORG/", null])("accepts %s", (url) => {
    expect(parse(url).url).toBe(url);
  });
});
