// Every number form in the seed article, with exact offsets, and nothing else.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { recognizeNumbers } from "../../../pipeline/arabic/numbers/index.ts";
import type { NumberMention } from "../../../pipeline/types/number-mention.ts";

const seedFile = fileURLToPath(new URL("../../../raw/000_4d99579ae10b6f9f.txt", import.meta.url));
const seed = readFileSync(seedFile, "utf8");

const expected: NumberMention[] = [
  { text: "2022", value: 2022, kind: "year", start: 406, end: 410, form: "digits", decimals: 0 },
  { text: "5 آلاف و800", value: 5800, kind: "number", start: 446, end: 457, form: "mixed", decimals: 0 },
  { text: "24 في المائة", value: 24, kind: "percent", start: 488, end: 500, form: "digits", decimals: 0 },
  { text: "2021", value: 2021, kind: "year", start: 515, end: 519, form: "digits", decimals: 0 },
  { text: "أكثر من 40 في المائة", value: 40, kind: "percent", start: 523, end: 543, qualifier: "gt", form: "digits", decimals: 0 },
  { text: "2020", value: 2020, kind: "year", start: 551, end: 555, form: "digits", decimals: 0 },
  { text: "خمس", value: 5, kind: "number", start: 644, end: 647, form: "words", decimals: 0 },
  { text: "عمليتين", value: 2, kind: "number", start: 1053, end: 1060, form: "dual", decimals: 0 },
  { text: "2022", value: 2022, kind: "year", start: 1250, end: 1254, form: "digits", decimals: 0 },
  { text: "ثلاثة", value: 3, kind: "number", start: 1729, end: 1734, form: "words", decimals: 0 },
  { text: "143", value: 143, kind: "number", start: 2319, end: 2322, form: "digits", decimals: 0 },
  { text: "106", value: 106, kind: "number", start: 2355, end: 2358, form: "digits", decimals: 0 },
  { text: "119", value: 119, kind: "number", start: 2405, end: 2408, form: "digits", decimals: 0 },
  { text: "71", value: 71, kind: "number", start: 2449, end: 2451, form: "digits", decimals: 0 },
  { text: "3 آلاف و362", value: 3362, kind: "number", start: 2521, end: 2532, form: "mixed", decimals: 0 },
  { text: "380", value: 380, kind: "number", start: 2613, end: 2616, form: "digits", decimals: 0 },
  { text: "ألفين و169", value: 2169, kind: "number", start: 2679, end: 2689, form: "mixed", decimals: 0 },
  { text: "347", value: 347, kind: "number", start: 2726, end: 2729, form: "digits", decimals: 0 },
];

describe("the seed article", () => {
  const mentions = recognizeNumbers(seed);

  it.each(expected.map((m) => [m.text, m.start, m] as const))("finds %s at %d", (_, start, want) => {
    const got = mentions.find((m) => m.start === start);
    expect(got).toEqual(want);
    expect(seed.slice(want.start, want.end)).toBe(want.text);
  });

  it("finds nothing else (العديد، الأمانة، المنصرمة، البلدين، الثنائي, the other سنة are no numbers)", () => {
    expect(mentions).toEqual(expected);
  });

  it("reads the seed the same with its typographic quotes, tatweel and diacritics normalised away or added", () => {
    const marked = seed.replaceAll("خمس عمليات", "خَمْسُ عمليات").replaceAll("ثلاثة أجانب", "ثلاثـة أجانب");
    const values = recognizeNumbers(marked).map((m) => [m.value, m.kind, m.qualifier]);
    expect(values).toEqual(expected.map((m) => [m.value, m.kind, m.qualifier]));
  });
});
