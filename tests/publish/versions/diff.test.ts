import { describe, expect, it } from "vitest";
import { diffPackages, firstReleaseSummary, nextVersion, type PackageSnapshot, summarise } from "../../../pipeline/publish/versions/diff.ts";

const field = (name: string, type = "string") => ({ name, type });

function snapshot(fields: Array<{ name: string; type: string }>, rows: Array<Record<string, unknown>>, extra: Record<string, unknown> = {}): PackageSnapshot & { rows: Record<string, Array<Record<string, unknown>>> } {
  return {
    descriptor: { name: "p", version: "1.0.0", resources: [{ name: "observations", schema: { fields, primaryKey: ["observation_id"] } }], ...extra },
    rows: { observations: rows },
  };
}

const fields = [field("observation_id"), field("source_id"), field("value", "number")];
const base = snapshot(fields, [{ observation_id: "s1/a/2022", source_id: "s1", value: 5800 }]);

describe("diffPackages", () => {
  it("finds nothing between identical packages", async () => {
    expect((await diffPackages(base, base)).bump).toBeNull();
  });

  it("calls a changed value a patch", async () => {
    const after = snapshot(fields, [{ observation_id: "s1/a/2022", source_id: "s1", value: 6150 }]);
    const diff = await diffPackages(base, after);
    expect(diff).toMatchObject({ bump: "patch", changed: { observations: ["s1/a/2022"] } });
    expect(diff.sources).toEqual(["s1"]);
  });

  it("calls a new row (a new source) a minor change", async () => {
    const after = snapshot(fields, [...base.rows.observations!, { observation_id: "s2/a/2023", source_id: "s2", value: 1 }]);
    const diff = await diffPackages(base, after);
    expect(diff).toMatchObject({ bump: "minor", added: { observations: ["s2/a/2023"] } });
    expect(diff.sources).toEqual(["s2"]);
  });

  it("calls an added field minor and a removed or retyped field major", async () => {
    expect((await diffPackages(base, snapshot([...fields, field("note")], base.rows.observations!))).bump).toBe("minor");
    expect((await diffPackages(base, snapshot(fields.slice(0, 2), base.rows.observations!))).structure).toEqual(["field observations.value removed"]);
    expect((await diffPackages(base, snapshot(fields.slice(0, 2), base.rows.observations!))).bump).toBe("major");
    expect((await diffPackages(base, snapshot([fields[0]!, fields[1]!, field("value", "integer")], base.rows.observations!))).bump).toBe("major");
  });

  it("calls a removed row major", async () => {
    expect((await diffPackages(base, snapshot(fields, []))).bump).toBe("major");
  });

  it("calls changed package metadata a patch", async () => {
    const diff = await diffPackages(base, snapshot(fields, base.rows.observations!, { title: "new" }));
    expect(diff).toMatchObject({ bump: "patch", metadata: ["package title changed"] });
  });

  it("reads rows from an asynchronous stream, each side once", async () => {
    async function* once(rows: Array<Record<string, unknown>>) {
      yield* rows;
    }
    const after = [...base.rows.observations!, { observation_id: "s2/a/2023", source_id: "s2", value: 1 }];
    const diff = await diffPackages({ ...base, rows: { observations: once(base.rows.observations!) } }, { ...snapshot(fields, []), rows: { observations: once(after) } });
    expect(diff).toMatchObject({ bump: "minor", added: { observations: ["s2/a/2023"] }, changed: {}, removed: {}, sources: ["s2"] });
  });

  it("ignores the version number and the release date", async () => {
    expect((await diffPackages(base, { ...base, descriptor: { ...base.descriptor, version: "2.0.0", created: "2030-01-01T00:00:00Z" } })).bump).toBeNull();
  });
});

describe("nextVersion", () => {
  it.each([
    ["1.2.3", "major", "2.0.0"],
    ["1.2.3", "minor", "1.3.0"],
    ["1.2.3", "patch", "1.2.4"],
  ] as const)("%s + %s → %s", (version, bump, next) => expect(nextVersion(version, bump)).toBe(next));
});

describe("summarise", () => {
  it("counts rows by what they are", () => {
    expect(summarise({ structure: [], added: { observations: ["a", "b"] }, changed: { derived: ["c"] }, removed: {}, metadata: [] })).toBe("2 observations added; 1 derived figure changed");
  });

  it("says added fields once, grouped by table", () => {
    const structure = ["field observations.label_en added", "field observations.label_fr added", "field derived.label_fr added", "field sources.url retyped from string to integer"];
    expect(summarise({ structure, added: {}, changed: {}, removed: {}, metadata: [] })).toBe("field sources.url retyped from string to integer; 3 fields added (observations: label_en, label_fr; derived: label_fr)");
  });

  it("summarises a first release by what it holds", () => {
    expect(firstReleaseSummary([["observations", 14], ["derived", 7], ["sources", 1], ["mentions", 18]])).toBe("14 observations, 7 derived figures, 1 source, 18 number mentions");
  });
});

describe("rows and added fields", () => {
  it("does not call every row changed when a field is added to all of them", async () => {
    const after = snapshot([...fields, field("label_en")], [{ observation_id: "s1/a/2022", source_id: "s1", value: 5800, label_en: "Files" }]);
    expect(await diffPackages(base, after)).toMatchObject({ bump: "minor", structure: ["field observations.label_en added"], changed: {} });
    const changedToo = snapshot([...fields, field("label_en")], [{ observation_id: "s1/a/2022", source_id: "s1", value: 6150, label_en: "Files" }]);
    expect((await diffPackages(base, changedToo)).changed).toEqual({ observations: ["s1/a/2022"] });
  });
});
