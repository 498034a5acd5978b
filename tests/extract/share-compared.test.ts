// A share compared with an earlier one (pipeline/extract/share-compared.ts), and the level a share reached after a
// change verb (change-direction.ts): the training shares of held285 ("ارتفعت حصة التكوين الحضوري إلى 75 في المائة بعد
// 72 في المائة سنة 2024").
import { describe, expect, it } from "vitest";
import { loadCatalogue } from "../../pipeline/catalogue/load.ts";
import { publishedFigures } from "../helpers/extract.ts";

const catalogue = loadCatalogue();
const published = (text: string, reference: string) => publishedFigures(text, catalogue, reference, null);

describe("a share compared with an earlier one", () => {
  it("reads the level a share rose or fell to, and the share it was before, of the period named or the year before", () => {
    const text = "وارتفعت حصة التكوين الحضوري إلى 75 في المائة بعد 72 في المائة سنة 2024، بينما تراجعت حصة الدورات المنظمة بالمغرب إلى 66 في المائة، بعدما كانت 68 في المائة.";
    expect(published(text, "2025")).toEqual(["training_share_in_person 2025 = 75", "training_share_in_person 2024 = 72", "training_share_in_morocco 2025 = 66", "training_share_in_morocco 2024 = 68"]);
  });

  it("reads a share set against the share before it, by its period, with the same category", () => {
    expect(published("وبلغت نسبة التكوين الحضوري 75% مقابل 72% في 2024.", "2025")).toEqual(["training_share_in_person 2025 = 75", "training_share_in_person 2024 = 72"]);
    expect(published("واستأثرت قضايا المخدرات بـ33 في المائة من الملفات، مقابل 30 في المائة سنة 2024.", "2025")).toEqual(["files_share_by_case_type 2025 drug_trafficking = 33", "files_share_by_case_type 2024 drug_trafficking = 30"]);
  });

  it("leaves a share of the same period, or of another category, to its own words", () => {
    // "مقابل" between shares of one year contrasts two categories.
    expect(published("واستأثرت قضايا المخدرات بـ33 في المائة من الملفات، مقابل 14 في المائة لطلبات المعلومات.", "2025")).toEqual(["files_share_by_case_type 2025 drug_trafficking = 33", "files_share_by_case_type 2025 information_requests = 14"]);
    expect(published("وبلغت نسبة التكوين الحضوري 75% مقابل 72%.", "2025")).toEqual(["training_share_in_person 2025 = 75"]);
  });

  it("still reads 'بنسبة' after a change verb as the change's rate", () => {
    expect(published("ارتفع عدد الملفات إلى 5800 ملف، أي بنسبة 24 في المائة.", "2025")).toEqual(["files_processed 2025 = 5800", "files_processed_pct_change 2025 vs 2024 = 24"]);
  });

  it("reads no change in 'what exceeds' before a restated share", () => {
    const text = "والأهم طبيعة هذه الملفات: فما يزيد عن ثلاثين في المائة منها، وتحديدا 34 في المائة، يتعلق بالاتجار في المخدرات.";
    expect(published(text, "2023-H1").some((figure) => figure.includes("pct_change"))).toBe(false);
  });
});
