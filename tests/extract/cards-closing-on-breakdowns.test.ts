// What held670 (the 2018 and 2025 results told twice) showed on first sight: an infographic's text under the
// article puts each label above its number, then closes on breakdowns ("المخدرات 38%", "إسبانيا 27% | فرنسا 22%").
// Those lists, not the card's labels, ended its block, so the labels were read under their numbers.
import { describe, expect, it } from "vitest";
import { loadCatalogue } from "../../pipeline/catalogue/load.ts";
import { publishedFigures } from "../helpers/extract.ts";

const catalogue = loadCatalogue();

const published = (text: string, reference: string) => publishedFigures(text, catalogue, reference);

const breakdowns = ["توزيع الملفات حسب نوع القضايا", "المخدرات 38%", "الهجرة غير النظامية 21%", "أبرز الشركاء", "إسبانيا 27% | فرنسا 22%"];
const shares = [
  "files_share_by_case_type 2025 drug_trafficking = 38",
  "files_share_by_case_type 2025 irregular_migration = 21",
  "exchanges_share_by_partner 2025 ES = 27",
  "exchanges_share_by_partner 2025 FR = 22",
];

describe("a card of labels above their numbers closing on breakdowns", () => {
  const card = ["[إنفوغرافيك] حصيلة التعاون الأمني الدولي 2025", "الملفات المعالجة", "7640", "+5,9%", "الإنابات القضائية الدولية", "171", "أوامر دولية بإلقاء القبض", "118"];

  it("reads each number under its label, and a change under a number as its label's", () => {
    expect(published([...card, ...breakdowns].join("\n"), "2025")).toEqual([
      "files_processed 2025 = 7640",
      "files_processed_pct_change 2025 vs 2024 = 5.9",
      "letters_rogatory 2025 = 171",
      "international_arrest_warrants 2025 = 118",
      ...shares,
    ]);
  });

  it("as it does without them", () => {
    expect(published(card.join("\n"), "2025")).toEqual(["files_processed 2025 = 7640", "files_processed_pct_change 2025 vs 2024 = 5.9", "letters_rogatory 2025 = 171", "international_arrest_warrants 2025 = 118"]);
  });

  it("while an infographic of labels under their numbers keeps them there before its breakdowns", () => {
    const below = ["7640", "ملفا وطلب معلومات", "171", "إنابة قضائية دولية", ...breakdowns];
    expect(published(below.join("\n"), "2025")).toEqual(["files_processed 2025 = 7640", "letters_rogatory 2025 = 171", ...shares]);
  });
});
