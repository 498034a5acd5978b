// Sharing the strings of a worker's results changes references only: every value stays as it was.
import { describe, expect, it } from "vitest";
import { stringSharer } from "../../pipeline/parallel/shared-strings.ts";
import type { SourceWork } from "../../pipeline/parallel/sources.ts";
import { runPipeline } from "../helpers/pipeline.ts";

const { extracted } = await runPipeline();

describe("stringSharer", () => {
  it("leaves every value of every source as it was, across several sources sharing a pool", () => {
    const share = stringSharer();
    for (const source of [...extracted, ...extracted]) {
      const work: SourceWork = { extracted: structuredClone(source), sentences: 0, ms: { ingest: 0, extract: 0 } };
      expect(share(work).extracted).toEqual(source);
    }
  });

  it("leaves a sentence that is not the text at its offsets as it was", () => {
    const source = structuredClone(extracted[0]!);
    const figure = source.figures[0]!;
    figure.observation.sentence.text = "not the text";
    const shared = stringSharer()({ extracted: source, sentences: 0, ms: { ingest: 0, extract: 0 } });
    expect(shared.extracted!.figures[0]!.observation.sentence.text).toBe("not the text");
  });

  it("passes a result without an extracted source through", () => {
    const work: SourceWork = { sentences: 3, ms: { ingest: 1, extract: 0 } };
    expect(stringSharer()(work)).toEqual({ sentences: 3, ms: { ingest: 1, extract: 0 } });
  });
});
