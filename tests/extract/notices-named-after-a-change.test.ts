// What held672 (the 2015 and 2024 results in ten more outlets) showed on first sight: in "مقابل تراجع بـ5% لمذكرات
// أقسام الاتصال العربية (344 مذكرة)" the noun joined by "لـ" after the rate says what fell, and the count in
// parentheses after it is of that noun, not the national notices compared before it.
import { describe, expect, it } from "vitest";
import { loadCatalogue } from "../../pipeline/catalogue/load.ts";
import { publishedFigures } from "../helpers/extract.ts";

const catalogue = loadCatalogue();

const published = (text: string, reference: string) => publishedFigures(text, catalogue, reference);

describe("a change and a count named after a comparison's rate", () => {
  it("are of the noun named there, not of the count compared before it", () => {
    const text = "- مذكرات البحث الوطنية: 3718، بزيادة 5%، مقابل تراجع بـ5% لمذكرات أقسام الاتصال العربية (344 مذكرة)";
    expect(published(text, "2024")).toEqual(["national_search_notices 2024 = 3718", "national_search_notices_pct_change 2024 vs 2023 = 5", "arab_search_notices 2024 = 344"]);
  });

  it("while a count compared in parentheses with only its period is the compared count's", () => {
    const text = "وعمم المكتب 3718 مذكرة بحث وطنية، مقابل 3540 مذكرة سنة 2023.";
    expect(published(text, "2024")).toEqual(["national_search_notices 2024 = 3718", "national_search_notices 2023 = 3540"]);
  });
});
