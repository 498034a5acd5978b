import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadCatalogue } from "../../pipeline/catalogue/load.ts";
import { validate } from "../../pipeline/stages/validate.ts";
import { copyRaw, runPipeline, seedId, StrictRunError } from "../helpers/pipeline.ts";
import { userErrorOf as errorOf } from "../helpers/user-error.ts";

const { extracted } = await runPipeline();
const catalogue = loadCatalogue();

function addSource(raw: string, id: string, text: string, period = "2022") {
  writeFileSync(join(raw, `${id}.txt`), text);
  writeFileSync(join(raw, `${id}.source.json`), JSON.stringify({ id, title: null, language: "ar", publisher: null, author: null, institution: null, url: null, published: null, retrieved: null, reference_period: period, licence: null, notes: null }));
}

const mentionAt = (run: Awaited<ReturnType<typeof runPipeline>>, source: string, text: string) =>
  run.validated.mentions.find((m) => m.source_id === source && m.text === text)!;

describe("validate", () => {
  it("holds back both figures when two sources disagree, quoting both, and publishes everything else", async () => {
    const raw = copyRaw();
    addSource(raw, "zz_other_outlet", "أكدت الحصيلة أن المكتب تابع تنفيذ 150 إنابة قضائية دولية.\n");
    const run = await runPipeline(raw, { strict: false });
    expect(run.validated.observations.some((o) => o.indicator_id === "letters_rogatory")).toBe(false);
    expect(run.validated.observations.filter((o) => o.source_id === seedId)).toHaveLength(13);
    const held = mentionAt(run, "zz_other_outlet", "150");
    expect(held.status).toBe("held_back");
    expect(held.reason).toMatch(/^conflict: «150 إنابة» \(.*zz_other_outlet\.txt:1:35\) gives 150, but «143 إنابة» \(.*000_4d99579ae10b6f9f\.txt:15:102\) gives 143/);
    expect(run.validated.warnings.filter((w) => w.includes("held back"))).toHaveLength(2);
    await expect(runPipeline(raw, { strict: true })).rejects.toBeInstanceOf(StrictRunError);
  });

  it("names the first few disagreeing figures in a conflict's warning and all of them in the mention's reason", async () => {
    const raw = copyRaw();
    const outlets = [150, 151, 152, 153, 154, 155].map((n, i) => ({ id: `zz_outlet_${i}`, n }));
    for (const { id, n } of outlets) addSource(raw, id, `أكدت الحصيلة أن المكتب تابع تنفيذ ${n} إنابة قضائية دولية.\n`);
    const run = await runPipeline(raw, { strict: false });
    const disagreeing = outlets.length; // the seed's 143 and the other five outlets
    const held = mentionAt(run, "zz_outlet_0", "150");
    expect(held.status).toBe("held_back");
    expect(held.reason!.split(" gives ")).toHaveLength(disagreeing + 2);
    const warning = run.validated.warnings.find((w) => w.includes("zz_outlet_0.txt:1:35: "))!;
    expect(warning).toMatch(/zz_outlet_0\.txt:1:35: the number "150" \(150\) is held back: conflict: «150 إنابة» \(.*\) gives 150, but /);
    expect(warning.split(" gives ")).toHaveLength(3 + 2);
    expect(warning).toMatch(new RegExp(` and ${disagreeing - 3} more; they cannot both be true$`));
    expect(held.reason!.startsWith(warning.slice(warning.indexOf("conflict: "), warning.lastIndexOf(" and ")))).toBe(true);
    expect(run.validated.warnings.filter((w) => w.includes("held back"))).toHaveLength(outlets.length + 1);
  });

  it("names the figures a rounded one fits when they disagree with one another", async () => {
    const raw = copyRaw();
    addSource(raw, "zz_rounded", "أكدت الحصيلة أن المكتب تابع تنفيذ نحو 140 إنابة قضائية دولية.\n");
    addSource(raw, "zz_exact", "أكدت الحصيلة أن المكتب تابع تنفيذ 137 إنابة قضائية دولية.\n");
    const run = await runPipeline(raw, { strict: false });
    const held = mentionAt(run, "zz_rounded", "نحو 140");
    expect(held.status).toBe("held_back");
    expect(held.reason).toMatch(/^conflict: «نحو 140 إنابة» \(.*\) gives \[135, 145\] fits each of «.*» \(.*\) gives 1(37|43) and «.*» \(.*\) gives 1(37|43), but they cannot all be true$/);
  });

  it("publishes the most precise of agreeing figures once; the others restate it", async () => {
    const raw = copyRaw();
    addSource(raw, "zz_other_outlet", "نحو 140 إنابة قضائية دولية تابع المكتب تنفيذها هذه السنة، أي 143 إنابة.\n");
    const run = await runPipeline(raw);
    expect(run.validated.observations.filter((o) => o.indicator_id === "letters_rogatory").map((o) => o.observation_id)).toEqual([`${seedId}/letters_rogatory/2022`]);
    expect(mentionAt(run, "zz_other_outlet", "نحو 140")).toMatchObject({ status: "restatement", observation_id: `${seedId}/letters_rogatory/2022` });
    expect(mentionAt(run, "zz_other_outlet", "143")).toMatchObject({ status: "restatement", observation_id: `${seedId}/letters_rogatory/2022` });
  });

  it("holds back a count that contradicts what a percentage change implies", async () => {
    const raw = copyRaw();
    addSource(raw, "zz_2021", "عالج القطب ما يناهز 4.900 ملف خلال هذه السنة.\n", "2021");
    const run = await runPipeline(raw, { strict: false });
    expect(mentionAt(run, "zz_2021", "ما يناهز 4.900")).toMatchObject({ status: "held_back" });
    expect(mentionAt(run, "zz_2021", "ما يناهز 4.900").reason).toMatch(/imply 2021 ∈ \[4658\.63, 4696\.36\]/);
    expect(mentionAt(run, seedId, "24 في المائة").status).toBe("held_back");
  });

  it("accepts a count within what the change implies", async () => {
    const raw = copyRaw();
    addSource(raw, "zz_2021", "عالج القطب 4677 ملفا خلال هذه السنة.\n", "2021");
    const run = await runPipeline(raw);
    expect(run.validated.observations.find((o) => o.observation_id === "zz_2021/files_processed/2021")?.value).toBe(4677);
  });

  it("stops when a quote's offsets no longer match the raw text", () => {
    const source = structuredClone(extracted[0]!);
    source.text = source.text.replace("143", "144");
    const error = errorOf(() => validate([source], catalogue));
    expect(error.position).toBe("15:102");
    expect(error.problem).toMatch(/quotes "143 إنابة" but the raw text at 2319–2328 reads "144 إنابة"/);
  });

  it("stops on a value beyond the safe integer range", () => {
    const source = structuredClone(extracted[0]!);
    source.figures[0]!.observation.value = 2 ** 60;
    expect(errorOf(() => validate([source], catalogue)).problem).toMatch(/beyond the safe integer range/);
  });

  it("holds back a change against a period that is not earlier (a correction may set one)", () => {
    const source = structuredClone(extracted[0]!);
    source.figures.find((f) => f.observation.base_period === "2021")!.observation.base_period = "2022";
    const validated = validate([source], catalogue);
    expect(validated.mentions.find((m) => m.text === "24 في المائة")).toMatchObject({ status: "held_back", reason: "a change of 2022 against 2022, which is not an earlier period" });
  });

  it("holds back an implausible percentage", () => {
    const source = structuredClone(extracted[0]!);
    source.figures.find((f) => f.observation.base_period === "2021")!.observation.value = 5000;
    const validated = validate([source], catalogue);
    expect(validated.mentions.find((m) => m.text === "24 في المائة")).toMatchObject({ status: "held_back", reason: expect.stringMatching(/outside its plausible range -100 … 1000/) });
  });

  it("holds back an implausible count alone, before it is compared: the figure it would contradict stays published", async () => {
    const raw = copyRaw();
    // A count of the whole year's arrests read as the wanted persons arrested.
    addSource(raw, "zz_year_review", "وأسفرت المجهودات عن توقيف 421 ألف شخص مبحوث عنه.\n");
    const run = await runPipeline(raw, { strict: false });
    const seedCount = run.validated.observations.find((o) => o.indicator_id === "wanted_persons_arrested" && o.source_id === seedId);
    expect(seedCount?.value).toBeGreaterThan(0);
    expect(mentionAt(run, "zz_year_review", "421 ألف")).toMatchObject({ status: "held_back", reason: expect.stringMatching(/wanted_persons_arrested = 421000 is outside its plausible range 0 … 10000/) });
  });

  it("reports unaccounted numbers as warnings naming file:line:column; --strict stops", async () => {
    const raw = copyRaw((text) => text.replace("وذكّرت المديرية", "وفي 12 مدينة، ذكّرت المديرية"));
    const lenient = await runPipeline(raw, { strict: false });
    expect(lenient.validated.warnings).toHaveLength(1);
    expect(lenient.validated.warnings[0]).toMatch(/000_4d99579ae10b6f9f\.txt:9:5: the number "12" \(12\) is not accounted for: no indicator counts "مدينه" in this context/);
    const error = await runPipeline(raw, { strict: true }).catch((e: unknown) => e);
    expect(error).toMatchObject({ position: "9:5" });
  });
});
