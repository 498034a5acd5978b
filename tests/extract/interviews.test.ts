// What interviews and press conferences (held284) showed: a change verb then a colon gives the new level; "the
// number" after a sentence of a whole and its part recalls the whole; a question in the second person plural
// ("كم شخصا استقدمتم؟"); Arab search notices "issued by the liaison units" with no word of searching.
import { describe, expect, it } from "vitest";
import { loadCatalogue } from "../../pipeline/catalogue/load.ts";
import { publishedFigures } from "../helpers/extract.ts";

const catalogue = loadCatalogue();
const published = (text: string) => publishedFigures(text, catalogue, "2023", null);

describe("interviews", () => {
  it("reads a change verb, a colon and a count as the level it rose to", () => {
    expect(published("لكن عدد الموقوفين ارتفع: 131 شخصا مبحوثا عنهم على الصعيد الدولي.")).toEqual(["wanted_persons_arrested 2023 = 131"]);
    expect(published("وارتفع عدد الموقوفين بـ12 شخصا.")).toEqual([]);
  });

  it("reads 'the number' after a sentence of a whole and its part as the whole's", () => {
    const text = "ج: بل مائة وثلاثا وخمسين إنابة قضائية دولية تابعنا تنفيذها، منها 35 تتعلق بالاتجار في المخدرات وتبييض الأموال. في 2022 كان العدد 143.";
    expect(published(text)).toEqual(["letters_rogatory 2023 = 153", "letters_rogatory_drugs_money_laundering 2023 = 35", "letters_rogatory 2022 = 143"]);
  });

  it("reads a verb in the second person plural ('استقدمتم') as the verb", () => {
    expect(published("س: كم شخصا استقدمتم إلى المغرب؟\nج: سبعة وعشرين شخصا.")).toEqual(["persons_extradited_to_morocco 2023 = 27"]);
  });

  it("reads notices issued by the Arab liaison units as Arab search notices", () => {
    expect(published("وهذه السنة 362 إعلانا صادرا عن شعب الاتصال في الدول العربية.")).toEqual(["arab_search_notices 2023 = 362"]);
  });
});
