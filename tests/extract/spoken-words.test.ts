// What the pending sets of spoken words (held142) and of every written form (held144) showed: verbs of exceeding
// in forms the recognizer does not list, and a change told by its ends without a word of change.
import { describe, expect, it } from "vitest";
import { loadCatalogue } from "../../pipeline/catalogue/load.ts";
import { publishedFigures } from "../helpers/extract.ts";

const catalogue = loadCatalogue();

const published = (text: string, reference = "2023") => publishedFigures(text, catalogue, reference, null);

describe("a verb of exceeding right before the number, in any person", () => {
  it("reads 'we exceed' as more than", () => {
    expect(published("نعم، لأول مرة نتجاوز ستة آلاف ملف هذه السنة.")).toEqual(["files_processed 2023 = gt 6000"]);
  });

  it("reads 'we did not exceed' as at most", () => {
    expect(published("لم نتجاوز ستة آلاف ملف هذه السنة.")).toEqual(["files_processed 2023 = lte 6000"]);
  });
});

describe("a change told by its ends, the earlier end naming its year", () => {
  it("reads both ends as figures of their periods, not as a range, without a word of change", () => {
    expect(published("ليس 20. الانخفاض 18 في المائة: من 106 أوامر سنة 2022 إلى 87 أمرا هذه السنة.")).toEqual(
      expect.arrayContaining(["international_arrest_warrants 2022 = 106", "international_arrest_warrants 2023 = 87"]),
    );
  });

  it("still holds back both ends of a range", () => {
    expect(published("أوقفت المصالح ما بين 40 و50 شخصا مبحوثا عنهم دوليا.")).toEqual([]);
  });
});
