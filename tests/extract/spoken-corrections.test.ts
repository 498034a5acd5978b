// A speaker correcting the number just said (pipeline/extract/spoken-corrections.ts): interviews and press
// conferences (held284).
import { describe, expect, it } from "vitest";
import { loadCatalogue } from "../../pipeline/catalogue/load.ts";
import { mentionIn, publishedFigures } from "../helpers/extract.ts";

const catalogue = loadCatalogue();
const published = (text: string) => publishedFigures(text, catalogue, "2023", null);

describe("a speaker's correction", () => {
  it("withdraws the number said before 'عفوا' and gives its indicator to the number after", () => {
    const text = 'وأوضح المتحدث أن المكتب عمم "3450 مذكرة بحث على الصعيد الوطني، عفوا، 3540 وليس 3450".';
    expect(published(text)).toEqual(["national_search_notices 2023 = 3540"]);
    expect(mentionIn(text, "3450", catalogue, "2023").status).toBe("ignored");
    expect(published("عالج المكتب 6312 ملفا وعمم 87 أمرا دوليا، أقصد 78 أمرا.")).toEqual(["files_processed 2023 = 6312", "international_arrest_warrants 2023 = 78"]);
  });

  it("corrects the last count of the sentence before when the correction opens a sentence after an ellipsis", () => {
    const text = "ومائتان وتسع وثمانون مذكرة لإيقاف الأبحاث المذاعة عربيا... عفوا، مائتان وثمان وتسعون، وليس مائتين وتسعا وثمانين.";
    expect(published(text)).toEqual(["arab_search_cancellations 2023 = 298"]);
    expect(published("عالج المكتب 6312 ملفا. عفوا، هذا رقم كبير.")).toEqual(["files_processed 2023 = 6312"]);
  });

  it("withdraws nothing when the same value is said again", () => {
    expect(published("وعالج المكتب 6312 ملفا، عفوا أقصد 6312 ملفا بالضبط.")).toEqual(["files_processed 2023 = 6312"]);
  });

  it("reads 'العفو' (a pardon) as no correction", () => {
    expect(published("وعالج المكتب 6312 ملفا، وشمل العفو 87 شخصا.")).toEqual(["files_processed 2023 = 6312"]);
  });
});
