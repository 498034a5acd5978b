// Persons said to be still at large are those not arrested: no count of arrests (pipeline/extract/at-large.ts).
import { describe, expect, it } from "vitest";
import { loadCatalogue } from "../../pipeline/catalogue/load.ts";
import { mentionIn, publishedFigures } from "../helpers/extract.ts";

const catalogue = loadCatalogue();

describe("a count of persons still at large", () => {
  const text = "وأشارت الأسبوعية إلى توقيف 97 شخصا مبحوثا عنهم، وتساءلت عن مصير «قرابة مائة مطلوب» قالت إنهم ما زالوا في حالة فرار.";

  it("is no count of arrests, even after a count of arrests in its sentence", () => {
    const reading = mentionIn(text, "قرابة مائة", catalogue, "2019");
    expect(reading.status).toBe("unaccounted");
    expect(reading.reason).toContain("still at large");
    expect(publishedFigures(text, catalogue, "2019")).toEqual(["wanted_persons_arrested 2019 = 97"]);
  });

  it("whatever verb of remaining and word of flight say it, and holds no arrests' count back as a conflict", () => {
    for (const still of ["لا يزالون فارين", "ظلوا طلقاء", "مازالوا هاربين"]) {
      const text = `وأشار التقرير إلى توقيف 97 شخصا مبحوثا عنهم، وتحدث عن مصير 40 مطلوبا قال إنهم ${still}.`;
      expect(mentionIn(text, "40", catalogue, "2019").status).toBe("unaccounted");
      expect(publishedFigures(text, catalogue, "2019")).toEqual(["wanted_persons_arrested 2019 = 97"]);
    }
  });

  it("not a word of flight alone: persons arrested who had fled are arrested", () => {
    expect(publishedFigures("وأوقفت المصالح 97 مطلوبا فارين من العدالة.", catalogue, "2019")).toEqual(["wanted_persons_arrested 2019 = 97"]);
  });
});
