import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadCatalogue } from "../../pipeline/catalogue/load.ts";
import { UserError } from "../../pipeline/lib/errors.ts";
import { validate } from "../../pipeline/stages/validate.ts";
import { copyRaw, runPipeline } from "../helpers/pipeline.ts";
import { userErrorOf as errorOf } from "../helpers/user-error.ts";

const { extracted } = await runPipeline();
const catalogue = loadCatalogue();

function addSource(raw: string, id: string, text: string) {
  writeFileSync(join(raw, `${id}.txt`), text);
  writeFileSync(join(raw, `${id}.source.json`), JSON.stringify({ id, title: null, language: "ar", publisher: null, author: null, institution: null, url: null, published: null, retrieved: null, reference_period: "2022", licence: null, notes: null }));
}

describe("validate", () => {
  it("stops when two sources disagree on an indicator and period, quoting both", async () => {
    const raw = copyRaw();
    addSource(raw, "zz_other_outlet", "أكدت الحصيلة أن المكتب تابع تنفيذ 150 إنابة قضائية دولية.\n");
    const error = await runPipeline(raw).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).file).toMatch(/zz_other_outlet\.txt$/);
    expect((error as UserError).position).toBe("1:35");
    expect((error as UserError).problem).toBe(
      'sources disagree on letters_rogatory for 2022: "143 إنابة" (000_4d99579ae10b6f9f 15:102) gives 143, but "150 إنابة" (zz_other_outlet 1:35) gives 150',
    );
  });

  it("accepts two sources that agree", async () => {
    const raw = copyRaw();
    addSource(raw, "zz_other_outlet", "أكدت الحصيلة أن المكتب تابع تنفيذ 143 إنابة قضائية دولية.\n");
    const run = await runPipeline(raw);
    expect(run.validated.observations.filter((o) => o.indicator_id === "letters_rogatory").map((o) => o.source_id)).toEqual(["000_4d99579ae10b6f9f", "zz_other_outlet"]);
  });

  it("stops when a quote's offsets no longer match the raw text", () => {
    const source = structuredClone(extracted[0]!);
    source.text = source.text.replace("143", "144");
    const error = errorOf(() => validate([source], catalogue, { strict: true }));
    expect(error.position).toBe("15:102");
    expect(error.problem).toMatch(/quotes "143 إنابة" but the raw text at 2319–2328 reads "144 إنابة"/);
  });

  it("stops on a value beyond the safe integer range", () => {
    const source = structuredClone(extracted[0]!);
    source.observations[0]!.value = 2 ** 60;
    expect(errorOf(() => validate([source], catalogue, { strict: true })).problem).toMatch(/beyond the safe integer range/);
  });

  it("stops on an implausible percentage", () => {
    const source = structuredClone(extracted[0]!);
    source.observations.find((o) => o.base_period === "2021")!.value = 5000;
    expect(errorOf(() => validate([source], catalogue, { strict: true })).problem).toMatch(/outside its plausible range -100 … 1000/);
  });

  it("reports unaccounted numbers as warnings, or as an error naming line:column with --strict", async () => {
    const raw = copyRaw((text) => text.replace("وذكّرت المديرية", "وفي 12 مدينة، ذكّرت المديرية"));
    const lenient = await runPipeline(raw, { strict: false });
    expect(lenient.validated.warnings).toHaveLength(1);
    expect(lenient.validated.warnings[0]).toMatch(/000_4d99579ae10b6f9f\.txt:9:5: the number "12" \(12\) is not accounted for: no indicator counts "مدينه"/);
    expect(lenient.plan.tree.get("1.0.0/mentions.csv")!.toString()).toMatch(/,12,12,number,,digits,.*,unaccounted,,/);
    const error = await runPipeline(raw, { strict: true }).catch((e: unknown) => e);
    expect(error).toMatchObject({ position: "9:5" });
  });
});
