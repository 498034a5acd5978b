import { describe, expect, it } from "vitest";
import { evaluate } from "../../pipeline/derive/evaluate.ts";
import { InputIndex } from "../../pipeline/derive/inputs.ts";
import type { Derivation } from "../../pipeline/types/catalogue-derivations.ts";
import type { Observation } from "../../pipeline/types/observation.ts";
import { observation } from "../fixtures/observations.ts";

const labels = { ar: "ع", en: "e", fr: "f" };

const indexOf = (observations: Observation[]) => new InputIndex(observations, new Set(["files_pct"]));

const impliedBase: Derivation = { id: "base", label: labels, description: "d", unit: "files", kind: "implied_base", inputs: { value: "files", change: "files_pct" } };
const ratio: Derivation = { id: "r", label: labels, description: "d", unit: "x", kind: "ratio", inputs: { a: "a", b: "b" } };
const share: Derivation = { id: "s", label: labels, description: "d", unit: "percent", kind: "share", inputs: { part: "a", whole: "b" } };
const difference: Derivation = { id: "d", label: labels, description: "d", unit: "x", kind: "difference", inputs: { a: "a", b: "b" } };

describe("implied_base", () => {
  it("gives the base-year value with the interval the rounding of the percentage allows", () => {
    const [row] = evaluate(impliedBase, indexOf([observation({ indicator_id: "files", value: 5800 }), observation({ indicator_id: "files_pct", value: 24, base_period: "2021" })]));
    expect(row).toMatchObject({ derived_id: "base", period: "2021", qualifier: null, reason: null });
    expect(row!.value).toBeCloseTo(5800 / 1.24, 4);
    expect(row!.lower).toBeCloseTo(5800 / 1.245, 4);
    expect(row!.upper).toBeCloseTo(5800 / 1.235, 4);
    expect(row!.inputs).toEqual(["s1/files/2022", "s1/files_pct/2022/vs2021"]);
  });

  it("turns 'more than 40 %' into an upper bound on the base year", () => {
    const [row] = evaluate(impliedBase, indexOf([observation({ indicator_id: "files", value: 5800 }), observation({ indicator_id: "files_pct", value: 40, qualifier: "gt", base_period: "2020" })]));
    expect(row).toMatchObject({ period: "2020", qualifier: "lt", lower: null });
    expect(row!.upper).toBeCloseTo(5800 / 1.4, 4);
    expect(row!.value).toBe(row!.upper);
  });

  it("gives an empty value and a reason when the count is missing", () => {
    const [row] = evaluate(impliedBase, indexOf([observation({ indicator_id: "files_pct", value: 24, base_period: "2021" })]));
    expect(row).toMatchObject({ value: null, reason: "no value of files for 2022" });
  });

  it("refuses a change of −100 % or less", () => {
    const [row] = evaluate(impliedBase, indexOf([observation({ indicator_id: "files", value: 10 }), observation({ indicator_id: "files_pct", value: -100, base_period: "2021" })]));
    expect(row!.value).toBeNull();
    expect(row!.reason).toMatch(/−100/);
  });
});

describe("ratio, share and difference", () => {
  const both = [observation({ indicator_id: "a", value: 71 }), observation({ indicator_id: "b", value: 119 })];

  it("divides exact counts exactly", () => {
    const [row] = evaluate(ratio, indexOf(both));
    expect(row).toMatchObject({ value: Number((71 / 119).toFixed(4)), lower: Number((71 / 119).toFixed(4)), upper: Number((71 / 119).toFixed(4)), method: "a / b" });
  });

  it("gives a share in percent", () => {
    expect(evaluate(share, indexOf(both))[0]!.value).toBe(Number(((100 * 71) / 119).toFixed(4)));
  });

  it("subtracts", () => {
    expect(evaluate(difference, indexOf(both))[0]!.value).toBe(-48);
  });

  it("gives an empty value and a reason on a division by zero, never NaN or Infinity", () => {
    const [row] = evaluate(ratio, indexOf([observation({ indicator_id: "a", value: 3 }), observation({ indicator_id: "b", value: 0 })]));
    expect(row).toMatchObject({ value: null, lower: null, upper: null, reason: "b is zero: the ratio is undefined" });
  });

  it("gives an empty value for a period where one input is missing", () => {
    const rows = evaluate(ratio, indexOf([...both, observation({ indicator_id: "a", value: 5, period: "2023" })]));
    expect(rows.map((r) => [r.period, r.value === null ? r.reason : "value"])).toEqual([["2022", "value"], ["2023", "no value of b for 2023"]]);
  });

  it("keeps a qualifier of an input as an open bound", () => {
    const [row] = evaluate(ratio, indexOf([observation({ indicator_id: "a", value: 100, qualifier: "gt" }), observation({ indicator_id: "b", value: 50 })]));
    expect(row).toMatchObject({ value: 2, qualifier: "gt", lower: 2, upper: null });
  });
});

describe("a derivation of derivations", () => {
  it("takes another derivation's figures, with their intervals, as inputs", () => {
    const index = indexOf([observation({ indicator_id: "files", value: 5800 }), observation({ indicator_id: "files_pct", value: 24, base_period: "2021" }), observation({ indicator_id: "files", value: 4000, period: "2021" })]);
    index.addDerived(evaluate(impliedBase, index));
    const gap: Derivation = { id: "gap", label: labels, description: "d", unit: "files", kind: "difference", inputs: { a: "base", b: "files" } };
    const [row] = evaluate(gap, index);
    expect(row).toMatchObject({ period: "2021", inputs: ["base/2021", "s1/files/2021"] });
    expect(row!.value).toBeCloseTo(5800 / 1.24 - 4000, 3);
    expect(row!.lower).toBeCloseTo(5800 / 1.245 - 4000, 3);
  });
});
