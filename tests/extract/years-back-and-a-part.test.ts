// What held677 (the first half of 2016 and the second half of 2024) showed on first sight: "قبل ثماني سنوات، في
// النصف الأول من 2016، …" in a report on 2024-H2 was read as 2016-H2, the report's half eight years back, though the
// sentence names the first half of that year; "112 أمرا (53 ثم 59)" was read as the half's count, not the sum of both.
import { describe, expect, it } from "vitest";
import { loadCatalogue } from "../../pipeline/catalogue/load.ts";
import { publishedFigures } from "../helpers/extract.ts";

const catalogue = loadCatalogue();

const published = (text: string, reference: string) => publishedFigures(text, catalogue, reference);

describe("years back, then a part of that year set off", () => {
  it("is that part", () => {
    const text = "قبل ثماني سنوات، في النصف الأول من 2016، عالج القطب 1410 ملفات.";
    expect(published(text, "2024-H2")).toEqual(["files_processed 2016-H1 = 1410"]);
  });

  it("while years back alone are the report's part of that year", () => {
    expect(published("قبل ثماني سنوات، عالج القطب 1410 ملفات.", "2024-H2")).toEqual(["files_processed 2016-H2 = 1410"]);
  });
});

describe("a count followed by its two halves in parentheses, in a report on a half-year", () => {
  it("is the whole year's", () => {
    const text = "وبلغ عدد الأوامر الدولية بإلقاء القبض المنشورة 112 أمرا (53 ثم 59).";
    expect(published(text, "2024-H2")).toContain("international_arrest_warrants 2024 = 112");
  });

  it("but not when the two do not add up to it", () => {
    const text = "وبلغ عدد الأوامر الدولية بإلقاء القبض المنشورة 59 أمرا (53 ثم 59).";
    expect(published(text, "2024-H2")).not.toContain("international_arrest_warrants 2024 = 59");
  });
});
