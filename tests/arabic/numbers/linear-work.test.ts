// The recognizer's work grows linearly with the text on every pathological input of the benchmark
// (tests/bench/corpus.ts), "ألف " repeated included: counted in tokens read and grammar steps tried, not timed.
import { describe, expect, it } from "vitest";
import { type RecognizerWork, recognizeNumbers } from "../../../pipeline/arabic/numbers/recognize.ts";
import { UnsafeNumberError } from "../../../pipeline/arabic/numbers/unsafe.ts";
import { pathological, pathologicalKinds } from "../../bench/corpus.ts";

/** The work of one call on `text`; an endless number in digits is refused after it has been read, which counts. */
function workOn(text: string): RecognizerWork {
  const work: RecognizerWork = { tokens: 0, steps: 0 };
  try {
    recognizeNumbers(text, work);
  } catch (error) {
    if (!(error instanceof UnsafeNumberError)) throw error;
  }
  return work;
}

const small = 20_000;
const large = 80_000;

describe("work on pathological inputs", () => {
  it.each(pathologicalKinds.map((kind) => [kind]))("%s: four times the text, at most four times the work", (kind) => {
    const a = workOn(pathological(kind, small));
    const b = workOn(pathological(kind, large));
    // A little slack for the ends of the input (5 %); a quadratic search would multiply the steps by 16.
    expect(b.tokens).toBeLessThanOrEqual(4.2 * a.tokens + 16);
    expect(b.steps).toBeLessThanOrEqual(4.2 * a.steps + 16);
    // And a bounded number of grammar steps per token: no token starts an ever longer search.
    expect(b.steps).toBeLessThanOrEqual(8 * Math.max(b.tokens, 1));
  });

  it("counts the work of 'ألف ' repeated: one token and a few steps per word", () => {
    const words = 10_000;
    const work = workOn("ألف ".repeat(words));
    expect(work.tokens).toBe(words);
    expect(work.steps).toBeLessThanOrEqual(2 * words);
    expect(recognizeNumbers("ألف ".repeat(words))).toHaveLength(words);
  });
});
