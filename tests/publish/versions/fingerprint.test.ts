import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { defaultCatalogueDir as loadsFrom } from "../../../pipeline/catalogue/load.ts";
import { defaultCatalogueDir as hashes } from "../../../pipeline/cli/run.ts";
import { catalogueFingerprint } from "../../../pipeline/publish/versions/fingerprint.ts";

function catalogueCopy(): string {
  const dir = join(mkdtempSync(join(os.tmpdir(), "dgsn-fingerprint-")), "catalogue");
  cpSync(loadsFrom, dir, { recursive: true });
  return dir;
}

describe("the catalogue's fingerprint", () => {
  it("is taken from the folder the catalogue is loaded from when --catalogue is not given", () => {
    expect(hashes).toBe(loadsFrom);
  });

  it("changes with any byte of a JSON file of the folder, and not with another kind of file or the folder's place", () => {
    const dir = catalogueCopy();
    const before = catalogueFingerprint(dir);
    expect(catalogueFingerprint(catalogueCopy())).toBe(before);
    writeFileSync(join(dir, "notes.txt"), "not read by the pipeline\n");
    expect(catalogueFingerprint(dir)).toBe(before);
    const units = join(dir, "units.json");
    writeFileSync(units, `${readFileSync(units, "utf8")} `);
    expect(catalogueFingerprint(dir)).not.toBe(before);
  });
});
