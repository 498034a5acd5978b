import { describe, expect, it } from "vitest";
import { loadCatalogue } from "../../pipeline/catalogue/load.ts";
import { runStages } from "../helpers/extract.ts";

const catalogue = loadCatalogue();

describe("mapping numbers to indicators", () => {
  it.each([
    ["the counted noun after the number", "عالج القطب 5800 ملف خلال السنة.", "files_processed", "5800 ملف"],
    ["a filler between number and noun", "عالج القطب 5800 من الملفات.", "files_processed", "5800 من الملفات"],
    ["the other word order: the noun before the number", "وبلغ عدد الملفات المعالجة 5800 خلال هذه السنة.", "files_processed", "5800"],
    ["a dual counted noun", "تم تنفيذ عمليتين للتسليم المراقب.", "controlled_deliveries", "عمليتين"],
    ["prefixes on the noun", "وصل عدد الموقوفين إلى 119 مبحوثا عنهم.", "wanted_persons_arrested", "119 مبحوثا"],
  ])("finds %s", (_, text, indicator, quote) => {
    const [observation] = runStages(text, catalogue).observations;
    expect(observation).toMatchObject({ indicator_id: indicator, quote });
  });

  it("tells two indicators with the same counted noun apart by their context words", () => {
    const observations = runStages("نفذت المصالح خمس عمليات أمنية متعددة الأطراف، وعمليتين للتسليم المراقب.", catalogue).observations;
    expect(observations.map((o) => [o.indicator_id, o.value])).toEqual([["interpol_multilateral_operations", 5], ["controlled_deliveries", 2]]);
  });

  it("leaves a number whose noun no indicator counts unaccounted, saying why", () => {
    const [mention] = runStages("زار الوفد 12 مدينة.", catalogue).mentions;
    expect(mention).toMatchObject({ status: "unaccounted", reason: 'no indicator counts "مدينه"' });
  });

  it("reads a decrease as a negative change, flipping 'more than'", () => {
    const observations = runStages("عالج القطب 5800 ملف بانخفاض بأكثر من 10 في المائة مقارنة مع سنة 2021.", catalogue).observations;
    expect(observations[1]).toMatchObject({ indicator_id: "files_processed_pct_change", value: -10, qualifier: "lt", base_period: "2021" });
  });
});
