import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { schemasDir } from "../../pipeline/lib/schemas.ts";
import { generateTypes } from "../../scripts/types-source.ts";

describe("pipeline/types", () => {
  it("is what `npm run types` generates from schemas/ (the schemas are the single definition)", async () => {
    const generated = await generateTypes(schemasDir);
    expect(generated.length).toBeGreaterThan(10);
    for (const [file, source] of generated) {
      expect(readFileSync(join(schemasDir, "..", "pipeline", "types", file), "utf8"), `pipeline/types/${file} is stale: run npm run types`).toBe(source);
    }
  }, 60_000);
});
