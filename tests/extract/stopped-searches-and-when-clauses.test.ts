// What the held-out set held647 (records and firsts) showed on first sight: notices of a stopped search read as
// notices of a search, and a clause opened by "when" after a year named in the clause before it.
import { describe, expect, it } from "vitest";
import { loadCatalogue } from "../../pipeline/catalogue/load.ts";
import { publishedFigures } from "../helpers/extract.ts";

const catalogue = loadCatalogue();

const published = (text: string, reference: string) => publishedFigures(text, catalogue, reference);

describe("a sentence on notices that stop a search", () => {
  it("reads no search notices in a later clause's bare count (held647)", () => {
    const text = "كما سجلت إشعارات وقف البحث على المستوى العربي أدنى مستوى لها منذ خمس سنوات، بـ288 إشعارا.";
    expect(published(text, "2025")).not.toContain("national_search_notices 2025 = 288");
  });

  it("reads no international warrants in 'مذكرة دولية' there either", () => {
    const text = "هي مذكرات تنشر لوقف البحث عن شخص بعد توقيفه أو سقوط المتابعة في حقه، وقد بلغت 1162 مذكرة دولية.";
    expect(published(text, "2023-H2")).not.toContain("international_arrest_warrants 2023-H2 = 1162");
  });

  it("still reads search notices when no search is stopped", () => {
    expect(published("سجلت إشعارات البحث أعلى مستوى لها، بـ3362 إشعارا.", "2025")).toEqual(["national_search_notices 2025 = 3362"]);
  });
});

describe("a clause opened by 'when' right after a year", () => {
  it("is of that year (held647)", () => {
    const text = "استفاد من التكوين 1815 موظفا، وهو رقم أعلى بكثير من رقم 2020، حين لم يتعد العدد 420 موظفا.";
    expect(published(text, "2025")).toEqual(["police_staff_trained 2025 = 1815", "police_staff_trained 2020 = lte 420"]);
  });

  it("is not after 'في حين' (whereas)", () => {
    const text = "استفاد من التكوين 1815 موظفا، وهو رقم أعلى بكثير من رقم 2020، في حين لم يتعد عدد المكونين 420 موظفا.";
    expect(published(text, "2025")).not.toContain("police_staff_trained 2020 = lte 420");
  });
});
