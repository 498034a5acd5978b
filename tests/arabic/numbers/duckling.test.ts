// The 179 cases of Duckling's Arabic numeral corpus (tests/fixtures/vendor/duckling-arabic-numbers/duckling.json, BSD 3-Clause: see NOTICE.md there).
// A case passes when the multiset of (value, kind) found equals the expected one; where the project differs
// from Duckling on purpose, the project's answer is asserted instead, with the reason.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { recognizeNumbers } from "../../../pipeline/arabic/numbers/index.ts";

interface PeerCase {
  id: string;
  origin: string;
  input: string;
  expected: Array<{ text: string; value: number; kind: string; start: number; end: number }>;
  features: string[];
}

const repoRoot = fileURLToPath(new URL("../../../", import.meta.url));
const casesFile = resolve(repoRoot, "tests", "fixtures", "vendor", "duckling-arabic-numbers", "duckling.json");
const cases = JSON.parse(readFileSync(casesFile, "utf8")) as PeerCase[];

/** Where the project answers differently from Duckling, and why. */
const deliberateDifferences: Record<string, { expected: Array<{ value: number; kind: string }>; reason: string }> = {
  "dk-eg-011": {
    expected: [],
    reason:
      "Egyptian متين (200) is also the common adjective 'solid' in Standard Arabic news ('أساس متين', 'تعاون متين'); " +
      "the recognizer reads it only inside a longer number (متين وعشرة = 210, متين واحد وعشرين = 221).",
  },
};

const multiset = (items: Array<{ value: number; kind: string }>) => items.map((m) => `${m.value}|${m.kind}`).sort();

describe("Duckling's Arabic numeral corpus", () => {
  it("has all 179 cases", () => expect(cases).toHaveLength(179));

  it("lists only differences that exist in the corpus", () => {
    for (const id of Object.keys(deliberateDifferences)) expect(cases.some((c) => c.id === id)).toBe(true);
  });

  it.each(cases.map((c) => [c.id, c.input, c] as const))("%s %s", (id, input, peer) => {
    const found = recognizeNumbers(input);
    for (const m of found) expect(input.slice(m.start, m.end)).toBe(m.text);
    const difference = deliberateDifferences[id];
    expect(multiset(found), difference?.reason).toEqual(multiset(difference ? difference.expected : peer.expected));
  });
});
