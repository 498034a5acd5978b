// Numbers the layout of a text shows (list numbers, footnote markers, a dual adjective) are set aside before a
// sentence is read, each with its reason.
import { describe, expect, it } from "vitest";
import { loadCatalogue } from "../../pipeline/catalogue/load.ts";
import { readText } from "../helpers/extract.ts";

const catalogue = loadCatalogue();

const statusOf = (text: string, number: string) => readText(text, catalogue, "2023").mentions.filter((m) => m.text === number);

describe("numbers of the layout", () => {
  it("sets aside the number of a list item at the start of its line", () => {
    const [item] = statusOf("حصيلة السنة:\n3- نشر وتعميم 84 أمرا دوليا بإلقاء القبض.\n", "3");
    expect(item).toMatchObject({ status: "ignored", reason: expect.stringMatching(/an item of a list/) });
  });

  it("sets aside a footnote's marker and its note's number when a line opens with the marker", () => {
    const text = "| المؤشر | 2022 | 2023 |\n| --- | --- | --- |\n| الإنابات القضائية (1) | ١٤٣ | ١٥٣ |\n\n(1) إنابات قضائية دولية تم تتبع تنفيذها.\n";
    const validated = readText(text, catalogue, "2023");
    expect(validated.mentions.filter((m) => m.text === "1").map((m) => m.status)).toEqual(["ignored", "ignored"]);
    expect(validated.observations.map((o) => `${o.indicator_id} ${o.period} = ${o.value}`).sort()).toEqual(["letters_rogatory 2022 = 143", "letters_rogatory 2023 = 153"]);
  });

  it("reads a number in parentheses as a figure when no line opens with it", () => {
    const validated = readText("ونشر المكتب 98 أمرا دوليا، وهو رقم يفوق ما سجل في 2020 (63 أمرا).", catalogue, "2021");
    expect(validated.observations.map((o) => o.value).sort()).toEqual([63, 98]);
  });

  it("keeps one figure for a dual noun and its dual adjective", () => {
    const validated = readText("وسلمت المملكة شخصين أجنبيين إلى بلديهما.", catalogue, "2023");
    expect(validated.mentions.find((m) => m.text === "أجنبيين")).toMatchObject({ status: "ignored" });
  });
});
