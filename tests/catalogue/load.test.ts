import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { defaultCatalogueDir, loadCatalogue } from "../../pipeline/catalogue/load.ts";
import { userErrorOf } from "../helpers/user-error.ts";

const errorOf = (dir: string) => userErrorOf(() => loadCatalogue(dir));

/** A copy of the catalogue with one file edited. */
function catalogueWith(file: string, edit: (data: any) => void): string {
  const dir = mkdtempSync(join(tmpdir(), "catalogue-"));
  cpSync(defaultCatalogueDir, dir, { recursive: true });
  const path = join(dir, file);
  const data = JSON.parse(readFileSync(path, "utf8"));
  edit(data);
  writeFileSync(path, JSON.stringify(data, null, 2));
  return dir;
}

describe("loadCatalogue", () => {
  it("loads the project's catalogue", () => {
    const catalogue = loadCatalogue();
    expect(catalogue.indicators.indicators.length).toBeGreaterThanOrEqual(13);
    expect(catalogue.derivations.derivations.length).toBeGreaterThanOrEqual(6);
  });

  it("names an unknown indicator referenced by a derivation, with its JSON pointer", () => {
    const error = errorOf(catalogueWith("derivations.json", (d) => (d.derivations[1].inputs.part = "no_such_indicator")));
    expect(error.file).toMatch(/derivations\.json$/);
    expect(error.position).toBe("/derivations/1/inputs/part");
    expect(error.problem).toBe('unknown indicator "no_such_indicator"');
  });

  it("requires every unit an indicator names to be in units.json, with its three labels", () => {
    const error = errorOf(catalogueWith("indicators.json", (d) => (d.indicators[3].unit = "parsecs")));
    expect(error.position).toBe("/indicators/3/unit");
    expect(error.problem).toMatch(/the unit "parsecs" is not in .*units\.json/);
    const missingFrench = errorOf(catalogueWith("units.json", (d) => delete d.units.files.label.fr));
    expect(missingFrench.position).toBe("/units/files/label/fr");
  });

  it("names an unknown breakdown an indicator's parts are counted by, with its JSON pointer", () => {
    const error = errorOf(catalogueWith("indicators.json", (d) => (d.indicators[0].parts_by = "no_such_breakdown")));
    expect(error.position).toBe("/indicators/0/parts_by");
    expect(error.problem).toBe('unknown breakdown "no_such_breakdown"');
  });

  it("rejects a duplicate id", () => {
    const error = errorOf(catalogueWith("indicators.json", (d) => (d.indicators[2].id = d.indicators[0].id)));
    expect(error.position).toBe("/indicators/2/id");
    expect(error.problem).toMatch(/duplicate id "files_processed"/);
  });

  it("rejects an empty cue list", () => {
    const error = errorOf(catalogueWith("indicators.json", (d) => (d.indicators[0].cues[0].counted = [])));
    expect(error.position).toBe("/indicators/0/cues/0/counted");
    expect(error.problem).toMatch(/must NOT have fewer than 1 items/);
  });

  it("rejects a cue word that is not written folded", () => {
    const error = errorOf(catalogueWith("indicators.json", (d) => (d.indicators[0].cues[0].counted = ["ملف", "مذكرة"])));
    expect(error.position).toBe("/indicators/0/cues/0/counted/1");
    expect(error.problem).toBe('the cue "مذكرة" is not written folded');
    expect(error.fix).toMatch(/write "مذكره"/);
  });

  it("rejects a cycle of part_of links", () => {
    const error = errorOf(
      catalogueWith("indicators.json", (d) => {
        const byId = (id: string) => d.indicators.find((i: { id: string }) => i.id === id);
        byId("wanted_persons_arrested").part_of = "moroccan_citizens_arrested_abroad";
      }),
    );
    expect(error.problem).toMatch(/part_of forms a cycle: .*wanted_persons_arrested → moroccan_citizens_arrested_abroad → wanted_persons_arrested/);
  });

  it("rejects a cycle between derivations, naming it", () => {
    const error = errorOf(
      catalogueWith("derivations.json", (d) => {
        d.derivations[1].inputs.part = d.derivations[2].id;
        d.derivations[2].inputs.a = d.derivations[1].id;
      }),
    );
    expect(error.position).toBe("/derivations/1/inputs");
    expect(error.problem).toBe("derivations form a cycle: moroccan_share_of_wanted_arrested → arrests_per_warrant → moroccan_share_of_wanted_arrested");
  });

  it("rejects a derivation whose percentage input is not a percent_change", () => {
    const error = errorOf(catalogueWith("derivations.json", (d) => (d.derivations[0].inputs.change = "files_processed")));
    expect(error.position).toBe("/derivations/0/inputs/change");
    expect(error.problem).toMatch(/is a count, not a percent_change/);
  });

  it("reports malformed JSON at its line and column", () => {
    const dir = catalogueWith("ignore.json", () => {});
    writeFileSync(join(dir, "ignore.json"), '{\n  "rules": [\n    { "id": "x", }\n  ]\n}\n');
    const error = errorOf(dir);
    expect(error.position).toMatch(/^3:\d+$/);
    expect(error.problem).toMatch(/not valid JSON/);
  });
});
