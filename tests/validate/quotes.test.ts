// A whole run checks each source's quotes where it is read and drops its text: validate then gives the same
// dataset as from the sources with their texts, and a quote that is not the text still fails, naming the file.
import { describe, expect, it } from "vitest";
import { loadCatalogue } from "../../pipeline/catalogue/load.ts";
import { stringSharer } from "../../pipeline/parallel/shared-strings.ts";
import { validate } from "../../pipeline/stages/validate.ts";
import { checkedWithoutText } from "../../pipeline/validate/quotes.ts";
import { runPipeline } from "../helpers/pipeline.ts";
import { userErrorOf } from "../helpers/user-error.ts";

const { extracted } = await runPipeline();
const catalogue = loadCatalogue();

describe("checkedWithoutText", () => {
  it("drops the text and keeps everything else", () => {
    for (const source of extracted) {
      const checked = checkedWithoutText(structuredClone(source));
      expect("text" in checked).toBe(false);
      const { text: _text, ...rest } = source;
      expect(checked).toEqual({ ...rest, quotesChecked: true });
    }
  });

  it("lets validate give the same dataset as the sources with their texts", () => {
    const checked = extracted.map((s) => checkedWithoutText(structuredClone(s)));
    expect(validate(checked, catalogue)).toEqual(validate(extracted, catalogue));
  });

  it("fails on a sentence that is not the text at its offsets, naming the file and line", () => {
    const source = structuredClone(extracted[0]!);
    const figure = source.figures[0]!.observation;
    figure.sentence.text = `${figure.sentence.text}x`;
    const error = userErrorOf(() => checkedWithoutText(source));
    expect(error.file).toBe(source.file);
    expect(error.problem).toContain(`sentence of ${figure.observation_id}`);
  });

  it("leaves every value as it was when a worker's result without its text has its strings shared", () => {
    const share = stringSharer();
    for (const source of [...extracted, ...extracted]) {
      const checked = checkedWithoutText(structuredClone(source));
      expect(share({ extracted: structuredClone(checked), sentences: 0, ms: { ingest: 0, extract: 0 } }).extracted).toEqual(checked);
    }
  });
});
