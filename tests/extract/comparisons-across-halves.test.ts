// What round 137's pending sets showed (held627: short formats on the halves of 2022 and 2023): a span of months
// compared with the other half is one phrase, and the change after it is against that half.
import { describe, expect, it } from "vitest";
import { loadCatalogue } from "../../pipeline/catalogue/load.ts";
import { publishedFigures } from "../helpers/extract.ts";

const catalogue = loadCatalogue();
const published = (text: string, reference: string) => publishedFigures(text, catalogue, reference, null);

describe("a half told by its months, compared with the other half", () => {
  it("keeps 'بين يوليوز ودجنبر' whole before 'مقابل' (the 'و' joins the months, it opens no clause)", () => {
    const text = "مذكرات البحث الدولية: 41 بين يوليوز ودجنبر مقابل 46 في النصف الأول، أي بتراجع بنحو 11%.";
    expect(published(text, "2023-H2")).toEqual(["international_arrest_warrants 2023-H2 = 41", "international_arrest_warrants 2023-H1 = 46", "international_arrest_warrants_pct_change 2023-H2 vs 2023-H1 = approx -11"]);
  });

  it("still cuts at a clause opened by 'و' after the months", () => {
    const text = "عالج القطب 3795 ملفا بين يوليوز ودجنبر وتابع 82 إنابة قضائية دولية.";
    expect(published(text, "2023-H2")).toEqual(["files_processed 2023-H2 = 3795", "letters_rogatory 2023-H2 = 82"]);
  });
});
