// Round 131's other-body texts and data pages (held603, held604): an association's share of Moroccans detained abroad
// by country ("60 في المائة منهم يوجدون في إسبانيا") read as Spain's share of the exchanges; "في ملف واحد قابل
// للتحميل" (in one downloadable file) read as one file processed in a quarter (indicators.json gives the files
// processed a plausible range from 100).
import { describe, expect, it } from "vitest";
import { loadCatalogue } from "../../pipeline/catalogue/load.ts";
import { publishedFigures } from "../helpers/extract.ts";

const catalogue = loadCatalogue();

const published = (text: string, reference: string) => publishedFigures(text, catalogue, reference, null);

describe("a share 'of them' in the human plural", () => {
  it("is no share of the exchanges by partner", () => {
    expect(published("وتقول الجمعية إن 60 في المائة منهم يوجدون في إسبانيا وفرنسا وبلجيكا.", "2019")).toEqual([]);
  });

  it("leaves the share each of two partners has ('لكل منهما') to them", () => {
    const text = "وجاءت إسبانيا أولا بـ29 في المائة من المبادلات، فيما حلت ألمانيا وهولندا بـ7 في المائة لكل منهما.";
    expect(published(text, "2022")).toContain("exchanges_share_by_partner 2022 ES = 29");
  });
});

describe("one file", () => {
  it("is no count of the files processed", () => {
    const text = "جمع الفريق الأرقام الفصلية التي أعلنتها المديرية حول التعاون الأمني الدولي في ملف واحد قابل للتحميل.";
    expect(published(text, "2025-Q2")).toEqual([]);
  });
});
