// Figures come from the text: change a number in a copy of the raw text and the published value, and every
// derived figure that uses it, change with it.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { copyRaw, runPipeline } from "../helpers/pipeline.ts";

const original = await runPipeline();
const derivedValue = (run: typeof original, id: string, period: string) => run.derived.derived.find((d) => d.derived_id === id && d.period === period)!.value;

describe("editing a figure in a copy of the seed", () => {
  it("'5 آلاف و800' → '6 آلاف و150' changes the files processed and both implied base years", async () => {
    const edited = await runPipeline(copyRaw((text) => text.replace("5 آلاف و800", "6 آلاف و150")));
    expect(edited.validated.observations.find((o) => o.indicator_id === "files_processed")).toMatchObject({ value: 6150, quote: "6 آلاف و150 ملف" });
    expect(derivedValue(edited, "files_processed_implied_base", "2021")).toBe(Number((6150 / 1.24).toFixed(4)));
    expect(derivedValue(edited, "files_processed_implied_base", "2020")).toBe(Number((6150 / 1.4).toFixed(4)));
    expect(edited.plan.tree.get("1.0.0/observations.csv")!.toString()).toContain(",6150,");
    // Figures that do not use it stay as they were.
    expect(derivedValue(edited, "arrests_per_warrant", "2022")).toBe(derivedValue(original, "arrests_per_warrant", "2022"));
  });

  it("'24 في المائة' → '30 في المائة' changes the change and the implied 2021 files", async () => {
    const edited = await runPipeline(copyRaw((text) => text.replace("24 في المائة", "30 في المائة")));
    expect(edited.validated.observations.find((o) => o.base_period === "2021")!.value).toBe(30);
    expect(derivedValue(edited, "files_processed_implied_base", "2021")).toBe(Number((5800 / 1.3).toFixed(4)));
  });

  it("any new count of Moroccan citizens (up to the arrests) changes their share", async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 119 }), async (n) => {
        const edited = await runPipeline(copyRaw((text) => text.replace("71 مواطنا", `${n} مواطنا`)));
        expect(edited.validated.observations.find((o) => o.indicator_id === "moroccan_citizens_arrested_abroad")!.value).toBe(n);
        expect(derivedValue(edited, "moroccan_share_of_wanted_arrested", "2022")).toBe(Number(((100 * n) / 119).toFixed(4)));
      }),
      { numRuns: 15 },
    );
  });

  it("a part larger than its whole holds both back, quoting both", async () => {
    const run = await runPipeline(copyRaw((text) => text.replace("71 مواطنا", "171 مواطنا")), { strict: false });
    const part = run.validated.mentions.find((m) => m.text === "171")!;
    expect(part.status).toBe("held_back");
    expect(part.reason).toMatch(/^a part larger than its whole: «171 مواطنا» \(.*000_4d99579ae10b6f9f\.txt:15:232\) gives 171, but «119 مبحوثا» \(.*:15:188\) gives 119/);
    expect(run.validated.mentions.find((m) => m.text === "119")!.status).toBe("held_back");
    expect(run.validated.observations.map((o) => o.indicator_id)).not.toContain("wanted_persons_arrested");
  });
});
