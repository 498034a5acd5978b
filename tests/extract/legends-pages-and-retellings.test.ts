// What round 152 (held684–held687: pages heavy with cruft, figures told twice, other bodies' figures, lists, tables
// and charts in text) showed on first sight: a legend of years between bars over rows of "label: value | value".
import { describe, expect, it } from "vitest";
import { loadCatalogue } from "../../pipeline/catalogue/load.ts";
import { publishedFigures } from "../helpers/extract.ts";

const catalogue = loadCatalogue();

const published = (text: string, reference: string) => publishedFigures(text, catalogue, reference);

describe("a legend of years between bars", () => {
  const legend = "الحصيلة بالأرقام: 2018 | 2019\n\n";

  it("gives each value of the rows under it its year, across its sections' headings", () => {
    const text = `${legend}أولا: الملفات والإنابات القضائية\nالملفات وطلبات المعلومات المعالجة: 4060 | 4480\nالإنابات القضائية الدولية المتتبعة: 112 | 125\n\nثانيا: البحث والتوقيف\nالأوامر الدولية بإلقاء القبض: 78 | 84\n`;
    expect(published(text, "2019")).toEqual([
      "files_processed 2018 = 4060",
      "files_processed 2019 = 4480",
      "letters_rogatory 2018 = 112",
      "letters_rogatory 2019 = 125",
      "international_arrest_warrants 2018 = 78",
      "international_arrest_warrants 2019 = 84",
    ]);
  });

  it("and a share its place's year", () => {
    const text = `${legend}خامسا: حسب الشريك (حصة المبادلات)\nإسبانيا: 30% | 31%\n`;
    expect(published(text, "2019")).toEqual(["exchanges_share_by_partner 2018 ES = 30"]);
  });

  it("but ends at the prose after the rows", () => {
    const text = `${legend}الأوامر الدولية بإلقاء القبض: 78 | 84\n\nوعالجت المصالح 4480 ملفا وطلب معلومات، بعدما عالجت 4060 ملفا في السنة التي قبلها.\n`;
    expect(published(text, "2019")).toEqual(["international_arrest_warrants 2018 = 78", "international_arrest_warrants 2019 = 84", "files_processed 2019 = 4480", "files_processed 2018 = 4060"]);
  });
});
